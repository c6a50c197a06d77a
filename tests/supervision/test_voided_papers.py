"""The papers of a voided (作废) 督查事项 (README, 作废): the 督查事项交办单 and the 督查催办通知单
go out to the units, and a voided item must never reach them: each is refused naming 已作废, the
date and the reason (the voided number's row: a 督查 作废 is no step), and the number. The
督查通报 counts and names no voided item."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core import lifecycle
from officedesk.core import supervision as sv
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.printing import forms
from officedesk.store.models import IssuedNumber
from officedesk.store.supervision import SupervisionItem

D = dt.date


@pytest.fixture
def voided_item(db, admin, fixed_today):
    fixed_today(D(2026, 11, 2))
    item = sv.create_item({"事项名称": "误登记的调研事项", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-11-02", "办结时限": "2026-11-20"}, admin)
    fixed_today(D(2026, 11, 4))
    lifecycle.void_record("supervision", item.id, admin, "与督2026号事项重复")
    fixed_today(D(2026, 12, 1))
    return sv.get_item(item.id, admin)


def _refusal(name, ids, actor, **options) -> str:
    with pytest.raises(ProcedureError) as refused:
        forms.get(name).build(ids, actor, **options)
    return str(refused.value)


def test_the_assignment_sheet_of_a_voided_item_is_refused(voided_item, admin):
    said = _refusal("supervision-item", [voided_item.id], admin)
    assert "已于2026年11月4日作废" in said and "与督2026号事项重复" in said
    assert voided_item.number in said and "误登记的调研事项" in said and "督查事项交办单" in said


def test_a_reminder_for_a_voided_item_is_refused_as_voided(voided_item, admin):
    said = _refusal("supervision-reminder", [voided_item.id], admin)
    assert "已于2026年11月4日作废" in said and "没有逾期" not in said


def test_the_bulletin_names_no_voided_item(voided_item, admin):
    pdf = forms.get("bulletin").build([], admin, date_from="2026-11-01", date_to="2026-11-30")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "".join("".join(page.get_text().split()) for page in doc)
    assert "误登记的调研事项" not in text and voided_item.number not in text


def test_a_voided_item_s_overdue_tasks_are_never_chased(item_with_tasks, admin, fixed_today):
    """Data kept before 作废 was refused to an item with tasks: its tasks are chased by no
    催办通知单 for all units and are in no chase list."""
    item, _tasks = item_with_tasks
    SupervisionItem.update(status=lifecycle.VOIDED).where(SupervisionItem.id == item.id).execute()
    fixed_today(D(2026, 3, 25))
    assert sv.overdue_chases(actor=admin) == []
    with pytest.raises(ValidationError, match="没有逾期"):
        forms.get("supervision-reminder").build([], admin)


def test_the_void_is_read_from_the_audit_when_its_number_row_is_gone(voided_item, admin):
    """A voided number kept by an older version without its row: the audit entry of the void
    still gives the day and the reason."""
    IssuedNumber.delete().where(IssuedNumber.text == voided_item.number).execute()
    said = _refusal("supervision-item", [voided_item.id], admin)
    assert "已于2026年11月4日作废" in said and "与督2026号事项重复" in said
