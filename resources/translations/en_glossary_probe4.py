"""English for the fourth keyboard probe's fixes (用户管理's questions naming the user); same
format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1 的新角色：": "New role of %1:",
    "%1 可查看的最高密级：": "Highest classification %1 may see:",
}
