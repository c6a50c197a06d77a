"""One step, one day: a step with a date field of its own (批示时间, 办结日期, 签发日期, 交办日期 …)
given --on too records one day in its history and on its signature (the paper date the 效能
figures and time limits count from): --on fills the field left empty, and a field naming
another day is refused. 登记's 收文日期 is a date of the document, not the day it was
registered."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, records, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError
from officedesk.store.chain import StepSign
from officedesk.store.documents import DocStep

TODAY = dt.date(2026, 11, 16)


@pytest.fixture
def today(db, fixed_today):
    fixed_today(TODAY)
    return TODAY


def _proposed(day: str = "2026-11-02") -> int:
    doc = incoming.sign_in({"收文日期": day, "文种": "通知", "来文机关": "省委办",
                            "标题": "关于做好冬季安全生产工作的通知"}, CLI_ACTOR).id
    steps.perform("incoming", doc, "登记", {}, CLI_ACTOR, on=day)
    steps.perform("incoming", doc, "初审", {}, CLI_ACTOR, on=day)
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请王志刚同志阅示", "拟办人": "刘文博"},
                  CLI_ACTOR, on=day)
    return doc


def _days(registry: str, record_id: int, step: str) -> tuple[list[dt.date], list[dt.date]]:
    """The days the step's history and its signatures give it."""
    history = [row.at.date() for row in DocStep.select().where(
        DocStep.registry == registry, DocStep.record_id == record_id, DocStep.step == step)]
    signed = [row.paper_date for row in StepSign.select().where(
        StepSign.registry == registry, StepSign.record_id == record_id, StepSign.step == step)]
    return history, signed


def test_another_day_in_the_field_and_in_on_is_refused_and_nothing_changes(today):
    doc = _proposed()
    version = records.get(incoming.INCOMING, doc, CLI_ACTOR).version
    with pytest.raises(ValidationError) as refused:
        steps.perform("incoming", doc, "批办", {"批示内容": "同意", "批示时间": "2026-11-03 10:00",
                                              "批示领导": "王志刚"}, CLI_ACTOR, on="2026-11-05")
    assert "批示时间" in str(refused.value) and "2026-11-05" in str(refused.value)
    assert records.get(incoming.INCOMING, doc, CLI_ACTOR).version == version
    assert _days("incoming", doc, "批办") == ([], [])


def test_the_same_day_in_both_is_one_day(today):
    doc = _proposed()
    steps.perform("incoming", doc, "批办", {"批示内容": "同意", "批示时间": "2026-11-03 10:00",
                                          "批示领导": "王志刚"}, CLI_ACTOR, on="2026-11-03")
    assert _days("incoming", doc, "批办") == ([dt.date(2026, 11, 3)], [dt.date(2026, 11, 3)])


@pytest.mark.parametrize("on", [None, "2026-11-04"])
def test_on_alone_fills_the_steps_own_date(today, on):
    doc = _proposed()
    # no day at all is now, which a 代录 must give (批示时间); --on gives it with his time
    at = {} if on else {"批示时间": clock.now()}
    steps.perform("incoming", doc, "批办", {"批示内容": "同意", "批示领导": "王志刚", **at}, CLI_ACTOR,
                  on=f"{on}T10:00" if on else None)
    day = dt.date.fromisoformat(on) if on else TODAY
    assert _days("incoming", doc, "批办") == ([day], [day])
    steps.perform("incoming", doc, "承办", {"承办单位": "县应急管理局"}, CLI_ACTOR, on=on)
    steps.perform("incoming", doc, "办结", {"办结结果": "已落实"}, CLI_ACTOR, on=on)
    assert _days("incoming", doc, "办结") == ([day], [day])


def test_a_date_of_its_own_on_a_finish_refuses_another_on(today):
    doc = _proposed()
    steps.perform("incoming", doc, "批办", {"批示内容": "同意", "批示领导": "王志刚"}, CLI_ACTOR,
                  on="2026-11-03T10:00")  # 代录: his time (a day alone is refused)
    steps.perform("incoming", doc, "承办", {"承办单位": "县应急管理局"}, CLI_ACTOR, on="2026-11-03")
    with pytest.raises(ValidationError, match="办结日期"):
        steps.perform("incoming", doc, "办结", {"办结结果": "已落实", "办结日期": "2026-11-04"},
                      CLI_ACTOR, on="2026-11-06")


def test_registration_takes_its_day_from_on_not_from_the_date_received(today):
    doc = incoming.sign_in({"收文日期": "2026-11-02", "文种": "通知", "来文机关": "省委办",
                            "标题": "关于做好冬季安全生产工作的通知"}, CLI_ACTOR).id
    # 收文日期 corrected at registration, done today: both say today
    steps.perform("incoming", doc, "登记", {"收文日期": "2026-11-01"}, CLI_ACTOR)
    assert _days("incoming", doc, "登记") == ([TODAY], [TODAY])
    assert steps.has_own_date(steps.procedure("incoming").find("登记").fields) is False


def test_a_split_given_on_and_another_assigned_day_is_refused(today):
    item = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-11-02", "办结时限": "2026-12-25"}, CLI_ACTOR).id
    with pytest.raises(ValidationError, match="交办日期"):
        steps.perform("supervision", item, "分解", {"牵头单位": "县应急局", "时限": "2026-11-20",
                                                    "交办日期": "2026-11-03"}, CLI_ACTOR, on="2026-11-04")
    steps.perform("supervision", item, "分解", {"牵头单位": "县应急局", "时限": "2026-11-20"},
                  CLI_ACTOR, on="2026-11-04")
    signed = [row.paper_date for row in StepSign.select().where(
        StepSign.registry == "supervision", StepSign.record_id == item, StepSign.step == "分解")]
    assert signed == [dt.date(2026, 11, 4)]
    assert sv.tasks_of(item, CLI_ACTOR)[0].assigned_on == dt.date(2026, 11, 4)


def test_every_step_with_its_own_date_takes_on_into_that_field():
    """Every registry's steps that take --on and have a date of their own: --on fills the field."""
    from officedesk.core.step_values import BLANK_NOW_SIGNED, own_date_field, with_on

    found = []
    for proc in steps.procedures():
        for step in proc.steps:
            field = own_date_field(step.fields)
            if not step.takes_on or field is None:
                continue
            found.append(f"{proc.registry}:{step.name}")
            filled = with_on(step, None, {}, dt.date(2026, 11, 4), dt.time(10, 0))
            assert filled[field.name].isoformat()[:10] == "2026-11-04"
            # a day alone leaves a leader's signed time to parse_step_values (代录 or not)
            alone = with_on(step, None, {}, dt.date(2026, 11, 4))
            assert (field.name in alone) == (field.placeholder != BLANK_NOW_SIGNED)
            with pytest.raises(ValidationError, match=field.label):
                with_on(step, None, {field.name: "2026-11-03"}, dt.date(2026, 11, 4))
    assert "incoming:批办" in found and "outgoing:签发" in found and "supervision:反馈" in found
