"""English for the meetings' and documents' rules added by the probe2 pass (core messages, shown
by the window through the context-free fallback)."""

from __future__ import annotations

GLOSSARY = {
    "%1已登记签到，不能从参会人员中删去：签到记录是谁到会的凭据。如登记有误，请先在“登记签到”中把他们填入“未签到”，再修改参会人员。":
        "%1 signed in: they cannot be removed from the meeting's people, as the sign-in is the "
        "record of who attended. If it is wrong, first put them under “Not signed in” in “Record "
        "sign-in sheet”, then change the people.",
}
