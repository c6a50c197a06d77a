"""Schema version 31: an 印发 issue keeps the 编发单位 and 报/送/发 it went out with
(info_issue.printed_head, core.info.printed_items.keep_head), so a reprint shows them and not a
periodical's settings changed since. Issues 印发 before keep none and print the settings as they
stand, as before."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing


def upgrade(db: peewee.Database) -> None:
    add_column_if_missing(db, "info_issue", "printed_head", peewee.TextField(null=True))
