"""A change made on another workstation reaches this window's open list and 工作台 within
about a second, and the list keeps the clerk's selection and the row at its top."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from officedesk.core import records, registry
from officedesk.core.actor import Actor
from officedesk.store import db as store_db
from officedesk.ui.widgets.records_table import RegistryListView

ROOT = Path(__file__).resolve().parents[2]


def _other_workstation(db_path: str, *args: str) -> None:
    """Another program on the same database: the command line in its own process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "officedesk", *args, "--db", db_path], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=60)


def _open_people_list(app_ctx, admin, qtbot, surname: str, count: int):
    """The 人员 list open on `count` people of one unit: (the view, their ids)."""
    people = registry.get("people")
    records.create(registry.get("units"), {"单位名称": "县委办公室"}, admin)
    made = [records.create(people, {"姓名": f"{surname}{i:03d}", "级别": 5}, admin).id for i in range(count)]
    view = RegistryListView(app_ctx, people)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitUntil(lambda: view.model.complete and view.model.rowCount() == count)
    return view, made


def test_another_workstations_change_reaches_the_open_list(app_ctx, admin, qtbot):
    view, made = _open_people_list(app_ctx, admin, qtbot, "张", 60)
    view.table.scrollToBottom()
    top = view.model.record_id_at(view.table.rowAt(0))
    view.select_record(made[-3])
    view.table.scrollTo(view.model.index(view.model.row_of(top), 0), view.table.ScrollHint.PositionAtTop)
    assert view.model.record_id_at(view.table.rowAt(0)) == top
    app_ctx.watch_changes(200)
    assert app_ctx.poll_changes() == []  # nothing new; our own change was announced already

    db_path = str(store_db.database.obj.database)
    _other_workstation(db_path, "add", "people", "姓名=李新来", "级别=1")
    changed_at = time.monotonic()
    qtbot.waitUntil(lambda: view.model.rowCount() == 61, timeout=2000)
    assert time.monotonic() - changed_at < 2.0
    assert view.selected_ids() == [made[-3]]  # still selected
    assert view.model.record_id_at(view.table.rowAt(0)) == top  # still the row at the top
    assert view.search_box.text() == ""


def test_own_changes_are_not_announced_twice(app_ctx, admin, qtbot):
    app_ctx.watch_changes(10_000)
    seen: list[str] = []
    app_ctx.registry_changed.connect(seen.append)
    records.create(registry.get("units"), {"单位名称": "县委办公室"}, app_ctx.actor)
    app_ctx.notify_changed("units")
    assert app_ctx.poll_changes() == [] and seen == ["units"]
    other = Actor(username="li", role="clerk", clearance=0)
    records.create(registry.get("units"), {"单位名称": "县财政局"}, other)
    assert app_ctx.poll_changes() == ["units"]


def test_the_same_accounts_change_on_another_workstation_reaches_the_list(app_ctx, admin, qtbot):
    """Both workstations act as one account (the CLI's): a change made on the other one just
    after this window's own save still reaches the list, and the own save was shown once."""
    view, made = _open_people_list(app_ctx, admin, qtbot, "王", 30)
    people = registry.get("people")
    app_ctx.watch_changes(200)
    announced: list[list[str]] = []
    real_poll = app_ctx.poll_changes
    app_ctx._watch.timeout.disconnect()
    app_ctx._watch.timeout.connect(lambda: announced.append(real_poll()))

    own = records.create(people, {"姓名": "赵本窗", "级别": 2}, app_ctx.actor)
    app_ctx.notify_changed("people")  # this window's save: shown at once
    qtbot.waitUntil(lambda: view.model.rowCount() == 31, timeout=2000)
    view.select_record(made[4])
    qtbot.waitUntil(lambda: len(announced) >= 2, timeout=2000)
    assert all(poll == [] for poll in announced)  # its own save is not announced again

    db_path = str(store_db.database.obj.database)
    _other_workstation(db_path, "add", "people", "姓名=李别处", "级别=1")  # the same account
    changed_at = time.monotonic()
    qtbot.waitUntil(lambda: view.model.rowCount() == 32, timeout=2000)
    assert time.monotonic() - changed_at < 2.0
    assert ["people"] in announced
    assert view.selected_ids() == [made[4]]  # still selected
    assert own.id in {view.model.record_id_at(r) for r in range(view.model.rowCount())}
