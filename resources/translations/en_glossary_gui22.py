"""English for the twenty-second GUI review's fixes: the 逐级负责 settings' labels and helps (the
审批链与职务 window's tooltip), the 登记信访 window's keyboard, a 通报's scope of figures, an import
with nothing to skip to, a restore that names the backup before it asks, 另存为 PDF over an
existing file; same format as en_glossary.py.
The chain syntax inside the helps (@本单位, @分管, 或, N日) is what the clerk types: kept."""

from __future__ import annotations

_CHAIN_HELP = "每行一步：步骤 岗位[@本单位|@分管|@单位名][或…] [N日]"
_CHAIN_HELP_EN = "One step a line: step position[@本单位|@分管|@unit name][或…] [N日]"

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- 逐级负责 settings (core/chains.py, core/positions.py), shown through display()
    "自动：有用户设置了职务后即按审批链把关；是：始终把关；否：不把关（只记录谁办理）。":
        "Auto: the chain is enforced once any user has a position set; Yes: always enforced; "
        "No: not enforced (only who did each step is recorded).",
    _CHAIN_HELP: _CHAIN_HELP_EN,
    _CHAIN_HELP + "；留空则同一般审批链": _CHAIN_HELP_EN + "; left empty, the general chain applies",
    "审批链：发文": "Approval chain: outgoing",
    "审批链：发文（请示）": "Approval chain: outgoing (request for instructions)",
    "审批链：发文（绝密）": "Approval chain: outgoing (top secret)",
    "审批链：收文": "Approval chain: incoming",
    "审批链：收文（绝密）": "Approval chain: incoming (top secret)",
    "审批链：督查": "Approval chain: supervision",
    "审批链：信访": "Approval chain: petitions",
    "可看全办待办概况的职务": "Positions that see the office overview",
    "这些职务、管理员和有代录权限的文书在工作台上还能看到全办的待办概况。":
        "These positions, administrators and clerks allowed proxy entry also see the office's "
        "to-do overview on the dashboard.",
    "职务表（每行一个，由低到高）": "Positions (one a line, lowest first)",
    "用户的职务从这张表中选；审批链的每一步写由哪个职务办理。":
        "Users' positions are chosen from this table; each step of an approval chain names the "
        "position that does it.",
    "信息审批链中的“本单位”“分管”指这个科室（如 信息科、信息处）。":
        "In the information approval chain, @本单位 (own unit) and @分管 (in charge) mean this "
        "section (e.g. 信息科, 信息处).",
    # ---- 通报 printing: what the figures count (print preview note, core.counted_scope)
    "%1只统计了%2（打印账号的密级权限为“%3”），通报上已写明这一统计范围。"
    "需要包含全部密级的数字时，请由密级权限为“%4”的人员打印。":
        "The %1 counts only %2 (the printing account's clearance is “%3”); the bulletin states this "
        "scope. For figures that include every classification level, have someone cleared for “%4” "
        "print it.",
    "非密事项": "unclassified items",
    "非密信息": "unclassified information items",
    "密级为%1及以下的事项": "items classified “%1” or below",
    "密级为%1及以下的信息": "information items classified “%1” or below",
    # ---- 导入: nothing was written
    "没有导入": "Nothing imported",
    # ---- 另存为 PDF: the .pdf written exists, and the file dialog asked about another name
    "“%1”已存在。要用这份 PDF 替换它吗？它原有的内容将丢失。":
        "“%1” already exists. Replace it with this PDF? Its present content will be lost.",
    # ---- 从备份恢复: the backup checked, then named in the question
    "正在检查备份…": "Checking the backup…",
    "正在恢复…": "Restoring…",
    "%1 %2 条": "%1: %2",
    "没有记录": "no records",
    "%1（代字 %2）": "%1 (code %2)",
    "名称未知": "name unknown",
    "未知": "unknown",
    "用这个备份替换当前数据库的全部内容吗？\n"
    "备份文件：%1\n机关：%2\n备份中的最后一次操作：%3\n备份中的记录：%4\n\n"
    "备份之后新建或修改的记录将不在恢复后的数据库中；当前数据库会先另存一份。":
        "Replace the whole content of the current database with this backup?\n"
        "Backup file: %1\nOffice: %2\nLast operation in the backup: %3\nRecords in the backup: %4\n\n"
        "Records created or changed after the backup will not be in the restored database; the "
        "current database is saved aside first.",
    # ---- steps offered with values core takes (desk review 22): 信访 复查/复核 past the
    # window, 电话报告 after the 书面报告, 议定事项转督查 of a decision whose 时限 has passed
    ("按信访人提出申请之日判断期限：答复后已办结的，期限内提出的申请仍可登记，信访件重新打开；事后补录的，"
     "“日期”写提出申请之日（命令行：--on 日期）。期限已过的信访（已答复或已办结）不再列出此步骤，期限内提出而"
     "未登记的，请管理员补录（命令行：officedesk step petitions <id> 复查申请（复核申请） --on 提出日期）。"):
        "The limit is judged by the day the petitioner asked: a petition closed after its reply still "
        "takes a request made within the limit, and is reopened; entered later, the “Date” is the day "
        "it was made (command line: --on 日期). Once the limit has passed, a petition (replied or "
        "closed) no longer lists this step; a timely request not yet entered is entered by the "
        "administrator (command line: officedesk step petitions <id> 复查申请 (复核申请) --on "
        "<the day it was made>).",
    ("突发事件登记后才来的电话报告：记一次，按来电时间（晚于时限的仍算迟报）；已收到书面报告的，来电在它之前："
     "时间先填书面报告时间（与不记电话报告同样计时），请改为实际来电时间"):
        "A phone report of an emergency that came after it was registered: recorded once, at "
        "the time of the call (after its limit it is still late); when the written report is "
        "already recorded, the call came before it: the time starts at the written report's "
        "(timed as if no phone report were recorded), change it to the actual time of the call",
    ("督查时限留空的，按议定事项的时限；时限已过或没有时限的，按督查的默认时限（自今天立项起算），"
     "已过的议定时限写入督查事项内容"):
        "Supervision deadline left empty: the decision's own time limit; when it has passed or "
        "there is none, supervision's default deadline (counted from today, the day it is "
        "registered), and a passed time limit is written into the item's content",
}
