"""A batch import's check reads what its rows ask alike once for the file, not once a row: in
an office with 逐级负责 in force each signed 发文's 核稿人 and 签发人 are judged as holders of
those steps (who has that 姓名, whom he stands in for, the chain), and a 督查 row's units are
looked up in the 通讯录. Before, each row asked the database again (a dozen queries a 发文 row;
a 1,000-row 督查 file made 10,332 queries): the queries now do not grow with the rows."""

from __future__ import annotations

from typing import Any

import pytest

from officedesk.core import batch
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.store import db as store_db
from tests.staff import STAFF_TODAY


def _signed(i: int) -> dict[str, Any]:
    return {"标题": f"关于第{i}项工作的通知", "文种": "通知", "拟稿单位": "综合处", "拟稿人": "张科员",
            "核稿人": "李处长", "签发人": "孙主任", "签发日期": STAFF_TODAY}


def _queries_of_check(monkeypatch: pytest.MonkeyPatch, spec: Any, rows: list[dict[str, Any]]) -> int:
    opened = store_db.database.obj
    real = opened.execute_sql
    made = []

    def counted(sql: str, *args: Any, **kwargs: Any) -> Any:
        made.append(sql)
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(opened, "execute_sql", counted)
    try:
        prepared, problems = batch.check(spec, rows, CLI_ACTOR)
    finally:
        monkeypatch.setattr(opened, "execute_sql", real)
    assert problems == [] and all(new is not None for new in prepared)
    return len(made)


def test_a_staffed_office_judges_its_signers_once_for_the_file(staffed, monkeypatch):
    few = _queries_of_check(monkeypatch, OUTGOING, [_signed(i) for i in range(3)])
    many = _queries_of_check(monkeypatch, OUTGOING, [_signed(i) for i in range(3, 63)])
    assert many <= few + 2, (few, many)  # the same reads, whatever the rows (before: ~12 a row)


def test_the_rows_of_a_staffed_office_are_still_judged(staffed):
    """Remembered for the file, the holders are still judged: one who holds no 签发 is refused."""
    rows = [_signed(1), {**_signed(2), "签发人": "张科员"}]
    prepared, problems = batch.check(OUTGOING, rows, CLI_ACTOR)
    assert prepared[0] is not None and prepared[1] is None
    assert [p.index for p in problems] == [1] and "张科员" in problems[0].message
