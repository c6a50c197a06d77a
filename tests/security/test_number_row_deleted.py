"""A number whose 编号台账 row (issued_number) was deleted outside the program is still held by
its record: typed by hand with a reason to reissue it (as a 空缺 number may be), it is refused,
without naming it (it may be above the clerk's clearance; `check` names it), instead of going out a second time."""

from __future__ import annotations

import pytest

from officedesk.core import check, typed_numbers
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.typed_numbers import NumberRefused
from officedesk.store.db import database
from officedesk.store.documents import IncomingDoc


def _sign_in(n, number=None):
    values = {"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": f"省委发〔2026〕{n}号",
              "标题": f"第{n}号通知", "文种": "通知", "密级": "非密", "份数": "1"}
    if number:
        values["收文编号"] = number
    return incoming.sign_in(values, CLI_ACTOR)


def test_a_number_held_by_a_record_is_not_reissued_after_its_ledger_row_is_deleted(db, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 3, 2))
    docs = [_sign_in(n) for n in (1, 2, 3)]
    held = docs[1].receive_no
    database.execute_sql(f"delete from issued_number where text = {database.param}", (held,))
    said = " ".join(p.line for p in check.run_checks(update_anchor=False))
    assert f"收文编号“{held}”用在收文第 {docs[1].id} 条记录上，编号台账中却没有它" in said and "缺号" not in said
    with typed_numbers.reissuing("台账中是空号"), pytest.raises(NumberRefused) as refused:
        _sign_in(4, held)
    assert f"收文编号“{held}”已有记录在用，不能重复使用" in str(refused.value)
    assert str(docs[1].id) not in str(refused.value).replace(held, "")  # 保密: which one is not said
    assert IncomingDoc.select().where(IncomingDoc.receive_no == held).count() == 1


def test_a_number_held_by_a_record_is_not_reissued_after_its_ledger_row_is_marked_voided(db, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 3, 2))
    docs = [_sign_in(n) for n in (1, 2, 3)]
    held = docs[1].receive_no
    database.execute_sql(f"update issued_number set status = 'voided' where text = {database.param}", (held,))
    with typed_numbers.reissuing("台账中已作废"), pytest.raises(NumberRefused) as refused:
        _sign_in(4, held)
    assert f"收文编号“{held}”已有记录在用，不能重复使用" in str(refused.value)
    assert IncomingDoc.select().where(IncomingDoc.receive_no == held).count() == 1
