"""A petition registered while a holiday change commits (PostgreSQL, two connections): its
deadlines follow the calendar as committed — the registration waits for a change still running
and counts it in, or a change that starts while the registration runs waits for it to commit and
then recomputes it. It kept the old calendar (decide_due 2026-12-25 instead of 12-28), never
corrected: the deadlines were counted before the write, from the table as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, records, settings, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.petitions import spec as S
from tests.calendar_race import change_during_write, write_during_change
from tests.petitions.conftest import ID_ZHANG

pytestmark = pytest.mark.postgres
D = dt.date


def _values() -> dict[str, str]:
    return {"registered_on": "2026-12-01", "form": "来信", "name": "张建国", "id_number": ID_ZHANG,
            "phone": "13812345678", "address": "北京市东城区和平里街道12号", "category": "征地拆迁",
            "content": "反映青河村土地征收补偿款至今未足额发放。", "demand": "足额发放。",
            "region": "青河镇人民政府", "receiver": "刘敏"}


@pytest.fixture
def office(pg_db, fixed_today):
    fixed_today(D(2026, 12, 1))
    settings.put("deadlines.day_kind", "working", CLI_ACTOR)
    old = S.due_after(D(2026, 12, 1), S.LIMIT_DECIDE)
    yield old
    workdays.forget_overrides()


def _new_due() -> dt.date:
    workdays.forget_overrides()
    settings.forget_cache()
    return S.due_after(D(2026, 12, 1), S.LIMIT_DECIDE)


def test_a_change_that_starts_while_a_registration_runs_recomputes_it(office, monkeypatch):
    # held in its transaction, its deadlines counted, while the holidays are entered
    made = change_during_write(lambda: petitions.register_petition(_values(), None, CLI_ACTOR),
                               records, "create", monkeypatch)
    new = _new_due()
    assert new != office  # the change moves this petition's limit
    stored = petitions.get(made.id, CLI_ACTOR)
    assert stored.decide_due == new and stored.next_due == new


def test_a_registration_during_a_change_waits_and_counts_it_in(office, monkeypatch):
    made = write_during_change(lambda: petitions.register_petition(_values(), None, CLI_ACTOR), monkeypatch)
    new = _new_due()
    assert new != office
    assert petitions.get(made.id, CLI_ACTOR).decide_due == new
