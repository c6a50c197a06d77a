"""保密 at import: a row bringing a number that a record above the importer's clearance holds is
refused without telling that such a record exists (README: a classified record is found by no
path) — the number is said to be taken, as --update says “没有…（或您无权查看）”; a number a
record he may see holds is refused naming it, as before."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from officedesk.core import passwords
from tests.cli_office import Office, office  # noqa: F401 (the fixture)

INCOMING = ("收文日期=2026-11-16", "来文机关=市委办公室", "文种=通知", "紧急程度=平件", "份数=1")


@pytest.fixture
def two_numbers(office, monkeypatch):  # noqa: F811
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    office("users", "add", "low", "姓名=吕小低", "角色=科员", "密级=公开")
    hidden = office.json("add", "incoming", *INCOMING, "来文字号=市委办〔2026〕1号",
                         "标题=机密收文", "密级=机密")
    seen = office.json("add", "incoming", *INCOMING, "来文字号=市委办〔2026〕2号", "标题=普通收文")
    return office, hidden["number"], seen["number"]


def _problems(run: Office, tmp_path: Path, number: str, mode: str) -> list[str]:
    from officedesk.core import registry, users
    from officedesk.exchange.importing import import_file
    from officedesk.store import db as store_db

    sheet = tmp_path / f"in-{mode}.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["收文编号", "收文日期", "来文机关", "来文字号", "标题", "文种", "密级"])
    book.active.append([number, "2026-11-16", "某单位", "某〔2026〕1号", "某标题", "通知", "非密"])
    book.save(sheet)
    store_db.open_database(str(run.db))
    try:
        actor = users.actor_for(users.get_user("low"))
        report = import_file(registry.get("incoming"), str(sheet), actor, dry_run=True, on_match=mode)
        return [p.reason for p in report.problems]
    finally:
        store_db.close_database()


def test_a_hidden_record_s_number_is_refused_without_confirming_it(two_numbers, tmp_path):
    run, hidden, seen = two_numbers
    for mode in ("refuse", "add"):
        reasons = _problems(run, tmp_path, hidden, mode)
        assert len(reasons) == 1, reasons
        assert "已被占用" in reasons[0] and hidden in reasons[0]
        assert "已有" not in reasons[0] and "修改已有的那一条" not in reasons[0]
    # one the importer may see is named as the record it is (so the test can fail)
    reasons = _problems(run, tmp_path, seen, "add")
    assert len(reasons) == 1 and "已有收文编号相同的收文" in reasons[0]
