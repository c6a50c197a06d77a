"""A 续报 is reported by its first report's 报送单位 (followups._follows: the 信息工作通报 scores by
报送单位, and a 续报 under another unit would score that unit a 报送 point on another's event);
a correction keeps it so, whatever path it takes (the window's 修改, `officedesk edit`,
`import --update`: records.update).

- A 续报's 报送单位 is corrected only to its first report's (`check`): a wrong unit is the first
  report's to correct.
- A first report's 报送单位 corrected carries its live 续报 along in the same transaction
  (`carry`), each by a correction of its own (records.update: its rules, its locks, one audit
  entry each). One that cannot be — scored (corrected: it keeps its unit), or above the
  corrector's clearance (neither named nor counted) — refuses the whole correction beforehand.
  Voided 续报 stay as they are: they count nowhere."""

from __future__ import annotations

from typing import Any

from officedesk.core import correction_plan, corrections, records
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.info import carried
from officedesk.core.info import spec as S
from officedesk.core.record_guards import level_of
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.store.info import InfoItem


def _live(first: Any, unit: str) -> list[InfoItem]:
    """The first report's live 续报 not yet under `unit` (a 续报 of a 续报 links to the first)."""
    return list(InfoItem.select().where((InfoItem.followup_of == first.id)
                                        & (InfoItem.state != S.VOIDED) & (InfoItem.unit != unit))
                .order_by(InfoItem.id))


def carry_refusal(spec: RegistrySpec, first: Any, unit: str, actor: Actor) -> str | None:
    """Why the first report's 报送单位 may not be corrected to `unit` by the actor for its 续报
    (None: each may follow): those he may see are named. Those above his clearance are neither
    named nor counted (保密: not even that they exist, where one he may see refuses it already);
    when they alone refuse it, he is told who can correct it, in words the same for one as for
    five."""
    blocked, hidden = [], False
    for later in _live(first, unit):
        if level_of(spec, later) > actor.clearance:
            hidden = True
            continue
        locks = corrections.locks(spec, later, actor)
        if corrections.ALL in locks or "unit" in locks:
            blocked.append(later.number or f"id {later.id}")
    if blocked:
        return text("首报（%1）的报送单位不能改为“%2”：续报由首报的报送单位报送，更正首报时它的续报随之"
                    "更正，但续报 %3 已计分（信息工作通报排名）或已编入印发的刊物，报送单位不能再更正，"
                    "确有错误的，请在信息工作通报中说明。", first.number, unit, "、".join(blocked))
    if hidden:
        return text("首报（%1）的报送单位不能改为“%2”：续报由首报的报送单位报送，更正首报时它的续报随之"
                    "更正，但它有密级高于您权限的续报，请由涉密权限足够的人员更正首报的报送单位。",
                    first.number, unit)
    return None


def check(record: Any, values: dict[str, Any], actor: Actor) -> None:
    """A correction check (RegistrySpec.correction_checks) of a 报送单位."""
    from officedesk.core.info import SPEC

    unit = values.get("unit")
    if not unit or unit == record.unit:
        return
    if not record.followup_of:
        refused = carry_refusal(SPEC, record, unit, actor)
        if refused:
            raise ValidationError(refused, "unit")
        return
    first = S.first_as_checked(record.followup_of)  # as an earlier row of the file corrects it
    if first is None or unit == first.unit:
        return
    if level_of(SPEC, first) <= actor.clearance:
        refused = text("续报的报送单位随首报：首报（%1）的报送单位是“%2”，续报不能改为“%3”。"
                       "报送单位有误的，请更正首报的报送单位，它的续报随之更正。", first.number, first.unit, unit)
    else:  # a first report above the clerk's clearance is not named
        refused = text("续报的报送单位随首报：首报的报送单位不同，续报不能改为“%1”。"
                       "报送单位有误的，请更正首报的报送单位，它的续报随之更正。", unit)
    raise ValidationError(refused, "unit")


def carry(before: Any, record: Any, actor: Actor) -> None:
    """After a save (RegistrySpec.after_change): a first report's 报送单位 changed, its live 续报
    are corrected to it (carried.unit_carried), each by records.update (refused as `check`
    refuses beforehand)."""
    from officedesk.core.info import SPEC

    if not carried.unit_moves(before, record):
        return
    for later in carried.followups(record.id):
        values = carried.unit_carried(before, record, later)
        if not values:
            continue
        raw = {SPEC.field("unit").label: values["unit"]}
        summary = trail_text("随首报（%1）更正报送单位：%2 → %3", record.number, later.unit, values["unit"])
        checked = correction_plan.checked_carry(SPEC, later, raw)  # by an import, before the lock
        if checked is not None:
            records.save_correction(SPEC, checked, later.version, actor, summary=summary)
        else:
            records.update(SPEC, later.id, raw, later.version, actor, summary=summary)


def install(spec: RegistrySpec) -> None:
    spec.correction_checks.append(check)
    spec.after_change.append(carry)
