"""What a first report's save carries to its 续报, stated once: the saves apply it
(followup_unit.carry: the 报送单位; followups' LEVEL_HOOKS entry: a 密级 raised), and an import
--update's check before the write lock reads it (RegistrySpec.carries: core.correction_plan),
so a 续报's row corrected in the same file as its 首报 is checked as the 首报's save leaves it."""

from __future__ import annotations

from typing import Any

from officedesk.core import records
from officedesk.core.actor import secrecy_label
from officedesk.core.info import spec as S
from officedesk.core.registry import RegistrySpec
from officedesk.store import compiled
from officedesk.store.info import InfoItem


def unit_moves(before: Any, first: Any) -> bool:
    """Whether the save (`before` → `first`) corrects a first report's 报送单位."""
    return not first.followup_of and first.unit != before.unit


def unit_carried(before: Any, first: Any, later: Any) -> dict[str, Any]:
    """A first report's 报送单位 corrected: a live 续报 under another unit follows it (a 续报 is
    reported by its first report's unit; a voided one counts nowhere)."""
    if not unit_moves(before, first) or later.state == S.VOIDED or later.unit == first.unit:
        return {}
    return {"unit": first.unit}


def level_carried(spec: RegistrySpec, first: Any, later: Any) -> dict[str, Any]:
    """A first report's 密级 raised: a 续报 below it (it carries the first report's title) is
    raised to it, voided or not."""
    level = records.level_of(spec, first)
    return {"secrecy": secrecy_label(level)} if records.level_of(spec, later) < level else {}


def carried(spec: RegistrySpec, before: Any, first: Any, later: Any) -> dict[str, Any]:
    """All that the save of `first` (from `before`) carries to its 续报 `later`: its 密级 when the
    save raises it (records.LEVEL_HOOKS are called then), and its 报送单位."""
    raised = level_carried(spec, first, later) if records.raised(spec, before, first) else {}
    return {**raised, **unit_carried(before, first, later)}


def followups(first_id: int) -> list[InfoItem]:
    """A first report's 续报, voided too, oldest first (read by each save that carries them: its
    statement compiled once)."""
    return compiled.fetch_all_of(InfoItem, "info.carried.followups", first_id,
                                 lambda select, record_id: select.where(InfoItem.followup_of == record_id)
                                 .order_by(InfoItem.id))


def to_followups(before: Any, first: Any) -> dict[int, dict[str, Any]]:
    """RegistrySpec.carries: what the save of a first report (from `before`) carries to each
    of its 续报, by id (those it leaves alone not named)."""
    from officedesk.core.info import SPEC

    if not (unit_moves(before, first) or records.raised(SPEC, before, first)):
        return {}  # (most saves: no 续报 read)
    found = {later.id: carried(SPEC, before, first, later) for later in followups(first.id)}
    return {record_id: values for record_id, values in found.items() if values}
