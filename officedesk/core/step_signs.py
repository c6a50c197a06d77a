"""The signature row (StepSign) each performed chain step leaves — 本人, 代录 (recorded for the
person it names), 代理 (done as his substitute) or 退回 — and how it reads on paper and in the
history; 退回 counted for 效能."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import chains, clock, read_once
from officedesk.core.actor import Actor
from officedesk.core.i18n import text
from officedesk.store.chain import StepSign
from officedesk.store.db import guarded

SELF, ENTERED, SUBSTITUTE, RETURNED = "本人", "代录", "代理", "退回"


@dataclass(frozen=True)
class Capacity:
    mode: str  # 本人 / 代录 / 代理
    person: str  # whose step it is (the name printed as signer's principal)
    username: str = ""  # that person's account, when he has one
    position: str = ""


def signs(registry: str, record_id: int) -> list[StepSign]:
    return list(read_once.remembered(("signs", registry, record_id), lambda: _signs(registry, record_id)))


def _signs(registry: str, record_id: int) -> list[StepSign]:
    with guarded("读取办理记录"):
        return list(StepSign.select().where((StepSign.registry == registry)
                                            & (StepSign.record_id == record_id))
                    .order_by(StepSign.id))


class Signature:
    """The signature row of a step being performed (`signing`), written before each audit entry
    the step writes for its record (core.entry_rows) — with the record's state and the step's
    办理过程 row as they stand then —, so the record's last entry of the step digests it
    (core.sub_rows: a signature edited in the file shows in `check`); `done` after the step
    names the entry it wrote."""

    def __init__(self, registry: str, record_id: int, step: str, values: dict[str, Any],
                 state_to: Callable[[], str]) -> None:
        self.registry, self.record_id, self.step = registry, record_id, step
        self._values, self._state_to = values, state_to
        self.row: StepSign | None = None

    def write(self) -> None:
        state_to = self._state_to()
        history = _history_row(self.registry, self.record_id, self.step,
                               self.row.id if self.row is not None else None)
        if self.row is None:
            self.row = StepSign.create(**self._values, state_to=state_to, history_id=history,
                                       at=clock.now())
        elif (self.row.state_to, self.row.history_id) != (state_to, history):  # a later entry
            self.row.state_to, self.row.history_id = state_to, history
            self.row.save(only=[StepSign.state_to, StepSign.history_id])

    def done(self) -> StepSign:
        """After the step (inside its transaction): the row, naming the audit entry it wrote."""
        if self.row is None:  # (a step that wrote no entry of its record: none does)
            self.write()
        assert self.row is not None
        self.row.audit_id = _audit_row(self.registry, self.record_id)
        self.row.save(only=[StepSign.audit_id])  # (not digested: named once the entry is made)
        return self.row


def signing(registry: str, record: Any, step: str, actor: Actor, cap: Capacity, *,
            state_from: str, state_to: Callable[[], str], paper_date: dt.date | None = None,
            returned_to: str = "", reason: str = "", returned_from: str = "") -> Signature:
    """The signature of a step about to run (run it inside `entry_rows.written_with(…,
    Signature.write)`, in the step's transaction); a 退回 names the step it was sent back from
    (`returned_from`, read by `waiting_step` before the step ran)."""
    returned_to = returned_to or chains.RETURN_STEPS.get((registry, step), "")
    # a 退回 recorded for the holder (代录) or done as his 代理 says so, like any other step
    marked = cap.mode in (ENTERED, SUBSTITUTE) and bool(cap.person)
    return Signature(registry, record.id, step, {
        "registry": registry, "record_id": record.id, "step": step,
        "mode": RETURNED if returned_to and not marked else cap.mode,
        "actor": actor.username, "actor_name": actor.label, "person": cap.person,
        "person_username": cap.username or None, "position": cap.position,
        "paper_date": paper_date, "returned_to": returned_to,
        "returned_from": returned_from if returned_to else "", "reason": reason,
        "state_from": state_from}, state_to)


def is_return(registry: str, step: str) -> bool:
    return step == RETURNED or (registry, step) in chains.RETURN_STEPS


def _audit_row(registry: str, record_id: int) -> int | None:
    """The audit entry this step just wrote for the record (the newest), for the history."""
    from officedesk.store.models import AuditEntry

    row = (AuditEntry.select(AuditEntry.id).where((AuditEntry.registry == registry)
                                                  & (AuditEntry.record_id == record_id))
           .order_by(AuditEntry.id.desc()).first())
    return row.id if row is not None else None


def _history_row(registry: str, record_id: int, step: str, own: int | None = None) -> int | None:
    """The record's 办理过程 row this step just wrote (its id), to mark it 代录 / 代理 (`own`:
    the step's signature row, written already)."""
    if registry == "petitions":  # the newest 办理 row no earlier signature has claimed
        from officedesk.store.petitions import PetitionStep

        newest = (PetitionStep.select(PetitionStep.id).where(PetitionStep.petition == record_id)
                  .order_by(PetitionStep.id.desc()).first())
        claimed = StepSign.select().where((StepSign.registry == registry)
                                          & (StepSign.history_id == newest.id)
                                          & (StepSign.id != (own or 0))).exists() \
            if newest is not None else True
        return None if claimed or newest is None else newest.id
    if registry not in ("incoming", "outgoing"):
        return None
    from officedesk.store.documents import DocStep

    row = (DocStep.select(DocStep.id).where((DocStep.registry == registry)
                                            & (DocStep.record_id == record_id)
                                            & (DocStep.step == step))
           .order_by(DocStep.id.desc()).first())
    return row.id if row is not None else None


def history_marks(registry: str, record_id: int) -> dict[int, str]:
    """办理过程 row id -> how it was done when not by the holder himself: （代录：周文书）."""
    marks: dict[int, str] = {}
    for row in signs(registry, record_id):
        if row.history_id and row.mode == ENTERED:
            marks[row.history_id] = text("（代录：%1）", row.actor_name)
        elif row.history_id and row.mode == SUBSTITUTE:
            marks[row.history_id] = text("（代理%1）", row.person)
    return marks


def audit_marks(registry: str, record_id: int) -> dict[int, str]:
    """audit entry id -> how its step was done when not by the holder himself (sign_text)."""
    return {row.audit_id: sign_text(row) for row in signs(registry, record_id)
            if row.audit_id and row.mode in (ENTERED, SUBSTITUTE)}


def signer(registry: str, record_id: int, step: str, name: str = "", *,
           undone_by: str = "") -> str:
    """Who did the step as a paper shows it: the name, or 代录 / 代理 with who, when and the
    paper's date (sign_text); `name` when the step left no signature, or when a later
    `undone_by` step (a 督查事项's 重新打开 of its 办结) undid it."""
    row = last_sign(registry, record_id, step)
    if row is None:
        return name
    undone = undone_by and last_sign(registry, record_id, undone_by)
    if undone and undone.id > row.id:
        return name
    return sign_text(row) if row.mode in (ENTERED, SUBSTITUTE) else (row.actor_name or name)


def sign_text(row: StepSign) -> str:
    """How a signature reads on paper and in the history: 王主任（代录：文书李四 2026-11-20）.
    A composed text (i18n.text): the interface shows it in its language."""
    back: str = text(" 退回至“%1”：%2", row.returned_to, row.reason) if row.returned_to else ""
    if row.mode == ENTERED:
        paper: str = text("，纸质件日期 %1", row.paper_date.isoformat()) if row.paper_date else ""
        return text("%1（代录：%2 %3%4）%5", row.person or text("（未注明）"), row.actor_name,
                    f"{row.at:%Y-%m-%d %H:%M}", paper, back)
    if row.mode == SUBSTITUTE:
        return text("%1（代理%2）%3", row.actor_name, row.person, back)
    if row.mode == RETURNED:
        return text("%1%2", row.actor_name, back)
    return row.actor_name


def last_sign(registry: str, record_id: int, step: str) -> StepSign | None:
    with guarded("读取办理记录"):
        return (StepSign.select().where((StepSign.registry == registry)
                                        & (StepSign.record_id == record_id)
                                        & (StepSign.step == step))
                .order_by(StepSign.id.desc()).first())


def returns_made(registry: str | None = None, since: dt.date | None = None) -> Any:
    """The 退回 signatures as a query of (registry, record id, step, returned_from,
    returned_to, day): `day` is the day the return was made — its 办理过程 row's (the date
    given with --on or in the window), else the paper's date (代录), else the day it was
    entered — as `spans.day` gives it (SQLite text, a PostgreSQL date). `since`: no return
    entered before that day is read (a return is never dated after it was entered); the
    caller still compares `day`, as a step may be entered days after it was made."""
    from officedesk.core.efficiency.spans import day
    from officedesk.store.documents import DocStep
    from officedesk.store.petitions import PetitionStep

    made = peewee.fn.COALESCE(day(DocStep.at), day(PetitionStep.on), day(StepSign.paper_date),
                              day(StepSign.at))
    query = (StepSign.select(StepSign.registry, StepSign.record_id, StepSign.step,
                             StepSign.returned_from, StepSign.returned_to, made)
             .join(DocStep, peewee.JOIN.LEFT_OUTER,
                   on=(DocStep.id == StepSign.history_id)
                   & StepSign.registry.in_(["incoming", "outgoing"]))
             .switch(StepSign)
             .join(PetitionStep, peewee.JOIN.LEFT_OUTER,
                   on=(PetitionStep.id == StepSign.history_id)
                   & (StepSign.registry == "petitions"))
             .where(StepSign.returned_to != ""))
    if registry:
        query = query.where(StepSign.registry == registry)
    if since:
        # a day's margin: the entry time and the step's day need not share a clock's zone
        query = query.where(StepSign.at >= dt.datetime.combine(since - dt.timedelta(days=1),
                                                               dt.time()))
    return query.order_by(StepSign.id)
