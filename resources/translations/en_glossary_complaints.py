"""English for the 效能投诉 steps as their declarations name them (core/efficiency/steps_spec.py),
shown by the generic step dialog."""

GLOSSARY = {
    "是这件效能投诉的被投诉人（%1）": "are the person this complaint is about (%1)",
    "所在的%1是这件效能投诉的被投诉单位": "are in %1, the unit this complaint is about",
    "效能投诉%1已登记。您%2，按回避和保护投诉人的规定，这件投诉今后不向您显示，由与投诉无关的工作人员办理。":
        "Complaint %1 is registered. You %2: by the rules of standing aside and of protecting "
        "the complainant, it will not be shown to you from now on; staff unconnected with it "
        "handle it.",
    "核查": "Checking",
    "核查时限（工作日）": "Time for checking (working days)",
    "通知内容": "Notice text",
    "核查情况": "Findings",
    "处理意见": "Remarks",
    "办结时限 %1": "Due by %1",
    "核查时限 %1": "Checking due by %1",
    "交核查单位核查，出具核查通知书；日期为通知日期":
        "Send to a unit for checking and issue the checking notice; the date is the notice's date",
    "核查单位报来的核查情况：属实、部分属实或不属实；日期为核查完成日期":
        "What the checking unit found: true, partly true or untrue; the date is the day checking ended",
    "属实、部分属实的作出处理（效能告诫出具效能告诫书），不属实的不予处理；处理后办结":
        "Decide the action on a complaint found (partly) true (a warning letter for an efficiency "
        "warning); an untrue one gets none; the complaint is then closed",
}
