"""English for the eighteenth review's fixes: the backup that asks before replacing a file, the
督查 修改任务 step, the 信访科's steps; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- 备份: a file that exists is replaced only when asked
    "替换已有的文件": "Replace the existing file",
    "“%1”已存在。用这次备份替换它吗？它原有的内容将丢失（若它是另一个数据库或别的文件，将无法找回）。":
        "“%1” already exists. Replace it with this backup? What it holds now will be lost (if it is "
        "another database or some other file, it cannot be recovered).",
    # ---- 督查 修改任务 as a declared step
    "改正任务的牵头单位、时限、交办日期等；未填写的项不变":
        "Correct a task's lead unit, deadline, date assigned and so on; what is left blank stays as it is",
    "要清空的项，用、隔开（协办单位、责任人、办理要求）":
        "Items to clear, separated by 、 (co-units, person responsible, requirements)",
    "改正所选任务的牵头单位、时限、交办日期等。清空协办单位、责任人或办理要求即清除该项；带 * 的项不能清空。":
        "Correct the selected task's lead unit, deadline, date assigned and so on. Emptying the co-units, "
        "person responsible or requirements clears them; items marked * cannot be emptied.",
    # ---- 信访: the 信访科's steps
    "%1的人员": "staff of %1",
    # ---- 我已送出: a draft nobody may check (its only checker drafted it)
    "无人能办理（%1），请管理员调整审批链": "nobody can do it (%1); ask the administrator to change the approval chain",
}
