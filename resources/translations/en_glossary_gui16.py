"""English for the sixteenth GUI review's fixes: the 督查 tab's 延期 and 重新打开 buttons, the
审批链与职务 window's 按审批链把关 choices; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- the 督查 tab: every declared step a button
    "延长事项或其中一项任务的办结时限": "Extend the deadline of the item or of one of its tasks",
    "撤销误录的办结，事项回到办理中": "Undo a closing entered by mistake; the item is in progress again",
    # ---- 审批链与职务: 按审批链把关 (自动 is in en_glossary)
    "是": "Yes",
    "否": "No",
    "经办人：": "Handled by:",
    "代谁录入（纸质件上决定催办的人）": "Recorded for whom (who decided the reminder on paper)",
    "未登记催办（%1）：%2": "No reminder recorded (%1): %2",
}
