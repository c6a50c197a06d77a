"""The papers of a voided (作废) 信访 (README, 作废): the 告知书, the 答复意见书 (each with its
送达回证) and the 转送单/交办单 are addressed outside the office — to the petitioner, to the
承办单位 — and a voided registration must never reach them. Each is refused naming 已作废, the
date and the reason of the 作废 (its step row), and the number; a batch prints the others."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import lifecycle, petitions
from officedesk.core.errors import ProcedureError
from officedesk.printing import batch, forms
from tests.petitions.papers import paper_text

D = dt.date


def _void(record, admin, fixed_today, reason="重复登记"):
    fixed_today(D(2026, 3, 5))
    lifecycle.void_record("petitions", record.id, admin, reason)
    fixed_today(D(2026, 3, 20))  # printed later: the paper names the day of the 作废


def _refusal(name, record, actor) -> str:
    with pytest.raises(ProcedureError) as refused:
        forms.get(name).build([record.id], actor)
    return str(refused.value)


@pytest.fixture
def assigned(register, admin, fixed_today):
    fixed_today(D(2026, 3, 3))
    p = register()
    return petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03",
                            target_unit="青河镇人民政府", report_due="2026-04-10")


@pytest.mark.parametrize("name", ["petition-notice", "petition-transfer"])
def test_the_papers_of_a_voided_petition_are_refused_as_voided(assigned, admin, fixed_today,
                                                                name):
    assert "作废" not in paper_text(name, assigned, admin)  # printable while it stands
    _void(assigned, admin, fixed_today)
    said = _refusal(name, assigned, admin)
    assert "已于2026年3月5日作废" in said and "重复登记" in said
    assert assigned.number in said and "不能再打印" in said


def test_the_reply_of_a_voided_petition_is_refused_as_voided(register, admin, fixed_today):
    fixed_today(D(2026, 3, 4))
    p = register()
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-03-03")
    p = petitions.reply(p.id, p.version, admin, opinion="补偿款已足额发放。", on="2026-03-04")
    assert "答复意见书" in paper_text("petition-reply", p, admin)
    _void(p, admin, fixed_today, reason="同一来访登记了两次")
    said = _refusal("petition-reply", p, admin)
    assert "已于2026年3月5日作废" in said and "同一来访登记了两次" in said
    assert "答复意见书" in said


def test_a_voided_petition_without_a_reply_is_refused_as_voided_first(assigned, admin,
                                                                      fixed_today):
    _void(assigned, admin, fixed_today)
    said = _refusal("petition-reply", assigned, admin)
    assert "已于2026年3月5日作废" in said and "还没有答复意见" not in said


def test_a_batch_of_notices_leaves_out_the_voided_one_and_says_why(
        assigned, register, admin, fixed_today):
    other = register(content="另一件事：村道路灯损坏无人修理，要求尽快修复。")
    other = petitions.decide(other.id, other.version, admin, "直接答复", on="2026-03-03")
    _void(assigned, admin, fixed_today)
    result = batch.build_form_batch("petition-notice", [assigned.id, other.id], admin)
    assert result.pdf and len(result.errors) == 1
    assert "已于2026年3月5日作废" in result.errors[0][2]
