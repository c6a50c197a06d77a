"""A workstation knows the changes it made itself by the audit entries its process wrote, not by
the account name: the same account may be logged in on another workstation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from officedesk.core import changes, records, registry
from officedesk.store import db as store_db

ROOT = Path(__file__).resolve().parents[2]


def _other_workstation(db_path: str, *args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "officedesk", *args, "--db", db_path], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=60)


def test_entries_of_this_process_are_marked_its_own(any_db, admin):
    last = changes.latest()
    records.create(registry.get("units"), {"单位名称": "县委办公室"}, admin)
    newest, changed = changes.since_marked(last)
    assert newest > last and changed == {"units": changes.written()}


def test_the_same_account_elsewhere_is_not_this_process(any_db, admin, request):
    """The CLI in another process acts as the same administrator; an entry this process wrote
    and rolled back left its SQLite id free, and the other process's entry takes it."""
    where = request.getfixturevalue("pg_url") if "postgres" in request.node.name else ""
    last = changes.latest()
    with pytest.raises(RuntimeError), store_db.database.atomic():
        records.create(registry.get("units"), {"单位名称": "县委办公室"}, admin)
        raise RuntimeError("the save failed after its audit entry")
    _other_workstation(where or str(store_db.database.obj.database), "add", "units", "单位名称=县财政局")
    _newest, changed = changes.since_marked(last)
    assert changed == {"units": None}
