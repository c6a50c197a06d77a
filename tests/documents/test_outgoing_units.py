"""发文 会签单位 and the 分发 list's single units are units of the 通讯录 (or the office's own
科室), kept by their 名称 as 收文's 协办单位; 主送/抄送 and the groups a 分发 names (各乡镇、县直各单位,
存档) are written as on the paper and never refused."""

from __future__ import annotations

import pytest

from officedesk.core import directory, records, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import dispatch, outgoing
from officedesk.core.errors import ValidationError

from .helpers import BODY


@pytest.fixture
def units(office, secretary):
    for name, short in (("市财政局", "财政局"), ("市发展和改革委员会", "市发改委"),
                        ("市档案馆", "档案馆")):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, secretary)
    return office


def _checked(actor, **overrides):
    raw = {"标题": "关于做好年终工作的通知", "文种": "通知", "拟稿单位": "财政局", "拟稿人": "陈晓",
           "主送": "各乡镇党委、政府，县直各单位", "抄送": "市委各部委，市财政局", "正文": BODY,
           "份数": "30", **overrides}
    record = outgoing.draft(raw, actor)
    return outgoing.check(record.id, record.version, actor, "周核稿", "文字已核")


def test_main_to_and_cc_are_kept_as_the_paper_writes_them(units, secretary):
    record = _checked(secretary, 主送="各乡镇党委、政府，县直各单位，不在通讯录的某某协会",
                      抄送="市委各部委，某某研究会")
    assert record.main_to == "各乡镇党委、政府，县直各单位，不在通讯录的某某协会"
    assert record.cc == "市委各部委，某某研究会"


def test_countersign_units_are_kept_by_their_full_names(units, secretary):
    record = _checked(secretary)
    record = outgoing.send_countersign(record.id, record.version, secretary,
                                       ["财政局", "市发展和改革委员会", "市财政局"])
    assert [c.unit for c in outgoing.countersigns(record.id, CLI_ACTOR)] == ["市财政局", "市发展和改革委员会"]
    # the unit answers by its 简称 as well
    record = outgoing.countersign(record.id, record.version, secretary, "市发改委", "钱二")
    assert [c.person for c in outgoing.countersigns(record.id, CLI_ACTOR)] == ["", "钱二"]


def test_the_step_refuses_an_unknown_countersign_unit(units, secretary):
    record = _checked(secretary)
    with pytest.raises(ValidationError, match="会签单位“市财改局”不在通讯录中") as refused:
        steps.perform("outgoing", record.id, "送会签", {"会签单位": "财政局、市财改局"}, secretary)
    assert refused.value.field == "units"
    assert outgoing.OUTGOING.model.get_by_id(record.id).state == outgoing.CHECKED
    assert outgoing.countersigns(record.id, CLI_ACTOR) == []


def _printed(actor):
    record = _checked(actor)
    record = outgoing.sign(record.id, record.version, actor, "王建国", "同意印发")
    from officedesk.core.documents import recheck

    record = recheck.recheck(record.id, record.version, actor, "周秘书")
    record = outgoing.assign_number(record.id, record.version, actor)
    return outgoing.mark_printed(record.id, record.version, actor)


def test_distribution_keeps_groups_and_names_single_units_by_full_name(units, secretary):
    record = _printed(secretary)
    text = ("各乡镇党委、政府 20\n县直各单位 5\n市委各部委 1\n财政局 1\n档案馆 1\n"
            "县委办公室（存档） 2")
    steps.perform("outgoing", record.id, "核发", {"分发": text}, secretary)
    assert [d.recipient for d in dispatch.distribution(record.id, CLI_ACTOR)] == [
        "各乡镇党委、政府", "县直各单位", "市委各部委", "市财政局", "市档案馆", "县委办公室（存档）"]


def test_distribution_refuses_an_unknown_single_unit(units, secretary):
    record = _printed(secretary)
    with pytest.raises(ValidationError, match="分发单位“市财改局”不在通讯录中") as refused:
        steps.perform("outgoing", record.id, "核发", {"分发": "县直各单位 20\n市财改局 2"},
                      secretary)
    assert refused.value.field == "distribution"
    assert "统称" in refused.value.message  # says what may be written as it is
    assert dispatch.distribution(record.id, CLI_ACTOR) == []
    assert outgoing.OUTGOING.model.get_by_id(record.id).state == outgoing.PRINTED


def test_a_main_to_entry_written_elsewhere_goes_into_the_distribution_as_written(units,
                                                                                 secretary):
    record = _checked(secretary, 主送="某某协会")
    record = outgoing.sign(record.id, record.version, secretary, "王建国", "同意印发")
    from officedesk.core.documents import recheck

    record = recheck.recheck(record.id, record.version, secretary, "周秘书")
    record = outgoing.assign_number(record.id, record.version, secretary)
    record = outgoing.mark_printed(record.id, record.version, secretary)
    dispatch.distribute(record.id, record.version, secretary,
                        [dispatch.Recipient("某某协会", 30)])
    assert [d.recipient for d in dispatch.distribution(record.id, CLI_ACTOR)] == ["某某协会"]
