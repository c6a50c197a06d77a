"""English for the words the 效能, 信息 and 逐级负责 work shows through core.i18n (choices,
states, column labels, composed texts), found by tests/ui/test_english_everywhere.py."""

GLOSSARY = {
    # 信息报送
    "信息专报": "Special Report",
    "工作动态": "Work Update",
    "每日要情": "Daily Digest",
    "社情民意": "Public Opinion",
    "经验做法": "Good Practice",
    "问题建议": "Problems and Suggestions",
    "特别重大": "Extremely serious",
    "重大": "Serious",
    "较大": "Major",
    "信息批示": "Instruction on information",
    "县": "County",
    "市": "City",
    "省": "Province",
    "中央": "Central",
    "突发事件收到书面报告，计时停止": "Written report of the emergency received; the clock stops",
    # 效能投诉
    "投诉人": "Complainant",
    "投诉内容": "Complaint",
    "投诉方式": "How received",
    "投诉类别": "Complaint type",
    "投诉编号": "Complaint No.",
    "被投诉单位": "Unit complained of",
    "被投诉人": "Person complained of",
    "受理人": "Received by (clerk)",
    "核查单位": "Verifying unit",
    "处理结果": "Disposal",
    "不作为": "Inaction",
    "乱作为": "Misconduct",
    "办事拖拉": "Slow handling",
    "吃拿卡要": "Extortion",
    "态度生硬": "Rudeness",
    "推诿扯皮": "Buck-passing",
    "属实": "Substantiated",
    "部分属实": "Partly substantiated",
    "不属实": "Unsubstantiated",
    "不予处理": "No action",
    "效能告诫": "Efficiency warning",
    "诫勉": "Admonition",
    "通报批评": "Public criticism",
    # 密级, 保管期限
    "永久": "Permanent",
    "定期30年": "30 years",
    "定期10年": "10 years",
    # steps
    "受理告知：%1 前": "Acceptance notice: by %1",
    # notices
    "暂按": "provisional",
}

GLOSSARY.update({
    "%1年": "%1",
    "%1年%2月": "%1-%2",
    "%1年第一季度": "Q1 %1",
    "%1年第二季度": "Q2 %1",
    "%1年第三季度": "Q3 %1",
    "%1年第四季度": "Q4 %1",
})
GLOSSARY.update({
    "%1：%2 前": "%1: by %2",
    "转送交办": "Transfer or assign",
})
GLOSSARY.update({"、": ", "})
GLOSSARY.update({
    # the 效能 overview: each procedure and what its time measures
    "收文": "Incoming",
    "发文": "Outgoing",
    "督查": "Supervision",
    "信访": "Petitions",
    "签收→办结": "receipt → done",
    "拟稿→印发": "drafting → issued",
    "交办→办结": "assigned → done",
    "登记→答复（转送、不予受理：→告知）": "registered → reply (transferred or not accepted: → notice)",
    "登记→办结": "registered → done",
})
GLOSSARY.update({
    # the 工作台's 待办 column and composed item texts
    "三多控制": "Meetings/papers control",
    "初审": "Screening",
    "未按期反馈": "Report not in on time",
    "（未填）": "(not given)",
    "办理时限 ●%1灯": "Time limit ● %1",
    "%1 开会（%2）": "Meeting at %1 (%2)",
    "%1 开会": "Meeting at %1",
    "报名截止 %1": "Registration closes at %1",
    "%1年%2月会议%3次，超过控制目标（每月不超过%4次）": "%1-%2: meetings %3, over the target (at most %4 a month)",
    "%1年%2月会议%3次，超过控制目标（%4次：去年同期%5次×%6）": "%1-%2: meetings %3, over the target (%4: %5 in the same days last year × %6)",
    "%1年%2月发文%3件，超过控制目标（每月不超过%4件）": "%1-%2: documents issued %3, over the target (at most %4 a month)",
    "%1年%2月发文%3件，超过控制目标（%4件：去年同期%5件×%6）": "%1-%2: documents issued %3, over the target (%4: %5 in the same days last year × %6)",
})
GLOSSARY.update({
    "【突发】%1": "[Emergency] %1",
    "%1 %2：%3": "%1 %2: %3",
})
