"""English for the workstation strings: fitting the screen, keyboard-first forms, export of
what a list shows, settings pages, 职级, first run."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "机关办公桌面": "OfficeDesk",
    # ---- toolbars that fold
    "更多": "More",
    "更多操作": "More actions",
    "窗口放不下的按钮": "Buttons the window has no room for",
    # ---- forms
    "请选择": "Choose…",
    "放弃填写的内容？": "Discard what you typed?",
    "这个窗口里有还没有保存的内容。关闭后这些内容会丢失。": (
        "This window has content that is not saved yet. Closing it loses that content."
    ),
    "放弃内容并关闭": "Discard and close",
    "继续填写": "Keep editing",
    # ---- export what the list shows
    "导出哪些记录？\n“当前列表”按现在的查找、筛选、排序和显示的列导出。": (
        "Which records to export?\n\"Current list\" exports the present search, filters, "
        "sort and visible columns."
    ),
    "当前列表（%1 条）": "Current list (%1 records)",
    "全部记录": "All records",
    "导出哪些记录": "Which records to export",
    # ---- lights and deadline texts made in core (core.i18n.text patterns)
    "● %1灯 %2": "● %1 %2",
    "● %1灯": "● %1",
    "绿": "Green",
    "黄": "Yellow",
    "红": "Red",
    "蓝": "Blue",
    "橙": "Orange",
    "灰": "Grey",
    "进度滞后 %1 个百分点": "%1 points behind",
    "剩 %1 天": "%1 d left",
    "反馈逾期 %1 天": "report %1 d overdue",
    "%1，%2": "%1, %2",
    "%1（%2 项）": "%1 (%2 tasks)",
    "任务均已办结，事项逾期 %1 天未办结": "all tasks closed, item %1 d overdue",
    "逾期 %1 天，未交办": "%1 d overdue, not assigned",
    "剩 %1 天，未交办": "%1 d left, not assigned",
    "任务均已办结，待事项办结": "all tasks closed, item to close",
    "%1 持有": "held by %1",
    "临期": "Due soon",
    # ---- login errors (core.users)
    "请输入用户名和密码。": "Enter your user name and password.",
    "用户名或密码不正确；账号若已停用，请联系管理员。": (
        "Wrong user name or password; if the account was disabled, ask the administrator."
    ),
    "密码错误次数过多，账号已锁定，请于 %1 后再试，或请管理员解锁。": (
        "Too many wrong passwords: the account is locked. Try again after %1, "
        "or ask the administrator to unlock it."
    ),
    "密码错误。已连续错误 %1 次，账号锁定 %2 分钟，请于 %3 后再试，或请管理员解锁。": (
        "Wrong password. %1 wrong attempts in a row: the account is locked for %2 minutes. "
        "Try again after %3, or ask the administrator to unlock it."
    ),
    "密码错误，还可以再试 %1 次，之后账号将锁定 %2 分钟。": (
        "Wrong password. %1 more tries, then the account is locked for %2 minutes."
    ),
    # ---- settings pages
    "设置分页": "Settings pages",
    "恢复默认": "Restore defaults",
    "恢复本页默认值": "Restore this page's defaults",
    "把这一页的设置恢复为默认值（保存后生效）": "Put this page back to the defaults (applies on Save)",
    "留空：用本机的公文字体或自带字体": "Blank: installed or bundled font",
    "选择…": "Browse…",  # five font rows: Choose… held three letters for them (probe121)
    "选择字体文件": "Choose a font file",
    "各字体所用文件": "The file of each face",
    "打印样张": "Print specimen",
    "用已保存的字体设置印一页公文样张，检查字体和打印机": (
        "Print one specimen page with the saved font settings, to check fonts and printer"
    ),
    "正在使用的字体文件": "Font files in use",
    "字体文件 (*.ttf *.ttc *.otf)": "Font files (*.ttf *.ttc *.otf)",
    "打印与字体": "Printing and fonts",
    "会议与座次": "Meetings and seating",
    "单位信息": "Office",
    "领导的左边（面向会场）": "The leaders' left (facing the hall)",
    "台下看去的左边": "The left as seen from the hall",
    "自然日": "Calendar days",
    "工作日": "Working days",
    "仿宋（正文）": "FangSong (body)",
    "黑体": "HeiTi",
    "楷体": "KaiTi",
    "小标宋（标题、发文机关标志）": "XiaoBiaoSong (titles, issuer mark)",
    "宋体（页码）": "SongTi (page numbers)",
    "会议纪要版头（留空则用“会议类型+纪要”）": "Minutes heading (empty: meeting type + 纪要)",
    "主席台最多人数（自动排座时）": "Most seats on the podium (automatic seating)",
    "座次“左”指": "\"Left\" in seating means",
    "会场每排座位数": "Seats per row in the hall",
    "信访问题类别": "Petition subject categories",
    "传阅每人持有时限（工作日）": "Circulation: days each reader may hold (working days)",
    "收文办理时限（工作日）": "Incoming handling limit (working days)",
    "连续输错密码几次后锁定": "Lock after this many wrong passwords",
    "锁定时长（分钟）": "Lock for (minutes)",
    "密码最短长度": "Shortest password",
    "归档门类代码": "Archive category code",
    "打印字体：仿宋（正文）": "Print font: FangSong (body)",
    "打印字体：黑体": "Print font: HeiTi",
    "打印字体：楷体": "Print font: KaiTi",
    "打印时优先使用本机安装的公文字体": "Prefer the official fonts installed on this computer",
    "打印字体：宋体（页码）": "Print font: SongTi (page numbers)",
    "打印字体：小标宋（标题、发文机关标志）": "Print font: XiaoBiaoSong (titles, issuer mark)",
    "公文行距（磅）": "Line pitch of documents (pt)",
    "发文机关标志字宽（毫米）": "Issuer mark character width (mm)",
    "发文机关标志字高（毫米）": "Issuer mark character height (mm)",
    "红色分隔线中间加五角星": "Star in the middle of the red rule",
    "公文字距调整（磅）": "Character spacing adjustment (pt)",
    "上行文发文机关标志距版心上边缘（毫米）": "Upward documents: issuer mark below the text block top (mm)",
    "信访期限按": "Petition limits count",
    "临期提醒（天）": "Due-soon warning (days)",
    "已全部录入节假日安排的年份": "Years whose holidays are all entered",
    "内置节假日表没有的年份，管理员在“工具 → 节假日调整”中录入该年全部放假和调休后标记为已录入（如 2027）；未标记的年份，期限标“暂按”。":
        "Years the built-in holiday table lacks, marked by the administrator under Tools → Holidays "
        "once every holiday and make-up working day of the year is entered (e.g. 2027); deadlines "
        "in a year not marked are “provisional”.",
    "信访：转送、交办期限（日）": "Petitions: forward/assign within (days)",
    "信访：延期（日，限一次）": "Petitions: extension (days, once)",
    "信访：办理期限（日）": "Petitions: handling limit (days)",
    "信访：告知是否受理期限（日）": "Petitions: notify acceptance within (days)",
    "信访：复查/复核申请与答复期限（日）": "Petitions: review requests and replies within (days)",
    "机关代字（如 X委办）": "Issuer code (e.g. X委办)",
    "全宗号": "Fonds number",
    "督查联系人及电话（印在催办单上）": "Supervision contact and phone (on reminders)",
    "督查事项默认办结时限（立项后天数）": "Default limit of supervised items (days after opening)",
    "距时限几天内亮预警灯": "Warning light this many days before the limit",
    "进度滞后多少个百分点亮告警灯": "Alert light at this many points behind",
    "进度滞后多少个百分点亮预警灯": "Warning light at this many points behind",
    "督查预警灯配色": "Supervision light colours",
    "督查机构名称（印在催办单、通报上）": "Supervision office name (on reminders and bulletins)",
    "两次催办之间至少间隔（天）": "Days between two reminders at least",
    "催办后限期报送办理情况（天）": "Report due after a reminder (days)",
    "督查时限按工作日计算": "Supervision limits in working days",
    "收文编号前缀": "Incoming number prefix",
    "信访编号前缀": "Petition number prefix",
    "督查编号前缀": "Supervision number prefix",
    "每行一个类别；登记时从中选择。": "One category a line; chosen from when registering.",
    "文书档案为 WS": "WS for documentary archives",
    "TrueType 字体文件（.ttf / .ttc）的完整路径；.ttc 可写 路径#序号。留空则自动查找。": (
        "Full path of a TrueType font file (.ttf / .ttc); for a .ttc, path#index. "
        "Empty: found automatically."
    ),
    "关闭后始终使用软件自带的字体（各台电脑打印完全一致）。": (
        "Off: always the bundled fonts (every computer prints the same)."
    ),
    "22 行排满 225 mm 版心约 28.94 磅；同行多用 28.8–29.45。": (
        "22 lines filling the 225 mm text block: about 28.94 pt; peers use 28.8–29.45."
    ),
    "GB/T 9704-2012 第7.2.4条不规定发文机关标志的大小，只说：推荐使用小标宋体字，颜色为红色，"
    "以醒目、美观、庄重为原则。旧版 GB/T 9704-1999 的限度是一般应小于 22 mm × 15 mm（高 × 宽）。": (
        "GB/T 9704-2012 §7.2.4 does not size the issuer mark; it says only: XiaoBiaoSong type is "
        "recommended, in red, striking, well-proportioned and dignified. The old GB/T 9704-1999 "
        "bound was generally under 22 mm × 15 mm (h × w)."
    ),
    "GB/T 9704-2012 第7.2.4条：发文机关标志上边缘至版心上边缘为 35 mm，上行文相同；"
    "1999 版对上报的公文规定为 80 mm，沿用旧版式的机关可改为 80。": (
        "GB/T 9704-2012 §7.2.4: the issuer mark's top 35 mm below the text block's top, upward "
        "documents too; the 1999 standard set 80 mm for documents to superiors: an office keeping "
        "that layout sets 80."
    ),
    "党委机关公文常用。": "Common on Party committee documents.",
    "16 磅字每行 28 字排满 156 mm 版心需约 -0.22 磅。": (
        "28 characters of 16 pt filling the 156 mm text block need about -0.22 pt."
    ),
    "calendar 自然日；working 工作日（按法定节假日和调休）": (
        "Calendar days, or working days (public holidays and swapped days)"
    ),
    "leaders：按主席台上领导面向听众时的左手（2号在1号左手，即台下看在右侧）；audience：按台下听众看去的左手": (
        "Leaders: the left hand of the leaders facing the hall (No. 2 on No. 1's left, the right "
        "as seen from the hall); hall: the left as the audience sees it"
    ),
    "如：张三，0000-12345678": "e.g. Zhang San, 0000-12345678",
    "立项时未写办结时限的，按立项日期加此天数。": "Items opened without a limit get the opening date plus these days.",
    "按交办日期到时限的时间进度计算应完成的百分比，与反馈的进度比较。"
    "督查时限按工作日计算时按工作日数，节假日不计入时间进度。": (
        "The share of time from assignment to limit gone, compared with the reported progress. "
        "Counted in working days when supervision deadlines count working days: holidays add "
        "nothing to the time gone."
    ),
    "正常／预警／告警 三级灯各用什么颜色。": "The colours of the normal / warning / alert lights.",
    "如“督查室”“督查科”；前面自动加机关名称。": "e.g. 督查室; the office name is put before it.",
    "同一任务在此天数内不重复催办；再次催办时级别升高：第一次催办、再次催办、通报。": (
        "No second reminder for a task within these days; each reminder goes up a level: "
        "first, second, bulletin."
    ),
    "开启后，默认时限和临期天数按工作日（法定节假日和调休）计算。": (
        "On: default limits and due-soon days count working days (holidays and swapped days)."
    ),
    # ---- 职级
    "职级": "Ranks",
    "职级名称": "Rank",
    "排序": "Order",
    "省部级正职": "Provincial/ministerial head",
    "省部级副职": "Provincial/ministerial deputy",
    "厅局级正职": "Bureau head",
    "厅局级副职": "Bureau deputy",
    "县处级正职": "County/division head",
    "县处级副职": "County/division deputy",
    "正科级": "Section head",
    "副科级": "Deputy section head",
    "办事员": "Office clerk",
    "座次先后：数字越小越靠前，如 1 省部级正职": (
        "Seating order: smaller sits nearer the centre, e.g. 1 for a provincial head"
    ),
    # ---- first run
    "空列表提示": "Empty list hint",
    "还没有%1。": "No %1 yet.",
    "还没有收文。收到第一份来文时，点“签收”登记它，它会得到收文编号。": (
        "No incoming documents yet. When the first one arrives, click \"Sign for receipt\": "
        "it gets its receipt number."
    ),
    "还没有发文。起草第一份公文时，点“拟稿”。": (
        "No outgoing documents yet. To write the first one, click \"Draft\"."
    ),
    "还没有会议。先在通讯录里添加会议室和人员，再新建会议。": (
        "No meetings yet. Add rooms and people to the directory first, then a new meeting."
    ),
    "还没有督查事项。领导批示、会议议定事项或收文批办需要督办时，新建一件。": (
        "No supervised items yet. When an instruction, a meeting decision or an incoming "
        "document needs following up, add one."
    ),
    "还没有信访件。来信、来访、网上信访到达时，点“登记”。": (
        "No petitions yet. When a letter, a visit or an online petition arrives, click "
        "\"Register\"."
    ),
    "登记第一件信访": "Register the first petition",
    "通讯录还是空的。先下载导入模板，填好单位和人员后导入；也可以逐个新建。": (
        "The directory is empty. Download the import template, fill in units and people and "
        "import it; or add them one by one."
    ),
    "还没有会议室。添加会议室后，新建会议时才能检查会议室冲突。": (
        "No meeting rooms yet. Add them so that new meetings can be checked for room conflicts."
    ),
    "开始使用": "Getting started",
    "<b>开始使用：先做好这几步</b>": "<b>Getting started: these steps first</b>",
    "开始使用的步骤": "Getting started steps",
    "打开通讯录": "Open the directory",
    "打开系统设置": "Open the settings",
    "填写机关名称和机关代字（工具 → 系统设置 → 单位信息）": (
        "Enter the office's name and issuer code (Tools → Settings → Office)"
    ),
    "导入或添加单位（通讯录 → 单位）": "Import or add units (Directory → Units)",
    "导入或添加人员（通讯录 → 人员）": "Import or add people (Directory → People)",
    "添加会议室（通讯录 → 会议室）": "Add meeting rooms (Directory → Rooms)",
    # ---- placeholders declared in core
    "如 X政办发〔2026〕12号": "e.g. X政办发〔2026〕12号",
    "如 10年": "e.g. 10 years",
    "各县（市、区）委办公室，市直各单位": "e.g. 各县（市、区）委办公室，市直各单位",
    "一级标题以“一、”开头，二级“（一）”，三级“1.”，四级“（1）”": (
        "Headings start with 一、, then （一）, 1., （1）"
    ),
    "每行一个附件名称": "One attachment name a line",
    "2026-12-03 09:00": "2026-12-03 09:00",
    "2026-12-03 11:30": "2026-12-03 11:30",
    "会议室名称；不是通讯录中的会议室则按外部场所处理": (
        "A meeting room; a place not in the directory counts as outside"
    ),
    "18 位，可不填": "18 characters, optional",
    "涉及地区或单位": "Areas or units concerned",
    "留空则按默认天数": "Empty: the default number of days",
    "交办日期": "Assigned on",
    "出席": "Attending",
    "列席": "Non-voting",
    "特邀": "Invited",
    "%1，%2人": "%1, people: %2",
    "缺字提示": "Missing characters",
    "重复登记？": "Registered twice?",
    "已登记过来文字号相同的收文：%1。同一份来文登记两次会被重复办理和统计。仍要签收吗？": (
        "An incoming document with the same reference number is already registered: %1. The same document registered twice is handled and counted twice. Sign "
        "it in anyway?"),
    "没有签收：与已登记的收文相同。": "Not signed in: the same as a document already registered.",
    "同一身份证号": "same ID number",
    "同姓名同电话": "same name and phone",
    "内容相似": "similar content",
    "%1（%2复核终结，不再受理）": "%1 (recheck closed on %2: no longer accepted)",
}
