"""A correction of the 收文日期 (the document's clock starts there: the 效能 spans, the year it
counts in) never puts it after a later step: an 已归档 收文's 收文日期 was moved four months after
its 办结."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, records
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError


def _finished(actor):
    clock.set_today(dt.date(2026, 3, 2))
    record = incoming.sign_in({"收文日期": "2026-03-02", "文种": "通知", "来文机关": "省委办公厅",
                               "标题": "关于做好防汛工作的通知"}, actor)
    record = incoming.register_doc(record.id, record.version, {}, actor)
    record = incoming.review(record.id, record.version, actor)
    record = incoming.propose(record.id, record.version, actor, "拟请王主任阅示。")
    record = incoming.instruct(record.id, record.version, actor, "请应急局牵头落实。", "王建国")
    clock.set_today(dt.date(2026, 3, 10))
    return incoming.finish(record.id, record.version, actor, "已落实。", dt.date(2026, 3, 10))


def test_the_receipt_date_is_not_moved_after_a_later_step(office, admin, clerk):
    record = _finished(admin)
    clock.set_today(dt.date(2026, 11, 16))
    for who in (clerk, admin):
        with pytest.raises(ValidationError, match="晚于这条记录的办结日期（2026-03-10）") as caught:
            records.update(incoming.INCOMING, record.id, {"收文日期": "2026-07-10"},
                           record.version, who)
        assert caught.value.field == "received_on"
    with pytest.raises(ValidationError, match="登记日期"):  # the 登记 row is a later step too
        records.update(incoming.INCOMING, record.id, {"收文日期": "2026-03-05"}, record.version, clerk)
    assert records.get(incoming.INCOMING, record.id, admin).received_on == dt.date(2026, 3, 2)
    moved = records.update(incoming.INCOMING, record.id, {"收文日期": "2026-03-01"}, record.version, clerk)
    assert moved.received_on == dt.date(2026, 3, 1)
