"""English for core's other refusals shown in the window: backup and restore (store/backup.py,
store/transfer.py, store/file_guard.py, core/backups.py, core/restored.py), approval chains, corrections,
the directory, settings, numbers, meetings' lists and agenda, 信访 steps and links, 督查 items and
their steps, 效能投诉, ranks, holidays and the export's file refusals."""

GLOSSARY = {
    '磁盘空间不足，没有恢复，数据库未改动。请清理“%1”所在的磁盘后再运行同一条恢复命令（空间充足时，可能是磁盘出错，请检查磁盘）。':
        'Not enough disk space: nothing was restored and the database is unchanged. Free space on the disk of “%1” and run the same restore command again (if there is enough space, the disk may be failing: please check it).',
    '其他程序或工作站正在使用这个数据库：%1。恢复会替换全部数据，请先让它们关闭本程序（或退出命令），再恢复。':
        'Other programs or workstations are using this database: %1. A restore replaces all the data; have them close the program (or end their commands) first, then restore.',
    '数据库文件“%1”没有损坏，请按平常的方式恢复。':
        'The database file “%1” is not damaged; restore it the usual way.',
    '审批链“%1”没有写职务。':
        'The approval chain “%1” names no post.',
    '审批链“%1”中的职务“%2”不在职务表中。职务表：%3。':
        'The post “%2” in the approval chain “%1” is not in the table of posts. The posts: %3.',
    '审批链“%1”没有写由哪个岗位办理。':
        'The approval chain “%1” does not say which post does it.',
    '审批链的一行“%1”不完整。每行写：步骤 岗位[@范围] [N日]，如：核稿 处长@本单位 1日。':
        'The approval chain line “%1” is incomplete. Write each line as: step post[@scope] [N日], such as 核稿 处长@本单位 1日.',
    '审批链中“%1”写了两次。':
        '“%1” is written twice in the approval chain.',
    '“%1”在审批链中写作“%2”。':
        '“%1” is written “%2” in the approval chain.',
    '审批链中有“@%1”，而“%2”在审批链中会被读成别的意思（“本单位”“分管”、含“或”或空格）。请换一个单位名称。':
        'The approval chain has “@%1”, but “%2” would be read as something else in it (“本单位”, “分管”, or containing “或” or a space). Please use another unit name.',
    '“%1”不能改到 %2 年：这条记录的编号“%3”是 %4 年的编号，编号按年连续，随日期归入的年份。请核对“%1”；确属上一年（或下一年）的，请作废这个编号后按该年重新登记，或联系管理员。':
        "“%1” cannot be moved to the year %2: this record's number “%3” is a number of %4, and numbers run on within the year their date falls in. Please check “%1”; if it really belongs to the year before (or after), void this number and register it again in that year, or contact the administrator.",
    '不能登记密级为“%1”的%2：您的涉密权限只到“%3”。请交由涉密权限不低于“%1”的人员登记。':
        'Cannot register a %2 classified “%1”: your clearance reaches only “%3”. Have someone cleared for “%1” or higher register it.',
    '不能把密级定为“%1”：您的涉密权限只到“%2”，变更密级须由涉密权限不低于“%3”的人员办理。':
        'Cannot set the classification to “%1”: your clearance reaches only “%2”; a change of classification is made by someone cleared for “%3” or higher.',
    '降低密级（由“%1”改为“%2”，即降密或解密）须由领导或管理员决定并办理；请报请领导审定后由其更正。':
        'Lowering the classification (from “%1” to “%2”, declassifying or downgrading) is decided and done by a leader or the administrator; please have a leader approve it and correct it.',
    '“%1”不能改为 %2：晚于这条记录的%3日期（%4），各步骤按办理顺序。请核对“%1”；确属前面步骤的日期有误的，请联系管理员。':
        "“%1” cannot be changed to %2: that is after this record's %3 date (%4), and the steps follow in order. Please check “%1”; if an earlier step's date is wrong, contact the administrator.",
    '这条记录现已逾期，把“%1”改为 %2 会使它不再计为逾期，不能这样更正。逾期的请按步骤办理（需要延期的办理延期）；“%1”确属录入错误的，请联系管理员更正（更正留痕）。':
        'This record is overdue now; changing “%1” to %2 would stop it counting as overdue, so it cannot be corrected this way. Handle an overdue record by its steps (extend it where needed); if “%1” was really typed wrong, ask the administrator to correct it (the correction is recorded).',
    '电话号码“%1”格式不对，只能含数字、空格和 + - ( )。':
        'The phone number “%1” is not valid: it may contain only digits, spaces and + - ( ).',
    '通讯录中没有单位“%1”，请先在“单位”中添加。':
        'The directory has no unit “%1”; please add it under Units first.',
    '单位名称和简称中不能含%1：几个单位写在一起时按它分开，含它的名称会被拆成几个单位。请去掉或改用别的字。':
        "A unit's name or short name cannot contain %1: several units written together are split at it, so a name containing it would become several units. Please remove it or use another character.",
    '“%1”已是单位“%2”的%3，不能再作%4：按名称或简称选单位时无法分辨。请换一个。':
        '“%1” is already the %3 of the unit “%2” and cannot also be a %4: choosing a unit by name or short name could not tell them apart. Please choose another.',
    '%1“%2”不在通讯录中。%3新单位请先在“单位”中添加。':
        '%1 “%2” is not in the directory. %3Add a new unit under Units first.',
    '状态为“%1”，却填了“%2”，这是“%3”以后才有的内容。请填写相应的状态，或不填“%2”。':
        'The state is “%1”, but “%2” is filled in, which only comes after “%3”. Please fill in the matching state, or leave “%2” empty.',
    '“登记日期”不能是将来的日期（%1）。':
        '“登记日期” cannot be a future date (%1).',
    '核查结论只能是：%1。':
        'The verification finding can only be: %1.',
    '处理结果只能是：%1。':
        'The result can only be: %1.',
    '%1第 %2 条记录没有任何审计记录（在程序之外写入，或其审计记录被删除）':
        '%1 record %2 has no audit entry (written outside the program, or its audit entries deleted)',
    '%1第 %2 条记录已在审计记录 %3 中删除，却仍在数据库中（在程序之外恢复或写入）':
        '%1 record %2 was deleted in audit entry %3 but is still in the database (restored or written outside the program)',
    '%1第 %2 条记录的内容与审计记录 %3 不符（在程序之外被改动）':
        '%1 record %2 differs from audit entry %3 (changed outside the program)',
    '%1第 %2 条记录不见了，审计记录中没有删除它（最后一条是 %3，在程序之外被删除）':
        '%1 record %2 is gone, and the audit trail does not delete it (the last entry is %3; deleted outside the program)',
    '没有找到第 %1 号议定事项。':
        'Decision no. %1 was not found.',
    '“%1”中“%2”没有姓名。':
        '“%2” in “%1” has no name.',
    '“%1”中的“%2…”太长，不像一个姓名；人员之间请用“、”或换行分隔。':
        '“%2…” in “%1” is too long to be a name; separate the people with “、” or new lines.',
    '“%1”中“%2”出现了两次。':
        '“%2” appears twice in “%1”.',
    '“%1”第 %2 项的时长“%3”看不懂，请写成“20分钟”。':
        'The length “%3” of item %2 of “%1” is not understood; please write it as “20分钟”.',
    '“%1”第 %2 项太长（最多 300 字）。':
        'Item %2 of “%1” is too long (at most 300 characters).',
    '“%1”第 %2 项的时长 %3 分钟不合理：应在 1 到 %4 分钟之间。':
        'The length of item %2 of “%1”, %3 minutes, is not reasonable: it must be 1 to %4 minutes.',
    '“%1”第 %2 项分成了 %3 栏：每行写“%4”，议题中不能有“｜”。':
        'Item %2 of “%1” is split into %3 parts: write each line as “%4”, with no “｜” in the topic.',
    '“%1”第 %2 项的时长“%3”看不懂，请写分钟数，如“20”。':
        'The length “%3” of item %2 of “%1” is not understood; please write the minutes, such as “20”.',
    '%1同时出现在“%2”和“%3”中。':
        '%1 is in both “%2” and “%3”.',
    '%1同时出现在“主持人”和“%2”中：主持人出席会议，请从旁听人员中删去他，或另定主持人。':
        '%1 is both “主持人” and in “%2”: the chair attends the meeting, so delete him from the observers or choose another chair.',
    '议程第 %1 项没有议题。':
        'Agenda item %1 has no topic.',
    '议程第 %1 项的时长不能为负。':
        'The length of agenda item %1 cannot be negative.',
    '议程第 %1 项的时长 %2 分钟不合理：应在 1 到 %3 分钟之间。':
        'The length of agenda item %1, %2 minutes, is not reasonable: it must be 1 to %3 minutes.',
    '会议“%1”已召开或已登记签到、纪要，开始时间不能改到 %2，晚于%3（%4）：签到、缺席、召开和纪要都不早于会议当天。如只是改正时间，请改为不晚于该日；如会议另行召开，请新建会议。':
        "The meeting “%1” has been held or has its sign-in or minutes recorded, so its start cannot move to %2, after %3 (%4): sign-in, absence, holding and minutes are no earlier than the meeting's day. To correct the time, keep it no later than that day; if the meeting is held again, make a new meeting.",
    '存在冲突：%1如仍要保存，请写明原因（命令行：--force 理由）。':
        'There are conflicts: %1To save anyway, give the reason (command line: --force reason).',
    '结束时间（%1）应晚于开始时间（%2）。':
        'The end time (%1) must be after the start time (%2).',
    '报名截止（%1）应早于会议开始（%2）。':
        'The sign-up deadline (%1) must be before the meeting starts (%2).',
    '%1不在这次会议的参会人员中。参会人员有：%2。':
        "%1 is not among this meeting's attendees. The attendees are: %2.",
    '请填写“%1”：它不能清空。':
        'Please fill in “%1”: it cannot be emptied.',
    '“%1”不能清空。可以清空的有：%2。':
        '“%1” cannot be emptied. Those that can be emptied: %2.',
    '第 %1 项议定事项分成了 %2 栏：每行写“内容｜牵头单位｜时限｜原序号”，内容中不能有“｜”。':
        'Decision %1 is split into %2 parts: write each line as “内容｜牵头单位｜时限｜原序号”, with no “｜” in the content.',
    '第 %1 项议定事项的原序号“%2”不是现有的议定事项（现有序号：%3）。':
        'The original number “%2” of decision %1 is not an existing decision (existing numbers: %3).',
    '第 %1 项和第 %2 项议定事项都写了原序号 %3。':
        'Decisions %1 and %2 both give the original number %3.',
    '“%1”既填写了内容又要清空，请只做一样。':
        '“%1” is both filled in and to be emptied; please do only one.',
    '%1在“%2”%3中填了两次。':
        '%1 is given twice in “%2”%3.',
    '请至少填写一项：%1（用姓名）。':
        'Please fill in at least one of: %1 (by name).',
    '没有第 %1 项议定事项。':
        'There is no decision no. %1.',
    '%1“%2”可能已经发出过：本机锚定文件记录的已发出最大号是“%3”，数据库中的序列却落在它之前（数据库可能是在程序之外从备份恢复的，如 pg_restore）。为免同一个号发出两次，没有登记。请管理员先运行 %4（整理恢复后的编号），再登记。':
        "%1 “%2” may have been issued already: this computer's anchor file records “%3” as the highest number issued, but the database's sequence is behind it (the database may have been restored from a backup outside the program, as with pg_restore). So that no number goes out twice, it was not registered. Ask the administrator to run %4 (which settles the numbers after a restore) first, then register it.",
    '没有找到编号“%1”。':
        'The number “%1” was not found.',
    '编号“%1”已经作废。':
        'The number “%1” has already been voided.',
    '原件 %1 本身是本件的重复件（直接或经由其他信访件），不能再把本件标为它的重复件，否则两件互为原件、找不到真正的原件。如原件标错了，请先把它改标为真正原件的重复件。':
        "The original %1 is itself a repeat of this petition (directly or through other petitions), so this one cannot be marked a repeat of it: the two would be each other's original and the real original could not be found. If the original was marked wrongly, first mark it a repeat of the real original.",
    '这件信访现在是“%1”，不能%2。只有“%3”的信访件可以%2。':
        'This petition is now “%1” and cannot be %2. Only a petition “%3” can be %2.',
    '%1日期不能晚于今天。':
        'The %1 date cannot be after today.',
    '处理方式只能是：%1。':
        'The handling can only be: %1.',
    '这件信访已于此前延期一次（至 %1），按规定只能延期一次。':
        'This petition was extended once already (to %1); it can be extended only once.',
    '这件信访的办理期限到 %1 止，延期日期 %2 已过期限，不能延期：延期须在办理期限内经批准（《信访工作条例》第三十四条）。延期确在期限内批准的，请按批准的日期办理延期（填写延期日期）；否则这件信访按逾期计，请尽快办理答复。':
        "This petition's handling limit ends on %1; the extension date %2 is past it, so it cannot be extended: an extension must be approved within the limit (信访工作条例 article 34). If the extension really was approved within the limit, extend it by the approved date (fill in the extension date); otherwise the petition counts as overdue: please answer it soon.",
    '职级的排序不能是 %1：%2 表示人员没有填级别（排在所有职级之后），职级的排序须小于它。请用 1 到 %3 之间的排序。':
        "A rank's order cannot be %1: %2 means a person without a rank (placed after all ranks), so a rank's order must be less. Please use an order from 1 to %3.",
    '已有 %1 人的级别是 %2（职级表中没有这个排序，多为导入的旧级别数字）：把“%3”的排序改成 %2，这些人就会成为“%3”。请换一个排序；如确属同一职级，请先把这些人的级别改为“%3”。':
        '%1 people have the rank %2 (no rank in the table has this order; mostly old rank numbers imported): changing the order of “%3” to %2 would make them “%3”. Please choose another order; if they really are of that rank, first change their rank to “%3”.',
    '职级“%1”的人员出现在密级高于您权限的会议的参会人员中，调整排序会改动这些会议：须由涉密权限足够的管理员办理。':
        'People of the rank “%1” attend meetings classified above your clearance, and changing the order would change those meetings: an administrator with sufficient clearance must do it.',
    '职级“%1”还有 %2 人的级别是它，不能删除（删除后他们的级别只剩一个数字）。请先在“人员”中把这些人的级别改为其他职级（人员列表按级别排列，他们排在一起），再删除。':
        '%2 people still have the rank “%1”, so it cannot be deleted (their rank would be just a number). First change their rank under People (the list is ordered by rank, so they are together), then delete it.',
    '本机没有这个数据库的锚定文件（%1），不知道恢复前发出过哪些编号，没有整理。请在平时运行 officedesk check 或 backup 的那台电脑上运行 %2，或用环境变量 %3 指向那个锚定文件。':
        'This computer has no anchor file for this database (%1), so which numbers were issued before the restore is not known; nothing was settled. Run %2 on the computer that usually runs officedesk check or backup, or point the environment variable %3 at that anchor file.',
    '锚定文件“%1”无法读取（被改动或损坏），没有整理。请报告管理员。':
        'The anchor file “%1” cannot be read (changed or damaged); nothing was settled. Please tell the administrator.',
    '锚定文件“%1”是另一个数据库的（两者的第一条审计记录不同），不是这个数据库恢复前的，没有整理。请在平时为这个数据库运行 check 或 backup 的电脑上运行 %2，或用环境变量 %3 指向它的锚定文件。':
        'The anchor file “%1” belongs to another database (their first audit entries differ), not to this one before its restore; nothing was settled. Run %2 on the computer that usually runs check or backup for this database, or point the environment variable %3 at its anchor file.',
    '恢复后的数据库审计链有问题（%1），没有整理。请运行 officedesk check 查看，并报告管理员。':
        "The restored database's audit chain has a problem (%1); nothing was settled. Run officedesk check to see it, and tell the administrator.",
    '锚定文件记录的 %1 已发出最大号 %2 比数据库中的 %3 多出 %4 个号，不像本机关的编号，没有整理。请核对锚定文件。':
        "The anchor file records %2 as the highest %1 number issued, %4 numbers more than the database's %3: that does not look like this office's numbering; nothing was settled. Please check the anchor file.",
    '设置“%1”是“是/否”，值“%2”看不懂：请写 是 或 否（也可写 true/false、yes/no、1/0）。':
        'The setting “%1” is yes/no; “%2” is not understood: write 是 or 否 (or true/false, yes/no, 1/0).',
    '设置“%1”应是 %2 之间的数，“%3”不是。':
        'The setting “%1” must be a number between %2; “%3” is not.',
    '设置“%1”应在 %2 之间，现在是 %3。':
        'The setting “%1” must be between %2; it is %3.',
    '设置“%1”不能为空，请填写。':
        'The setting “%1” cannot be empty; please fill it in.',
    '设置“%1”只能是：%2':
        'The setting “%1” can only be: %2',
    '没有名为“%1”的设置。可用的有：%2':
        'There is no setting “%1”. The settings are: %2',
    '%1没有办理步骤。有步骤的登记簿：%2。':
        '%1 has no steps. The registers with steps: %2.',
    '“%1”没有可以强行通过的冲突，不接受 --force。':
        '“%1” has no conflict that can be overridden and takes no --force.',
    '“%1”按办理当时记录，不接受 --on 日期。':
        '“%1” is recorded when it is done and takes no --on date.',
    '“%1”不接受 --person；请用该步骤的字段写明人员。':
        "“%1” takes no --person; name the people in the step's fields.",
    '督查编号“%1”已经使用过，不能重复登记；同一事项请勿重复导入。':
        'The supervision number “%1” has been used and cannot be registered again; do not import the same item twice.',
    '最近反馈日期（%1）应在交办日期（%2）和今天之间。请改正最近反馈日期。':
        'The latest feedback date (%1) must be between the assignment date (%2) and today. Please correct it.',
    '请选择“来源”：%1。':
        'Please choose the source: %1.',
    '立项日期（%1）不能晚于今天。请填写实际立项的日期。':
        'The start date (%1) cannot be after today. Please give the date the item was actually started.',
    '办结时限（%1）不能早于立项日期（%2）。':
        'The time limit (%1) cannot be before the start date (%2).',
    '办结时限不能早于其分解任务的时限：%1的任务时限是 %2。请先调整该任务的时限。':
        "The time limit cannot be before its tasks' limits: %1's task is due %2. Please change that task's limit first.",
    '立项日期不能晚于已有的反馈日期（%1）。':
        'The start date cannot be after the feedback dates already given (%1).',
    '立项日期不能晚于任务的交办日期（%1：%2）。':
        "The start date cannot be after a task's assignment date (%1: %2).",
    '未知的督查来源“%1”，可用的有：%2。':
        'Unknown supervision source “%1”; the sources are: %2.',
    '第%1项不是未办结的任务。未办结的任务：%2。':
        'Task %1 is not an open task. The open tasks: %2.',
    '第%1项任务的牵头单位是“%2”，不是“%3”。请改正“任务序号”或“单位”（只填其一也可以）。':
        'The lead unit of task %1 is “%2”, not “%3”. Please correct the task number or the unit (giving only one of them will do).',
    '“%1”没有未办结的任务。未办结的任务：%2。':
        '“%1” has no open task. The open tasks: %2.',
    '这个事项有 %1 项未办结的任务，请写明“单位”：%2（或写明“任务序号”）。':
        'This item has %1 open tasks; please give the unit: %2 (or the task number).',
    '%1有 %2 项未办结的任务，请写明“任务序号”，从中选一项：%3。':
        '%1 has %2 open tasks; please give the task number, one of: %3.',
    '这个事项现在没有需要催办的任务（没有临期、逾期、反馈逾期或进度严重滞后的任务，或已在 %1 天内催办过）。':
        'This item has no task to press now (none near or past its limit, late with feedback or far behind, or all pressed within %1 days).',
    '延期后的时限（%1）应晚于现在的时限（%2）。':
        'The extended time limit (%1) must be after the present one (%2).',
    '延期后的时限（%1）早于批准延期的日期（%2），延期当天就已逾期。请填写批准之日以后的时限，或核对延期日期。':
        'The extended time limit (%1) is before the date the extension was approved (%2): it would be overdue the day it was extended. Please give a limit after the approval, or check the dates.',
    '%1 不是 %2—%3 之间的年份，请检查。':
        '%1 is not a year between %2 and %3; please check it.',
    '%1 年的节假日安排内置表已有，无需标记。':
        "The built-in holiday table already has %1's holidays; there is nothing to mark.",
    '日期 %1 不在 %2—%3 年之间，请检查年份。':
        'The date %1 is not between %2 and %3; please check the year.',
    '说明最多 %1 个字，现在 %2 个字。':
        'A note has at most %1 characters; this one has %2.',
    '%1 没有节假日调整，无需删除。':
        '%1 has no holiday changes; there is nothing to delete.',
    '无法写入“%1”：没有权限，或文件正被 Excel/WPS 打开。请关闭它或换一个位置。':
        'Cannot write “%1”: no permission, or the file is open in Excel/WPS. Close it or choose another place.',
    '“%1”是文件夹。请给出表格文件的名字，如 %2。':
        "“%1” is a folder. Please give the spreadsheet file's name, such as %2.",
    '无法写入“%1”：%2。请检查位置和磁盘空间。':
        'Cannot write “%1”: %2. Please check the place and the disk space.',
    '导出的文件是 Excel 工作簿（.xlsx），不能存为“%1”文件：请把文件名改为“%2.xlsx”。':
        'The exported file is an Excel workbook (.xlsx) and cannot be saved as a “%1” file: please name it “%2.xlsx”.',
    '磁盘空间不足，备份未完成：%1。请清理磁盘或换一个位置。':
        'Not enough disk space; the backup was not finished: %1. Please free disk space or choose another place.',
    '备份失败（%1）：%2。请检查目标位置是否可写。':
        'The backup failed (%1): %2. Please check that the place can be written to.',
    '数据库文件已损坏，备份没有完成（损坏的副本不能用来恢复，已删除）：%1。请用“恢复”从最近的完好备份恢复，或联系管理员；运行 officedesk check 可查看损坏之处。':
        'The database file is damaged; the backup was not finished (a damaged copy cannot be restored from, so it was deleted): %1. Restore from the latest sound backup, or contact the administrator; officedesk check shows where the damage is.',
    '“%1”是文件夹。请给出备份文件的名字，如 %2。':
        "“%1” is a folder. Please give the backup file's name, such as %2.",
    '备份文件的名字要以 %1 结尾，“%2”不是备份文件的名字，没有备份。请把文件名改为“%3”。':
        "A backup file's name ends in %1; “%2” is not a backup file's name, so nothing was backed up. Please name it “%3”.",
    '“%1”已存在，没有备份：备份会替换这个文件，它原有的内容将丢失。请换一个文件名；确要用这次备份替换它，请加 --force。':
        '“%1” already exists; nothing was backed up: the backup would replace the file and lose what it holds. Please choose another name; to replace it with this backup, add --force.',
    '“%1”不是 OfficeDesk 的备份文件，或已损坏。请选用“备份”命令生成的 .db 文件。':
        '“%1” is not an OfficeDesk backup file, or it is damaged. Please choose a .db file made by Backup.',
    '“%1”是文件夹，不是 OfficeDesk 的备份文件。请给出备份文件本身（.db）。':
        '“%1” is a folder, not an OfficeDesk backup file. Please give the backup file itself (.db).',
    '备份文件“%1”已损坏（文件内容不完整或被改动），不能恢复；当前数据库没有改动。请换一个完好的备份（如更早的一份）再恢复，或联系管理员。':
        'The backup file “%1” is damaged (incomplete or changed) and cannot be restored; the present database is unchanged. Please choose a sound backup (such as an earlier one), or contact the administrator.',
    '没有恢复，数据库未改动：恢复前要先把当前数据库另存一份（以便找回备份之后新建或修改的内容），但另存没有完成。%1':
        'Nothing was restored; the database is unchanged: before a restore the present database is saved aside (so that what was made or changed after the backup can be found again), and that was not finished. %1',
    '磁盘空间不足，没有恢复，数据库未改动。请清理磁盘后再试（%1）。':
        'Not enough disk space: nothing was restored and the database is unchanged. Please free disk space and try again (%1).',
    '恢复失败（%1）。原数据库已另存为 %2。':
        'The restore failed (%1). The old database was saved as %2.',
    '恢复没有完成（%1）：%2。损坏的数据库已另存为 %3（若已另存）；请处理后再运行同一条恢复命令。':
        'The restore was not finished (%1): %2. The damaged database was saved as %3 (if it could be); please deal with it and run the same restore command again.',
    '找不到备份文件“%1”。':
        'The backup file “%1” was not found.',
    '备份“%1”来自更新版本的程序（结构版本 %2，本程序只支持到 %3），不能恢复。请先升级本程序。':
        'The backup “%1” comes from a newer version of the program (structure version %2; this program knows up to %3) and cannot be restored. Please upgrade this program first.',
    '“%1”不是完整的 OfficeDesk 备份（缺少：%2），不能恢复。':
        '“%1” is not a whole OfficeDesk backup (it lacks: %2) and cannot be restored.',
    '备份“%1”的审计链在第 %2 条处断开或被改动，不能恢复。请换一个备份，并报告管理员。':
        "The backup “%1”'s audit chain is broken or changed at entry %2; it cannot be restored. Please choose another backup, and tell the administrator.",
    '备份“%1”的审计链末尾被删除或改动，不能恢复。请换一个备份。':
        "The end of the backup “%1”'s audit chain was deleted or changed; it cannot be restored. Please choose another backup.",
    '“%1”是正在使用的数据库文件%2，写到这里会毁掉机关的数据，没有写出。请换一个文件名或位置。':
        "“%1” is the database file in use%2: writing there would destroy the office's data, so nothing was written. Please choose another name or place.",
    '“%1”是审计锚定文件（记录审计链和已发出的最大编号，用于发现篡改），写到这里会毁掉它，没有写出。请换一个文件名或位置。':
        '“%1” is the audit anchor file (it records the audit chain and the highest numbers issued, to find tampering): writing there would destroy it, so nothing was written. Please choose another name or place.',
    '找不到数据库文件“%1”。':
        'The database file “%1” was not found.',
    '无法读取数据库文件“%1”：%2':
        'Cannot read the database file “%1”: %2',
    '目标数据库中有不属于本程序的数据表（%1），它可能是别的程序的数据库，没有迁移。请在服务器上新建一个空数据库（如 sudo -u postgres createdb -O 账号 officedesk，见 README 的 PostgreSQL 一节），再迁移到它。':
        "The target database has tables that are not this program's (%1); it may be another program's database, so nothing was moved. Make a new empty database on the server (such as sudo -u postgres createdb -O account officedesk; see the PostgreSQL part of the README) and move to that.",
    'SQLite 数据库的结构版本（%1）与本程序（%2）不同。请先用本程序打开一次 SQLite 数据库完成升级，再迁移。':
        "The SQLite database's structure version (%1) differs from this program's (%2). Open the SQLite database once with this program to upgrade it, then move it.",
    'PostgreSQL 数据库中缺少这些表：%1。请确认两边是同一版本的程序。':
        'The PostgreSQL database lacks these tables: %1. Please make sure both sides run the same version of the program.',
    'PostgreSQL 数据库中已有数据（%1…），没有迁移。请指定一个新建的空数据库。':
        'The PostgreSQL database already holds data (%1…); nothing was moved. Please give a new empty database.',
    '没有打开数据库。':
        'No database is open.',
    'PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 README）。':
        'Back up a PostgreSQL database on the server with pg_dump -Fc and restore it with pg_restore --clean (see the README).',
    '上级单位不能是它自己。':
        'A unit cannot be its own superior unit.',
    '填了“复核人”，却没有“签发人”：复核在签发之后。请填写签发人，或不填复核人。':
        '“复核人” is filled in without “签发人”: the review comes after the signing. Fill in the signer, or leave the reviewer empty.',
    '请填写核查单位。':
        'Please fill in the verifying unit.',
    '核查时限至少 1 个工作日。':
        'The verification limit is at least 1 working day.',
    '请写明核查情况。':
        'Please describe what the verification found.',
    '核查结论为不属实的投诉不作处理，请选择“不予处理”。':
        'A complaint found untrue is not acted on; please choose “不予处理”.',
    '会议已取消，其议定事项不能转督查。':
        'The meeting was cancelled; its decisions cannot be sent to supervision.',
    '会议已取消，不能再修改。':
        'The meeting was cancelled and can no longer be changed.',
    '报到时间应不晚于开始时间。':
        'The check-in time must be no later than the start time.',
    '作废编号必须写明原因。':
        'Voiding a number needs a reason.',
    '不能把信访件标为它自己的重复件。':
        'A petition cannot be marked a repeat of itself.',
    '原件的登记日期晚于本件，不能作为本件的原件。':
        'The original was registered after this petition, so it cannot be its original.',
    '交办须写明回报期限。':
        'An assignment needs a report-back limit.',
    '回报期限应晚于交办日期。':
        'The report-back limit must be after the assignment date.',
    '只有管理员可以修改系统设置。':
        'Only an administrator can change the settings.',
    '填写了协办单位或责任人，请同时填写“牵头单位”。':
        'Assisting units or people in charge are given: please fill in “牵头单位” too.',
    '状态为办结的事项请填写“办结日期”。':
        'A closed item needs its “办结日期”.',
    '请填写“事项名称”。':
        'Please fill in “事项名称”.',
    '请写明要修改的内容（如牵头单位、时限、交办日期），或要清空的项。':
        'Please say what to change (such as the lead unit, the time limit or the assignment date), or what to empty.',
    'PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 docs/DATABASE.md）。':
        'Back up a PostgreSQL database on the server with pg_dump -Fc and restore it with pg_restore --clean (see docs/DATABASE.md).',
    '请给出备份文件的名字，如 备份/办公室-2026-12-01.db。':
        "Please give the backup file's name, such as 备份/办公室-2026-12-01.db.",
    '数据库正被其他程序占用（正在写入），没有恢复，数据库未改动。请稍候再试；若一直如此，请关闭其他打开本数据库的窗口或命令。':
        'Another program is using the database (writing to it): nothing was restored and the database is unchanged. Please try again shortly; if this goes on, close the other windows or commands that have this database open.',
    '已有相同的记录（某项不能重复的内容与已有的记录相同），没有保存。请检查后换一个值再试。':
        'A record with the same value already exists (something that must be unique is the same as in an existing record); nothing was saved. Please check and try another value.',
    # store/db_errors.py
    '数据库正被其他程序占用%1，请稍候再试；若一直如此，请关闭其他打开本数据库的窗口。':
        'The database is in use by another program%1; please try again shortly. If this goes on, close the other windows that have this database open.',
    '数据库文件已损坏%1。请用“恢复备份”从最近的备份恢复，或联系管理员。':
        'The database file is damaged%1. Restore the latest backup with “Restore backup”, or contact the administrator.',
    '无法打开或写入数据库%1，请检查文件位置和权限。':
        "Cannot open or write the database%1; please check the file's place and permissions.",
    '与数据库服务器的连接中断了%1（服务器可能正在重启）。%2':
        'The connection to the database server was lost%1 (the server may be restarting). %2',
    '找不到数据库服务器%1：请检查数据库地址中的主机名是否写对、网络是否通。':
        'The database server was not found%1: check the host name in the database address and the network.',
    '数据库地址中的端口号不对%1：应是 1 到 65535 之间的数字，PostgreSQL 通常是 5432。':
        'The port in the database address is wrong%1: it must be a number from 1 to 65535; PostgreSQL usually uses 5432.',
    '数据库地址不完整%1：请写成 postgresql://用户:密码@主机:5432/数据库名。':
        'The database address is incomplete%1: write it as postgresql://user:password@host:5432/database.',
    '数据库的用户名或密码不对%1，请核对数据库地址中的用户名和密码。':
        'The database user name or password is wrong%1; please check them in the database address.',
    '数据库服务器上没有数据库地址中写的账号“%1”%2，请核对地址中的用户名，或请管理员先在服务器上建立这个账号（如 sudo -u postgres createuser -P 账号）。':
        'The database server has no account “%1” as written in the address%2; check the user name in the address, or ask the administrator to make the account on the server first (such as sudo -u postgres createuser -P account).',
    '数据库服务器上没有地址中写的数据库%1，请核对数据库名，或请管理员先建立它。':
        'The database server has no database as named in the address%1; check the database name, or ask the administrator to make it first.',
    '无法连接数据库服务器%1，请检查网络和数据库地址。':
        'Cannot connect to the database server%1; please check the network and the database address.',
    '数据库出错%1：%2':
        'Database error%1: %2',
    '%1：本版程序要先升级数据库结构，升级只能由%2进行。请管理员用所有者账号的数据库地址运行一次本程序，如 officedesk check --db postgresql://所有者账号@主机/数据库名（打开时即升级），再运行 officedesk audit-grants 程序账号，按其语句为程序账号补授权；之后程序账号即可照常使用。':
        "%1: this version must first upgrade the database structure, which only %2 can do. The administrator runs the program once with the owner account's database address, such as officedesk check --db postgresql://owner@host/database (opening upgrades it), then runs officedesk audit-grants program-account and grants the program account what it lists; after that the program account works as usual.",
    '%1：officedesk migrate-to 要在目标数据库中建表，需要用目标%2。请用所有者账号的地址作为目标重新运行：officedesk migrate-to postgresql://所有者账号:密码@主机:5432/数据库名 --db SQLite数据库文件。':
        "%1: officedesk migrate-to makes tables in the target database, which needs the target's %2. Run it again with the owner account's address as the target: officedesk migrate-to postgresql://owner:password@host:5432/database --db SQLite-database-file.",
    '%1：officedesk %2 需要%3。请用所有者账号的数据库地址运行：officedesk %2 --db postgresql://所有者账号@主机/数据库名 …。':
        "%1: officedesk %2 needs %3. Run it with the owner account's database address: officedesk %2 --db postgresql://owner@host/database ….",
    '%1%2：这一步需要%3，请管理员用所有者账号进行。':
        '%1%2: this step needs %3; the administrator does it with the owner account.',
    '写入“%1”':
        'writing “%1”',
    '磁盘空间不足（或磁盘出错），没有%1。请清理磁盘空间后重试；已保存的数据不受影响，已输入的内容没有丢失。':
        'Not enough disk space (or a disk error); not done: %1. Free disk space and try again; the data saved is not affected and what you typed is not lost.',
    # exchange/guard.py, workbooks.py; passwords, registers, ranks, periods, joint petitions, recusal …
    '“%1”设置了打开密码（已加密），本程序不能读取。请用 Excel 或 WPS 输入密码打开它，点“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码后确定并保存，再导入。':
        '“%1” has an opening password (it is encrypted), which this program cannot read. Open it in Excel or WPS with the password, choose File → Info → Protect Workbook → Encrypt with Password, clear the password, confirm, save, and import again.',
    '没有导入“%1”：%2':
        '“%1” was not imported: %2',
    '“%1”是 Excel 二进制工作簿（.xlsb），不能直接导入：请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。':
        '“%1” is an Excel binary workbook (.xlsb) and cannot be imported as it is: open it in Excel or WPS, save it as .xlsx and import that.',
    '无法读取“%1”：它不是有效的 Excel 工作簿（.xlsx），或文件已损坏。请用 Excel 或 WPS 打开后“另存为”.xlsx 格式再导入。':
        'Cannot read “%1”: it is not a valid Excel workbook (.xlsx), or the file is damaged. Open it in Excel or WPS, “Save as” .xlsx and import that.',
    '无法读取“%1”：文件名的扩展名“%2”与内容不符（内容是 %3 格式的表格）。请把文件改名为以“%3”结尾，或用 Excel、WPS 打开后“另存为”.xlsx 格式，再导入。':
        "Cannot read “%1”: the file name's ending “%2” does not match its contents (a %3 spreadsheet). Rename it to end in “%3”, or open it in Excel or WPS and “Save as” .xlsx, then import.",
    '“%1”中的工作表都被隐藏了，导入不知道该读哪一张。请用 Excel 或 WPS 打开它，右击工作表标签选“取消隐藏”，把要导入的工作表放在最前面，保存后再导入。':
        'All the worksheets of “%1” are hidden, so the import cannot tell which to read. Open it in Excel or WPS, right-click a sheet tab and choose Unhide, put the sheet to import first, save, and import again.',
    '密码至少 %1 位，现在是 %2 位。':
        'A password has at least %1 characters; this one has %2.',
    '密码首尾不能是空格。':
        'A password cannot begin or end with a space.',
    '密码请同时包含字母和数字（或符号），不要只用一种。':
        'A password must mix letters with digits (or symbols), not only one kind.',
    '%1没有“%2”这一项。可用的有：%3':
        '%1 has no item “%2”. The items are: %3',
    '没有名为“%1”的登记簿。可用的有：%2':
        'There is no register “%1”. The registers are: %2',
    '“级别”应在 %1 到 %2 之间，现在是 %3；也可以写职级名称，如 %4。':
        "“级别” must be between %1 and %2; it is %3. A rank's name also works, such as %4.",
    '没有职级“%1”，请从职级表中选择：%2。':
        'There is no rank “%1”; choose one from the table of ranks: %2.',
    '问题类别至少要有一项。':
        'At least one category is needed.',
    '办结日期不能早于登记日期。':
        'The closing date cannot be before the registration date.',
    '统计期间的结束日期（%1）早于开始日期（%2），请改正。':
        "The period's end date (%1) is before its start date (%2); please correct it.",
    '统计期间最长三年，请缩短后再试。':
        'The period can be at most three years; please shorten it.',
    '通报期间的结束日期（%1）不能早于开始日期（%2）。':
        "The bulletin period's end date (%1) cannot be before its start date (%2).",
    '通报期间（%1至%2）尚未开始（今天是%3），没有可以通报的情况。请选择已经开始的期间。':
        'The bulletin period (%1 to %2) has not begun (today is %3); there is nothing to report. Please choose a period that has begun.',
    '没有找到记录号（id）为 %1 的分解任务，可能已被删除。请刷新。':
        'No task with id %1 was found; it may have been deleted. Please refresh.',
    '“%1”的办理日期就是“%2”（%3），与 --on 日期（%4）不是同一天。请只在“%2”写明办理的日子，不要另给 --on。':
        'The date of “%1” is “%2” (%3), not the same day as the --on date (%4). Give the day only in “%2”, without --on.',
    '“%1”给了两次。':
        '“%1” is given twice.',
    '只有管理员和这项代理的被代理人、代理人可以查看它的历史记录。':
        "Only the administrator and this deputising's principal and deputy can see its history.",
    '只有管理员可以查看%1的历史记录。请联系管理员。':
        'Only the administrator can see the history of %1. Please contact the administrator.',
    '“%1”一格有 %2 项，信访人有 %3 人（%4）：联名信访请按信访人的顺序用“、”分隔各人的%1，空缺的留空（如“甲、、丙”）%5。':
        "The “%1” cell has %2 items, but there are %3 petitioners (%4): for a joint petition separate each petitioner's %1 with “、” in the petitioners' order, leaving a gap empty (as “甲、、丙”)%5.",
    '第 %1 位信访人（%2）的“%3”是导出时遮盖过的样子（%4），但与这位信访人现在的不符（遮盖的文字改过，或导出后这一项已修改）：遮盖的文字不能作为修改后的值导入。请填写完整的%3，或重新导出后再改（不改的保持导出时的样子即可，不会写回）。':
        "The “%3” of petitioner %1 (%2) is as masked at export (%4) but does not match this petitioner's now (the masked text was changed, or the item was changed after the export): a masked text cannot be imported as a changed value. Fill in the whole %3, or export again and change that (leave what you do not change as exported: it is not written back).",
    '分发第 %1 行没有单位。每行写“单位 份数 [起-止份号]”，如：县委办 3 1-3。':
        'Distribution line %1 has no unit. Write each line as “unit copies [first-last serial]”, such as 县委办 3 1-3.',
    '您%1，应当回避：状态为“%2”的投诉导入后，其核查、结论和处理将记为由您办理，您不能导入。请只登记（不填状态和核查、结论、处理各栏），%3。':
        'You %1 and must stand aside: a complaint imported in the state “%2” would record its verification, finding and handling as done by you, so you cannot import it. Only register it (without the state and the verification, finding and handling columns), %3.',
    '被投诉单位（%1）就是这件投诉的核查单位：被投诉单位应当回避，不能核查对自己的投诉。请核对被投诉单位。':
        "The complained-of unit (%1) is this complaint's verifying unit: it must stand aside and cannot verify a complaint about itself. Please check the complained-of unit.",
    '回报期限（%1）不能晚于办理期限（%2）：信访事项应自受理之日起%3内办结（《信访工作条例》第三十四条），承办单位应在此前回报。请填写此前的日期。':
        'The report-back limit (%1) cannot be after the handling limit (%2): a petition is closed within %3 of its acceptance (信访工作条例 article 34), and the handling unit reports back before that. Please give an earlier date.',
    '%1（%2）不能早于%3日期（%4）：各步骤按办理顺序，日期不早于前一步。请核对%1后再办理。':
        '%1 (%2) cannot be before the %3 date (%4): the steps follow in order, each dated no earlier than the one before. Please check %1 and do the step again.',
    '单位“%1”出现在密级高于您权限的%2中，更名会改动这些记录：须由涉密权限足够的管理员办理。':
        'The unit “%1” appears in %2 records classified above your clearance, and renaming it would change them: an administrator with sufficient clearance must do it.',
    '“%1”由办理步骤记录，导入更新不能修改它。请恢复原值后再导入，在窗口中按步骤办理。':
        '“%1” is recorded by the steps; an import update cannot change it. Put the old value back and import again, and do the step in the window.',
    '这件信访已经转为督查事项，不能重复转办。':
        'This petition has already been made a supervision item; it cannot be sent again.',
    '没有找到信访编号（或 id）为“%1”的原件。':
        'No original petition numbered (or with id) “%1” was found.',
    '稿件%1，不能直接修改。%2':
        "This draft's state is “%1”: it cannot be changed directly. %2",
    '退回复审必须写明需作实质性修改的内容和理由。':
        'Returning for a second review needs the substantial changes wanted and the reasons.',
    '这份发文复核时发现需作实质性修改，已退回原签批人%1复审，应由%1重新签发（您填写的签发人是%2）。%1暂不在岗的，请管理员设置代理，由代理人签发；不能由其复审的，请“退回修改”，改稿后重新核稿、签发。':
        'Reviewing this outgoing document found substantial changes needed, so it was returned to its original approver %1 for a second review, and %1 signs it again (the signer you gave is %2). If %1 is away, ask the administrator to set a deputy who signs instead; if the approver cannot review it, “Return for changes”, and check and sign the changed draft again.',
    '%1的任务时限 %2 晚于重算的办结时限 %3：办结时限不变。':
        "%1's task time limit %2 is after the recounted time limit %3: the time limit stays as it is.",
    '备份“%1”是另一个机关的数据库（%2），不是当前数据库（%3）的备份：两者的第一条审计记录不同。没有恢复，数据库未改动。若要查看那个机关的备份，请恢复到一个新文件：officedesk restore %1 --db 新文件.db；若确要用它替换本机关（%3）的全部数据，请加 --replace-office（%4 仍会先另存一份）。':
        "The backup “%1” is another office's database (%2), not a backup of this one (%3): their first audit entries differ. Nothing was restored and the database is unchanged. To look at that office's backup, restore it into a new file: officedesk restore %1 --db new-file.db; to replace all of this office's (%3) data with it, add --replace-office (%4 is still saved aside first).",
    # returns, cleared names, seating, settings, secrecy periods, masked data, restore in progress
    '不能退回到“%1”。可以退回到：%2。':
        'Cannot return to “%1”. It can return to: %2.',
    '%1%2的密级权限低于%3，这件%4不能定为%3。请先改换%1，或请管理员调整其密级权限。':
        'The clearance of %1 %2 is below %3, so this %4 cannot be classified %3. Change the %1 first, or ask the administrator to change the clearance.',
    '这次会议的座次或人员已被他人修改（您打开的是第 %1 版），您的座次没有保存。请关闭座次表重新打开，再调整。':
        'Someone else has changed this meeting\'s seating or people (you opened version %1); your seating was not saved. Close the seating chart, open it again and arrange it anew.',
    '座次表中的人员与参会人员不一致，请刷新后重新调整。':
        'The people in the seating plan do not match the attendees; please refresh and arrange it again.',
    '%1是旁听人员，不能安排在主席台，请排在会场后排的旁听席。':
        "%1 are observers and cannot sit on the podium; seat them in the observers' rows at the back.",
    '这项议定事项已经转督查（督查事项 %1）。':
        'This decision has already been sent to supervision (supervision item %1).',
    '设置“%1”的值“%2”不正确，应是一个数。':
        'The value “%2” of the setting “%1” is not valid; it must be a number.',
    '设置“%1”的值“%2”不正确。':
        'The value “%2” of the setting “%1” is not valid.',
    '这份文件的保密期限“%1”':
        "this document's secrecy period “%1”",
    '（改密级时一并填写“保密期限”）':
        ' (fill in “保密期限” when changing the classification)',
    '%1超出了%2级的最长期限：《保密法》规定，除另有规定外，%2级国家秘密的保密期限不超过 %3 年。请把“保密期限”改为不超过 %3 年%4，或核对“密级”。':
        '%1 is longer than the longest for %2: the Law on Guarding State Secrets sets the secrecy period of %2 state secrets at no more than %3 years unless otherwise provided. Change “保密期限” to no more than %3 years%4, or check “密级”.',
    '您的角色不能查看信访人的完整身份证号、电话和住址。如确需查看，请联系领导或管理员。':
        "Your role cannot see petitioners' whole ID numbers, phone numbers and addresses. If you really need them, contact a leader or the administrator.",
    '只能申请复查或复核。':
        'Only a 复查 or a 复核 can be asked for.',
    '只有管理员和领导可以导出完整的身份证号和电话；不加“不遮盖”即可导出遮盖后的数据。':
        'Only administrators and leaders can export whole ID and phone numbers; without “unmasked” the export is masked.',
    '数据库正在从备份恢复，请稍候再打开。':
        'The database is being restored from a backup; please open it again shortly.',
    '导入期间其他工作站安排或修改了会议（或修改了会议室、通讯录），按原安排检查的会议冲突已作废，没有写入任何数据。请重新导入。':
        'During the import another workstation scheduled or changed a meeting (or changed a meeting room or the directory): the conflicts checked against the earlier schedule no longer hold, and nothing was written. Import again.',
    '导入期间节假日安排或系统设置有变更，按原设置计算的期限已作废，没有写入任何数据。请重新导入。':
        'The holidays or a system setting changed during the import: the deadlines counted under the earlier settings no longer hold, and nothing was written. Import again.',
    '导入期间有用户的姓名、密级权限或职务变更，没有写入任何数据。请重新导入。':
        "A user's name, clearance or post changed during the import; nothing was written. Import again.",
}
