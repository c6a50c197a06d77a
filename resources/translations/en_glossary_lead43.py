"""English for the lead's strings of session 43."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the global search's status when some hits were left off (core.global_search.found)
    "只列出最新的 %1 条，还有更多：请多写几个字缩小范围，或在要找的那一页用它的查找框（列出全部）": (
        "Only the newest %1 are listed; there are more. Type more words to narrow it down, "
        "or use the Find box on the page you are looking in (it lists them all)."
    ),
}
