"""English for `check` (检查数据库: core/check.py and the audit chain, anchor, number, 保密 and
foreign-object findings it gathers) and for the 信息 refusals (core/info: steps, periodicals and
their issues, registration and corrections, the import's states, scoring settings)."""

TAMPERED = ("the data may have been changed outside the program: leave it as it is (change nothing more), "
            "report it to the administrator and compare it with a backup.")

GLOSSARY = {
    # check: the kinds of problem and the words its findings use
    '[%1] %2': '[%1] %2',
    '数据库文件': 'Database file',
    '关联': 'Foreign keys',
    '结构版本': 'Schema version',
    '检索索引': 'Search index',
    '审计链': 'Audit chain',
    '记录内容': 'Record contents',
    '审计锚': 'Audit anchor',
    '记录关联': 'Record links',
    '保密': 'Secrecy',
    '触发器': 'trigger',
    '视图': 'view',
    '规则': 'rule',
    '函数': 'function',
    '数据库中': 'the database',
    '锚定文件': 'the anchor file',
    '纸面审计校验码': 'the audit code on paper',
    '数据库文件已损坏。请从最近的备份恢复（restore），并联系管理员。':
        'The database file is damaged. Restore it from the latest backup (restore) and contact the administrator.',
    '数据库文件已损坏。请从最近的备份恢复（restore），并联系管理员。（SQLite 的原话：%1）':
        "The database file is damaged. Restore it from the latest backup (restore) and contact the administrator. (SQLite's words: %1)",
    '表 %1 的第 %2 行引用了表 %3 中不存在的记录。请修正或删除该行，或从备份恢复。':
        'Row %2 of table %1 refers to a record that does not exist in table %3. Correct or delete that row, or restore from a backup.',
    '表 %1 有 %2 行的 %3=%4 指向表 %5 中不存在的记录。请修正或删除这些行，或从备份恢复。':
        'In table %1, %2 rows with %3=%4 point to a record that does not exist in table %5. Correct or delete these rows, or restore from a backup.',
    '数据库结构版本 %1 低于当前的 %2，请重新打开程序以完成升级（升级前会自动备份）。':
        "The database's schema version %1 is below the current %2: open the program again to finish the upgrade (a backup is made before it).",
    '检索索引与记录不一致（%1 条记录，%2 条索引，%3 条缺失），搜索可能漏掉记录。请运行重建索引。':
        'The search index does not match the records (%1 records, %2 index entries, %3 missing), so a search may miss records. Rebuild the index.',
    '%1。审计记录可能被篡改，请保留现状并报告管理员。':
        '%1. The audit trail may have been tampered with: leave it as it is and report it to the administrator.',
    '审计表的保护触发器 %1 不见了（有人绕过程序改动了数据库）。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。确认无误后由管理员运行 officedesk audit-guard 重新设置。':
        "The audit table's guard trigger %1 is gone (someone changed the database around the program). The " + TAMPERED
        + " Once all is confirmed sound, the administrator runs officedesk audit-guard to set it again.",
    '数据库中有不是本程序建立的%1：它能在保存时暗中改动数据或绕过审计表的保护，改动后的内容仍会当作原样记入审计。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。核对后由管理员删除它，再运行 officedesk check（审计表的保护触发器被改动的，删除后运行 officedesk audit-guard 重设）。':
        "The database holds a %1 this program did not make: it can quietly change data as it is saved or get around the audit table's guard, and the changed content is still audited as if typed. The "
        + TAMPERED + " Once checked, the administrator deletes it and runs officedesk check again (if the audit table's guard trigger was changed, run officedesk audit-guard after deleting it).",
    '%1。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。':
        '%1. The ' + TAMPERED,
    '%1。若数据库刚在程序之外从备份恢复（如 pg_restore），请管理员运行 officedesk restored 整理。否则：数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。':
        '%1. If the database was just restored from a backup outside the program (such as pg_restore), the administrator runs officedesk restored to settle it. Otherwise: the ' + TAMPERED,
    '锚定文件无法读取（被改动或损坏）。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。':
        'The anchor file cannot be read (it was changed or is damaged). The ' + TAMPERED,
    '锚定文件 %1 是另一个数据库的（两者的第一条审计记录不同），没有用它核对本数据库。若本数据库是新建或换来的，请管理员运行 officedesk audit-code 为它锚定（原锚定文件会改名另存）；否则：数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。':
        "The anchor file %1 belongs to another database (their first audit entries differ), so this database was not checked against it. If this database is new or was swapped in, the administrator runs officedesk audit-code to anchor it (the old anchor file is kept under another name); otherwise: the " + TAMPERED,
    '%1。请在该件中改换其人（同名时写明单位、职务或用户名），或请管理员调整其密级权限。':
        "%1. Name someone else in that record (for namesakes, give the unit, post or user name), or ask the administrator to change the user's clearance.",
    '%1%2（id %3，%4）的%5“%6”的密级权限低于该件的密级':
        'In %1 %2 (id %3, %4), the clearance of the %5 “%6” is below the record\'s classification',
    '%1 %2（在表 %3 上）': '%1 %2 (on table %3)',
    '%1 %2': '%1 %2',
    # the audit chain and the anchor
    '审计记录 %1 与 %2 之间缺少记录（被删除）': 'Audit entries are missing between %1 and %2 (deleted)',
    '审计记录 %1 之前的记录缺失（被删除）': 'The audit entries before %1 are missing (deleted)',
    '审计记录 %1 与前一条不相连（链断开）': 'Audit entry %1 does not link to the one before (the chain is broken)',
    '审计记录 %1 的内容被改动过': 'The content of audit entry %1 was changed',
    '审计链的末尾标记（audit_head）被删除': "The audit chain's end mark (audit_head) was deleted",
    '审计链末尾的记录被删除或改动': 'Entries at the end of the audit chain were deleted or changed',
    '审计记录比末尾标记（audit_head）记下的 %1 条少了 %2 条：有记录被删除':
        'There are %2 fewer audit entries than the %1 the end mark (audit_head) recorded: entries were deleted',
    '审计记录只有 %1 条，少于%2锚定的 %3 条：有 %4 条审计记录被删除（从中删除、截断或清空）':
        'There are only %1 audit entries, fewer than the %3 anchored in %2: %4 audit entries were deleted (removed, cut off or emptied)',
    '第 %1 条审计记录与%2锚定的校验码不符：审计链被改写过':
        'Audit entry %1 does not match the code anchored in %2: the audit chain was rewritten',
    '编号序列 %1 %2%3 年现为 %4，低于%5记录的已发出最大号 %6：序列被回退，下一个编号会重复':
        'The number sequence %1 %2 for %3 now stands at %4, below the highest number issued, %6, that %5 recorded: the sequence was set back and the next number would repeat one',
    # numbers (check)
    '%1（%2，%3年）缺号：第 %4 号从未发出。请查明原因；确实不用的号请作废并写明原因，以便台账连续。':
        '%1 (%2, %3) has gaps: number(s) %4 were never issued. Find out why; void any number really not used, with the reason, so the register runs on.',
    '%1（%2，%3年）跳号：编号计数已到第 %4 号，实际发出的最大号为第 %5 号。请查明是否有号在程序外被占用。':
        '%1 (%2, %3) skips numbers: the counter has reached %4, but the highest number issued is %5. Find out whether numbers were taken outside the program.',
    '“%1”（%2 %3）': '“%1” (%2 %3)',
    '%1……': '%1 …',
    '%1编号与%2不是同一年：%3 条，%4。编号按年连续，归入%2的年份。请核对%2；确属另一年的，作废这个编号后按该年重新登记。':
        "%1 numbers of another year than their %2: %3 records, %4. Numbers run on within the year, the year of the %2. Check the %2; where it really belongs to another year, void the number and register it again in that year.",
    '%1重号：“%2”用在 %3 条记录上。请核对原件，更正其中错误的编号。':
        '%1 number used twice: “%2” is on %3 records. Check the originals and correct the wrong numbers.',
    '%1重号：%2是同一个号“%3”，用在 %4 条记录上。请核对原件，更正其中错误的编号，并按本机关的格式写。':
        "%1 number used twice: %2 are the same number “%3”, on %4 records. Check the originals, correct the wrong numbers and write them in the office's own form.",

    # check: states without their facts, 重复件 in a circle
    '%1有 %2 条状态为“%3”的记录缺少应有的内容（%4）：id %5。请按办理步骤补录，或更正状态。':
        '%1: %2 records in the state “%3” lack what that state needs (%4): id %5. Enter it by the steps, or correct the state.',
    '信访 %1 的重复件关联成环（互为原件，找不到真正的原件）。请打开其中标错的一件，重新“标为重复件”到真正的原件。':
        'The repeat links of petitions %1 run in a circle (each the original of another, so none is the real original). Open the one marked wrongly and “标为重复件” (mark as repeat) it again to the real original.',
    '会签单位及其意见': 'Countersigning units and their opinions',
    '初审结论': 'First review',
    '传阅人（只能经“传阅”步骤送出）': 'Readers (sent only by the “传阅” (circulate) step)',
    '会签单位及其意见（只能经“送会签”“会签”步骤办理）':
        'Countersigning units and their opinions (only by the “送会签” and “会签” steps)',
    # 信访: 延期 approvers, the review limits; the 通报's scope
    '%1是%2%3': '%1 is %2 %3',
    '%1是%2（未设置职务）': '%1 is of %2 (no post set)',
    '%1是%2（通讯录未写职务）': '%1 is of %2 (the directory gives no post)',
    '名为“%1”的%2': 'the users named “%1”: %2',
    '用户和通讯录中都没有“%1”': 'neither the users nor the directory have “%1”',
    '可以批准的有：%1。': 'Those who may approve: %1.',
    '用户和通讯录中还没有担任这些职务的人：请管理员在用户的岗位中设置本机关负责人的职务，或在通讯录中登记本机关（设置“机关名称”所指的单位）的负责人及其职务。':
        "No user or directory entry holds these posts yet: have the administrator set the office leaders' posts in the users' posts, or enter the office's leaders and their posts in the directory (the unit the setting “机关名称” names).",
    '%1，不是本机关或承办单位的负责人：延期须经本机关负责人（%2）或承办单位%3的负责人批准（《信访工作条例》第三十四条），请填写批准延期的负责人。%4':
        '%1, not a leader of the office or of the handling unit: an extension is approved by a leader of the office (%2) or of the handling unit %3 (Regulations on Petition Work, Article 34). Please enter the leader who approved the extension. %4',
    '%1，不是本机关负责人：延期须经本机关负责人（%2）批准（《信访工作条例》第三十四条），请填写批准延期的负责人。%3':
        '%1, not a leader of the office: an extension is approved by a leader of the office (%2) (Regulations on Petition Work, Article 34). Please enter the leader who approved the extension. %3',
    '本通报统计范围：%1。': 'This bulletin counts: %1.',
    # printing's refusals
    '份号': 'Copy number',
    '全部份数': 'All copies',
    '%1还没有编入信息，无可打印的内容。': '%1 holds no information yet: there is nothing to print.',
    '份号、份数应为正整数（现在是 %1）。': 'The copy number and copies must be whole numbers above 0 (now %1).',
    '信息“%1”（%2）还没有接收，不能打印接收回执：请先登记“接收”。':
        'The information “%1” (%2) has not been received, so no receipt can be printed: record “接收” (receive) first.',
    '“%1”尚未签发编号，只能打印发文稿纸。': '“%1” has not been signed and numbered yet; only its drafting sheet can be printed.',
    '“%1”登记的%2是 %3 份，%4 %5 超出了它：份号只能在 1 到 %3 之间，请改正后再打印。':
        '“%1” is registered with %2 %3, and %4 %5 is beyond that: copy numbers run from 1 to %3. Correct it and print again.',
    '%1应为正整数（现在是“%2”）。': '%1 must be a whole number above 0 (now “%2”).',
    '没有找到记录号（id）为 %1 的信访记录。': 'No petition with the record id %1 was found.',
    '“%1”不是涉密文件，不编份号，只印一份：不能指定%2。请去掉份号、份数再打印。':
        '“%1” is not classified: it has no copy numbers and is printed once, so %2 cannot be given. Remove the copy number and copies and print again.',
    '效能投诉 %1 还没有交付核查，不能打印核查通知书。':
        'Complaint %1 has not been handed over for verification, so the verification notice cannot be printed.',
    '效能投诉 %1 的处理结果不是“效能告诫”，不能打印效能告诫书。':
        'The outcome of complaint %1 is not “效能告诫” (efficiency warning), so the warning letter cannot be printed.',
    '没有名为“%1”的打印单。可用的有：%2': 'There is no printed form named “%1”. Available: %2',
    '设置“公文格式（按文种）”中的“%1”无法识别：请写成“文种=格式”，格式为%2之一。':
        'The entry “%1” of the setting “公文格式（按文种）” cannot be read: write it as “文种=格式” (kind=format), the format one of %2.',
    '打印归档文件目录需要登录用户。': 'Printing the archive file list needs a signed-in user.',
    '请选择要打印的记录。': 'Please choose the records to print.',
    '请给出效能投诉的记录 id。': "Please give the complaint's record id.",
    '--to 日期不能早于 --from 日期。': 'The --to date cannot be before the --from date.',
    '请指定要打印的督查事项。': 'Please choose the supervision item to print.',
    # settings: the emergency report limits
    '设置“%1”：%2': 'The setting “%1”: %2',
    '一行“%1”看不懂，应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。': 'The line “%1” cannot be read; write it as “较大=30,60” (event level=phone report limit,written report limit, in minutes).',
    '“%1”的事件级别不超过 %2 个字。': 'The event level of “%1” is at most %2 characters.',
    '“%1”不对：时限应是大于 0 的整分钟数，应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。': '“%1” is wrong: a limit is a whole number of minutes above 0; write it as “较大=30,60” (event level=phone report limit,written report limit, in minutes).',
    '“%1”不对：时限不超过 %2 分钟（7 天），应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。': '“%1” is wrong: a limit is at most %2 minutes (7 days); write it as “较大=30,60” (event level=phone report limit,written report limit, in minutes).',
    '“%1”不对：电话报告时限（%2 分钟）不能晚于书面报告时限（%3 分钟），电话报告在先，如“%4”。':
        '“%1” is wrong: the phone report limit (%2 minutes) cannot be later than the written report limit (%3 minutes); the phone report comes first, such as “%4”.',
    '“%1”不对：应是一个日期（如“2027-01-01起：”），且晚于前一段时限的起始日期。':
        '“%1” is wrong: it must be a date (such as “2027-01-01起：”), later than the start of the limits before it.',
    '缺少“%1”的时限：特别重大、重大、较大、一般每级写一行，如%2（电话报告时限,书面报告时限，分钟）。':
        'The limits of “%1” are missing: write one line for each level (特别重大, 重大, 较大, 一般), such as %2 (phone report limit,written report limit, in minutes).',
    # the audit code, names below a record's 密级, units, the 督查 task sheet, meetings
    '审计校验码“%1”格式不对，应为“条数-XXXX-XXXX-XXXX-XXXX”，如 128-3FA2-09BC-77D1-E0A4。':
        'The audit code “%1” is not in the right form: it is “count-XXXX-XXXX-XXXX-XXXX”, such as 128-3FA2-09BC-77D1-E0A4.',
    '%1%2“%3”（%4，%5%6）': '%1 %2 “%3” (%4, %5 %6)',
    '（id %1）': '(id %1)',
    '%1：仍在办理中的 %2 件记录列有“%3”（%4），其密级高于该用户的密级权限：%5等 %2 件。请先在这些记录中改换其人（同名时写明单位、职务或用户名以区分），再作此修改。':
        "%1: %2 records still in work name “%3” (%4) and are classified above that user's clearance: %5 and others, %2 in all. First name someone else in these records (for namesakes, give the unit, post or user name), then make this change.",
    '%1：仍在办理中的 %2 件记录列有“%3”（%4），其密级高于该用户的密级权限：%5。请先在这些记录中改换其人（同名时写明单位、职务或用户名以区分），再作此修改。':
        "%1: %2 records still in work name “%3” (%4) and are classified above that user's clearance: %5. First name someone else in these records (for namesakes, give the unit, post or user name), then make this change.",
    '%1等': '%1 and others',
    '“%1”已是岗位中的单位（%2的单位或分管）：把“%3”改成这个名称会把两个科室合并。如确要合并，请先在用户管理中逐个调整岗位；否则请换一个名称。':
        '“%1” is already a unit in the posts (the unit or charge of %2): renaming “%3” to it would merge two sections. To merge them, first change the posts one by one in user management; otherwise choose another name.',
    '%1“%2”：通讯录中没有“%3”这个单位（是不是：%4？）。请先在通讯录的“单位”中添加“%3”（或把它填作该单位的简称），或写通讯录中的名称（如 %5）。':
        '%1 “%2”: the directory has no unit “%3” (did you mean: %4?). First add “%3” to the directory\'s units (or enter it as a short name of its unit), or write the name the directory has (such as %5).',
    '%1“%2”：通讯录中没有“%3”这个单位。请先在通讯录的“单位”中添加“%3”（或把它填作该单位的简称），或写通讯录中的名称（如 单位全称加科室名）。':
        '%1 “%2”: the directory has no unit “%3”. First add “%3” to the directory\'s units (or enter it as a short name of its unit), or write the name the directory has (the unit\'s full name and the section).',
    '“%1”表第 %2 行“%3”不是可以读取的值（%4）。请改为实际的值后再导入。':
        'Row %2 of the sheet “%1”: “%3” is not a value that can be read (%4). Replace it with the real value and import again.',
    '“%1”表中有%2为“%3”的任务，但“%4”表中没有这一事项。请在“%4”表中填写该事项（%2相同），或删去这些任务行。':
        'The sheet “%1” has tasks whose %2 is “%3”, but the sheet “%4” has no such item. Enter the item on the sheet “%4” (with the same %2), or delete these task rows.',
    '这项议定事项已经转督查。': 'This decision has already been sent to supervision.',
    '备份“%1”中有不是本程序建立的%2，它能在保存时暗中改动数据，备份可能被改动过，不能恢复。请换一个备份，并报告管理员。':
        'The backup “%1” holds a %2 this program did not make, which can quietly change data as it is saved: the backup may have been tampered with and cannot be restored. Use another backup and report it to the administrator.',
    '“%1”不接受 --person（不能代他人录入）：%2': '“%1” does not take --person (no one enters it for someone else): %2',
    '请去掉 --person，以您本人的名义办理。': 'remove --person and do it in your own name.',
    # printing: a title the first page cannot hold (GB/T 9704)
    '版头太高：即使发文机关标志只用主办机关名称，发文机关标志和签发人也占满首页，标题放不下（GB/T 9704 第7.3.3条：首页应显示正文，标题不跨页）。请减少联合发文机关或签发人，再打印。':
        "The header is too tall: even with the lead organ's name alone as the issuing organ's mark, the mark and the signers fill the first page and leave no room for the title (GB/T 9704, 7.3.3: the first page shows the text, the title does not run over a page). Name fewer joint organs or signers and print again.",
    '版头太高：发文机关标志和签发人占满首页，标题放不下（GB/T 9704 第7.3.3条：首页应显示正文，标题不跨页）。请减少联合发文机关或签发人，再打印。':
        "The header is too tall: the issuing organ's mark and the signers fill the first page and leave no room for the title (GB/T 9704, 7.3.3: the first page shows the text, the title does not run over a page). Name fewer joint organs or signers and print again.",
    '标题太长：排成 %1 行，即使发文机关标志只用主办机关名称，首页在版头下只放得下 %2 行标题（GB/T 9704 第7.3.3条：标题不跨页；版头已占去首页，主送和正文从第2页开始）。请把标题缩短到 %2 行以内（每行约 %3 字），或减少联合发文机关、签发人，再打印。':
        "The title is too long: it takes %1 lines, and even with the lead organ's name alone as the issuing organ's mark, the first page holds only %2 lines of title below the header (GB/T 9704, 7.3.3: the title does not run over a page; the header takes the first page, the addressees and the text start on page 2). Shorten the title to %2 lines or fewer (about %3 characters a line), or name fewer joint organs or signers, and print again.",
    '标题太长：排成 %1 行，首页在版头下只放得下 %2 行标题（GB/T 9704 第7.3.3条：标题不跨页；版头已占去首页，主送和正文从第2页开始）。请把标题缩短到 %2 行以内（每行约 %3 字），或减少联合发文机关、签发人，再打印。':
        "The title is too long: it takes %1 lines, and the first page holds only %2 lines of title below the header (GB/T 9704, 7.3.3: the title does not run over a page; the header takes the first page, the addressees and the text start on page 2). Shorten the title to %2 lines or fewer (about %3 characters a line), or name fewer joint organs or signers, and print again.",
    '标题太长：排成 %1 行，即使发文机关标志只用主办机关名称，首页放不下标题、主送和正文第一行（GB/T 9704 第7.3.3条：首页应显示正文，标题不跨页）。请把标题缩短到 %2 行以内（每行约 %3 字），再打印。':
        "The title is too long: it takes %1 lines, and even with the lead organ's name alone as the issuing organ's mark, the first page cannot hold the title, the addressees and the first line of text (GB/T 9704, 7.3.3: the first page shows the text, the title does not run over a page). Shorten the title to %2 lines or fewer (about %3 characters a line) and print again.",
    '标题太长：排成 %1 行，首页放不下标题、主送和正文第一行（GB/T 9704 第7.3.3条：首页应显示正文，标题不跨页）。请把标题缩短到 %2 行以内（每行约 %3 字），再打印。':
        "The title is too long: it takes %1 lines, and the first page cannot hold the title, the addressees and the first line of text (GB/T 9704, 7.3.3: the first page shows the text, the title does not run over a page). Shorten the title to %2 lines or fewer (about %3 characters a line) and print again.",
    # the database file or address
    '数据库文件“%1”所在的文件夹“%2”不能写入（%3），因此无法打开数据库：SQLite 要在这个文件夹中写入数据库的附属文件（-wal、-shm）。这不是数据库损坏，请不要从备份恢复（会丢失备份之后录入的内容）。请管理员给这个文件夹和其中的数据库文件写入权限；或把整个数据文件夹复制到可以写入的位置，再用 --db 指定复制后的数据库文件（或把环境变量 OFFICEDESK_HOME 设为新位置）。':
        "The folder “%2” of the database file “%1” cannot be written (%3), so the database cannot be opened: SQLite writes the database's side files (-wal, -shm) in that folder. The database is not damaged: do not restore it from a backup (what was entered since would be lost). Have the administrator give write permission to the folder and the database file in it; or copy the whole data folder to a place that can be written and name the copied database file with --db (or set the environment variable OFFICEDESK_HOME to the new place).",
    '数据库文件“%1”不能写入（%2），因此无法打开或写入数据库。这不是数据库损坏，请不要从备份恢复（会丢失备份之后录入的内容）。请管理员给这个文件（如取消它的“只读”属性）写入权限；或把整个数据文件夹复制到可以写入的位置，再用 --db 指定复制后的数据库文件（或把环境变量 OFFICEDESK_HOME 设为新位置）。':
        "The database file “%1” cannot be written (%2), so the database cannot be opened or written. The database is not damaged: do not restore it from a backup (what was entered since would be lost). Have the administrator give write permission to the file (such as by clearing its “read-only” attribute); or copy the whole data folder to a place that can be written and name the copied database file with --db (or set the environment variable OFFICEDESK_HOME to the new place).",
    '磁盘是只读的': 'the disk is read-only',
    '没有写入权限': 'no write permission',
    '无法识别数据库地址“%1”。%2。': 'The database address “%1” cannot be read: %2.',
    '无法识别数据库地址“%1”。请给出 SQLite 数据库文件的路径，或 postgresql://用户:密码@主机:5432/数据库名 形式的地址；%2。':
        'The database address “%1” cannot be read. Give the path of an SQLite database file, or an address of the form postgresql://user:password@host:5432/database; %2.',
    '用户名或密码中的 @ : / # % ? & 等字符要写成百分号编码（@ 写作 %40，: 写作 %3A，/ 写作 %2F，# 写作 %23，% 写作 %25，? 写作 %3F，& 写作 %26），如密码 p@ss:w/rd 写作 postgresql://用户:p%40ss%3Aw%2Frd@主机:5432/数据库名':
        'characters such as @ : / # % ? & in the user name or password are written percent-encoded (@ as %40, : as %3A, / as %2F, # as %23, % as %25, ? as %3F, & as %26): the password p@ss:w/rd, for example, is written postgresql://user:p%40ss%3Aw%2Frd@host:5432/database',
    # printing: a voided record's papers
    '“%1”（%2）': '“%1” (%2)',
    '%1《%2》（%3）': '%1 “%2” (%3)',
    '%1“%2”（%3）': '%1 “%2” (%3)',
    '%1已于%2作废，原因：%3': '%1 was voided on %2, because: %3',
    '%1已于%2作废': '%1 was voided on %2',
    '%1已作废，原因：%2': '%1 was voided, because: %2',
    '%1已作废': '%1 was voided',
    '%1，不能再打印正式文件。存档可打印其%2，上面标明已作废。':
        '%1, so the official document is not printed again. For the file, its %2 can be printed, marked as voided.',
    '%1，不能再打印%2：已作废的登记不再对外发出文书。%3':
        '%1, so the %2 cannot be printed again: no paper goes out for a voided registration. %3',
    '登记有误已重新登记的，请打印重新登记的那一件。': 'If it was registered again after a mistake, print the one registered again.',
    '信访事项': 'Petition',
    '信访事项告知书': 'Petition notice',
    '信访事项交办单': 'Petition assignment sheet',
    '信访事项转送单': 'Petition transfer sheet',
    # the clock's test date, numbers restored from the anchor, a grant missing, a font
    '环境变量 OFFICEDESK_TODAY 的值“%1”不是日期：应写成 2026-12-01 这样。它只用于测试和演示（让程序以为今天是那一天），平时请删去它。':
        'The environment variable OFFICEDESK_TODAY is “%1”, which is no date: write it like 2026-12-01. It is only for tests and demonstrations (it makes the program take that day as today); remove it otherwise.',
    '未知的编号种类：%1': 'Unknown kind of number: %1',
    '锚定文件记录的 %1 已发出最大号 %2 比备份中的 %3 多出 %4 个号，不像本机关的编号，没有恢复。请核对锚定文件（%5 或数据库旁的 .anchor.json）。':
        "The highest number issued for %1 that the anchor file recorded, %2, is %4 above the backup's %3: that does not look like this office's numbering, so it was not restored. Check the anchor file (%5 or the .anchor.json beside the database).",
    '%1%2。请管理员用所有者账号为这个账号补授权：officedesk audit-grants %3 | psql "所有者账号的数据库地址"（运行 officedesk audit-grants %3 可先看要执行的语句），补授权后再试。':
        '%1%2. Have the administrator grant this account its rights with the owner\'s account: officedesk audit-grants %3 | psql "the owner account\'s database address" (run officedesk audit-grants %3 first to see the statements), then try again.',
    '程序账号': "the program's account",
    '找不到可用的%1字体': 'No usable %1 font was found',
    # 信访: a 问题类别 corrected after 处理 (检举控告, art. 32)
    '所反映问题属于检举控告党员、公职人员的事项，应依规依纪依法向%1提出（《信访工作条例》第三十二条）':
        'the matter raised is an accusation against a Party member or public official, which is brought to %1 by the rules, discipline and law (Regulations on Petition Work, Article 32)',
    '转送%1': 'transferred to %1',
    '交办%1': 'assigned to %1',
    '以“%1”处理': 'handled as “%1”',
    '“问题类别”不能改为“%1”：%2，而这件信访已于%3%4，与此不符。问题类别应在“处理”之前更正；已经处理的，确属检举控告的，请将本件“作废”并写明原因，重新登记后按检举控告处理（转送%5，或不予受理并告知信访人）；有疑问的请联系管理员。':
        'The “问题类别” (category) cannot be changed to “%1”: %2, but this petition was %4 on %3, which does not fit. Correct the category before “处理” (handling); if it was handled already and really is an accusation, void it (“作废”) with the reason, register it again and handle it as an accusation (transfer it to %5, or do not accept it and tell the petitioner); ask the administrator if in doubt.',
    '“问题类别”不能改为“%1”：%2，而这件信访已%3，与此不符。问题类别应在“处理”之前更正；已经处理的，确属检举控告的，请将本件“作废”并写明原因，重新登记后按检举控告处理（转送%4，或不予受理并告知信访人）；有疑问的请联系管理员。':
        'The “问题类别” (category) cannot be changed to “%1”: %2, but this petition was %3, which does not fit. Correct the category before “处理” (handling); if it was handled already and really is an accusation, void it (“作废”) with the reason, register it again and handle it as an accusation (transfer it to %4, or do not accept it and tell the petitioner); ask the administrator if in doubt.',
    '没有导入“%1”：其中的“%2”表%3': '“%1” was not imported: on its sheet “%2”, %3',
    # the import guard's reasons (a file or sheet too big to read)
    '解压后超过 %1 MB，不像是一张登记表（可能是损坏或恶意构造的文件）。请把数据分成几个较小的文件再导入。':
        'unpacked, it is over %1 MB, which is no register (the file may be damaged or crafted). Split the data into smaller files and import them.',
    '读入时要生成超过 %1 MB 的文字（同一段长文字被成千上万个单元格或重复行引用），不像是一张登记表（可能是损坏或恶意构造的文件）。请检查文件，把数据分成几个较小的文件再导入。':
        'reading it would make over %1 MB of text (one long text used by thousands of cells or repeated rows), which is no register (the file may be damaged or crafted). Check the file and split the data into smaller files to import.',
    '其中有一格的内容超过 %1 KB，远超 Excel 单元格 32767 字的上限（可能是损坏或恶意构造的文件）。':
        "one of its cells holds over %1 KB, far beyond an Excel cell's limit of 32767 characters (the file may be damaged or crafted).",
    '列数超过 %1 列（ZZ 列）：表格一直用到了 %2 列（%3 格有内容或格式），不像是一张登记表。多半是数据右侧远处有无用的内容或格式：请删除数据右侧多余的列（选中数据右侧直到 %2 列的各列，右击“删除”），或只把数据复制到新的工作表，再导入。':
        'it has more than %1 columns (column ZZ): the sheet is used up to column %2 (cell %3 holds content or formatting), which is no register. There is most likely unused content or formatting far to the right of the data: delete the extra columns right of the data (select the columns up to %2 and right-click “删除”, Delete), or copy only the data to a new sheet, and import again.',
    '工作表“%6”的范围达到 %1 行 × %2 列（到 %3 格），读入要建 %4 个单元格，超过上限 %5 个。多半是表格右侧或下方远处有无用的内容或格式：请删除数据以外的行和列（或只把数据复制到新的工作表）后再导入；数据确实很多时，请分成几个文件导入。':
        'the sheet “%6” spans %1 rows × %2 columns (to cell %3): reading it would build %4 cells, over the limit of %5. This usually means unused content or formatting far to the right or below the table: delete the rows and columns outside the data (or copy only the data to a new sheet) and import again; if there really is that much data, split it into several files.',
    '工作表的范围达到 %1 行 × %2 列（到 %3 格），读入要建 %4 个单元格，超过上限 %5 个。多半是表格右侧或下方远处有无用的内容或格式：请删除数据以外的行和列（或只把数据复制到新的工作表）后再导入；数据确实很多时，请分成几个文件导入。':
        'the sheet spans %1 rows × %2 columns (to cell %3): reading it would build %4 cells, over the limit of %5. This usually means unused content or formatting far to the right or below the table: delete the rows and columns outside the data (or copy only the data to a new sheet) and import again; if there really is that much data, split it into several files.',
    '其中的“%1”异常地大（可能是损坏或恶意构造的文件）。': 'its part “%1” is abnormally large (the file may be damaged or crafted).',
    '%1（%2，用户名 %3）': '%1 (%2, user name %3)',
    # 信息: who may do the 信息科's steps, periodicals and their issues
    '%1应由管理员或%2办理；您是%3。': '%1 is done by the administrator or %2; you are %3.',
    '未设置岗位': 'without a post',
    '刊物印发': 'Issuing a periodical',
    '刊物编发': 'Editing into a periodical',
    '刊物排序': 'Ordering a periodical',
    '接收信息': 'Receiving information',
    '登记采用': 'Recording an adoption',
    '批示转督查': 'Turning an instruction into supervision',
    '记录书面报告': 'Recording the written report',
    '记录电话报告': 'Recording the phone report',
    '录入领导批示': "Entering a leader's instruction",
    '刊物设置（刊物名称、编发单位、报送发、总期号）':
        'Setting up periodicals (name, editing unit, recipients, running issue number)',
    '更正信息': 'Correcting information',
    '作废信息': 'Voiding information',
    '调整其信息顺序': 'reorder its items',
    '没有名为“%1”的刊物。现有：%2。': 'There is no periodical named “%1”. There are: %2.',
    '刊物“%1”的设置已被他人修改（或刚由他人新建），您的修改没有保存。请关闭后重新打开刊物设置，再修改。':
        'Someone else has changed the settings of the periodical “%1” (or has just added it); your changes were not saved. Close the periodical settings, open them again and make the changes anew.',
    '请填写刊物名称。': "Please enter the periodical's name.",
    '%1 %2年第%3期': '%1 %2 No. %3',
    '%1已印发%2（总第%3期），总期号起始数（%4）不能再改：已印发各期的总期号由它算起。':
        '%1 has issued %2 (running No. %3), so the start of its running issue numbers (%4) can no longer change: the issues already out are numbered from it.',
    '%1已有 %2 年的期（%3，总第%4期），不能再开 %5 年的新一期：总期号按时间顺序编排。请编入%2年的期（编发日期写%2年的日期或不写）；%5年还有未印发的一期时，可不选“另起新一期”，编入那一期。':
        '%1 already has an issue of %2 (%3, running No. %4), so a new issue of %5 cannot be opened: running issue numbers follow time. Edit it into an issue of %2 (give a date in %2 or none); if an issue of %5 is still not issued, leave “另起新一期” unticked to edit it into that one.',
    '没有找到 id 为 %1 的一期刊物。': 'No periodical issue with id %1 was found.',
    '这一期刊物编入了密级高于您权限的信息，您不能%1。请由有相应权限的同事办理。':
        'This issue holds information classified above your clearance, so you may not do this (%1). Have a colleague with the clearance do it.',
    '这件信息（%1）已编入%2，该期已于 %3 印发，不能作废；内容有误的，请在刊物上另发更正。':
        'This information (%1) is in %2, issued on %3, so it cannot be voided; if its content is wrong, publish a correction in the periodical.',
    '%1已印发，不能再调整顺序。': '%1 has been issued; its order can no longer change.',
    '排序须列出这一期的全部信息，每件一次。': 'The order must list every item of this issue, each once.',
    '%1已于 %2 印发。': '%1 was issued on %2.',
    '%1还没有编入信息，不能印发。': '%1 holds no information yet, so it cannot be issued.',
    '%1还没有印发，%2不能先印发：刊物按期号顺序印发。请先印发%1（没有编入信息的空期可删除）。':
        '%1 has not been issued, so %2 cannot be issued first: a periodical is issued in the order of its numbers. Issue %1 first (an empty issue can be deleted).',
    '印发日期（%1）不能晚于今天。': 'The issue date (%1) cannot be after today.',
    '印发日期（%1）不能早于这一期所编信息最后的编发日期（%2）。':
        'The issue date (%1) cannot be before the last editing date of the items in this issue (%2).',
    # 信息: the steps
    '初审结论请选“采”或“不采”。': 'For the first review, choose “采” (use) or “不采” (do not use).',
    '不采用须写明理由（告知报送单位）。': 'Not using it needs a reason (the reporting unit is told).',
    '请填写编辑后的标题和正文。': 'Please enter the edited title and text.',
    '签发人职务应为%1。': "The signer's post must be %1.",
    '上报时间不能晚于现在。': 'The time sent up cannot be later than now.',
    '接收时间': 'Received at',
    '上报时间（%1）不能早于%2（%3）：信息收到后才能上报。请填写实际上报的时间（含时、分）。':
        'The time sent up (%1) cannot be before the %2 (%3): information is sent up after it comes in. Please enter the time it was really sent up (with hours and minutes).',
    '上报级别应为%1之一。': 'The level sent up to must be one of %1.',
    '采用级别应为%1之一。': 'The adoption level must be one of %1.',
    '请填写采用的刊物（如 市委办《每日要情》第12期）。': 'Please enter the periodical that adopted it (such as 市委办《每日要情》第12期).',
    '这件信息已于 %1 登记过%2级“%3”采用，不能重复登记。被另一刊物采用的，请写明那一刊物。':
        'An adoption by “%3” at level %2 was already recorded for this information on %1; it cannot be recorded twice. If another periodical adopted it, name that periodical.',
    '请填写批示领导和批示内容。': 'Please enter the leader and the instruction.',
    '这件信息已于 %1 登记过%2的这条批示（%3），不能重复登记。同一领导另有批示的，请写明新的批示内容或批示日期。':
        "This instruction of %2 (%3) was already recorded for this information on %1; it cannot be recorded twice. If the leader gave another instruction, enter its new text or date.",
    '这件信息的批示已经转为督查事项，不能重复转办。': "This information's instruction has already become a supervision item; it cannot be turned over twice.",
    '这件信息还没有领导批示，不能转督查。先办理“批示”。': 'This information has no leader\'s instruction yet, so it cannot go to supervision. Record the “批示” (instruction) first.',
    '只有突发事件要记书面报告时间。': 'Only an emergency records a written report time.',
    '书面报告时间不能早于电话报告时间（%1）。': 'The written report time cannot be before the phone report time (%1).',
    '只有突发事件要记电话报告时间。': 'Only an emergency records a phone report time.',
    '这件突发事件已经记过电话报告（%1），不能重记。': 'The phone report of this emergency was already recorded (%1); it cannot be recorded again.',
    '电话报告时间不能晚于书面报告时间（%1）：书面报告先到的，它就是首报，不必再记电话报告。':
        'The phone report time cannot be after the written report time (%1): when the written report came first, it is the first report and no phone report is recorded.',
    '请填写续报的正文（事态进展、处置情况）。': "Please enter the follow-up report's text (how the event developed, what was done).",
    '续报由首报的报送单位报送：首报（%1）的报送单位是“%2”，这件续报填的是“%3”。其他单位报送同一事件的，请另行登记，不填“续报”。':
        'A follow-up report comes from the unit of the first report: the first report (%1) is from “%2”, this follow-up names “%3”. Another unit reporting the same event is registered on its own, without “续报” (follow-up).',
    '续报的报送单位随首报：首报（%1）的报送单位是“%2”，续报不能改为“%3”。报送单位有误的，请更正首报的报送单位，它的续报随之更正。':
        "A follow-up report's unit is its first report's: the first report (%1) is from “%2”, so the follow-up cannot be changed to “%3”. If the unit is wrong, correct the first report's unit and its follow-ups follow.",
    '续报的报送单位随首报：首报的报送单位不同，续报不能改为“%1”。报送单位有误的，请更正首报的报送单位，它的续报随之更正。':
        "A follow-up report's unit is its first report's: the first report's unit is another, so the follow-up cannot be changed to “%1”. If the unit is wrong, correct the first report's unit and its follow-ups follow.",
    '有 %1 位用户叫“%2”，都可以签发：%3。请在“签发人”一栏填写其中一位的用户名。':
        '%1 users are called “%2” and all of them may sign: %3. Enter the user name of one of them as “签发人” (signer).',
    '有 %1 位用户叫“%2”：%3。请在“签发人”一栏填写其中一位的用户名。':
        '%1 users are called “%2”: %3. Enter the user name of one of them as “签发人” (signer).',
    '%1（%2%3）不是%4，不能签发；%4不在岗时，请由其设置代理人代为签发。':
        '%1 (%2 %3) is not the %4 and may not sign; when the %4 is away, have them set a deputy to sign for them.',
    # 信息: registration and corrections
    '标题不超过 200 字；“一事一报、简单明了”。': 'A title of at most 200 characters: one matter per report, simple and clear.',
    '%1不能晚于现在；报告还没有来的，请留空，来了再按步骤记录。':
        '%1 cannot be later than now; leave it empty while the report has not come, and record it by its step when it comes.',
    '%1不能早于事发时间（%2）。': '%1 cannot be before the event time (%2).',
    '报送时间不能晚于现在。': 'The report time cannot be later than now.',
    '电话报告时间不能晚于书面报告时间（%1）：书面报告先到的，电话报告时间请留空。':
        'The phone report time cannot be after the written report time (%1): when the written report came first, leave the phone report time empty.',
    '突发事件的报送时限从事发时间起算、按事件级别定长短，改动会掩盖迟报。登记有误的，请将其作废（列表右键“作废…”，或命令 officedesk void），再按正确的内容重新登记。':
        "An emergency's report limits run from its event time and their length follows its level, so a change would hide a late report. If it was registered wrongly, void it (the list's right-click “作废…”, or the command officedesk void) and register it again correctly.",
    '这件信息登记后不能改为其他类别：%1': 'Once registered, this information cannot be changed to another category: %1',
    '这件信息登记后不能改为“突发事件”：%1': 'Once registered, this information cannot be changed to “突发事件” (emergency): %1',
    '这件信息登记后不能修改%1：%2': 'Once registered, the %1 of this information cannot be changed: %2',
    '突发事件请填写“事发时间”（时限从事发时算起）。': 'For an emergency, enter the “事发时间” (event time): the limits run from it.',
    '突发事件请填写“事件级别”（%1）。': 'For an emergency, enter the “事件级别” (event level: %1).',
    '事发时间不能晚于报送时间。': 'The event time cannot be after the report time.',
    '续报的报送时间（%1）不能早于首报（%2）的报送时间（%3）：续报在首报之后报送。请核对报送时间。':
        "The follow-up's report time (%1) cannot be before the report time of the first report (%2), %3: a follow-up comes after the first report. Please check the report time.",
    '首报的报送时间（%1）不能晚于它的续报的报送时间：续报在首报之后报送。请核对报送时间（续报的时间有误的，请先更正续报）。':
        "The first report's report time (%1) cannot be after its follow-ups' report time: a follow-up comes after the first report. Please check the report time (if a follow-up's time is wrong, correct the follow-up first).",
    '信息类别至少要有一项。': 'There must be at least one information category.',
    '报送时间（%1）不能晚于这件信息的“%2”（%3）：信息报送后才办理。请填写实际报送的时间。':
        "The report time (%1) cannot be after this information's “%2” (%3): information is handled after it is reported. Please enter the time it was really reported.",
    '新的突发事件报送时限会改变已登记的突发事件的时限，改写其是否迟报（如%1，事发时间 %2，%3）。请保留原时限，另起一行写“%4起：”（或以后的日期），其下写自该日起改变的时限，如“一般=60,180”。':
        'The new emergency report limits would change the limits of registered emergencies and rewrite whether they were late (such as %1, event time %2, %3). Keep the old limits, start a new line “%4起：” (or a later date) and write below it the limits that change from that day, such as “一般=60,180”.',
    '未编号的一件': 'one without a number',
    # 信息: the import's states and outcomes
    '采用级别“%1”不对，应为%2之一。': 'The adoption level “%1” is not valid; it must be one of %2.',
    '采用级别“%1”与采用情况中最高的“%2级”不一致：请改正其中之一。':
        'The adoption level “%1” does not match the highest level in the adoptions, “%2”: correct one of them.',
    '没有找到信息编号为“%1”的首报：本单位没有这件信息（导入时，表中也没有，或首报那一行未能导入）。请先导入或登记首报；不是续报的，请不填“续报”。':
        'No first report numbered “%1” was found: the office has no such information (on import: the sheet has none either, or the first report\'s row was not imported). Import or register the first report first; if it is no follow-up, leave “续报” (follow-up) empty.',
    '没有填写状态，却填了“%1”：请填写相应的状态（%2），或不填“%1”。':
        'There is no state, but “%1” is filled in: give the matching state (%2), or leave “%1” empty.',
    '“已作废”只能经“作废”办理（作废的编号不再使用）：请登记后再按步骤作废。':
        '“已作废” (voided) comes only by the “作废” (void) step (a voided number is not used again): register it, then void it by the step.',
    '状态“%1”是信息科办理中的一步，导入不能重建（缺少：%2）：请不填状态（导入为“待接收”），再按步骤办理。':
        'The state “%1” is a step of the information section\'s work that an import cannot rebuild (missing: %2): leave the state empty (it is imported as “待接收”, to be received) and do the steps.',
    '状态为“%1”，却填了“%2”，只有“%3”的信息才有。请填写相应的状态，或不填“%2”。':
        'The state is “%1”, but “%2” is filled in, which only information in “%3” has. Give the matching state, or leave “%2” empty.',
    '状态为“%1”，却填了“%2”：采用和批示只有编发以后（%3）的信息才有。请填写相应的状态，或不填“%2”。':
        'The state is “%1”, but “%2” is filled in: only information past editing (%3) has adoptions and instructions. Give the matching state, or leave “%2” empty.',
    '采用情况中有%1级采用，状态应为“%2”（现为“%3”）：请改正状态或采用情况。':
        'The adoptions include one at level %1, so the state should be “%2” (it is “%3”): correct the state or the adoptions.',
    '（导入）': '(imported)',
    # 信息: scoring settings and periods
    '计分标准的一行“%1”看不懂，应写成“市级采用=10”（或“2027-01-01起：”开始一段新标准）；项目可用：%2。':
        'The scoring line “%1” cannot be read; write it as “市级采用=10” (or “2027-01-01起：” to start new points); the items are: %2.',
    '计分标准的“%1”不对：应是一个日期，且晚于前一段标准的起始日期。':
        'The scoring line “%1” is wrong: it must be a date, later than the start of the points before it.',
    '期间“%1”看不懂。请写年（2026）、季度（2026-Q1）或月份（2026-03）。':
        'The period “%1” cannot be read. Write a year (2026), a quarter (2026-Q1) or a month (2026-03).',
    '月份“%1”不对，应为 1–12。': 'The month “%1” is wrong; it must be 1–12.',
}
