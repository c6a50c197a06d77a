"""English for probe136's strings: the caution before a 发文's 修改 by a later level's holder,
said for a 代录 clerk too, and the refusal of the 修改 until it is heard; a 会签 answered before
the draft was rewritten."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core.self_check.edit_caution: a clerk recording the 修改 of one who holds a later level
    "注意：“修改”稿件即为拟稿。%3修改后，就是这件%1的拟稿人之一，不能再办理“%2”。仍要由%3“%2”的，请把修改意见交拟稿人，由拟稿人修改。": (
        "Note: editing the draft is drafting it. Once edited, %3 is one of the drafters of this "
        "%1 and may no longer do “%2”. For %3 to do “%2”, give the changes to the drafter to "
        "make."
    ),
    "%1除%4外无人能办理“%2”：%4修改后，须%3，才能继续办理。": (
        "%1 Nobody but %4 can do “%2”: after %4's edit, %3 before it can go on."
    ),
    # core.self_check.heed: the 修改 refused until its caution is heard (the window's form)
    "%1如确要修改，请再点“保存”。": "%1 To edit it all the same, click “Save” again.",
    # the 发文 detail pane's 会签 table: an answer given to the text before a 修改
    "未会签修改后的稿件（退回修改后未再送会签）": (
        "Not countersigned as revised (sent back for revision, not sent for countersigning again)"
    ),
    # core.meetings.past_clashes: a past 台账's meeting held, its clashes kept as recorded
    "往年台账按原样导入：会议已召开，冲突为台账所载": (
        "Imported as the past register has it: the meeting was held, and the clash is the register's"
    ),
    "第 %1 行“%2”：%3": "Row %1 “%2”: %3",
    "%1在 %2 已安排“%3”。": "%1 was booked %2 for “%3”.",
    "%1在本次会议时段（%2）已被占用。": "%1 was taken during this meeting's time (%2).",
    # exchange.notes: the import report's heading of those rows
    "以下各行与其他会议时间冲突，按往年台账原样导入，冲突记入该会议的历史（如系台账录入有误，请核对后修改该会议）：": (
        "These rows clash with other meetings and are taken as the past register has them, the "
        "clash kept in each meeting's history (if the register was typed wrong, check and correct "
        "that meeting):"
    ),
}
