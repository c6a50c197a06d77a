"""English for probe133's strings: the 效能投诉's complainant kept from clerks who do not handle
complaints (the setting naming the section that does, the export's refusal)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "效能投诉：受理投诉的科室": "Complaints: section that handles them",
    "这个科室的工作人员（按岗位所在单位）与领导、管理员可以看到效能投诉的投诉人姓名和联系电话；"
    "其他科员看到的是遮盖后的。留空：只有领导和管理员可以看到。": (
        "The staff of this section (by the unit of their post), leaders and the administrator see "
        "a complaint's complainant and phone in full; other clerks see them masked. Blank: only "
        "leaders and the administrator see them."
    ),
    "您的账号不能导出完整的%1；不加“不遮盖”即可导出遮盖后的数据。": (
        "Your account cannot export %1 in full; export without “unmasked” to get the masked data."
    ),
}
