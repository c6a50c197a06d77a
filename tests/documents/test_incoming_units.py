"""收文 承办单位 and 协办单位 are units of the 通讯录: a 简称 is kept as the 名称 (the lists, the
催办 and the stats go by it), an unknown unit is refused — at 承办 (the step of the command line
and the window) and when a record is added or imported with its 承办单位."""

from __future__ import annotations

import pytest

from officedesk.core import directory, records, steps
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError

from .test_incoming_rules import _instructed as _proposed


def _instructed(actor):
    record = _proposed(actor)
    return incoming.instruct(record.id, record.version, actor, "请财政局牵头办理。", "王建国")


@pytest.fixture
def units(office, secretary):
    for name, short in (("县财政局", "财政局"), ("县教育局", "教育局"), ("县应急管理局", "应急局")):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, secretary)
    return office


def test_assign_keeps_the_full_names(units, secretary):
    record = _instructed(secretary)
    record = incoming.assign(record.id, record.version, secretary, "财政局",
                             co_units="教育局，县应急管理局")
    assert (record.handler_unit, record.co_units) == ("县财政局", "县教育局、县应急管理局")


def test_a_short_name_and_its_unit_are_one_unit(units, secretary):
    record = _instructed(secretary)
    with pytest.raises(ValidationError, match="已是主办单位"):
        incoming.assign(record.id, record.version, secretary, "财政局", co_units="县财政局")


@pytest.mark.parametrize("given", [{"承办单位": "不存在的局"},
                                   {"承办单位": "财政局", "协办单位": "教育局、不存在的局"}])
def test_the_step_refuses_an_unknown_unit(units, secretary, given):
    record = _instructed(secretary)
    with pytest.raises(ValidationError, match="“不存在的局”不在通讯录中"):
        steps.perform("incoming", record.id, "承办", {**given, "办理时限": "5"}, secretary)
    assert incoming.INCOMING.model.get_by_id(record.id).state == incoming.INSTRUCTED


def test_a_record_added_with_its_unit_is_checked(units, secretary):
    base = {"文种": "通知", "来文机关": "省委办公厅", "标题": "关于某事的通知"}
    made = records.create(incoming.INCOMING, {**base, "承办单位": "财政局"}, secretary)
    assert made.handler_unit == "县财政局"
    with pytest.raises(ValidationError, match="承办单位“不存在的局”不在通讯录中") as refused:
        records.create(incoming.INCOMING, {**base, "来文字号": "某发〔2026〕2号",
                                           "承办单位": "不存在的局"}, secretary)
    assert refused.value.field == "handler_unit"
