"""What the documents papers share: the office's name, dates in words, each record read with the
actor's clearance, and the signer as a paper shows him (代录 / 代理 marked)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import records, settings
from officedesk.core.actor import Actor
from officedesk.core.documents.common import last_step
from officedesk.core.errors import ValidationError
from officedesk.core.fields import chinese_date
from officedesk.printing.dates import prose_date

SIZE_SMALL4 = 12.0


def org_name() -> str:
    return str(settings.get("org.name") or "")


def when(value: dt.datetime | dt.date | None, with_time: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return prose_date(value) if with_time else chinese_date(value.date())
    return chinese_date(value)


def who_did(registry: str, record_id: int, step: str, name: str, sign: Any = None) -> str:
    """The signer as the paper shows him: who actually did it, marked 代录 or 代理. ``sign``:
    the step's signature row when known (one of several 阅), else the step's last."""
    from officedesk.core import responsibility

    sign = sign or responsibility.last_sign(registry, record_id, step)
    if sign is None or sign.mode not in (responsibility.ENTERED, responsibility.SUBSTITUTE):
        return name
    if sign.mode == responsibility.ENTERED:
        return f"{sign.person or name}（代录）"
    return responsibility.sign_text(sign)


def entry_note(registry: str, record_id: int, step: str, sign: Any = None) -> str:
    """代录: who entered the leader's paper step, when, and the paper's date (a line of its own).
    ``sign``: that step's signature row when known (one of several 阅), else the step's last."""
    from officedesk.core import responsibility

    sign = sign or responsibility.last_sign(registry, record_id, step)
    if sign is None or sign.mode != responsibility.ENTERED:
        return ""
    paper = f"，纸质件日期 {chinese_date(sign.paper_date)}" if sign.paper_date else ""
    # a paper's dates are written out (GB/T 9704 §7.3.5), the time of day beside it
    return f"\n（代录：{sign.actor_name}于 {chinese_date(sign.at.date())} {sign.at:%H:%M} 录入{paper}）"


def step_line(registry: str, record_id: int, step: str, actor: Actor) -> str:
    row = last_step(registry, record_id, step, actor)
    if row is None:
        return ""
    return (f"{who_did(registry, record_id, step, row.person)}    {chinese_date(row.at.date())}"
            + entry_note(registry, record_id, step))


def signed(text: str, registry: str, record_id: int, step: str, actor: Actor) -> str:
    """An opinion with its signature line (name and date) under it, as written on the paper."""
    line = step_line(registry, record_id, step, actor)
    if not text:
        return ""
    return f"{text}\n{' ' * 30}{line}" if line else text


def read_records(spec: Any, ids: Sequence[int], actor: Actor) -> list[Any]:
    if not ids:
        raise ValidationError("请选择要打印的记录。")
    return [records.get(spec, int(i), actor) for i in ids]



def readers_signs(registry: str, record_id: int, step: str) -> dict[str, list[Any]]:
    """A step several people each do once (阅): each person's signature rows, oldest first."""
    from officedesk.core import responsibility

    found: dict[str, list[Any]] = {}
    for row in responsibility.signs(registry, record_id):
        if row.step == step:
            found.setdefault(row.person or row.actor_name, []).append(row)
    return found
