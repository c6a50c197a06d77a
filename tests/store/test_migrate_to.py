"""`officedesk migrate-to postgresql://…` copies a demo office from its SQLite file: every
table, the audit chain and the numbering state; `check` passes on both; the file is untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from officedesk import cli
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import attachments, incoming
from officedesk.store import db as store_db
from officedesk.store.documents import IncomingDoc

pytestmark = pytest.mark.postgres


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_demo_office_moves_to_postgresql(pg_url, tmp_path, capsys):
    source = tmp_path / "office.db"
    assert cli.main(["--db", str(source), "demo", "--size", "3"]) == 0
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 64)  # every byte value: bytea, not text
    store_db.open_database(str(source))
    # a 收文 still taking its scans (one filed or voided keeps those it has: attachments rule)
    document = next(d for d in IncomingDoc.select().order_by(IncomingDoc.id)
                    if attachments.change_refusal(incoming.INCOMING, d) is None)
    attached = attachments.add_attachment(incoming.INCOMING, document.id, scan, CLI_ACTOR)
    store_db.close_database()
    with sqlite3.connect(source) as connection:  # everything in the main file, then leave it be
        connection.execute("pragma wal_checkpoint(truncate)")
        counts = {name: connection.execute(f'select count(*) from "{name}"').fetchone()[0]
                  for (name,) in connection.execute(
                      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
                      "and name not like 'search_fts%'")}
        last_petition = connection.execute("select max(seq) from issued_number where kind = 'petition'").fetchone()[0]
    before = _digest(source)
    capsys.readouterr()

    assert cli.main(["--db", str(source), "migrate-to", pg_url]) == 0, capsys.readouterr().err
    assert "审计链完整" in capsys.readouterr().out
    assert _digest(source) == before  # the SQLite file is untouched

    target = store_db.open_database(pg_url)
    for table, rows in counts.items():
        assert target.execute_sql(f'select count(*) from "{table}"').fetchone()[0] == rows, table
    assert counts["petition"] > 0 and counts["audit_entry"] > 0
    # the attached file's bytes came along: every workstation of the office opens it
    assert attachments.open_attachment(incoming.INCOMING, attached.id, CLI_ACTOR).read_bytes() == \
        scan.read_bytes()
    store_db.close_database()
    assert cli.main(["--db", str(source), "check"]) == 0
    assert cli.main(["--db", pg_url, "check"]) == 0
    capsys.readouterr()

    # the office goes on on PostgreSQL: numbers continue, new ids do not collide, search works
    assert cli.main(["--db", pg_url, "add", "petitions", "登记日期=2026-01-05", "信访形式=来信", "信访人=迁移后",
                     "问题类别=其他", "反映内容=迁移之后登记的第一件", "--json"]) == 0
    added = capsys.readouterr().out
    assert f"-{last_petition + 1:05d}" in added, added
    assert cli.main(["--db", pg_url, "search", "迁移之后", "--json"]) == 0
    assert "迁移后" in capsys.readouterr().out
    assert cli.main(["--db", pg_url, "check"]) == 0

    # a database that already holds records is refused, and nothing is added to it
    assert cli.main(["--db", str(source), "migrate-to", pg_url]) == 1
    assert "已有数据" in capsys.readouterr().err
    assert _digest(source) == before
