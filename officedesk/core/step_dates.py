"""The one rule of step dates, for every procedure: a step is dated no earlier than the steps
already done on the record. A 成文日期 before the draft it signs, an answer before the request,
a 纪要 before its meeting are no dates at all, and the 效能 figures' spans would run backwards.

Each procedure knows which steps a record has done and when: its history rows and the record's
own dates (an imported 台账 brings them without history). Its step function gives that list and
the new step's day (the --on date, or the step's own date field: 签发日期, 办结日期 …) to
`not_before`, which refuses an earlier day, naming the step and its date. What is no step of
the procedure stays out of the list: dates that set a time limit (时限, 回报期限, 办理时限),
marks made on the side (转督查, 重复件, 催办), and steps that run side by side (the readers'
阅, the units' 会签, the tasks of a 督查 item) for one another."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from officedesk.core import i18n
from officedesk.core.errors import ValidationError

# (the step as the message names it, e.g. 核稿 — "核稿日期" —, and its day or time; None: not done)
Done = tuple[str, "dt.date | dt.datetime | None"]


def day_of(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def latest(done: Iterable[Done]) -> tuple[str, dt.date] | None:
    """The step done last and its day; of equal days, the one listed last."""
    found: tuple[str, dt.date] | None = None
    for label, value in done:
        if value is None:
            continue
        day = day_of(value)
        if found is None or day >= found[1]:
            found = (label, day)
    return found


def not_before(step: str, day: dt.date | dt.datetime | None, done: Iterable[Done], *,
               field: str = "on", what: str = "") -> None:
    """Refuse `day` (the new step's date; None: today, which no earlier step lies after) when it
    is earlier than the latest of the steps `done`. `what` names the date in the message (its
    field's label, e.g. 签发日期; default “<step>日期”)."""
    if day is None:
        return
    found = latest(done)
    if found is None:
        return
    label, last = found
    day = day_of(day)
    if day < last:
        what = what or f"{step}日期"
        raise ValidationError(
            i18n.text("%1（%2）不能早于%3日期（%4）：各步骤按办理顺序，日期不早于前一"
                      "步。请核对%1后再办理。",
                      what, day.isoformat(), label, last.isoformat()), field)
