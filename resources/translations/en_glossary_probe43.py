"""English for the 公文 whose 主送 of many organs goes to the 版记 (GB/T 9704 §7.3.2): the note
printed with it, and the start of a title refusal after it; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "主送机关较多，排成 %1 行，首页放不下标题、主送和正文：按 GB/T 9704 第7.3.2条，主送机关移至版记，排在抄送机关之上。":
        "The main recipients are many (%1 lines): the first page cannot hold the title, the "
        "main recipients and the text, so the main recipients are moved to the record block "
        "(版记), above the copy recipients (GB/T 9704 §7.3.2). ",
}
