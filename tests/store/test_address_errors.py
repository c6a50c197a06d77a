"""A wrong database address is said in Chinese with what is wrong: a port that is no number, a
scheme other than a file or postgresql://, an account the server does not have (a server that
trusts the host asks no password: it was told to check the network)."""

from __future__ import annotations

import pytest

from officedesk import cli


def _err(capsys, address: str) -> str:
    assert cli.main(["--db", address, "check"]) == 1
    return capsys.readouterr().err


def test_a_port_that_is_no_number(capsys):
    err = _err(capsys, "postgresql://postgres@127.0.0.1:abc/x")
    assert "端口号" in err and "could not be cast" not in err, err


@pytest.mark.parametrize("address", ["mysql://u@h:5432/x", "oracle://u@h/x"])
def test_a_database_other_than_a_file_or_postgresql(capsys, address):
    err = _err(capsys, address)
    assert "无法识别数据库地址" in err and "postgresql://" in err, err
    assert "driver" not in err, err


@pytest.mark.postgres
def test_an_account_the_server_does_not_have(pg_url, capsys):
    user = pg_url.split("//", 1)[1].split("@", 1)[0]
    err = _err(capsys, pg_url.replace(f"//{user}@", "//nobody_od_test@", 1))
    assert "nobody_od_test" in err and "账号" in err, err
    assert "网络" not in err, err
