"""English of probe104: words that leave each button of a crowded row an Alt+letter of its own.

A tab's row has up to 20 buttons and 21 free letters (F E G T H are the menus'); the English
words gave too few letters (Q, M, L were in none of them), so some buttons went without."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # 信息: 上报 gives M (“Periodicals” had none left); its state and columns say the same
    "上报": "Submit",
    "已上报": "Submitted",
    "上报级别": "Submitted to",
    "上报时间": "Submitted at",
    # 发文: Q and L for the row
    "退回修改": "Request revision",
    "打印公文": "Print official document",
    # one category a petition has: its column, its field (“By subject category” in the figures);
    # “Subject” gives the 信访 row's button its J (probe121: “Issue” held no free letter)
    "问题类别": "Subject category",
    # 接收's note read “Register the receipt and issue a receipt”
    "登记收到，出具接收回执": "Record the item as received and issue an acknowledgement of receipt",
    "登记收到，出具接收回执（命令行：officedesk print info-receipt）":
        "Record the item as received and issue an acknowledgement of receipt"
        " (command line: officedesk print info-receipt)",
}
