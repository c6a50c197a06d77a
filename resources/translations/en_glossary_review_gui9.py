"""English for the ninth GUI review's fixes: the 信访 打印 (Ctrl+P) with no paper to print, the
import's list of possible 重复信访; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "这件信访暂无本机关可打印的文书：": "This office has no paper to print for this petition yet:",
    # the import's notes on rows it takes in (exchange/notes.py, core/petitions/import_repeats.py)
    "以下各行可能是重复信访（不会自动标为重复件：请逐件核对，确属重复的在该信访件中标为重复件）：": (
        "These rows may repeat earlier petitions (they are not marked as repeats by themselves: "
        "check each, and mark a true repeat as such in its petition):"
    ),
    "以下各行请核对：": "Please check these rows:",
    "第 %1 行：%2": "Row %1: %2",
    "%1（%2）": "%1 (%2)",
    "%1、%2": "%1, %2",
    "本文件第 %1 行（%2）": "row %1 of this file (%2)",
    "……另有 %1 行未列出。": "… %1 more not listed.",
}
