"""English for the 督查 export's 分解任务 sheet (one row per task, read back by import) and its
columns; same format as en_glossary.py (scripts/fill_translations.py reads it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "分解任务": "Assigned tasks",
    "任务状态": "Task status",
    "最近反馈日期": "Last progress report on",
    "任务办结日期": "Task completed on",
}
