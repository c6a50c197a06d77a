"""答复投诉人: a declared step after 处理 (efficiency/reply.py) — the complainant told the result,
with the day and the way, once; by whom may see him (the section that handles complaints, a
leader, the administrator), never by whom it is about; not for an anonymous complaint with no
phone. The complaint stays 已办结 (the figures count it done by its 处理)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import steps
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import reply
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.efficiency import ComplaintStep

from .conftest import NAMED_COMPLAINT, section_staff

RAW = NAMED_COMPLAINT


@pytest.fixture
def staff(office, admin):
    return section_staff(admin)


def _closed(staff, raw=RAW):
    record = C.register_complaint(dict(raw), staff["dc"])
    record = C.send_for_verification(record.id, record.version, staff["dc"], "县委办公室督查室",
                                     on="2025-12-02")
    record = C.conclude(record.id, record.version, staff["dc"], "属实", "经查属实。", on="2025-12-09")
    return C.dispose(record.id, record.version, staff["dc"], "效能告诫", on="2025-12-10")


def _names(record, actor):
    return [s.name for s in steps.available_steps("complaints", record.id, actor)]


def test_the_complainant_is_told_once_with_the_day_and_the_way(staff):
    record = _closed(staff)
    assert "答复" in _names(record, staff["dc"])
    outcome = steps.perform("complaints", record.id, "答复", {"答复方式": "电话"}, staff["dc"],
                            on="2025-12-12")
    assert outcome.state == C.CLOSED
    done = C.SPEC.model.get_by_id(record.id)
    row = ComplaintStep.select().where(ComplaintStep.complaint == record.id).order_by(ComplaintStep.id.desc()).get()
    assert (row.kind, row.on, row.content) == ("答复", dt.date(2025, 12, 12), "电话答复：已告知投诉人处理结果")
    assert reply.replied_on(done) == dt.date(2025, 12, 12)
    assert "答复" not in _names(done, staff["dc"])
    with pytest.raises(ProcedureError, match="已于2025-12-12答复投诉人"):
        reply.reply(record.id, done.version, staff["dc"], "书面")


def test_not_before_its_handling_nor_before_it_is_closed(staff):
    record = _closed(staff)
    with pytest.raises(ValidationError, match="不能早于处理日期"):
        reply.reply(record.id, record.version, staff["dc"], "电话", on="2025-12-09")
    open_one = C.register_complaint(dict(RAW), staff["dc"])
    with pytest.raises(ProcedureError):
        reply.reply(open_one.id, open_one.version, staff["dc"], "电话")
    assert "答复" not in _names(open_one, staff["dc"])


def test_only_who_may_see_the_complainant_answers_him(staff, admin):
    record = _closed(staff)
    assert "答复" not in _names(record, staff["wzy"])  # 秘书科: the complainant is masked for him
    with pytest.raises(ProcedureError, match="看不到"):
        reply.reply(record.id, record.version, staff["wzy"], "电话")
    assert reply.reply(record.id, record.version, admin, "书面", "已寄送处理结果告知书。",
                       on="2025-12-11").state == C.CLOSED


def test_an_anonymous_complaint_with_no_phone_is_not_answered(staff):
    record = _closed(staff, {**RAW, "投诉人": "匿名", "联系电话": ""})
    assert "答复" not in _names(record, staff["dc"])
    with pytest.raises(ProcedureError, match="匿名"):
        reply.reply(record.id, record.version, staff["dc"], "电话")
    reachable = _closed(staff, {**RAW, "投诉人": "匿名", "联系电话": "13900001111"})
    assert "答复" in _names(reachable, staff["dc"])
