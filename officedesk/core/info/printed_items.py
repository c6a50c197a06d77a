"""What an issue printed: at 印发 each item is kept as the issue set it (its edited title and
text, its unit, its place), and its head and 版记 — the 编发单位 and 报/送/发 — as the
periodical's settings gave them (`keep_head`); a reprint of an 印发 issue reads these, not the
records as a later correction left them nor the settings as changed since. An issue still
being edited prints from the records and the settings."""

from __future__ import annotations

import json
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


@dataclass(frozen=True)
class Head:
    unit: str  # 编发单位
    send_up: str  # 报
    send_to: str  # 送
    send_down: str  # 发


def head_of(periodical: Any) -> Head:
    """The periodical's 编发单位 and 报/送/发 as its settings give them now."""
    from officedesk.core.info.periodicals import unit_of

    return Head(unit_of(periodical), periodical.send_up, periodical.send_to,
                periodical.send_down)


# a head's parts in the words of the 简报 (an 印发 entry keeps them so)
HEAD_WORDS = {"unit": "编发单位", "send_up": "报", "send_to": "送", "send_down": "发"}


def head_words(kept_head: str | None) -> dict[str, Any] | None:
    """An issue's `printed_head` in HEAD_WORDS' words (any other key as it is); None for none, or
    one keep_head never wrote (not its JSON object)."""
    try:
        found = json.loads(kept_head) if kept_head else None
    except ValueError:
        return None
    if not isinstance(found, dict):
        return None
    return {HEAD_WORDS.get(str(name), str(name)): value for name, value in found.items()}


def keep_head(issue: Any) -> str:
    """The issue's head as it goes out, for its `printed_head` (in 印发's write transaction)."""
    return json.dumps(asdict(head_of(issue.periodical)), ensure_ascii=False)


def head_to_print(issue: Any) -> Head:
    """The head to print of `issue`: as kept at its 印发, else (being edited, or 印发 before
    heads were kept) as the periodical's settings stand."""
    from officedesk.core.info.periodicals import ISSUED

    kept_head = getattr(issue, "printed_head", None)
    if issue.state == ISSUED and kept_head:
        try:
            return Head(**json.loads(kept_head))
        except (TypeError, ValueError):  # not as keep_head wrote it: the settings, as before
            pass
    return head_of(issue.periodical)
