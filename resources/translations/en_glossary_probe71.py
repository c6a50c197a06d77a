"""English for probe71: the window's import offers “按往年台账导入” (the command line's
`import --history`) in its check and confirmation (ui.actions).

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "按往年台账导入": "Import as a past register",
    "%1（往年台账）": "%1 (past register)",
    "往年台账（往年已登记、已办理的记录）：各行可处于任何状态（如已答复、已办结、已归档），"
    "但须带有该状态应有的内容；表中的编号按原样登记，不必按顺序；复查、复核按当时的受理登记，"
    "不再按今天核对申请期限；不再办理的记录保留当时的人员；已召开的会议与其他会议冲突（同一会议室、"
    "同一人员）的，按台账导入并逐行列出。每条记录的历史中注明“导入历史台账”。"
    "先重新检查，确认后才导入。本年的新件请用普通导入。": (
        "A past register (records registered and handled in past years): each row may be in any "
        "state (replied, closed, archived …) but must carry what that state needs; the numbers in "
        "the sheet are taken as they are, in any order; reviews and re-examinations are taken as "
        "accepted then, without checking their request limits against today; records no longer in "
        "work keep the people of their time; a meeting held that clashes with another (one room, "
        "one person) is taken as recorded and listed by row. Each record's history says “导入历史台账” (imported from "
        "a past register). The file is checked again first and imported only when you confirm. Import "
        "this year's new items the ordinary way."),
}
