"""The number ledger (issued_number) edited in the file beyond its 作废: which record holds a
number (registry, record_id), the number's text, its sequence, its kind or its status, and the
作废's reason and who voided it. Each number is named in the audit trail where it was given (the
record's entry: 签收, 登记, 发文 编号 … under its label), voided (numbering.void), reissued
(--reissue) or lost with a restore, so `check` judges the ledger's row by that entry and names
the number."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, lifecycle, typed_numbers
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.store.models import IssuedNumber
from tests.tamper import reguard, unguard


def _sign_in(n: int, number: str | None = None):
    values = {"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": f"省委发〔2026〕{n}号",
              "标题": f"关于第{n}项工作的通知", "文种": "通知", "密级": "非密", "份数": "1"}
    if number:
        values["收文编号"] = number
    return incoming.sign_in(values, CLI_ACTOR)


def _office(fixed_today) -> list:
    """Five 收文, the second voided and its number reissued to the fifth; a sixth with a
    free-form 收文编号 (no sequence: its row is the only trace the ledger keeps of it)."""
    fixed_today(dt.date(2026, 3, 2))
    docs = [_sign_in(n) for n in (1, 2, 3, 4)]
    lifecycle.void_record("incoming", docs[1].id, CLI_ACTOR, "登记重复")
    with typed_numbers.reissuing("原登记有误，重新使用"):
        docs.append(_sign_in(5, docs[1].receive_no))
    docs.append(_sign_in(6, "机要外收A-17"))
    assert check.run_checks() == []
    return docs


def _said(change) -> str:
    unguard()
    change()
    reguard()
    return "\n".join(p.message for p in check.run_checks(update_anchor=False) if p.kind == check.NUMBERS)


def _set(number: str, **values):
    return lambda: IssuedNumber.update(**values).where(IssuedNumber.text == number).execute()


def test_a_number_moved_to_another_record_is_reported(any_db, fixed_today):
    docs = _office(fixed_today)
    said = _said(_set(docs[2].receive_no, record_id=docs[3].id))
    assert docs[2].receive_no in said and f"第 {docs[3].id} 条" in said, said


def test_two_numbers_swapped_between_records_are_both_reported(any_db, fixed_today):
    docs = _office(fixed_today)

    def swap():
        IssuedNumber.update(record_id=docs[3].id).where(IssuedNumber.text == docs[2].receive_no).execute()
        IssuedNumber.update(record_id=docs[2].id).where(IssuedNumber.text == docs[3].receive_no).execute()

    said = _said(swap)
    assert docs[2].receive_no in said and docs[3].receive_no in said, said


def test_a_number_given_to_no_record_is_reported(any_db, fixed_today):
    docs = _office(fixed_today)
    said = _said(_set(docs[2].receive_no, record_id=None, registry=""))
    assert docs[2].receive_no in said, said


def test_a_number_put_on_another_registry_is_reported(any_db, fixed_today):
    docs = _office(fixed_today)
    said = _said(_set(docs[2].receive_no, registry="outgoing"))
    assert docs[2].receive_no in said, said


def test_a_numbers_text_rewritten_is_reported(any_db, fixed_today):
    docs = _office(fixed_today)
    said = _said(_set(docs[2].receive_no, text="收〔2026〕33号"))
    assert "收〔2026〕33号" in said, said


def test_two_rows_renumbered_in_the_sequence_are_reported(any_db, fixed_today):
    docs = _office(fixed_today)
    third, fourth = (IssuedNumber.get(IssuedNumber.text == d.receive_no) for d in docs[2:4])

    def renumber():
        IssuedNumber.update(seq=-99).where(IssuedNumber.id == fourth.id).execute()
        IssuedNumber.update(seq=fourth.seq).where(IssuedNumber.id == third.id).execute()
        IssuedNumber.update(seq=third.seq).where(IssuedNumber.id == fourth.id).execute()

    said = _said(renumber)
    assert docs[2].receive_no in said and docs[3].receive_no in said, said


def test_a_reissued_number_put_back_on_its_voided_record_is_reported(any_db, fixed_today):
    docs = _office(fixed_today)
    said = _said(_set(docs[1].receive_no, record_id=docs[1].id))
    assert docs[1].receive_no in said, said


@pytest.mark.parametrize("status", ["used", "manual"])
def test_a_reissued_number_marked_as_issued_once_is_reported(any_db, fixed_today, status):
    docs = _office(fixed_today)
    said = _said(_set(docs[1].receive_no, status=status, void_reason=""))
    assert docs[1].receive_no in said and "重新使用" in said, said


def test_a_number_marked_reissued_in_the_file_is_reported(any_db, fixed_today):
    docs = _office(fixed_today)
    said = _said(_set(docs[2].receive_no, status="reissued"))
    assert docs[2].receive_no in said and "重新使用" in said, said


def test_a_voided_numbers_reason_and_voider_rewritten_are_reported(any_db, fixed_today):
    docs = _office(fixed_today)
    lifecycle.void_record("incoming", docs[3].id, CLI_ACTOR, "来文单位撤回")
    assert check.run_checks() == []
    said = _said(_set(docs[3].receive_no, void_reason="领导同意", voided_by="someone"))
    assert docs[3].receive_no in said and "领导同意" in said and "来文单位撤回" in said, said
    assert "someone" in said, said


def test_a_free_form_numbers_row_deleted_is_reported(any_db, fixed_today):
    docs = _office(fixed_today)
    said = _said(lambda: IssuedNumber.delete().where(IssuedNumber.text == "机要外收A-17").execute())
    assert "机要外收A-17" in said and f"第 {docs[5].id} 条" in said, said


def test_a_row_of_a_kind_the_program_never_issues_is_reported(any_db, fixed_today):
    _office(fixed_today)
    said = _said(_set("机要外收A-17", kind="archive"))
    assert "机要外收A-17" in said, said


def test_a_number_a_restore_voided_put_on_a_record_is_reported(any_db, fixed_today, tmp_path):
    """The numbers issued after a backup are voided by its restore, on no record (the restore's
    作废编号); one hung on a record in the file shows."""
    if not str(getattr(any_db, "database", "")).endswith(".db"):
        pytest.skip("a restore is SQLite's (PostgreSQL's is pg_restore, then officedesk restored)")
    from officedesk.core import backups

    fixed_today(dt.date(2026, 3, 2))
    first = _sign_in(1)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    lost = [_sign_in(n).receive_no for n in (2, 3)]
    assert backups.restore(CLI_ACTOR, copy).voided == lost
    assert check.run_checks() == []
    said = _said(_set(lost[0], registry="incoming", record_id=first.id))
    assert lost[0] in said and "不在任何记录上" in said, said
