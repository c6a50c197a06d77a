"""A PostgreSQL server that does not answer (a firewall dropping packets silently on an isolated
network) no longer holds start-up and every command for minutes: each connection, a reconnect
too, has a connect timeout (10 s; an address's own ?connect_timeout= kept), and the clerk is told
which host and port did not answer and what to check. Tested against a local socket that listens
and never answers: no network needed."""

from __future__ import annotations

import socket
import time

import pytest

from officedesk import cli
from officedesk.store import addresses
from officedesk.store.db import make_database


@pytest.fixture
def silent_port():
    """A port that takes the connection (the kernel's backlog) and never says a word."""
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen(8)
        yield listening.getsockname()[1]


def test_every_connection_has_a_connect_timeout(monkeypatch):
    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    params = addresses.postgresql_parameters("postgresql://u:pw@db.example:5432/office")
    assert params["connect_timeout"] == addresses.CONNECT_TIMEOUT == 10
    assert params["keepalives"] == 1
    # the reconnect after a lost server opens its connection with the same parameters
    assert make_database("postgresql://u@10.0.0.5/office").connect_params["connect_timeout"] == 10


def test_the_address_and_libpq_environment_keep_their_own(monkeypatch):
    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    given = addresses.postgresql_parameters("postgresql://u@h/x?connect_timeout=30&keepalives_idle=5")
    assert (given["connect_timeout"], given["keepalives_idle"]) == (30, 5)
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "20")  # libpq reads it when none is passed
    assert "connect_timeout" not in addresses.postgresql_parameters("postgresql://u@h/x")


def test_a_server_that_does_not_answer_is_said_with_its_host_and_port(silent_port, capsys):
    started = time.monotonic()
    code = cli.main(["--db", f"postgresql://u:secret@127.0.0.1:{silent_port}/office?connect_timeout=2",
                     "check"])
    err = capsys.readouterr().err
    assert code == 1 and time.monotonic() - started < 30, err  # not hung: failed at its timeout
    assert f"127.0.0.1 的 {silent_port} 端口" in err and "超时" in err, err
    assert "防火墙" in err and "网络" in err, err
    assert "secret" not in err and "timeout expired" not in err and "Traceback" not in err, err
