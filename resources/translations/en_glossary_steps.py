"""English for the strings of 删除草稿 / 作废 in the registry lists (engineer `steps`)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "删除草稿": "Delete draft",
    "作废…": "Void…",
    "作废": "Void",
    "作废%1": "Void record — %1",  # a registry's English name is plural (Petitions): the record is one
    "作废“%1”（%2）：记录保留并标为已作废，编号记为作废，以后不再使用。":
        "Void “%1” (%2): the record is kept and marked void; its number is recorded as void and never used again.",
    "* 作废原因": "* Reason for voiding",
    "作废原因": "Reason for voiding",
    "删除%1草稿“%2”吗？删除后可在审计记录中查到原内容。":
        "Delete the %1 draft “%2”? Its content stays in the audit trail.",
    "时限：": "Time limit: ",
    "（不填）": "(none)",
    "经办人": "Handled by",
}
