"""The 重复件 link (`repeat_of`) to an original petition, and what of the original is told.

The original may lie above the 密级 of the petition linked to it, or above the clearance of
the person looking. Its number and dates are then never shown (the detail pane, an error) to
someone who may not see it, and never stored (the history, the 不予受理 reason, the audit
summary) where a reader of the new record could not see it: a stored text names the original
only when its 密级 is not above the level every reader of that text has (`named`). The link
itself stays, so that someone cleared can follow it. Linking by hand to an original one may
not see is refused.
"""

from __future__ import annotations

from typing import Any

from officedesk.core import clock, i18n, records, registry, rule_checks
from officedesk.core.actor import Actor, clearance_of
from officedesk.core.errors import (
    NotFoundError,
    ProcedureError,
    ValidationError,
)
from officedesk.core.i18n import text
from officedesk.core.lifecycle import VOIDED
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.petitions import Petition, PetitionStep

HIDDEN = "原件为涉密信访件，您无权查看"
# in texts a colleague may read later: what to do about it
HIDDEN_NOTE = "原件为涉密信访件，请联系有权限的同事核实"
UNLINKED = "取消重复件关联"
LINK_PREFIXES = ("重复件", "标为重复件", UNLINKED)  # link_note's: each with its patterns declared


def level(petition: Any) -> int:
    """A petition's 密级 as a level (0 非密 … 3 绝密)."""
    return records.level_of(registry.get("petitions"), petition)


def readers_level(record_level: int, actor: Actor) -> int:
    """The clearance every reader of a text the actor writes on a record has: the record's own
    readers, and the actor who is shown it at once."""
    return min(record_level, actor.clearance)


def named(original: Petition, readers: int) -> bool:
    """Whether a text for readers of that clearance may name the original."""
    return level(original) <= readers


def original_text(record: Any, actor: Actor) -> str:
    """The detail pane's 重复件 line: “原件 <number>” if the actor may see the original, else
    a neutral text; "" for a petition that is no repeat."""
    if not record.repeat_of:
        return ""
    with guarded("读取"):
        original = Petition.get_or_none(Petition.id == record.repeat_of)
    if original is None:  # deleted since: its id is all there is
        return text("原件 %1", record.repeat_of)
    if not named(original, actor.clearance):
        return HIDDEN
    return text("原件 %1", original.number)


def original_for_link(original_id: int, actor: Actor) -> Petition:
    """The original an actor names for a 重复件 link: it must exist and be within the actor's
    clearance (one may not tie a petition to a matter one may not know). Both refused in the same
    words: one above the clearance is not told apart from one that does not exist (保密: a
    公开 clerk trying ids would learn which are classified)."""
    original = Petition.get_or_none(Petition.id == original_id)
    if original is None or not named(original, actor.clearance):
        raise NotFoundError(i18n.text(
            "要关联的原信访件（%1）不存在，或您无权查看。请核对原件；如确属重复信访而原件您无权查看，"
            "请联系有权限的同事办理。", original_id))
    if original.state == VOIDED:  # registered by mistake: no letter anyone wrote, no original
        raise ValidationError(
            i18n.text("原信访件 %1 已作废（误登记），不能作为原件。请选择信访人真实提出的那一件；"
                      "没有的，本件不标为重复件。", original.number), "repeat_of")
    return original


def originals_of(petition: Any) -> list[int]:
    """The ids up a petition's 重复件 chain: its original, that one's original, … (stops at a
    petition that repeats none, one gone, or one met before)."""
    chain: list[int] = []
    original_id = getattr(petition, "repeat_of", None)
    while original_id is not None and original_id not in chain:
        chain.append(original_id)
        original_id = (Petition.select(Petition.repeat_of).where(Petition.id == original_id)
                       .scalar())
    return chain


def repeat_cycles() -> list[str]:
    """`check`: petitions whose 重复件 links run in a circle (A the original of B, B of A), so
    that none of them is the original. One text per circle."""
    rows: Any = (Petition.select(Petition.id, Petition.repeat_of)
                 .where(Petition.repeat_of.is_null(False)).tuples())
    links: dict[int, int] = dict(rows)
    numbers: dict[int, str] = {}
    done: set[int] = set()
    texts: list[str] = []
    for start in sorted(links):
        path: list[int] = []
        current: int | None = start
        while current is not None and current not in done and current not in path:
            path.append(current)
            current = links.get(current)
        if current is not None and current in path:  # a circle of this walk's own
            circle = path[path.index(current):]
            named: Any = (Petition.select(Petition.id, Petition.number)
                          .where(Petition.id.in_(circle)).tuples())
            for petition_id, number in named:
                numbers[petition_id] = number or f"id {petition_id}"
            shown = " → ".join(numbers[i] for i in [*circle, circle[0]])
            texts.append(text("信访 %1 的重复件关联成环（互为原件，找不到真正的原件）。"
                              "请打开其中标错的一件，重新“标为重复件”到真正的原件。", shown))
        done.update(path)
    return texts


rule_checks.register_link_check(repeat_cycles)


