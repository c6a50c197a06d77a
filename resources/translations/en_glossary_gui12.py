"""English for the twelfth GUI review's fixes: the questions before 恢复按规则排列, 已发通知 and a
unit's rename, and the 取消通知 / 更正通知 named in the preview; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "恢复后按级别重新排列并立即保存，人工调整的座次将丢失。确定恢复吗？":
        "The seats are arranged again by rank and saved at once; the seats adjusted by hand are "
        "lost. Restore the rule's arrangement?",
    "确定会议通知已经发出吗？记为已发后不能撤回：通知内容即固定，此后改动时间或地点，须印发更正通知。":
        "Has the meeting notice been sent? Once recorded as sent this cannot be undone: the "
        "notice is fixed, and a later change of time or place needs a correction notice.",
    "取消通知": "Cancellation notice",
    "更正通知": "Correction notice",
    "单位更名": "Rename unit",
    "%1 个岗位（单位或分管）": "%1 post(s) (unit or in charge)",
    "%1 %2 件": "%1: %2",
    "和": " and ",
    "更名后，使用该单位的%1随之改为新名称。确定把“%2”更名为“%3”吗？":
        "After the rename, what uses this unit changes to the new name: %1. "
        "Rename “%2” to “%3”?",
}
