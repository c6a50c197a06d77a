"""English for the 节假日调整 dialog's word on what a change did to the deadlines, and its
question before replacing a day already entered.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "重算结果": "Deadlines recounted",
    "已添加 %1（%2）；重算期限 %3 件。": "Added %1 (%2); deadlines recounted: %3.",
    "已删除 %1（%2）的调整；重算期限 %3 件。": "Removed the adjustment of %1 (%2); deadlines recounted: %3.",
    # adding over a day already entered asks first, naming what it replaces
    "替换节假日调整": "Replace holiday adjustment",
    "%1 已有调整：%2。改为%3吗？原来的类型和说明将被替换，该年的期限将重新计算。": (
        "%1 already has an adjustment: %2. Change it to %3? The old kind and note are replaced "
        "and the year's deadlines are recounted."),
    "已将 %1 由 %2 改为 %3；重算期限 %4 件。": "Changed %1 from %2 to %3; deadlines recounted: %4.",
    # a year the built-in table lacks is marked entered whole: its deadlines lose 暂按
    "%1 年的放假和调休已全部录入": "All holidays and make-up days of %1 entered",
    "录入国务院办公厅公布的该年全部放假和调休上班日后勾选；未勾选时，该年的期限标“暂按”。": (
        "Tick once every holiday and make-up working day the State Council's General Office "
        "published for the year is entered; until then the year's deadlines are marked "
        "“provisional”."),
    "已标记 %1 年已全部录入，该年的期限不再标“暂按”。": (
        "%1 marked as entered whole: its deadlines are no longer provisional."),
    "已取消 %1 年的标记，该年的期限标“暂按”。": "%1 no longer marked: its deadlines are provisional.",
}
