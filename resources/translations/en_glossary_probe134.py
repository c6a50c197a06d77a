"""English for the texts of probe134's work (a 督查台账's 反馈记录 and a filed item's 页数
brought back by import --history)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "已归档的事项：归档文件的页数，可不填": "A filed item: the pages of the filed piece (optional)",
    "填写了页数（%1）的事项须已归档：请填写档号，未归档的事项请删去页数。": (
        "An item given pages (%1) must be filed: please fill in its archive number, or delete the "
        "pages of an item not filed."
    ),
    "“%1”表中有%2为“%3”的行，但“%4”表中没有这一事项。请在“%4”表中填写该事项（%2相同），或删去这些行。": (
        "Sheet “%1” has rows whose %2 is “%3”, but sheet “%4” has no such item. Please add the "
        "item to sheet “%4” (with the same %2), or delete those rows."
    ),
    "请填写反馈所属任务的“任务序号”（与“分解任务”表中的相同）。": (
        "Please fill in the “Task no.” of the task the report is of (as on the “Tasks” sheet)."
    ),
    "请填写“反馈日期”。": "Please fill in the “Report date”.",
    "任务序号 %1": "task no. %1",
    "牵头单位“%1”": "lead unit “%1”",
    "%1：事项没有%2的任务（或不止一项）。请核对“任务序号”“牵头单位”与“分解任务”表中的是否一致。": (
        "%1: the item has no task with %2 (or more than one). Please check that the “Task no.” "
        "and “Lead unit” are those of the “Tasks” sheet."
    ),
    "%1：反馈日期（%2）应在任务的交办日期（%3）和%4（%5）之间。请核对反馈日期。": (
        "%1: the report date (%2) must lie between the task's assignment date (%3) and %4 (%5). "
        "Please check the report date."
    ),
    "%1：“进度”应在 0 到 100 之间，现在是 %2。": "%1: “Progress” must be between 0 and 100; it is %2.",
    "导入：反馈记录 %1 条": "Imported: %1 progress report(s)",
}
