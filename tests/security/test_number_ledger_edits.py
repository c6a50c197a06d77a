"""The number ledger (issued_number) edited in the file: a number's 作废 undone or made up, or
its row deleted, is reported by `check` naming the number — each 作废 of a number is an audit
entry naming it (numbering.void; a restore's 作废编号), so the ledger's 作废 must agree with the
trail."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, lifecycle
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.store.models import IssuedNumber
from tests.tamper import reguard, unguard


def _office(fixed_today) -> dict[int, str]:
    """Four 收文, the second voided: their numbers by seq."""
    fixed_today(dt.date(2026, 3, 2))
    docs = [incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": f"省委发〔2026〕{n}号",
                              "标题": f"关于第{n}项工作的通知", "文种": "通知", "密级": "非密",
                              "份数": "1"}, CLI_ACTOR) for n in (1, 2, 3, 4)]
    lifecycle.void_record("incoming", docs[1].id, CLI_ACTOR, "登记重复")
    assert check.run_checks() == []
    return {row.seq: row.text for row in IssuedNumber.select().where(IssuedNumber.kind == "incoming")}


def _numbers_said(problems) -> list[str]:
    return [p.message for p in problems if p.kind == check.NUMBERS]


def _edited(change) -> list[str]:
    unguard()
    change()
    reguard()
    return _numbers_said(check.run_checks())


def test_a_voided_number_put_back_in_use_is_reported(db, fixed_today):
    numbers = _office(fixed_today)
    said = _edited(lambda: IssuedNumber.update(status="used", void_reason="")
                   .where(IssuedNumber.text == numbers[2]).execute())
    assert any(numbers[2] in s and "作废" in s for s in said), said


def test_a_number_voided_in_the_file_is_reported(db, fixed_today):
    numbers = _office(fixed_today)
    said = _edited(lambda: IssuedNumber.update(status="voided", void_reason="作废")
                   .where(IssuedNumber.text == numbers[3]).execute())
    assert any(numbers[3] in s and "作废" in s for s in said), said


def test_a_voided_numbers_row_deleted_is_reported_by_its_number(db, fixed_today):
    numbers = _office(fixed_today)
    said = _edited(lambda: IssuedNumber.delete().where(IssuedNumber.text == numbers[2]).execute())
    assert any(numbers[2] in s for s in said), said


@pytest.mark.parametrize("seq", [3, 4])
def test_a_used_numbers_row_deleted_is_reported(db, fixed_today, seq):
    numbers = _office(fixed_today)
    said = _edited(lambda: IssuedNumber.delete().where(IssuedNumber.text == numbers[seq]).execute())
    assert any(numbers[seq] in s for s in said), said


def test_numbers_voided_and_reissued_through_the_program_stay_clean(db, fixed_today):
    numbers = _office(fixed_today)
    from officedesk.core import typed_numbers

    with typed_numbers.reissuing("原登记有误，重新使用"):
        typed_numbers.claim_manual("incoming", numbers[2], CLI_ACTOR)
    assert check.run_checks() == []
