"""The demo office a test asks for (size, seed, day), made once a run and copied after: for the
`demo_filled` fixture (tests/conftest.py) and for module fixtures that need one of the same."""

from __future__ import annotations

import pytest

from officedesk.core import clock
from officedesk.store import db as store_db
from tests.made_once import made_once


def made_demo(path: str, home: str, size: int, seed: int, module: str | None,
              factory: pytest.TempPathFactory) -> None:
    """`demo.populate(size, seed=seed)` into the closed database at `path` (`home` its
    OFFICEDESK_HOME's folder), made once a run (for all its workers) for each size, seed, day
    and settings stored before, and copied after (a demo of 6 took 6–15 s a test; see
    tests/made_once.py). module="documents" fills that demo module alone, as
    officedesk.demo.documents.populate(size, random.Random(seed)) does. Closed after."""
    import importlib
    import random

    from officedesk import demo
    from officedesk.store.models import AppSetting

    def make() -> None:
        store_db.open_database(path)
        if module is None:
            demo.populate(size, seed=seed)
        else:
            importlib.import_module(f"officedesk.demo.{module}").populate(size, random.Random(seed))
        store_db.close_database()

    store_db.open_database(path)
    try:
        stored = tuple(sorted((row.key, row.value) for row in AppSetting.select()))
    finally:
        store_db.close_database()  # closed for the copy, and opened again to make the demo
    made_once(("demo", module, size, seed, clock.today(), stored), [path, home], make,
              lambda: factory.mktemp("demo-office"), workers=factory.getbasetemp())
