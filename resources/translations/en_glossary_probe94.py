"""English for probe94: keyboard leftovers (督查's task list by Ctrl+T, 督查通报's Alt letters)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "所选事项的分解任务（Ctrl+T 转到这里）": "The selected item's assigned tasks (Ctrl+T comes here)",
    # ---- 督查通报: Alt letters for its fields
    "期间(&R)：": "Pe&riod:",
    "发文字号(&D)：": "&Doc. no.:",
}
