"""English for probe121: words for the tabs' row buttons that held no free Alt+letter.

English marks a letter of a button's words or none (mnemonics.assign), and a crowded row (收文
18 buttons, 发文 19, 信访 20, of the 21 letters the menus leave) left English buttons without
one: 打印传阅单, 打印催办单, 附件 (收文 and 发文), 统计, 问题类别 and the empty list's 登记第一件信访.
Each reads here, in its row's context only, words that hold a letter the row leaves (K, X, W,
Z, B); the source keeps its English elsewhere (the papers' names, fields, history). Three
changed everywhere, to keep one name for one thing: 问题类别 “Subject category” (J; its column,
field, figures and settings page alike), 协调's step “Resolve objections” (发文's J) and the
settings' font rows' 选择… “Browse…” (five letters for five rows)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {}

IN_CONTEXT = {
    # the 收文/发文 pages' buttons (documents.page.button)
    ("documents", "打印传阅单"): "Print circulation checklist",
    ("documents", "打印催办单"): "Print expediting slip",
    ("documents", "附件"): "View attachments",
    # the 信访 row (问题类别 is “Subject category” everywhere now: en_glossary_probe104.py)
    ("PetitionsTab", "统计"): "Analyze",
    ("PetitionsTab", "登记第一件信访"): "Start by registering a petition",
}
