"""English for the GUI review's fixes: form titles, printed forms' names in the preview, the
settings' labels and help, questions before what cannot be undone, step time limits.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- form titles (ui.widgets.record_form.form_title): the whole title where it reads
    # better than the pattern with the list's name
    "新建%1": "New record — %1",
    "修改%1": "Edit record — %1",
    "新建收文": "New incoming document",
    "修改收文": "Edit incoming document",
    "新建发文": "New outgoing document",
    "修改发文": "Edit outgoing document",
    "新建单位": "New unit",
    "修改单位": "Edit unit",
    "新建人员": "New person",
    "修改人员": "Edit person",
    "新建职级": "New rank",
    "修改职级": "Edit rank",
    "新建会议室": "New meeting room",
    "修改会议室": "Edit meeting room",
    "修改督查事项": "Edit supervised item",
    "新建信访": "New petition",
    "修改信访": "Edit petition",
    "新建信息": "New reported item",
    "修改信息": "Edit reported item",
    "新建效能投诉": "New complaint",
    "修改效能投诉": "Edit complaint",
    "%1：%2": "%1: %2",
    "%1：": "%1:",
    # ---- printed forms, as the preview's title names them
    "收文处理笺": "Handling slip",
    "传阅单": "Circulation slip",
    "催办单": "Reminder",
    "发文稿纸": "Draft sheet",
    "公文（正式文件）": "Official document",
    "信访受理（不予受理）告知书": "Petition acceptance (non-acceptance) notice",
    "信访事项答复意见书": "Petition reply",
    "信访事项转送单（交办单）": "Petition forwarding/assignment slip",
    "效能投诉核查通知书": "Complaint checking notice",
    "效能告诫书": "Efficiency warning letter",
    "信息刊物（简报）": "Information periodical (briefing)",
    "信息工作通报": "Information work bulletin",
    "信息接收回执": "Information receipt",
    # ---- questions before what cannot be undone
    "把信访件 %1 转为督查事项吗？转后即编督查编号。": (
        "Turn petition %1 into a supervised item? It takes a supervision number at once."
    ),
    "删除附件": "Delete attachment",
    "确定删除附件“%1”吗？删除后不能恢复。": "Delete the attachment “%1”? This cannot be undone.",
    "删除节假日调整": "Delete holiday adjustment",
    "确定删除 %1（%2）这一天的调整吗？该年的期限将重新计算。": (
        "Delete the adjustment of %1 (%2)? The deadlines of that year will be computed again."
    ),
    "撤销代理": "End substitute",
    "确定撤销 %1 由 %2 代理（%3 至 %4）吗？": "End %2 acting for %1 (%3 to %4)?",
    # ---- lists, fields, steps
    "起": "From",
    "止": "To",
    "2026-12-03 09:00 或 2026年12月3日9时": "2026-12-03 09:00 or 2026/12/3 9:00",
    "多个单位用“、”隔开": "Separate several units with “、”",
    "只能延期一次，延长 %1 日": "Can be extended once only, by %1 days",
    "只能延期一次，延长 %1 个工作日": "Can be extended once only, by %1 working days",

    "接收后 %1 日内": "Within %1 day(s) of receipt",

    "请先选择要打印的记录": "Select the records to print first",
    # ---- settings: labels, help and choices
    "信息类别": "Information categories",
    "每行一个类别；报送时从中选择。“突发事件”按一事一报计时。": (
        "One category a line; reports choose from them. “突发事件” (sudden events) are timed "
        "one report per event."
    ),
    "信息计分标准": "Information scoring",
    "每行：项目=分值。项目：报送、县级采用、市级采用、省级采用、中央采用、批示。": (
        "One a line: item=points. Items: 报送 (reported), 县级采用, 市级采用, 省级采用, 中央采用 "
        "(used at county, city, province, central level), 批示 (instruction)."
    ),
    "每行：项目=分值。项目：报送、县级采用、市级采用、省级采用、中央采用、批示。改标准时保留原标准，另起一行写“2027-01-01起：”，其下写自该日起改变的分值；今天以前已计的分不能改变（已发的信息工作通报不变）。": (
        "One a line: item=points. Items: 报送 (reported), 县级采用, 市级采用, 省级采用, 中央采用 "
        "(used at county, city, province, central level), 批示 (instruction)."
        " To change the table keep the old one and add a line “2027-01-01起：” with the points "
        "that change from that day; points counted before today cannot change (an information "
        "bulletin once issued stays as it was)."
    ),
    "突发事件报送时限（分钟）": "Sudden events: report limits (minutes)",
    "每行：事件级别=电话报告时限,书面报告时限（自事发时间起，分钟），特别重大、重大、较大、"
    "一般四级都要写，电话报告时限不长于书面报告时限。改时限时保留原时限，另起一行写"
    "“2027-01-01起：”，其下写自该日起改变的时限；已登记事件的时限不能改变（迟报不因改设置"
    "而消失）。": (
        "One a line: event level=telephone report limit,written report limit (minutes from "
        "the event), for all four levels 特别重大, 重大, 较大 and 一般; the telephone limit no "
        "longer than the written one. To change the limits keep the old ones and add a line "
        "“2027-01-01起：” with the limits that change from that day; the limits of events "
        "registered already cannot change (a late report does not vanish with a setting)."
    ),
    "突发事件：离时限多少分钟时亮黄灯": "Sudden events: minutes before the limit that show yellow",
    "信访：属检举控告党员、公职人员的问题类别": (
        "Petitions: categories that accuse Party members or public servants"
    ),
    "每行一个；这些类别的信访不进入60日办理程序，应告知信访人向纪检监察机关提出或转送纪检监察机关（《信访工作条例》第三十二条）。": (
        "One a line; petitions in these categories do not enter the 60-day procedure: the "
        "petitioner is told to turn to the discipline inspection and supervision organ, or the "
        "petition is forwarded to it (Regulations on Letters and Visits, art. 32)."
    ),
    "信访：受理检举控告的纪检监察机关名称": (
        "Petitions: the discipline inspection and supervision organ that takes accusations"
    ),
    "告知书中写明的机关，如“县纪委监委”。": "The organ the notice names, e.g. “县纪委监委”.",
    "加急收文办理时限（工作日）": "Limit of urgent incoming documents (working days)",
    "特急收文办理时限（工作日）": "Limit of very urgent incoming documents (working days)",
    "本机关主要负责人": "Principal head of this office",
    "请示由主要负责人签发（《党政机关公文处理工作条例》）；填写后，其他人签发请示将被拒绝。": (
        "Requests (请示) are signed by the principal head (Regulations on the Handling of "
        "Official Documents); once filled in, anyone else signing a request is refused."
    ),
    "可签发其他公文的负责人": "Heads who may sign other documents",
    "每行一个姓名；留空则不限。主要负责人总可以签发。": (
        "One name a line; empty: anyone. The principal head may always sign."
    ),
    "恢复前自动另存的数据库保留份数": "Copies kept of the database saved before a restore",
    "每次从备份恢复前，当前数据库会另存到备份文件夹；只保留最近的这些份数。": (
        "Before each restore from a backup the current database is saved to the backup folder; "
        "only this many of the latest are kept."
    ),
    "导入一个文件最多几行": "Most rows imported from one file",
    "更大的文件请分成几个文件导入": "Split a larger file into several and import them one by one",
    "公文格式（按文种）": "Document format (by type)",
    "每项写“文种=格式”，用分号或换行分隔，格式为文件格式、信函格式、纪要格式或命令格式，例如“通知=信函格式；函=文件格式”。未写的文种：函用信函格式，纪要用纪要格式，命令（令）用命令格式，其余用文件格式。": (
        "Each item “type=format”, separated by semicolons or new lines; the format is 文件格式 "
        "(document), 信函格式 (letter), 纪要格式 (minutes) or 命令格式 (command), e.g. "
        "“通知=信函格式；函=文件格式”. Types not named: 函 as a letter, 纪要 as minutes, 命令（令） "
        "as a command, all others as a document."
    ),
    "座次表过宽时": "When the seating chart is too wide",
    "一排座位在 A4 横向放不下时：分页（按排序分左右几页）或改用 A3 纸。": (
        "When a row of seats does not fit across A4 landscape: split into pages (left to right "
        "by seat order) or print on A3."
    ),
    "分页": "Split into pages",
    "效能通报版式": "Efficiency bulletin layout",
    "文件格式：红色发文机关标志“××文件”和红色分隔线；信函格式：标志距纸张上边 30 毫米，红色双线。": (
        "Document: the red issuing-organ mark “××文件” and a red rule; letter: the mark 30 mm "
        "from the top of the paper, red double lines."
    ),
    "文件": "Document",
    "信函": "Letter",
    "效能通报主送机关": "Efficiency bulletin: main recipients",
    "效能投诉：办结时限（工作日，自登记起）": "Complaints: limit to close (working days from registration)",
    "效能投诉：核查时限（工作日）": "Complaints: limit to check (working days)",
    "会议负担统计：级别不大于此数的人员算作领导": (
        "Meeting load: people whose rank number is at most this count as leaders"
    ),
    "会议通知至少提前（工作日）": "Meeting notices at least (working days ahead)",
    "发文办理时限（工作日，拟稿至印发）": "Outgoing documents: limit (working days, draft to issue)",
    "发文从拟稿到印发超过此数即为超时；按时率以此计算。": (
        "An outgoing document that takes longer from drafting to issue is late; the on-time rate "
        "is counted by it."
    ),
    "三多控制：每月发文不超过（件，0 表示按去年同月倍数）": (
        "Control: documents a month at most (0: by the ratio to last year's month)"
    ),
    "三多控制：每月会议不超过（次，0 表示按去年同月倍数）": (
        "Control: meetings a month at most (0: by the ratio to last year's month)"
    ),
    "三多控制：每月不超过去年同月的倍数": "Control: at most this ratio of last year's month",
    "如 0.9：今年每月会议、发文不超过去年同月的九成。下面按月定数的目标优先。": (
        "E.g. 0.9: each month's meetings and documents stay within nine tenths of last year's "
        "month. The monthly numbers below take precedence."
    ),
    "信访：转送后有权处理机关决定是否受理期限（日）": (
        "Petitions: days for the competent organ to decide on acceptance after forwarding"
    ),
    "《信访工作条例》第二十三条：收到转送的信访事项后应在此期限内决定是否受理并告知信访人。": (
        "Regulations on Letters and Visits, art. 23: an organ that receives a forwarded petition "
        "decides within this time whether to accept it and tells the petitioner."
    ),
    "红黄绿": "Red, yellow, green",
    "蓝黄红": "Blue, yellow, red",
    "蓝橙红": "Blue, orange, red",
    "效能投诉编号前缀": "Complaint number prefix",
    "信息编号前缀": "Information number prefix",
    "日期最晚可晚于今天（年）": "Dates at most this many years after today",
    "时限等日期不得晚于今天往后这些年。": "Deadlines and other dates may not be later than this many years ahead.",
    "日期最早可早于今天（年）": "Dates at most this many years before today",
    "登记、导入的日期不得早于今天往前这些年；导入多年前的台账时可调大。": (
        "Dates registered or imported may not be earlier than this many years back; raise it to "
        "import old registers."
    ),
    # ---- the date input (ui.widgets.date_input): typed as clerks write it
    "如 2026-3-5": "e.g. 2026-3-5",
    "如 2026-3-5 9:30": "e.g. 2026-3-5 9:30",
    "不填（%1）": "Optional (%1)",
    "从日历中选择（Alt+↓）": "Pick from a calendar (Alt+Down)",
}
