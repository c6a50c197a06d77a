"""English for probe133's strings: the 效能投诉's complainant kept from clerks who do not handle
complaints (the setting naming the section that does, the export's refusal), and the 答复投诉人
step (efficiency/reply.py)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "效能投诉：受理投诉的科室": "Complaints: section that handles them",
    "这个科室的工作人员（按岗位所在单位）与领导、管理员可以看到效能投诉的投诉人姓名和联系电话；"
    "其他科员看到的是遮盖后的。留空：只有领导和管理员可以看到。": (
        "The staff of this section (by the unit of their post), leaders and the administrator see "
        "a complaint's complainant and phone in full; other clerks see them masked. Blank: only "
        "leaders and the administrator see them."
    ),
    "您的账号不能导出完整的%1；不加“不遮盖”即可导出遮盖后的数据。": (
        "Your account cannot export %1 in full; export without “unmasked” to get the masked data."
    ),
    # 答复投诉人 (core.efficiency.reply, its declaration in steps_spec, the page's button)
    "答复投诉人": "Reply to complainant",
    "答复方式": "How replied",
    "答复内容": "Reply",
    "书面": "In writing",
    "当面": "In person",
    "短信": "Text message",
    "留空：已告知投诉人处理结果": "Blank: the complainant was told the outcome",
    "已告知投诉人处理结果": "the complainant was told the outcome",
    "办结后将处理结果告知投诉人（匿名且未留电话的无法答复）；日期为答复日期": (
        "Tell the complainant the outcome once the complaint is closed (an anonymous one with no "
        "phone cannot be answered); the date is the day of the reply"
    ),
    "这件效能投诉已于%1答复投诉人。": "The complainant of this complaint was answered on %1.",
    "这件效能投诉是匿名投诉，未留联系电话，无法答复投诉人。": (
        "This complaint is anonymous and left no phone: the complainant cannot be answered."
    ),
    "答复投诉人要用到投诉人的姓名和联系电话，您的账号看不到。请由%1的工作人员、领导或管理员答复。": (
        "Replying needs the complainant's name and phone, which your account does not see. Ask "
        "the staff of %1, a leader or the administrator to reply."
    ),
    "答复投诉人要用到投诉人的姓名和联系电话，您的账号看不到。请由领导或管理员答复。": (
        "Replying needs the complainant's name and phone, which your account does not see. Ask a "
        "leader or the administrator to reply."
    ),
    "答复方式只能是：%1。": "How replied can only be: %1.",
}
