"""Corrections of a registered petition (core.corrections): the 登记日期 the deadlines run from,
and the petitioner's identity, which the petitioner list keeps (`petitioners_of`: papers and
repeat detection read it) as well as the petition's row."""

from __future__ import annotations

from typing import Any

from officedesk.core import clock, corrections, step_dates
from officedesk.core.actor import Actor
from officedesk.core.petitions import deadlines, procedure, registration
from officedesk.core.petitions import spec as S
from officedesk.core.registry import RegistrySpec

# names of a joint letter's petitioners, as a cell of the sheet lists them
SPLIT = ("、", "，", ",", ";", "；")


def later_steps(record: Any) -> list[step_dates.Done]:
    """The steps after 登记, which the 登记日期 may not come after."""
    return [(step, day) for step, day in procedure._steps_done(record) if step != "登记"]


def overdue_now(record: Any) -> bool:
    return deadlines.overdue_on(record, clock.today())


def correct_petitioners(record: Any, values: dict[str, Any], actor: Actor) -> Any:
    """The first petitioner's fields (姓名 — a list of names for a joint letter —, 身份证号,
    电话, 住址 …) written through the petitioner list, which writes the petition's row too."""
    people = [
        {key: getattr(p, key) for key in S.PETITIONER_KEYS}
        for p in registration._petitioners_of(record.id)
    ]
    values = dict(values)
    if "name" in values:
        names = [str(values.pop("name") or "")]
        for sep in SPLIT:
            names = [part for n in names for part in n.split(sep)]
        names = [n.strip() for n in names if n.strip()] or [""]
        people = [
            {**(people[i] if i < len(people) else {}), "name": name}
            for i, name in enumerate(names)
        ]
    people[0].update({k: ("" if v is None else v) for k, v in values.items()})
    return registration.update_petitioners(record.id, people, record.version, actor)


def install(spec: RegistrySpec) -> None:
    spec.correction_checks.append(
        corrections.clock_start("registered_on", "登记日期", later_steps, overdue_now))
    spec.correction_route = (frozenset(S.PETITIONER_KEYS), correct_petitioners)
