"""A test's watch on the write transactions an import begins (its own, the batch's, a create
hook's): each module that calls write_transaction is given a counting one."""

from __future__ import annotations

from typing import Any

from officedesk.core import batch_write
from officedesk.store import db as store_db


def watch_write_locks(monkeypatch: Any, *modules: Any) -> list[str]:
    """Every write transaction begun from now on (the outermost: the lock), through store.db, batch_write, the import and
    `modules` (a registry's own create path)."""
    import officedesk.exchange.importing as importing

    taken: list[str] = []
    real = store_db.write_transaction

    def watched(*args: Any, **kwargs: Any) -> Any:
        if not store_db.database.in_transaction():  # one nested in it is a savepoint: no lock
            taken.append("lock")
        return real(*args, **kwargs)

    for module in (store_db, batch_write, importing, *modules):
        monkeypatch.setattr(module, "write_transaction", watched)
    return taken
