"""English for import --update of a 督查 workbook: a task row refused because its task changed
after the export, the tasks its 分解任务 sheet leaves out (kept), and the export's 反馈记录
sheet; same format as en_glossary.py (scripts/fill_translations.py reads it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "“%1”表第 %2 行“%3”": "sheet “%1”, row %2, column “%3”",
    "“%1”表第 %2 行": "sheet “%1”, row %2",
    "%1：这项任务（第%2项 %3）在导出后已被 %4 于 %5 改动（%6），表中还是导出时的旧值，"
    "导入会把那次改动改回去，所以这一事项没有导入。请重新导出后再改，或在窗口中修改该任务。":
        "%1: this task (no. %2, %3) was changed by %4 at %5 after the export (%6). The sheet still "
        "holds the values of the export, which would undo that change, so this item was not "
        "imported. Export again and make your changes there, or change the task in the window.",
    "第%1项任务（%2：%3）": "task no. %1 (%2: %3)",
    "未写办理要求": "no requirements given",
    "“%1”表中没有督查事项 %2 的%3，导入没有删除，仍然保留；如确要删除，"
    "请在窗口中打开该事项，用步骤“删除任务”删除（命令行：officedesk step supervision %4 "
    "删除任务 任务序号=N）。":
        "Sheet “%1” leaves out %3 of supervision item %2: the import did not delete it, it is "
        "kept. To delete it, open the item in the window and use the step “Delete task” "
        "(command line: officedesk step supervision %4 删除任务 任务序号=N).",
    "反馈记录": "Progress reports",
    # exchange/report.py: the summary's word on what the detail sheet left out
    "%1“%2”表中删去的行不会删除已有的内容：%3 个%4的这些内容仍然保留（见下）。":
        "%1 Rows deleted from sheet “%2” delete nothing: what they held is kept for %3 %4 (see below).",
}
