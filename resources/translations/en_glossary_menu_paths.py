"""English for the places messages send the clerk to (core.menu_paths: each path one text, in the
window's English menu and page names) and for the messages that name them, and the forms' field
names a screen reader reads; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- the paths (tests/ui/test_menu_paths.py walks them in the English window)
    "工具 → 系统设置 → 打印与字体": "Tools → Settings → Printing and fonts",
    "工具 → 系统设置 → 期限": "Tools → Settings → Deadline",
    "工具 → 系统设置 → 督查": "Tools → Settings → Supervision",
    "工具 → 系统设置 → 信访": "Tools → Settings → Petitions",
    "工具 → 系统设置 → 会议与座次": "Tools → Settings → Meetings and seating",
    "工具 → 系统设置 → 编号": "Tools → Settings → Number",
    "工具 → 系统设置 → 单位信息": "Tools → Settings → Office",
    "工具 → 系统设置 → 其他": "Tools → Settings → Other",
    "工具 → 审批链与职务": "Tools → Approval chains and positions",
    "工具 → 审批链与职务 → 职务表": "Tools → Approval chains and positions → Positions",
    "工具 → 节假日调整": "Tools → Holidays",
    "文件 → 下载导入模板": "File → Download import template",
    # ---- the messages naming them
    "请先在“%1”中填写全宗号，再归档。": "Fill in the fonds number under “%1” before archiving.",
    "用户 %1 的职务“%2”已不在职务表中，不能就此启用。请先改其职务（或在同一命令中写 职务=…，如 users set "
    "%1 启用=是 职务=科员），或由管理员在“%3”中加回该职务。": (
        "User %1's post “%2” is no longer in the table of posts, so the account cannot be started "
        "as it is. Change the post first (or in the same command give 职务=…, as in users set %1 "
        "启用=是 职务=科员), or ask the administrator to add the post again under “%3”."),
    "职务“%1”不在职务表中。可选：%2。新职务请管理员在“%3”中添加。": (
        "The post “%1” is not in the table of posts. The posts are: %2. The administrator adds a "
        "new post under “%3”."),
    "%1不在可签发公文的负责人名单中（%2）。名单在“%3”中维护。": (
        "%1 is not on the list of heads who may sign documents (%2). The list is kept under “%3”."),
    "注意：打印字体中没有这些字，印出来是空框：%1。请在“%2”中为字体选用含有这些字的字体文件"
    "（如 Windows 自带的 simfang.ttf、simsun.ttc）后再打印。": (
        "Note: the print fonts lack these characters, which print as empty boxes: %1. Under “%2”, "
        "choose font files that contain them (such as simfang.ttf or simsun.ttc, which come with "
        "Windows) before printing."),
    "“%1”的日期 %2 超出允许的范围（%3 至 %4）。请检查年份是否写错；确需更早或更晚的日期，"
    "请管理员在“%5”中调整日期范围。": (
        "The date %2 in “%1” is outside the allowed range (%3 to %4). Please check the year; if "
        "an earlier or later date is really needed, ask the administrator to widen the date range "
        "under “%5”."),
    "行数超过上限 %1 行。若数据并没有这么多行，多半是表格下方远处有无用的内容或格式：请删除数据以外的行和列"
    "（或只把数据复制到新的工作表）后再导入；数据确实这么多时，请把数据分成几个文件导入"
    "（管理员可在“%2”的“导入一个文件最多几行”中调整上限）。": (
        "it has more than the limit of %1 rows. If the data is not that long, there is most likely "
        "unused content or formatting far below the table: delete the rows and columns outside the "
        "data (or copy only the data to a new sheet) and import again; if there really are that "
        "many rows, split the data into several files (the administrator can change the limit "
        "“Most rows imported from one file” under “%2”)."),
    "%1的导入模板可在窗口中用“%3”得到（命令行：officedesk template %2 模板.xlsx）": (
        "the %1 import template is in the window under “%3” (command line: officedesk "
        "template %2 template.xlsx)"),
    "%1的导入模板可在窗口中用“%3”得到": "the %1 import template is in the window under “%3”",
    "%1 年的法定节假日和调休安排尚未全部录入，落在该年的期限暂按周末及元旦、劳动节、国庆节的固定假日计算，"
    "标“%2”。国务院办公厅公布后，请管理员在“%3”中录入该年全部放假和调休上班的日子，"
    "再标记为已全部录入，期限将自动重算。": (
        "The public holidays and make-up working days of %1 have not all been entered: deadlines "
        "in that year count weekends and the fixed-date holidays (New Year's Day, Labour Day, "
        "National Day) only and are marked “%2”. Once the State Council's General Office "
        "publishes them, the administrator enters every holiday and make-up working day under "
        "“%3” and marks the year as entered; the deadlines are recomputed."),
    # ---- a form's error line named after its field (会议名称错误), read by a screen reader
    "%1错误": "%1 error",
}
