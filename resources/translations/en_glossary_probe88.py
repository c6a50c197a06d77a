"""English for probe88: the values and notes core composes in Chinese read in English in the
window (核发's rows, 承办 and 催办 notes, a 催办's reason, an issue's label, 保密期限 N年, the
purposes a full identity is viewed for), and the meeting form's captions with English
mnemonics; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # 核发 (core/documents/dispatch.py row_text), rows joined by "%1；%2"
    "%1 %2份": "%1, %2 copies",
    "%1 %2份（%3–%4）": "%1, %2 copies (nos. %3–%4)",
    "签收 %1 份": "%1 copies received",  # the 签收 row's note
    # the 办理过程 headings of a 公文's detail (ui/documents/page.py: asked under the page's own
    # class, IncomingPage / OutgoingPage, they come from the context-free messages)
    "办理人": "By",
    "办理后状态": "Status after",
    "附件：": "Attachments: ",
    # 收文 承办 / 催办 notes (core/documents/incoming.py)
    "%1主办，时限 %2 个工作日，%3 前办结": "%1 in charge; %2 working day(s), to be concluded by %3",
    "%1主办，%2协办，时限 %3 个工作日，%4 前办结":
        "%1 in charge, %2 assisting; %3 working day(s), to be concluded by %4",
    "请%1抓紧办理": "%1, please handle it promptly",
    "请%1抓紧办理，时限 %2": "%1, please handle it promptly; deadline %2",
    # a 督查 催办's reason (core/supervision/reminders.py)
    "应于 %1 反馈，逾期 %2 天未报": "report due %1, %2 days overdue",
    "剩 %1 天到期": "due in %1 d",
    "批示转督查：督查事项 %1": "Instruction to supervision: supervised item %1",
    # a 督查事项's 关联记录 (core/supervision/sources.py), read back in the history
    "信息批示：%1": "Instruction on information: %1",
    "会议议定事项：%1": "Meeting decision: %1",
    "群众反映：%1": "Public complaint: %1",
    # a 信访 period (core/petitions/spec.py period_text), as a 延期 note keeps it
    "%1日": "%1 days",
    "%1个工作日": "%1 working days",
    "%1，延期后再延长%2": "%1, extended by another %2",
    # an 信息's actions (core/info/procedure.py add_action notes)
    "督查事项 %1": "supervised item %1",
    "不采。%1": "Do not use: %1",
    # 保密期限 written as N年 (core/documents/doc_rules.py term_words)
    "%1年（保密期限）": "%1 years",
    # the statutory terms themselves, as a record's history shows them (doc_rules.STATUTORY_TERMS)
    "10年": "10 years",
    "20年": "20 years",
    "30年": "30 years",
    # why a petitioner's full identity was shown (ui/petitions/tab.py, printing)
    "界面查看": "on screen",
    "查看修改记录": "history",
    # the meeting form's people captions (ui/meetings/dialog.py): a letter of each word
    "出席人员(&A)": "&Attending",
    "列席人员(&L)": "&Non-voting",
    "特邀人员(&G)": "&Invited",
    "旁听人员(&O)": "&Observers",
}
