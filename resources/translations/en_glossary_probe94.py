"""English for probe94: keyboard leftovers (督查's task list by Ctrl+T)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "分解任务（Ctrl+T）": "Assigned tasks (Ctrl+T)",
}
