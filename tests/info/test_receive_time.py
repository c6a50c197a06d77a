"""An item is never received, nor sent up, before it was sent: a 接收 entered for a past day
(--on, the dialog's 日期) takes 09:00 or the 报送时间, whichever is later; the 接收回执 says so."""

from __future__ import annotations

import datetime as dt
import random

import pymupdf
import pytest

from officedesk.core import info
from officedesk.core.errors import ValidationError
from officedesk.core.info import figures, procedure
from officedesk.demo import directory as demo_directory
from officedesk.demo import info as demo
from officedesk.printing import forms
from officedesk.store.info import InfoItem

DAY = dt.date(2026, 11, 30)
TODAY = dt.date(2026, 12, 1)


def _received(report, admin, reported: dt.datetime) -> InfoItem:
    item = report(reported_at=reported)
    return procedure.receive(item.id, item.version, admin, on=DAY, person="严松")


def test_received_after_it_was_sent_the_same_day(report, admin, fixed_today):
    fixed_today(TODAY)
    item = _received(report, admin, dt.datetime(2026, 11, 30, 15, 0))
    assert item.received_at == dt.datetime(2026, 11, 30, 15, 0)
    with pymupdf.open(stream=forms.get("info-receipt").build([item.id], admin),
                      filetype="pdf") as pdf:
        text = "".join("".join(page.get_text().split()) for page in pdf)
    assert "2026年11月30日15:00收到" in text
    assert f"收到，编号为{item.number}。" in text  # not “编号信息〔2026〕1号”, a number read as a word


def test_a_morning_report_is_received_at_nine(report, admin, fixed_today):
    fixed_today(TODAY)
    item = _received(report, admin, dt.datetime(2026, 11, 30, 8, 10))
    assert item.received_at == dt.datetime(2026, 11, 30, 9, 0)


def test_the_review_limit_still_runs_from_the_day_received(report, admin, fixed_today):
    fixed_today(TODAY)
    item = _received(report, admin, dt.datetime(2026, 11, 30, 17, 40))
    due = {d.record_id: d.due for d in figures.due_items(admin, TODAY, TODAY + dt.timedelta(30))}
    morning = _received(report, admin, dt.datetime(2026, 11, 30, 8, 0))
    assert due[item.id] == {d.record_id: d.due for d in figures.due_items(
        admin, TODAY, TODAY + dt.timedelta(30))}[morning.id]


def test_sent_up_not_before_it_was_received(report, admin, advance, fixed_today):
    fixed_today(TODAY)
    item = report(reported_at=dt.datetime(2026, 11, 30, 15, 0))
    advance(item, "编发", on=DAY)
    item = info.get(item.id, admin)
    assert item.received_at == dt.datetime(2026, 11, 30, 15, 0)
    with pytest.raises(ValidationError, match="接收时间"):
        procedure.send_up(item.id, item.version, admin, "市", dt.datetime(2026, 11, 30, 10, 0))
    sent = procedure.send_up(item.id, item.version, admin, "市", None, on=DAY)
    assert sent.sent_at >= item.received_at


def test_demo_items_are_received_and_sent_up_after_they_were_sent(db, fixed_today):
    fixed_today(TODAY)
    demo_directory.populate(10, random.Random(7))
    demo.populate(30, random.Random(7))
    received = [i for i in InfoItem.select() if i.received_at is not None]
    assert len(received) > 50
    for item in received:
        assert item.received_at >= item.reported_at, (item.number, item.reported_at)
        if item.sent_at is not None:
            assert item.sent_at >= item.received_at, item.number
