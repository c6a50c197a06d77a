"""The server stops in the middle of `officedesk demo`: demo commits in several transactions,
so part of the demo data may be written (and demo then refuses to run again). The message says
so and what to do, instead of “这次操作没有写入数据库”."""

from __future__ import annotations

import pytest

from officedesk import cli
from officedesk.demo import petitions
from officedesk.store.db import write_transaction
from tests.pg import server_gone

pytestmark = pytest.mark.postgres


def test_a_server_stop_during_demo_says_part_may_be_written(pg_url, monkeypatch, capsys):
    populate = petitions.populate

    def stopped(size, rng):  # the modules before this one have committed their records
        with write_transaction():  # the server stops while this one writes
            server_gone(monkeypatch)
            return populate(size, rng)

    monkeypatch.setattr(petitions, "populate", stopped)
    assert cli.main(["--db", pg_url, "demo", "--size", "2"]) == 1
    err = capsys.readouterr().err
    assert "没有写入数据库" not in err, err
    assert "一部分" in err and "空数据库" in err, err
