"""English for the twenty-first review's fixes: the joint 上行文 printed with the 主办机关's name
alone; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- 公文 printing: a joint 上行文's crowded 版头
    "排版提示": "Layout note",
    "联合发文机关较多，版头列出全部机关名称时首页放不下标题和正文：发文机关标志只用主办机关名称“%1”"
    "（《党政机关公文处理工作条例》第九条：联合行文时可以单独用主办机关名称），签发人仍按发文机关顺序全部列出。"
    "如需列出全部机关名称，请缩短标题。":
        "Many organs issue this jointly: with every organ's name in the head, page 1 has no room for the "
        "title and the text, so the issuing-organ mark uses the lead organ's name “%1” alone (Regulations "
        "on the Handling of Official Documents of Party and Government Organs, Article 9: a joint document "
        "may use the lead organ's name alone); every signer is still listed in the organs' order. To list "
        "every organ's name, shorten the title.",
    # ---- 岗位设置: a section typed for the first time is confirmed
    "新科室": "New section",
    "确是新科室吗？点“确定”新建；写错了请点“取消”后改正。":
        "Is this really a new section? Click OK to create it; if it is misspelt, click Cancel and correct it.",
    # ---- 工作台: each heading with its count, one string
    "我的待办（%1）": "My to-do (%1)",
    "我已送出、等待办理（%1）": "Sent on, waiting for others (%1)",
}
