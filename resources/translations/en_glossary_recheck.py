"""English for 复核 of a signed 发文 before its number and 退回复审 to the original signer
(engineer `outgoing-review`); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "已复核": "Re-examined",
    "复审中": "Back with the signer",
    "复核人": "Re-examined by",
    "复核意见": "Re-examination comments",
    "退回复审": "Return to signer",
    "签发后、编号前复核审批手续、内容、文种、格式；需作实质性修改的，请“退回复审”": (
        "After sign-off and before numbering, re-examine the approvals, content, document type and "
        "format; for a substantive change, use “Return to signer”"
    ),
    "复核发现需作实质性修改的，写明修改内容和理由，退回原签批人复审，复审后重新签发": (
        "When re-examination finds a substantive change is needed, state the change and the "
        "reason; the original signer re-reviews it and signs it off again"
    ),
}
