"""The database proxy every table binds to (store.base); store.db's open_database binds it to
the database it opens. Its own module so that store.db_errors and store.file_guard can read the
open database without importing store.db, which imports them."""

from __future__ import annotations

import peewee

database = peewee.DatabaseProxy()
