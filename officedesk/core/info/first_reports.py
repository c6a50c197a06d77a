"""The first report (首报) a 续报 belongs to, read for the actor, and whether it takes a 续报:
only a 突发事件 does, and not once voided — a voided record counts nowhere, and a 续报 of it
would score its unit a 报送 point for an event registered by mistake. A first report above the
actor's clearance is refused as any hidden item is (records.get), saying nothing of it."""

from __future__ import annotations

from typing import Any

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.errors import NotFoundError, PermissionDeniedError
from officedesk.core.info import spec as S


def first_report(item_id: int, actor: Actor) -> Any:
    """The item's first report: itself, or the one its 续报 links to."""
    from officedesk.core.info import SPEC

    first = records.get(SPEC, item_id, actor)
    while first.followup_of:  # a 续报 of a 续报 links to the first report
        first = records.get(SPEC, first.followup_of, actor)
    return first


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
