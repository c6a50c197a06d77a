"""A leader's own 批办 given a past day (--on, no time) keeps taking 09:00 of that day, as
before: only a step recorded for him (代录) needs his time from the paper
(tests/test_cli_on_signed_time.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, steps
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError
from officedesk.store.documents import DocStep


@pytest.fixture
def proposed(office, secretary):
    clock.set_today(dt.date(2026, 11, 16))
    record = incoming.sign_in({"收文日期": "2026-11-12", "来文机关": "市政府办公室", "标题": "冬季安全生产",
                               "文种": "通知"}, secretary)
    day = dt.date(2026, 11, 12)
    record = incoming.register_doc(record.id, record.version, {}, secretary, day=day)
    record = incoming.review(record.id, record.version, secretary, day=day)
    return incoming.propose(record.id, record.version, secretary, "请王主任阅示", day=day)


def _at(record_id: int) -> list[dt.datetime]:
    return [s.at for s in DocStep.select().where(DocStep.record_id == record_id, DocStep.step == "批办")]


def test_his_own_instruction_on_a_past_day_is_at_nine(proposed, leader):
    steps.perform("incoming", proposed.id, "批办", {"批示内容": "请应急局牵头落实"}, leader,
                  on=dt.date(2026, 11, 13))
    assert _at(proposed.id) == [dt.datetime(2026, 11, 13, 9, 0)]


def test_his_own_instruction_takes_the_time_given_with_on(proposed, leader):
    steps.perform("incoming", proposed.id, "批办", {"批示内容": "请应急局牵头落实"}, leader,
                  on="2026-11-13 16:05")
    assert _at(proposed.id) == [dt.datetime(2026, 11, 13, 16, 5)]


def test_recorded_for_him_a_day_alone_is_refused(proposed, secretary):
    with pytest.raises(ValidationError) as refused:
        steps.perform("incoming", proposed.id, "批办", {"批示领导": "王建国", "批示内容": "请落实"},
                      secretary, on=dt.date(2026, 11, 13))
    assert refused.value.field == "at" and "--on 2026-11-13T15:30" in refused.value.message
    assert _at(proposed.id) == []
