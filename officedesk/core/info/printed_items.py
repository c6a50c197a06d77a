"""What an issue printed: at 印发 each item is kept as the issue set it (its edited title and
text, its unit, its place), and a reprint of an 印发 issue reads that, not the records as a
later correction left them. An issue still being edited prints from the records."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from officedesk.store.info import InfoPrintedItem


@dataclass(frozen=True)
class PrintedItem:
    title: str
    content: str
    unit: str


def as_printed(item: Any) -> PrintedItem:
    """An item as the issue sets it: the edited title and text, else the unit's own."""
    return PrintedItem(item.edited_title or item.title, item.edited_content or item.content,
                       item.unit)


def keep(issue_id: int, items: list[Any]) -> None:
    """Keep the items (in the issue's order) as printed. In 印发's write transaction."""
    rows = [{"issue": issue_id, "item": item.id, "position": position, "source": "印发",
             **asdict(as_printed(item))} for position, item in enumerate(items, 1)]
    InfoPrintedItem.delete().where(InfoPrintedItem.issue == issue_id).execute()
    if rows:
        InfoPrintedItem.insert_many(rows).execute()


def kept(issue_id: int) -> list[PrintedItem]:
    """The items an 印发 issue printed, in order ([] for one 印发 before anything was kept)."""
    rows = InfoPrintedItem.select().where(InfoPrintedItem.issue == issue_id).order_by(
        InfoPrintedItem.position)
    return [PrintedItem(r.title, r.content, r.unit) for r in rows]


def to_print(issue: Any, items: list[Any]) -> list[PrintedItem]:
    """The items to print of `issue`: as kept at its 印发, else (being edited, or kept by
    nothing) as the records stand."""
    from officedesk.core.info.periodicals import ISSUED

    if issue.state == ISSUED:
        found = kept(issue.id)
        if found:
            return found
    return [as_printed(item) for item in items]
