"""Whether a 信息接收回执 can be printed: it states the 接收 recorded, never the printing. Asked
by the paper (printing.info_forms) and by the window's 打印 menu, which greys it out saying why."""

from __future__ import annotations

from typing import Any

from officedesk.core import i18n


def receipt_refusal(item: Any) -> Any | None:
    """Why no 接收回执 can be printed of the item (a text), None when one can."""
    if item.received_at is None:
        return i18n.text("信息“%1”（%2）还没有接收，不能打印接收回执：请先登记“接收”。",
                         item.title, item.number or item.id)
    return None
