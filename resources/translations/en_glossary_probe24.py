"""English for the texts of probe24's work (the meeting notice 补发 to the people added after
it went out, the 三多 leaders' load by the 签到, a misformed number's hint)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "会议通知（补发）": "Meeting notice (to those added)",
    "补发会议通知": "Notice to those added",
    "会议“%1”已取消，不再补发会议通知。": (
        "The meeting “%1” was cancelled: its notice is no longer sent to anyone."
    ),
    "会议“%1”已召开，不再补发会议通知。": (
        "The meeting “%1” has been held: its notice is no longer sent to anyone."
    ),
    "会议“%1”的通知还没有发出，不需要补发：请打印会议通知，发出后标记“已发通知”。": (
        "The notice of the meeting “%1” has not gone out yet, so there is nobody to send it to "
        "later: print the meeting notice and mark it “Notice sent” once it has gone out."
    ),
    "会议“%1”的时间或地点在通知发出后有改动：请先印发更正通知，送达全部参会人员（包括后来加入的人员）。": (
        "The time or place of the meeting “%1” changed after its notice went out: first issue "
        "the corrected notice to all its people (those added later too)."
    ),
    "会议“%1”的通知发出时还没有记录送达名单，无法判断哪些人员是通知发出后加入的：请核对后打印完整的会议通知送达未收到通知的人员。": (
        "When the notice of the meeting “%1” went out, whom it went to was not recorded yet, so "
        "nothing tells who was added since: please check, and print the whole meeting notice "
        "for those who did not receive it."
    ),
    "会议“%1”的参会人员都已收到会议通知，没有需要补发的人员。": (
        "Everyone of the meeting “%1” has received its notice: there is nobody to send it to."
    ),
    "其中未登记签到": "Of which no sign-in recorded",
    "领导会议负担按期间内已召开会议中本人出席、列席的次数和时长计：登记了签到的会议，只计签到为“已到”的（未登记签到的按缺席，与签到表的应到、实到、缺席一致）；没有登记任何签到的会议，除请假、缺席外均按到会计入（“其中未登记签到”列出这样计入的次数）。": (
        "A leader's meeting load counts the meetings held in the period that he attended as a "
        "member (出席) or non-voting attendee (列席), and their hours: at a meeting whose sign-in "
        "was recorded, only those signed in as present (anyone never marked counts as absent, as "
        "on the sign-in sheet's due/present/absent); at a meeting with no sign-in recorded at "
        "all, everyone not on leave or marked absent counts as attending (“Of which no sign-in "
        "recorded” gives how many were counted so)."
    ),
    "是已作废的号": "is a voided number",
    "是空缺的号": "is a number never issued",
}
