"""English for the meetings' and documents' rules added by the probe2 pass (core messages, shown
by the window through the context-free fallback)."""

from __future__ import annotations

GLOSSARY = {
    "%1已登记签到，不能从参会人员中删去：签到记录是谁到会的凭据。如登记有误，请先在“登记签到”中把他们填入“未签到”，再修改参会人员。":
        "%1 signed in: they cannot be removed from the meeting's people, as the sign-in is the "
        "record of who attended. If it is wrong, first put them under “Not signed in” in “Record "
        "sign-in sheet”, then change the people.",
    "这项议定事项已经转督查（另一台电脑刚刚办理），本次没有立项。请刷新后查看。":
        "This decision has just been sent to supervision from another computer: no item was made "
        "now. Refresh to see it.",
    "议定事项“%1”刚在另一台电脑上修改或转督查，纪要没有保存。请刷新后重新填写纪要。":
        "The decision “%1” was just changed or sent to supervision on another computer: the "
        "minutes were not saved. Refresh and enter the minutes again.",
    "“%1”（%2）不能晚于现在（%3）。": "“%1” (%2) cannot be later than now (%3).",
    "%1（%2）不能早于送阅时间（%3）。请核对后再办理。":
        "%1 (%2) cannot be before the time it was sent to be read (%3). Check it and try again.",
}
