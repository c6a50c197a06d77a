"""English for the facts of later states that sheets now carry (发文 档号, 效能投诉 dates, 信息
不采用理由); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "档号": "Archive number",
    "核查通知日期": "Sent for checking on",
    "核查时限": "Checking due",
    "核查完成日期": "Checked on",
    "不采用理由": "Reason for not using",
    "首报的信息编号": "Number of the first report",
}
