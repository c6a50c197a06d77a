"""English for core's refusals met most in the window after the import's: users and accounts
(core/accounts.py), posts and deputies (core/positions.py), 收文/发文 steps, archive, circulation,
countersigning and distribution (core/documents/), 信访 registration, paths and imported states
(core/petitions/), meetings' steps and imports (core/meetings/), 督查 tasks (core/supervision/tasks.py),
效能投诉 imports and the states a record needs (core/state_facts.py)."""

GLOSSARY = {
    '角色“%1”不存在，可选：%2。':
        'There is no role “%1”; the roles are: %2.',
    '密级权限应为 0–3（%1）。':
        'The clearance must be 0–3 (%1).',
    '请填写用户名。':
        'Please fill in the user name.',
    '用户名最多 64 个字符。':
        'A user name has at most 64 characters.',
    '姓名最多 64 个字，现在 %1 个字。':
        'A name has at most 64 characters; this one has %1.',
    '只有管理员可以管理用户。':
        'Only an administrator can manage users.',
    '没有用户“%1”。':
        'There is no user “%1”.',
    '用户名“%1”已存在，请换一个。':
        'The user name “%1” is taken; please choose another.',
    '用户“%1”已被他人修改，请刷新后再改。':
        'Someone else has changed the user “%1”; please refresh and change it again.',
    '这是最后一个启用的管理员账号，不能取消其管理员身份或停用它。请先设置另一位管理员。':
        'This is the last active administrator account: it cannot lose its administrator role or be stopped. Please make another user an administrator first.',
    '只能修改自己的姓名。':
        'You can only change your own name.',
    '不能停用自己正在使用的账号。':
        'You cannot stop the account you are using.',
    '只能修改自己的密码；他人的密码请管理员重置。':
        "You can only change your own password; the administrator resets other people's.",
    '新密码不能与原密码相同。':
        'The new password cannot be the same as the old one.',
    '系统已经初始化，已有用户。请用管理员账号登录后管理用户。':
        'The system has been set up and has users. Log in with an administrator account to manage users.',
    '请填写机关名称。':
        "Please fill in the office's name.",
    '系统已经初始化，已有用户。请用管理员账号登录。':
        'The system has been set up and has users. Please log in with an administrator account.',
    '保管期限只能是：%1。':
        'The retention period can only be: %1.',
    '机构（问题）代码只能含字母和数字，如 BGS。':
        'The organisation (subject) code can contain only letters and digits, such as BGS.',
    '页数不能为负数。':
        'The number of pages cannot be negative.',
    '这份文件已经归档。':
        'This document has already been archived.',
    '期间的结束日期（%1）早于开始日期（%2），请改正。':
        "The period's end date (%1) is before its start date (%2); please correct it.",
    '请至少填写一位传阅人。':
        'Please fill in at least one reader.',
    '传阅人中%1重复填写了。每位传阅人只写一次；如本想写另一位，请改正后再传阅。':
        '%1 is given twice among the readers. Give each reader once; if you meant another, correct it and circulate again.',
    '“%1”不在待阅名单中（或已阅）。':
        '“%1” is not on the list of readers still to read (or has read it).',
    '按顺序传阅：文件现由%1持有，%2须待前一位阅毕、传来后再阅。需要几位领导同时阅的，请在传阅时选择“同时分送”。':
        'Circulated in turn: the document is now with %1, and %2 reads it after the reader before has finished and passed it on. For several leaders to read at once, choose “Send to all at once” when circulating.',
    '阅文时间不能早于送阅时间。':
        'The time read cannot be before the time sent.',
    '“%1”不能晚于现在（%2）。':
        '“%1” cannot be later than now (%2).',
    '“%1”不能是将来的日期（%2，今天是 %3）。':
        '“%1” cannot be a future date (%2; today is %3).',
    '“%1”应使用六角括号〔〕、不加“第”、不编虚位：是否改为“%2”？':
        '“%1” takes hexagonal brackets 〔〕, no 第 and no leading zeros: change it to “%2”?',
    '“%1”格式不对：“%2”。应为 机关代字〔年份〕序号号，例如 X委办发〔2026〕7号。':
        '“%1” is not in the right form: “%2”. It must be office code〔year〕number号, such as X委办发〔2026〕7号.',
    '这份%1已被他人处理（您看到的是第 %2 版，现在是第 %3 版）。您填写的内容没有保存；请刷新后再办理。':
        'This record (%1) has been handled by someone else (you saw version %2; it is now version %3). What you filled in was not saved; please refresh and do it again.',
    '找不到附件文件“%1”，请重新选择。':
        'The attachment file “%1” was not found; please choose it again.',
    '复制附件“%1”时内容不一致，请重试。':
        'Copying the attachment “%1” gave different contents; please try again.',
    '无法保存附件“%1”：%2。请检查磁盘空间和权限。':
        'Cannot save the attachment “%1”: %2. Please check the disk space and permissions.',
    '没有找到这个附件。':
        'This attachment was not found.',
    '附件“%1”的文件缺失或已被改动（校验值不符），请从备份恢复。':
        'The file of the attachment “%1” is missing or has been changed (its checksum differs); please restore it from a backup.',
    '“份数”至少为 1。':
        '“Copies” must be at least 1.',
    '请至少填写一个会签单位。':
        'Please fill in at least one countersigning unit.',
    '请填写作出协调决定的签发人。':
        'Please fill in the signer who made the coordinating decision.',
    '请写明协调意见。':
        'Please write the coordinating opinion.',
    '请填写会签人。':
        'Please fill in who countersigned.',
    '会签意见只能是：%1。':
        'The countersigning opinion can only be: %1.',
    '不同意时请写明理由和修改意见。':
        'When disagreeing, please give the reasons and the changes wanted.',
    '“%1”不在会签单位中。':
        '“%1” is not among the countersigning units.',
    '“%1”已经会签。':
        '“%1” has already countersigned.',
    '%1（“各乡镇”“县直各单位”这样的统称、主送或抄送中照写的名称、“存档”可照写。）':
        '%1 (general names such as “各乡镇” or “县直各单位”, names written as in the main or copy recipients, and “存档” may be written as they are.)',
    '请填写分发名单。':
        'Please fill in the distribution list.',
    '“%1”的份数至少为 1。':
        'The copies for “%1” must be at least 1.',
    '这是%1文件，分发给“%2”必须填写份号范围（如 000001–000005）。':
        'This is a %1 document: the copies for “%2” must have their serial numbers (such as 000001–000005).',
    '“%1”的份号范围不对。':
        'The serial numbers for “%1” are not a valid range.',
    '“%1”的份号 %2–%3 共 %4 份，与份数 %5 不符。':
        'The serial numbers %2–%3 for “%1” are %4 copies, not the %5 given.',
    '“%1”的份号超出了印制份数 %2。':
        'The serial numbers for “%1” go beyond the %2 copies printed.',
    '“%1”与“%2”的份号重叠。':
        'The serial numbers of “%1” and “%2” overlap.',
    '分发合计 %1 份，超过了印制的 %2 份。':
        'The distribution totals %1 copies, more than the %2 printed.',
    '非密文件不标保密期限，请清空“保密期限”或改正“密级”。':
        'A document that is not classified has no secrecy period: empty “保密期限” or correct “密级”.',
    '请示只能主送一个上级机关，现在有 %1 个（%2）。需要其他机关知悉的，请列入抄送。':
        'A request (请示) goes to one superior office only; it has %1 (%2). Put the other offices to be informed among the copy recipients.',
    '请示须写明主送机关（一个上级机关）后才能签发。':
        'A request (请示) must name its main recipient (one superior office) before it is signed.',
    '请示应由本机关主要负责人（%1）签发，不能由%2签发。':
        "A request (请示) is signed by the office's principal head (%1), not by %2.",
    '请选择“文种”：登记时须写明来文的文种。':
        'Please choose the document type: it is recorded when the incoming document is registered.',
    '退回必须写明理由。':
        'Returning needs a reason.',
    '请填写拟办意见。':
        'Please fill in the proposed handling.',
    '您的账号不能录入领导批示。':
        "Your account cannot enter a leader's instructions.",
    '请填写领导批示。':
        "Please fill in the leader's instructions.",
    '代领导录入批示时，请填写作出批示的领导姓名。':
        'When entering instructions for a leader, fill in the name of the leader who gave them.',
    '请填写承办（主办）单位。':
        'Please fill in the handling (lead) unit.',
    '%1已是主办单位，不能同时列为协办单位。':
        '%1 is already the lead unit and cannot also be an assisting unit.',
    '请填写办结结果。':
        'Please fill in the result.',
    '这份收文已经转为督查事项。':
        'This incoming document has already been made a supervision item.',
    '领导批示后才能转督查。':
        "It can be sent to supervision only after a leader's instructions.",
    '督查督办功能尚未启用。':
        'Supervision is not switched on yet.',
    '退回修改必须写明理由。':
        'Returning for changes needs a reason.',
    '请填写签发人。':
        'Please fill in the signer.',
    '会签单位的不同意见已由%1协调，应由%1签发（您填写的签发人是%2）。%1暂不在岗的，请管理员设置代理，由代理人签发；改由他人签发的，请修改后重新“送会签”，由签发人重新协调。':
        "The countersigning units' differing opinions were coordinated by %1, so %1 signs (the signer you gave is %2). If %1 is away, ask the administrator to set a deputy who signs instead; for someone else to sign, change it and send for countersigning again, so that the signer coordinates again.",
    '印发日期不能早于成文日期。':
        'The issue date cannot be before the date written.',
    '传阅（%1持有）':
        'Circulated (held by %1)',
    '%1，却填了“%2”，这是“%3”以后才有的内容。请填写相应的状态，或不填“%2”。':
        '%1, but “%2” is filled in, which only comes after “%3”. Please fill in the matching state, or leave “%2” empty.',
    '核查结论为不属实的投诉不作处理：“处理结果”应为“%1”（现为“%2”）。':
        'A complaint found untrue is not acted on: “处理结果” must be “%1” (it is “%2”).',
    '核查结论为%1的投诉应作出处理（%2），不能“%3”。':
        'A complaint found %1 must be acted on (%2), not “%3”.',
    '处理结果为“其他”时请写明处理意见。':
        'When the result is “其他”, please write the handling opinion.',
    '“核查时限”（%1）不能早于“核查通知日期”（%2）。':
        '“核查时限” (%1) cannot be before “核查通知日期” (%2).',
    '“办结时限”（%1）不能早于“登记日期”（%2）。':
        '“办结时限” (%1) cannot be before “登记日期” (%2).',
    '“%1”不能是将来的日期（%2）。':
        '“%1” cannot be a future date (%2).',
    '“%1”（%2）不能早于“%3”（%4）：各步骤按办理顺序，日期不早于前一步。请核对日期后再导入。':
        '“%1” (%2) cannot be before “%3” (%4): the steps follow in order, each dated no earlier than the one before. Please check the dates and import again.',
    '“应到人数”由出席、列席等人员名单自动计算（旁听人员不计入，现在是 %1 人），不能另填“%2”。请在人员名单中增减人员，或不填这一项。':
        '“应到人数” is counted from the lists of attendees, non-voting attendees and the like (observers not counted; it is %1 now) and cannot be given as “%2”. Add or remove people in the lists, or leave it empty.',
    '“状态”只能是：%1（现在是“%2”）。':
        '“状态” can only be: %1 (it is “%2”).',
    '状态为“%1”，却填了“取消原因”：只有已取消的会议才有。请填写相应的状态，或不填“取消原因”。':
        'The state is “%1”, but “取消原因” is filled in: only a cancelled meeting has one. Please fill in the matching state, or leave “取消原因” empty.',
    '“%1”由系统生成，导入更新不能修改它。':
        '“%1” is made by the system; an import update cannot change it.',
    '会议现在是“%1”，不能再标记为已发通知。':
        'The meeting is now “%1” and cannot be marked as notified again.',
    '%1，会议通知不能再要求按期报名；请在“修改”中设置新的报名截止时间（或清空报名截止）后再发通知。':
        '%1: the meeting notice can no longer ask for sign-up by the deadline; set a new sign-up deadline under Edit (or clear it) and then send the notice.',
    '会议已取消，不能标记为已召开。':
        'The meeting was cancelled and cannot be marked as held.',
    '取消会议请写明原因。':
        'Please give the reason for cancelling the meeting.',
    '会议现在是“%1”，不能取消。':
        'The meeting is now “%1” and cannot be cancelled.',
    '会议“%1”的议定事项已转督查（%2），会议已作出决定，不能取消。如属误转，请先在“督查”中删除这些督查事项，再取消会议。':
        'The decisions of the meeting “%1” have been sent to supervision (%2): the meeting has decided and cannot be cancelled. If they were sent by mistake, first delete those supervision items under Supervision, then cancel the meeting.',
    '会议已取消，不能签到。':
        'The meeting was cancelled; nobody can sign in.',
    '第 %1 号参会人员不属于这次会议。':
        'Attendee no. %1 does not belong to this meeting.',
    '签到状态只能是：已到、请假、缺席（%1：“%2”）。':
        'The attendance can only be 已到, 请假 or 缺席 (%1: “%2”).',
    '%1请假，请写明请假原因。':
        '%1 is on leave; please give the reason.',
    '第 %1 项议定事项没有内容。':
        'Decision %1 has no content.',
    '会议已取消，不能写纪要。':
        'The meeting was cancelled; it has no minutes.',
    '纪要日期（%1）不能晚于今天（%2）。请写纪要印发的日期，或不填（即今天）。':
        "The minutes' date (%1) cannot be after today (%2). Give the date the minutes were issued, or leave it empty (today).",
    '议定事项“%1”已转督查，不能删除；请保留这项议定事项，如需撤销或调整，请在督查事项中办理。':
        'The decision “%1” has been sent to supervision and cannot be deleted; keep it, and withdraw or change it in the supervision item.',
    '第 %1 项议定事项“%2”已转督查%3，不能修改其%4；请按原样保留这项议定事项，如需调整，请在督查事项中办理。':
        'Decision %1 “%2” has been sent to supervision%3, so its %4 cannot be changed; keep the decision as it is, and change it in the supervision item.',
    '第 %1 项议定事项的时限（%2）早于会议日期（%3）：议定事项的时限应在会议当天或以后，请改正。':
        "Decision %1's time limit (%2) is before the meeting's date (%3): a decision's time limit is on the day of the meeting or later; please correct it.",
    '%1，却填了“%2”。请填写相应的状态，或不填“%2”。':
        '%1, but “%2” is filled in. Please fill in the matching state, or leave “%2” empty.',
    '状态为“%1”的信访，处理方式只能是%2（现为“%3”）：请改正状态或处理方式。':
        'A petition in the state “%1” can only be handled by %2 (it is “%3”): please correct the state or the handling.',
    '处理方式为%1，请填写“去向单位”。':
        'The handling is %1: please fill in “去向单位”.',
    '状态为“%1”、处理方式为“%2”的信访已告知信访人：请填写“告知日期”。':
        'A petition in the state “%1” handled by “%2” has been told to the petitioner: please fill in “告知日期”.',
    '状态为“%1”、处理方式为“%2”的信访已答复：请填写“%3”。':
        'A petition in the state “%1” handled by “%2” has been answered: please fill in “%3”.',
    '状态为“%1”，请填写“复查复核”及其申请日期。':
        'The state is “%1”: please fill in “复查复核” and the date it was asked for.',
    '“复查复核”只能是复查或复核（现在是“%1”）。':
        '“复查复核” can only be 复查 or 复核 (it is “%1”).',
    '状态为“%1”，“复查复核”应为%2（现在是“%3”）。':
        'The state is “%1”, so “复查复核” must be %2 (it is “%3”).',
    '请填写%1的申请日期（“复查复核申请日期”）。':
        'Please fill in the date %1 was asked for (“复查复核申请日期”).',
    '复核意见一经作出即办结：复核过的信访状态应为“已办结”，复核尚未答复的应为“复核中”。':
        'A 复核 opinion closes the petition once given: a petition reviewed so must be “已办结”, one whose 复核 is not answered yet “复核中”.',
    '状态为“%1”，%2已经答复：请填写“%3”。':
        'The state is “%1” and the %2 has been answered: please fill in “%3”.',
    '此前复查的申请日期、答复日期和复查意见应一并填写：请填写“%1”。':
        "The earlier 复查's request date, answer date and opinion go together: please fill in “%1”.",
    '延期须经批准并写明理由：请填写“%1”。':
        'An extension must be approved and its reason given: please fill in “%1”.',
    '“%1”（%2）不能晚于今天。':
        '“%1” (%2) cannot be after today.',
    '“%1”（%2）不能早于“%3”（%4）。':
        '“%1” (%2) cannot be before “%3” (%4).',
    '“回报期限”应晚于处理日期。':
        '“回报期限” must be after the handling date.',
    '“回报日期”不能早于处理日期。':
        '“回报日期” cannot be before the handling date.',
    '“受理日期”（%1）应与%2相同（%3）：请改正其中之一。':
        '“受理日期” (%1) must be the same as %2 (%3): please correct one of them.',
    '%1。只能选择“不予受理”并告知信访人。':
        '%1. Only “不予受理” can be chosen, telling the petitioner.',
    '%1，不进入本机关%2办理程序。%3':
        "%1: it does not enter this office's %2 handling procedure. %3",
    '%1，只能转送该纪检监察机关。%2':
        '%1: it can only be transferred to that discipline inspection and supervision body. %2',
    '%1，只能转送%2，不能转送%3。请将去向单位改为%2，或选择“不予受理”并告知信访人向%2提出。':
        '%1: it can only be transferred to %2, not to %3. Change the destination unit to %2, or choose “不予受理” and tell the petitioner to take it to %2.',
    '信访件 %1 还没有答复意见，不能打印答复意见书。':
        'Petition %1 has no reply opinion yet; the reply opinion paper cannot be printed.',
    '信访件 %1 不予受理，书面告知信访人的是不予受理告知书，没有答复意见书。':
        'Petition %1 was not accepted: the petitioner is told by the notice of non-acceptance, and there is no reply opinion paper.',
    '信访件 %1 已转送%2，由%2决定受理、办理并书面答复信访人；复查、复核由其上一级机关、单位办理。本机关不出具答复、复查、复核意见书。':
        'Petition %1 was transferred to %2, and %2 decides on accepting and handling it and answers the petitioner in writing; the 复查 and 复核 are handled by the body above it. This office issues no reply, 复查 or 复核 opinion paper.',
    '信访件 %1 没有已记入的%2意见（现为%3阶段），不能打印%2意见书。':
        'Petition %1 has no %2 opinion recorded (it is at the %3 stage); the %2 opinion paper cannot be printed.',
    '信访件 %1 已交办%2，按交办单由%2依法作出处理意见并书面答复信访人，答复意见书由%2出具，本机关不另出具（否则信访人会收到两份答复）。请将%2报送的答复意见书复印件随卷存档。':
        'Petition %1 was assigned to %2: by the assignment slip %2 makes the handling opinion as the law requires and answers the petitioner in writing, and %2 issues the reply opinion paper; this office issues none (or the petitioner would get two answers). File the copy of the reply opinion paper %2 sends.',
    '信访件 %1 由本机关直接答复，%2由%3办理并出具%2意见书（《信访工作条例》%4），本机关不能出具。收到的%2意见请用“复查复核答复”步骤记入办理过程。':
        'Petition %1 is answered by this office directly: the %2 is handled by %3, which issues the %2 opinion paper (信访工作条例 %4); this office cannot. Record the %2 opinion received with the step “复查复核答复”.',
    '信访件 %1 的复查由本机关（%2的上一级）办理并出具复查意见书，复核由复查机关的上一级机关、单位办理并出具复核意见书（《信访工作条例》第三十六条），出具复查意见书的本机关不能再出具复核意见书。%3':
        "Petition %1's 复查 is handled by this office (the body above %2), which issues the 复查 opinion paper; the 复核 is handled by the body above the 复查 body, which issues the 复核 opinion paper (信访工作条例 article 36): this office, having issued the 复查 opinion paper, cannot issue the 复核 one. %3",
    '信访件 %1 由%2答复，复查由%2的上一级机关、单位办理并出具复查意见书（《信访工作条例》第三十五条）；%3，不是本机关，本机关不能出具。%4如本机关确是%2的上一级%5':
        'Petition %1 was answered by %2, so its 复查 is handled by the body above %2, which issues the 复查 opinion paper (信访工作条例 article 35); %3, not this office, so this office cannot issue it. %4 If this office is indeed the body above %2%5',
    '信访件 %1 的复核由复查机关、单位（%2）的上一级机关、单位办理并出具复核意见书（《信访工作条例》第三十六条），通讯录中不是本机关，本机关不能出具。%3':
        "Petition %1's 复核 is handled by the body above the 复查 body (%2), which issues the 复核 opinion paper (信访工作条例 article 36); in the directory that is not this office, so this office cannot issue it. %3",
    '信访件 %1 还没有处理（转送、交办或不予受理），不能打印告知书。':
        'Petition %1 has not been handled yet (transferred, assigned or not accepted); the notice cannot be printed.',
    '信访件 %1 的处理方式不是转送或交办，没有转送单、交办单。':
        'Petition %1 was neither transferred nor assigned; it has no transfer or assignment slip.',
    '登记日期不能晚于今天。':
        'The registration date cannot be after today.',
    '登记日期不能晚于处理日期。':
        'The registration date cannot be after the handling date.',
    '请填写%1的姓名。':
        'Please fill in the name of %1.',
    '%1的性别只能是“男”或“女”。':
        'The sex of %1 can only be “男” or “女”.',
    '人数至少为 1，现在是 %1。':
        'The number of people must be at least 1; it is %1.',
    '人数（%1）少于登记的信访人（%2 位），请改正人数。':
        'The number of people (%1) is less than the petitioners registered (%2); please correct it.',
    '集体访最多登记 %1 名代表，现在有 %2 名。':
        'A group petition registers at most %1 representatives; it has %2.',
    '要关联的原信访件（%1）不存在。':
        'The original petition to link to (%1) does not exist.',
    '至少要有一位信访人。':
        'There must be at least one petitioner.',
    '只有管理员可以设置用户的岗位。':
        "Only an administrator can set users' posts.",
    '“%1”最多 %2 个字，现在有 %3 个字。':
        '“%1” has at most %2 characters; it has %3.',
    '只能为自己设置代理人；为他人设置请管理员办理。':
        "You can only set your own deputy; the administrator sets other people's.",
    '没有用户“%1”，请填写代理人的用户名。':
        "There is no user “%1”; please fill in the deputy's user name.",
    '代理人不能是本人。':
        'You cannot be your own deputy.',
    '代理的结束日期早于开始日期。':
        'The deputising ends before it starts.',
    '%1（%2）在%3分管的%4，不能代理其办理（分管领导的审核等是对本单位工作的把关）。请由其他领导代理。':
        "%1 (%2) is in %4, which %3 oversees, and cannot deputise for him (the overseeing leader's review checks his own units' work). Please have another leader deputise.",
    '没有记录号（id）为 %1 的代理。':
        'There is no deputising with id %1.',
    '只能撤销自己设置的代理。':
        'You can only withdraw a deputising you set.',
    '%1的状态为“%2”，缺少：%3。这一状态只能经办理步骤得到，不能导入或直接登记：请不填状态（或填写此前的状态）导入，再按步骤办理。':
        "The %1's state is “%2”, but it lacks: %3. This state is reached only through the steps and cannot be imported or registered directly: import it without a state (or with the state before), then do the steps.",
    '%1的状态为“%2”，但缺少：%3。状态只能经办理步骤得到；导入往年台账时请在对应列填写这些内容，或不填状态，登记后按步骤办理。':
        "The %1's state is “%2”, but it lacks: %3. A state is reached only through the steps; when importing a past year's ledger, fill these in their columns, or leave the state empty and do the steps after registering.",
    '%1记有他人办理的%2，登记或导入它是代他人录入（代录）：只有管理员和有代录权限的用户可以登记或导入这样的%3，您没有代录权限。请不填%4，登记后按步骤办理；或请有代录权限的用户导入。':
        'The %1 records %2 done by others, so registering or importing it is entering for others: only administrators and users allowed to enter for others may register or import such a %3, and you are not. Leave %4 empty and do the steps after registering, or ask a user who may enter for others to import it.',
    '状态为“%1”，却没有%2：作废的是编号，没有编号的记录不必作废，也不必导入。请填写它作废的%2，或不导入这一行。':
        'The state is “%1” but there is no %2: it is a number that is voided, and a record without one need not be voided or imported. Fill in the %2 it voids, or do not import this row.',
    '没有“%1”这一项。':
        'There is no item “%1”.',
    '事项“%1”已办结，不能再%2。':
        'The item “%1” is closed; it cannot be %2 any more.',
    '交办日期（%1）不能晚于今天。请填写实际交办的日期。':
        'The assignment date (%1) cannot be after today. Please give the date it was actually assigned.',
    '任务时限（%1）不能晚于事项的办结时限（%2）。请改早任务时限，或先延长事项的办结时限。':
        "The task's time limit (%1) cannot be after the item's time limit (%2). Make the task's limit earlier, or first extend the item's limit.",
    '交办日期（%1）不能早于事项的立项日期（%2）。':
        "The assignment date (%1) cannot be before the item's start date (%2).",
    '任务时限（%1）不能早于交办日期（%2）。':
        "The task's time limit (%1) cannot be before the assignment date (%2).",
    '事项的办结时限（%1）已过，不能再按原时限交办。请先用步骤“延期”延长办结时限（写明延期理由），再分解交办。':
        "The item's time limit (%1) has passed; it cannot be assigned under it. First extend the limit with the step “延期” (giving the reason), then assign the tasks.",
    '这项分解任务已被他人修改。您的修改没有保存；请刷新后再改。':
        'Someone else has changed this task. Your changes were not saved; please refresh and change it again.',
    '请填写“牵头单位”。':
        'Please fill in “牵头单位”.',
    '交办日期不能晚于该任务已有的反馈日期。':
        "The assignment date cannot be after the task's feedback dates.",
    '这项分解任务已被他人修改，请刷新后再删除。':
        'Someone else has changed this task; please refresh before deleting it.',
    '%1的任务已办结，不能再反馈。':
        "%1's task is finished; no more feedback can be given.",
    '“进度”应在 0 到 100 之间，现在是 %1。':
        '“进度” must be between 0 and 100; it is %1.',
    '反馈日期（%1）早于事项的立项日期（%2），那时事项还不存在。请检查反馈日期。':
        "The feedback date (%1) is before the item's start date (%2), when the item did not exist yet. Please check the feedback date.",
    '反馈日期（%1）早于任务的交办日期（%2）。':
        "The feedback date (%1) is before the task's assignment date (%2).",
    '反馈日期（%1）不能晚于今天。':
        'The feedback date (%1) cannot be after today.',
    '%1的任务已经办结。':
        "%1's task is already finished.",
    '办结日期（%1）不能晚于今天。':
        'The finishing date (%1) cannot be after today.',
    '重新打开已办结的事项必须写明原因。':
        'Reopening a closed item needs a reason.',
    '事项尚未办结，无需重新打开。':
        'The item is not closed; there is nothing to reopen.',
}
