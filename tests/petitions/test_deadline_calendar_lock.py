"""A petition registered while a holiday change commits (PostgreSQL, two connections): its
deadlines follow the calendar as committed — the registration waits for a change still running
and counts it in, or a change that starts while the registration runs waits for it to commit and
then recomputes it. It kept the old calendar (decide_due 2026-12-25 instead of 12-28), never
corrected: the deadlines were counted before the write, from the table as it was."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from officedesk.core import petitions, records, settings, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.petitions import spec as S
from officedesk.store.db import database
from tests.petitions.conftest import ID_ZHANG

pytestmark = pytest.mark.postgres
D = dt.date
HOLIDAYS = (D(2026, 12, 15), D(2026, 12, 16))
WAIT = 1.5  # long enough for a change that is not held back to commit


def _values() -> dict[str, str]:
    return {"registered_on": "2026-12-01", "form": "来信", "name": "张建国", "id_number": ID_ZHANG,
            "phone": "13812345678", "address": "北京市东城区和平里街道12号", "category": "征地拆迁",
            "content": "反映青河村土地征收补偿款至今未足额发放。", "demand": "足额发放。",
            "region": "青河镇人民政府", "receiver": "刘敏"}


def _in_thread(fn, out: dict[str, object], name: str) -> threading.Thread:
    def run() -> None:
        try:
            out[name] = fn()
        except BaseException as exc:  # noqa: BLE001  (handed to the test)
            out[name] = exc
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _holidays() -> int:
    return sum(workdays.set_override(day, False, "测试", CLI_ACTOR) for day in HOLIDAYS)


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
    reached, go = threading.Event(), threading.Event()
    real = records.create

    def paused(*args, **kwargs):  # the registration, in its transaction, its deadlines counted
        reached.set()
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(records, "create", paused)
    out: dict[str, object] = {}
    registering = _in_thread(lambda: petitions.register_petition(_values(), None, CLI_ACTOR), out, "p")
    assert reached.wait(10)
    changing = _in_thread(_holidays, out, "h")
    changing.join(WAIT)  # held back until the registration commits (or done, unguarded)
    go.set()
    registering.join(10)
    changing.join(10)
    assert not isinstance(out["p"], BaseException), out["p"]
    assert not isinstance(out["h"], BaseException), out["h"]
    new = _new_due()
    assert new != office  # the change moves this petition's limit
    stored = petitions.get(out["p"].id, CLI_ACTOR)  # type: ignore[union-attr]
    assert stored.decide_due == new and stored.next_due == new


def test_a_registration_during_a_change_waits_and_counts_it_in(office, monkeypatch):
    reached, go = threading.Event(), threading.Event()

    def pause(year, actor):  # after the change recomputed, before it commits
        reached.set()
        go.wait(10)
        return 0

    monkeypatch.setattr(workdays, "_recomputers", [*workdays._recomputers, pause])
    out: dict[str, object] = {}
    changing = _in_thread(lambda: workdays.set_override(HOLIDAYS[0], False, "测试", CLI_ACTOR), out, "h")
    assert reached.wait(10)
    workdays.forget_overrides()  # the registration is another program: it knows nothing cached here
    registering = _in_thread(lambda: petitions.register_petition(_values(), None, CLI_ACTOR), out, "p")
    registering.join(WAIT)  # waits for the change (or done, with the old calendar)
    go.set()
    changing.join(10)
    registering.join(10)
    assert not isinstance(out["p"], BaseException), out["p"]
    assert not isinstance(out["h"], BaseException), out["h"]
    new = _new_due()
    assert new != office
    stored = petitions.get(out["p"].id, CLI_ACTOR)  # type: ignore[union-attr]
    assert stored.decide_due == new
