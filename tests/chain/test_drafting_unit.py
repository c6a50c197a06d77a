"""拟稿单位 is a unit of the 通讯录 (or one of the office's own 科室 in the users' 岗位): a typo
was accepted and left the draft stuck, nobody holding its 修改. A draft whose unit has nobody in
the post can still be corrected by its drafter, or recorded for him."""

from __future__ import annotations

import pytest

from officedesk.core import directory, records, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.documents import OutgoingDoc


@pytest.fixture
def office(staffed):
    records.create(directory.UNITS, {"单位名称": "县财政局", "简称": "财政局"}, CLI_ACTOR)
    return staffed


def _draft(actor, unit):
    return outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿人": "张科员",
                           "拟稿单位": unit}, actor)


@pytest.mark.parametrize("unit", ["火星办公室", "综合处室"])
def test_a_unit_not_in_the_directory_is_refused_naming_close_ones(office, unit):
    with pytest.raises(ValidationError) as caught:
        _draft(office["kuiyuan"], unit)
    assert f"拟稿单位“{unit}”不在通讯录中" in caught.value.message
    if unit == "综合处室":
        assert "是不是：综合处" in caught.value.message
    doc = _draft(office["kuiyuan"], "综合处")
    with pytest.raises(ValidationError, match="不在通讯录中"):
        steps.perform("outgoing", doc.id, "修改", {"拟稿单位": unit}, office["kuiyuan"])


def test_a_short_name_is_kept_as_the_full_name(office):
    assert _draft(office["kuiyuan"], "财政局").drafting_unit == "县财政局"


def test_a_draft_whose_unit_has_nobody_in_the_post_can_be_corrected(office):
    doc = _draft(office["kuiyuan"], "县财政局")
    steps.perform("outgoing", doc.id, "修改", {"拟稿单位": "综合处"}, office["kuiyuan"])
    assert OutgoingDoc.get_by_id(doc.id).drafting_unit == "综合处"
    # a typo kept from before this check: the drafter corrects it, or a clerk records it for him
    OutgoingDoc.update(drafting_unit="综合科室").where(OutgoingDoc.id == doc.id).execute()
    steps.perform("outgoing", doc.id, "修改", {"拟稿单位": "综合处", "标题": "关于某事的函"},
                  CLI_ACTOR, person="张科员")
    assert OutgoingDoc.get_by_id(doc.id).drafting_unit == "综合处"
    # once its unit has staff, only they hold it again
    with pytest.raises(ProcedureError, match="本单位的"):
        steps.perform("outgoing", doc.id, "修改", {"标题": "关于某事的报告"}, office["xinxi"])


def test_a_section_of_a_directory_unit_is_taken_under_the_units_name(office):
    """The office's own 科室 are seldom in the 通讯录: 县财政局办公室 is a section of 县财政局."""
    assert _draft(office["kuiyuan"], "财政局办公室").drafting_unit == "县财政局办公室"
    with pytest.raises(ValidationError, match="是不是：县财政局"):
        _draft(office["kuiyuan"], "县财政")
