"""English for the facts of states that sheets now carry (信访 处理/告知/受理/回报/延期/复查复核,
会议 取消原因) and the export's 记录号; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "受理日期": "Accepted on",
    "回报日期": "Reported back on",
    "延期批准人": "Extension approved by",
    "复查复核": "Review or re-examination",
    "复查复核申请日期": "Review requested on",
    "复查复核答复日期": "Review answered on",
    "复查复核意见": "Review opinion",
    "复查申请日期": "First review requested on",
    "复查答复日期": "First review answered on",
    "复查意见": "First review opinion",
    "记录号": "Record ID",
}