def repeats_of_voided() -> list[str]:
    """`check`: petitions marked 重复件 of one voided since (registered by mistake: no letter
    anyone wrote), which original_for_link refuses now. One text each."""
    original = Petition.alias()
    rows: Any = (Petition.select(Petition.id, Petition.number, original.number)
                 .join(original, on=(Petition.repeat_of == original.id))
                 .where((original.state == VOIDED) & (Petition.state != VOIDED))
                 .order_by(Petition.id).tuples())
    return [text("信访 %1 标为已作废的信访 %2 的重复件：作废的是误登记，不是原件。请打开信访 %1，"
                 "重新“标为重复件”到信访人真正提出的那一件。",
                 number or f"id {pid}", voided) for pid, number, voided in rows]


rule_checks.register_link_check(repeats_of_voided)


def void_refusal(petition: Any, actor: Actor) -> str | None:
    """Why a petition may not be voided while 重复件 are marked to it (None: none are): voided,
    it would be no original, and they would hang on it. Named as far as the actor may see them;
    those above his clearance are neither named nor counted (保密: not even that they exist,
    where one he may see refuses it already); when they alone refuse it, he is told who can
    relink them, in words the same for one as for five."""
    linked = Petition.select(Petition.id, Petition.number, Petition.secrecy).where(
        (Petition.repeat_of == petition.id) & (Petition.state != VOIDED)).order_by(Petition.id)
    rows = list(linked)
    if not rows:
        return None
    shown = [row.number or f"id {row.id}" for row in rows if named(row, actor.clearance)]
    number = petition.number or f"id {petition.id}"
    if shown:
        return text("信访 %1 是信访 %2 的原件：作废后它们将没有原件。请先把它们重新“标为重复件”"
                    "到信访人真正提出的那一件，再作废。", number, "、".join(shown))
    return text("信访 %1 是密级高于您权限的信访的原件：作废后，标为它的重复件的信访将没有原件。"
                "请由涉密权限足够的人员先把那些重复件重新“标为重复件”到信访人真正提出的那一件，"
                "再作废。", number)


def link_note(original: Petition, readers: int, prefix: str = "重复件", reason: str = "") -> str:
    """The stored text of a 重复件 link, for readers of that clearance (`reason`: an unlink's);
    `prefix` one of LINK_PREFIXES, each pattern declared (core.summary_texts)."""
    shown = named(original, readers)
    if reason:
        return (trail_text(prefix + "，原件 %1：%2", original.number, reason) if shown
                else trail_text(prefix + "（%1）：%2", HIDDEN_NOTE, reason))
    return trail_text(prefix + "，原件 %1", original.number) if shown else trail_text(prefix + "（%1）", HIDDEN_NOTE)


def unmark_refusal(record: Any) -> str | None:
    """Why 取消重复件 cannot be done to `record`, or None: only a petition marked so."""
    return None if record.repeat_of else "这件信访没有标为重复件，无需取消。"


def link_repeat(
    petition_id: int, original_id: int | None, expected_version: int, actor: Actor,
    reason: str = "",
) -> Petition:
    """Mark a petition as a 重复件 of an earlier one (None: unlink, for `reason`: the step
    取消重复件). The original must be within the actor's clearance; the history names it only
    where the record's readers may see it."""
    spec = registry.get("petitions")
    with guarded("保存"), write_transaction():
        record = records.get(spec, petition_id, actor)
        summary: str = UNLINKED
        if original_id is None:
            refusal = unmark_refusal(record)
            if refusal is not None:
                raise ProcedureError(refusal)
            was = Petition.get_or_none(Petition.id == record.repeat_of)
            if was is not None:
                summary = link_note(was, readers_level(level(record), actor), UNLINKED, reason.strip())
            elif reason.strip():
                summary = trail_text("取消重复件关联：%1", reason.strip())
        else:
            if original_id == petition_id:
                raise ValidationError("不能把信访件标为它自己的重复件。", "repeat_of")
            original = original_for_link(original_id, actor)
            if original.registered_on > record.registered_on:
                raise ValidationError("原件的登记日期晚于本件，不能作为本件的原件。", "repeat_of")
            if petition_id in originals_of(original):
                raise ValidationError(
                    i18n.text("原件 %1 本身是本件的重复件（直接或经由其他信访件），不能再"
                              "把本件标为它的重复件，否则两件互为原件、找不到真正的原件。如原"
                              "件标错了，请先把它改标为真正原件的重复件。",
                              original.number), "repeat_of")
            summary = link_note(original, readers_level(level(record), actor), "标为重复件")
        PetitionStep.create(  # before the entry, which digests it (core.sub_rows)
            petition=record.id,
            kind="重复件",
            on=clock.today(),
            person=actor.label,
            content=summary,
            created_at=clock.now(),
            created_by=actor.username,
        )
        record = records.save_changes(
            spec,
            record,
            {"repeat_of": original_id},
            expected_version,
            actor,
            action="step",
            summary=summary,
        )
    return record


def values_level(values: dict[str, Any]) -> int:
    """The 密级 level of a petition not yet stored (its parsed values)."""
    field = registry.get("petitions").level_field or ""
    return clearance_of(str(values.get(field) or ""))
