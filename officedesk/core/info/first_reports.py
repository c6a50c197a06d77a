"""The first report (首报) a 续报 belongs to, read for the actor, and whether it takes a 续报:
only a 突发事件 does, and not once voided — a voided record counts nowhere, and a 续报 of it
would score its unit a 报送 point for an event registered by mistake. A first report above the
actor's clearance is refused as any hidden item is (records.get), saying nothing of it.

The other way round: a first report is not voided while 续报 of it live (`void_refusal`, asked by
core.lifecycle for the window's 作废 and the CLI's `void`): they would go on counting for an event
whose first report counts nowhere. A 续报 of a first report voided before that rule (a database of
an older version) counts nowhere either (`counted`: stats, the ranking, an item's 得分)."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import Any

import peewee

from officedesk.core import pending_records, records, row_undo
from officedesk.core.actor import Actor
from officedesk.core.context_values import bound
from officedesk.core.errors import NotFoundError, PermissionDeniedError
from officedesk.core.i18n import text
from officedesk.core.info import spec as S
from officedesk.store.info import InfoItem

pending_records.FINDS_MADE.add("info")  # a 续报's first report made by an earlier row of the file


def first_report(item_id: int, actor: Actor) -> Any:
    """The item's first report: itself, or the one its 续报 links to."""

    first = _get(item_id, actor)
    while first.followup_of:  # a 续报 of a 续报 links to the first report
        first = _get(first.followup_of, actor)
    return first


def _get(item_id: int, actor: Actor) -> Any:
    """The item (records.get), or the one an earlier row of the file makes, in a check of it
    that writes nothing (core.batch_in_order: made by the actor, so his to see)."""
    from officedesk.core.info import SPEC

    pending = pending_records.by_id("info", item_id)
    return pending if pending is not None else records.get(SPEC, item_id, actor)


_handed_out: contextvars.ContextVar[dict[int, int] | None] = contextvars.ContextVar(
    "followup_titles_handed_out", default=None)


def followup_title(item: Any, actor: Actor) -> str:
    """The title a new 续报 of the item's event starts with: the first report's, numbered after
    the 续报 it has that the actor may see — voided ones too — （续报一）, （续报二）… A 续报 above
    his clearance is not counted: the number would tell him it exists (README, 保密); a title is
    no key, and one cleared for both may retitle the later."""
    from officedesk.core.documents.body import chinese_number
    from officedesk.core.info import SPEC
    from officedesk.core.record_lists import visible_condition

    first = first_report(item.id, actor) if item.followup_of else item
    query = InfoItem.select().where(InfoItem.followup_of == first.id)
    seen = visible_condition(SPEC, actor)
    count = (query.where(seen) if seen is not None else query).count()
    handed = _handed_out.get()
    if handed is not None:  # a batch's rows before this one, not written yet
        count += handed.get(first.id, 0)
    return f"{first.title}（续报{chinese_number(count + 1)}）"


def followed(first: Any) -> None:
    """In a batch's check: a row is a 续报 of `first` — titled or not, it counts for the titles
    of the rows after it, as one by one it was in the database for them. A row refused takes
    none back (core.row_undo), as its savepoint took back its 续报."""
    handed = _handed_out.get()
    if handed is None:
        return
    handed[first.id] = handed.get(first.id, 0) + 1
    row_undo.on_refusal(lambda: handed.__setitem__(first.id, handed[first.id] - 1))


@contextlib.contextmanager
def numbering() -> Iterator[None]:
    """A batch import's check (core.info.report_batch.scope): the titles `followup_title` hands
    out count the 续报 of the rows before, which are written only after every row is checked. A
    check within another (core.batch_in_order: the rows after the batch's) counts on."""
    if _handed_out.get() is not None:
        yield
        return
    with bound(_handed_out, {}):
        yield


def refusal_of(first: Any) -> str | None:
    """Why the first report (read for the actor) takes no 续报, or None."""
    if first.category != S.SUDDEN:
        return "只有突发事件才有续报。"
    if first.state == S.VOIDED:
        return (f"首报（{first.number}）已作废，不能再续报。该事件已重新登记的，请对新登记的首报"
                "续报；尚未登记的，请先登记首报。")
    return None


def followup_refusal(item_id: int, actor: Actor) -> str | None:
    """Why no 续报 may be added to the item's first report now (None: it may), as
    procedure.followup refuses it: what the window asks before it offers 续报."""
    try:
        return refusal_of(first_report(item_id, actor))
    except (NotFoundError, PermissionDeniedError) as refused:
        return refused.message


def counted() -> peewee.Expression:
    """SQL on InfoItem: the items the figures count — not voided, nor a 续报 of a voided first
    report (one voided with its 续报 alive, before `void_refusal` held it)."""
    first = InfoItem.alias()
    voided = first.select(first.id).where(first.state == S.VOIDED)
    return (InfoItem.state != S.VOIDED) & (
        InfoItem.followup_of.is_null() | InfoItem.followup_of.not_in(voided))


def is_counted(item: Any) -> bool:
    """counted() of one item."""
    if item.state == S.VOIDED:
        return False
    return not item.followup_of or not InfoItem.select().where(
        (InfoItem.id == item.followup_of) & (InfoItem.state == S.VOIDED)).exists()


def void_refusal(item: Any, actor: Actor) -> str | None:
    """Why the item may not be voided while 续报 of it live (None: it has none): they are named
    by their 信息编号 as far as the actor may see them. Those above his clearance are neither
    named nor counted (保密: not even that they exist, where one he may see refuses it already);
    when they alone refuse it, he is told who can void them, in words that are the same for one
    as for five."""
    from officedesk.core.info import SPEC

    live = InfoItem.select().where((InfoItem.followup_of == item.id) & (InfoItem.state != S.VOIDED))
    if not live.exists():
        return None
    levels = records.visible_levels(SPEC, actor)
    shown = [f.number or f"id {f.id}" for f in
             (live if levels is None else live.where(levels)).order_by(InfoItem.id)]
    if shown:
        return text("这件首报（%1）还有续报未作废：%2。首报作废后，它的续报仍会计入统计和得分，因此"
                    "不能先作废首报：请作废其续报后再作废首报。续报属于另一事件的，也请先作废，再对"
                    "该事件的首报重新续报。", item.number, "、".join(shown))
    return text("这件首报（%1）还有密级高于您权限的续报未作废。首报作废后，它的续报仍会计入统计和"
                "得分，因此不能先作废首报：请由涉密权限足够的人员作废其续报后再作废首报。",
                item.number)
