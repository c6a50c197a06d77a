"""English for a meeting's fourth role, 旁听 (observers: 群众代表, 人大代表 admitted to watch).

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "旁听": "Observer",
    "旁听人员": "Observers",
}
