"""代理 rows (delegation) edited in the file: a 代理 lets its substitute do the principal's steps
(签发 …) on its days, so one written, stretched or handed to someone else outside the program
is reported by `check`, as a user's row is — each set and end of a 代理 is an audit entry that
now digests the row."""

from __future__ import annotations

import datetime as dt

from officedesk.core import check, positions
from officedesk.store.chain import Delegation


def _rows_said() -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False) if p.kind == check.ROWS]


def test_delegations_set_and_ended_in_the_program_check_clean(staffed):
    kept = positions.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 16), dt.date(2026, 11, 20),
                                    staffed["zhuren"], "出差")
    ended = positions.set_delegation("chuzhang", "kuiyuan", dt.date(2026, 11, 16), dt.date(2026, 11, 18),
                                     staffed["chuzhang"], "学习")
    positions.end_delegation(ended.id, staffed["chuzhang"])
    assert kept.id and check.run_checks(update_anchor=False) == []


def test_a_delegation_written_in_the_file_is_reported(staffed):
    Delegation.create(principal="zhuren", substitute="kuiyuan", start=dt.date(2026, 1, 1),
                      end=dt.date(2026, 12, 31), created_by="admin", updated_by="admin")
    said = _rows_said()
    assert any("代理" in s and "没有任何审计记录" in s for s in said), said


def test_a_delegation_stretched_or_handed_over_in_the_file_is_reported(staffed):
    row = positions.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 16), dt.date(2026, 11, 20),
                                   staffed["zhuren"], "出差")
    Delegation.update(end=dt.date(2027, 11, 20)).where(Delegation.id == row.id).execute()
    said = _rows_said()
    assert any("代理" in s and f"第 {row.id} 条" in s for s in said), said
    Delegation.update(end=dt.date(2026, 11, 20), substitute="kuiyuan").where(Delegation.id == row.id).execute()
    assert any(f"第 {row.id} 条" in s for s in _rows_said())


def test_an_ended_delegation_put_back_in_force_in_the_file_is_reported(staffed):
    row = positions.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 16), dt.date(2026, 11, 20),
                                   staffed["zhuren"], "出差")
    positions.end_delegation(row.id, staffed["zhuren"])
    Delegation.update(active=True).where(Delegation.id == row.id).execute()
    said = _rows_said()
    assert any("代理" in s and f"第 {row.id} 条" in s for s in said), said
