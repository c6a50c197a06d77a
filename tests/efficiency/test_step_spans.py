"""The step-span summary the 效能 figures group: built on first use, caught up after new steps
(only the records they touch), the same spans whichever way it was built."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock
from officedesk.core.efficiency import efficiency, step_spans
from officedesk.core.efficiency import spans as S
from officedesk.store.documents import DocStep
from officedesk.store.step_span import StepSpan, StepSpanMark

from .test_registries import _handled

D = dt.date


def _table() -> list[tuple]:
    return sorted((r.record_id, r.step, r.person, r.start_day, r.end_day)
                  for r in StepSpan.select().where(StepSpan.registry == "incoming"))


def _steps(result):
    return {s["step"]: (s["count"], s["median"]) for s in result["procedures"]["incoming"]["steps"]}


def test_the_summary_is_built_then_caught_up(office, admin):
    first = _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    before = efficiency(admin, D(2025, 10, 1), D(2025, 10, 31))
    mark = StepSpanMark.get(StepSpanMark.registry == "incoming").last_step_id
    assert mark == DocStep.select().order_by(DocStep.id.desc()).first().id
    built = _table()
    # each step after the first of a record, from the day of the step before it
    days = [(s.step, s.at.date().toordinal()) for s in DocStep.select()
            .where(DocStep.record_id == first).order_by(DocStep.id)]
    assert sorted((b[1], b[3], b[4]) for b in built) == sorted(
        (step, days[n][1], day) for n, (step, day) in enumerate(days[1:]))
    second = _handled(D(2025, 10, 13), D(2025, 10, 16), D(2025, 10, 20), "县水利局", limit=1)
    after = efficiency(admin, D(2025, 10, 1), D(2025, 10, 31))
    assert _steps(after)["批办"][0] == _steps(before)["批办"][0] + 1
    caught_up = _table()
    assert [r for r in caught_up if r[0] == first] == built
    assert any(r[0] == second for r in caught_up)
    # rebuilt from nothing (the one-statement build on SQLite): the same rows
    StepSpanMark.delete().execute()
    step_spans.refresh("incoming", S.counted_steps("incoming"))
    assert _table() == caught_up
    assert _steps(efficiency(admin, D(2025, 10, 1), D(2025, 10, 31))) == _steps(after)
    clock.set_today(None)


def test_python_and_sql_builds_agree(office, admin, monkeypatch):
    _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    step_spans.refresh("incoming", S.counted_steps("incoming"))
    in_sql = _table()
    StepSpanMark.delete().execute()
    monkeypatch.setattr(step_spans, "SQL_BUILD", False)
    step_spans.refresh("incoming", S.counted_steps("incoming"))
    assert _table() == in_sql and in_sql
