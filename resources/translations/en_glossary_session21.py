"""English for the messages of 4 Dec's fourth session: an input of a step used only with some
choice of another (处理's 去向单位 with 转送、交办)."""

GLOSSARY = {
    "%1为“%2”时不填“%3”（只有%4时填写）。请清空“%3”，或改选%1。":
        "With %1 “%2” there is no “%3” (it is filled in only for %4). Clear “%3”, or choose "
        "another %1.",
    "%1为“%2”时填写": "Filled in when %1 is “%2”",
    "系统设置“%1”已被其他管理员改为“%2”（您打开设置时是“%3”）。您的修改都没有保存；请关闭设置后重新打开，再改。":
        "The setting “%1” was changed to “%2” by another administrator (it was “%3” when you "
        "opened the settings). None of your changes were saved: close the settings, open them "
        "again and make your changes.",
    "状态为办结的事项请填写“牵头单位”：办结的是各牵头单位办理的任务，没有交办任务的事项不能办结。":
        "An item whose status is closed needs its “Lead unit”: closing closes the tasks the lead "
        "units handled, and an item with no task assigned cannot be closed.",
    # a draft past 拟稿中 (outgoing_spec.draft_locked): where it is, and what to do to change it
    "正在会签": "Countersigning",
    "正在复审": "Back with the signer",
    "如需改稿，请先“退回修改”。": "To change the draft, first “Return for revision”.",
    "需作实质性修改的，请在复核时“退回复审”，由原签批人复审。":
        "A change of substance: at the recheck, “Return to signer” for the original signer to "
        "review it again.",
}
