"""The papers of a voided (作废) 信息 (README, 作废): the 信息接收回执 goes to the reporting unit
and is refused for a voided item, naming 已作废, the date and reason (the voided number's row)
and the number; the 刊物 leaves a voided item out."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info, lifecycle
from officedesk.core.errors import ProcedureError
from officedesk.core.info import procedure
from officedesk.printing import forms
from tests.printing.test_secrecy_marks import pdf_text

D = dt.date


_text = pdf_text  # the papers' words, spaces and line breaks left out


def test_the_receipt_of_a_voided_item_is_refused_as_voided(report, admin, fixed_today):
    fixed_today(D(2026, 6, 23))
    item = report(title="县文旅局探索积分制管理", reported_at="2026-06-22 09:55")
    item = procedure.receive(item.id, item.version, admin, on=D(2026, 6, 22))
    assert "信息接收回执" in _text(forms.get("info-receipt").build([item.id], admin))
    fixed_today(D(2026, 6, 24))
    lifecycle.void_record("info", item.id, admin, "报送单位重复报送")
    fixed_today(D(2026, 7, 1))
    with pytest.raises(ProcedureError) as refused:
        forms.get("info-receipt").build([item.id], admin)
    said = str(refused.value)
    assert "已于2026年6月24日作废" in said and "报送单位重复报送" in said
    assert item.number in said and "《县文旅局探索积分制管理》" in said


def test_an_issue_leaves_a_voided_item_out(report, advance, admin, fixed_today):
    fixed_today(D(2026, 5, 6))
    kept = advance(report(title="县林业局开展防火检查"))
    dropped = advance(report(title="县水利局误报的汛情信息", unit="县水利局"))
    assert kept.issue == dropped.issue
    lifecycle.void_record("info", dropped.id, admin, "内容不实")
    text = _text(forms.get("info-issue").build([kept.issue], admin))
    assert "县林业局开展防火检查" in text and "误报的汛情信息" not in text
    assert info.get(dropped.id, admin).state == "已作废"
