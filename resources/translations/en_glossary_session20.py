"""English for the messages of 4 Dec's third session: the 正文 editor's heading keys; an imported
信访's 复查/复核 request judged as the request step judges it."""

GLOSSARY = {
    "取消重复件": "Unmark repeat",
    "如：信访人不同，误标为重复件": "e.g. another petitioner, marked as a repeat by mistake",
    "取消误标的重复件关联，写明理由，历史中留下记录":
        "Take away a repeat mark made by mistake, giving the reason; the history keeps it",
    "这件信访没有标为重复件，无需取消。": "This petition is not marked as a repeat: there is nothing to unmark.",
    "插入%1（在正文中按 Ctrl+%2）": "Insert %1 (Ctrl+%2 in the body)",
    "复核须在复查答复之后申请（《信访工作条例》第三十五条）：请填写此前复查的申请日期、答复日期和复查意见；"
    "往年台账中的，请按往年台账导入（在导入检查中点“按往年台账导入”）。":
        "A re-examination (复核) is asked for only after the review (复查) was answered (art. 35 of "
        "the Regulations on Letters and Visits): fill in the earlier review's request date, answer "
        "date and opinion; for a past register, import it as one "
        "(in the import check, click “Import as a past register”).",
    "%1申请日期（%2）已超过申请期限（%3：自 %4 答复之日起 30 日内，《信访工作条例》第三十五条）：这样的申请不予受理，"
    "不能作为%1登记。请核对日期；往年台账中的，请按往年台账导入（在导入检查中点“按往年台账导入”）。":
        "The %1 request date (%2) is past its time limit (%3: within 30 days of the answer of %4, "
        "art. 35 of the Regulations on Letters and Visits): such a request is not accepted and "
        "cannot be registered as a %1. Check the date; for a past register, import it as one "
        "(in the import check, click “Import as a past register”).",
}
