"""English for the texts of session 27's own work (the 答复送达 step and its rules, the find
box's help)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "答复送达": "Reply served",
    "答复送达日期": "Reply served on",
    "送达日期": "Served on",
    "“日期”写信访人收到书面答复（答复意见书，或复查意见书）之日，以送达回证或邮件签收为准；"
    "复查、复核申请的 30 日自此日起算（《信访工作条例》第三十五、三十六条）。未登记的，"
    "自答复之日起算。": (
        "“Date” is the day the petitioner received the written answer (the reply, or the review's "
        "answer), as the proof of service or the post's receipt shows; the 30 days for a review or "
        "re-examination request run from it (《信访工作条例》arts. 35, 36). Not entered, they run from "
        "the day of the answer."
    ),
    "复核意见是终结意见，此后不再受理复查、复核申请，无须登记送达。": (
        "The re-examination's answer is final: no review or re-examination is accepted after it, "
        "so its service need not be entered."
    ),
    "这件信访没有可申请复查、复核的书面答复（尚未答复、转送、不予受理，或复查复核正在办理），"
    "无须登记送达。": (
        "This petition has no written answer a review could be asked of (not answered yet, "
        "transferred, not accepted, or a review under way): there is no service to enter."
    ),
    "送达日期（%1）不能早于%2的答复日期（%3）。": (
        "The service date (%1) cannot be earlier than the day the %2 was given (%3)."
    ),
    "%1申请应在 %2 前提出（自答复之日起计），已超过期限，不予受理。信访人收到书面答复"
    "晚于答复日期的，请先登记“答复送达”，写明其收到之日（以送达回证为准）。": (
        "A %1 request had to be made by %2 (counted from the day of the answer): it is late and "
        "not accepted. If the petitioner received the written answer later than it was given, "
        "enter “Reply served” first with the day he received it (as the proof of service shows)."
    ),
    "收到答复之日起 %1 个工作日内申请复查": (
        "A review may be requested within %1 working days of receiving the reply"),
    "收到复查意见之日起 %1 个工作日内申请复核": (
        "A re-examination may be requested within %1 working days of receiving the review's answer"),
    "收到答复之日起 %1 日内申请复查": "A review may be requested within %1 days of receiving the reply",
    "收到复查意见之日起 %1 日内申请复核": (
        "A re-examination may be requested within %1 days of receiving the review's answer"),
    "%1申请日期（%2）已超过申请期限（%3：自 %4 收到答复之日起 30 日内，《信访工作条例》第三十五"
    "条）：这样的申请不予受理，不能作为%1登记。请核对日期；往年台账中的，请按往年台账导入"
    "（在导入检查中点“按往年台账导入”）。": (
        "The %1 request date (%2) is past its limit (%3: within 30 days of receiving the answer on "
        "%4, 《信访工作条例》art. 35): such a request is not accepted and cannot be entered as a %1. "
        "Check the date; for a past register, import it as one "
        "(in the import check, click “Import as a past register”)."
    ),
    "填了“答复送达日期”，但这件信访没有可申请复查、复核的书面答复（未答复、"
    "转送、不予受理，或已复核终结）：请改正或不填。": (
        "“Reply served on” is filled in, but this petition has no written answer a review could be "
        "asked of (not answered, transferred, not accepted, or closed by a re-examination): correct "
        "it or leave it empty."
    ),
    "“答复送达日期”（%1）不能早于所送达答复的答复日期（%2）。": (
        "“Reply served on” (%1) cannot be earlier than the day the answer served was given (%2)."
    ),
    "“答复送达日期”（%1）不能晚于今天。": "“Reply served on” (%1) cannot be later than today.",
    "%1 到期": "due %1",
    "重建索引": "Search index rebuilt",
}
