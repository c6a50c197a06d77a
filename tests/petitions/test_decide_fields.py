"""处理 takes 去向单位 only with 转送/交办, 回报期限 only with 交办 and 不予受理理由 only with 不予受理
(declared once: FieldSpec.used_when): given with another 处理方式 the step refuses it, naming
the field, rather than drop it without a word — on the command line and in the window alike."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import steps
from officedesk.core.errors import ValidationError
from officedesk.core.petitions import steps_spec
from officedesk.store.petitions import Petition


@pytest.fixture
def pending(register, fixed_today):
    fixed_today(dt.date(2026, 3, 5))
    return register()


@pytest.mark.parametrize(("handling", "given", "field"), [
    ("直接答复", {"去向单位": "县人社局"}, "target_unit"),
    ("不予受理", {"去向单位": "县人社局", "不予受理理由": "不属于本机关职责"}, "target_unit"),
    ("转送", {"去向单位": "县人社局", "回报期限": "2026-03-20"}, "report_due"),
    ("直接答复", {"不予受理理由": "重复"}, "reason"),
    ("交办", {"去向单位": "县人社局", "回报期限": "2026-03-20", "不予受理理由": "重复"}, "reason"),
])
def test_a_field_the_handling_does_not_use_is_refused_not_dropped(pending, admin, handling, given, field):
    before = Petition.get_by_id(pending.id)
    with pytest.raises(ValidationError) as refused:
        steps.perform("petitions", pending.id, "处理", {"处理方式": handling, **given}, admin)
    assert refused.value.field == field
    label = steps.procedure("petitions").find("处理").field(field).label
    assert f"不填“{label}”" in refused.value.message and handling in refused.value.message
    after = Petition.get_by_id(pending.id)
    assert (after.state, after.version, after.handling) == (before.state, before.version, before.handling)


@pytest.mark.parametrize(("handling", "given"), [
    ("直接答复", {}),
    ("转送", {"去向单位": "县人社局"}),
    ("交办", {"去向单位": "县人社局", "回报期限": "2026-03-20"}),
    ("不予受理", {"不予受理理由": "已经依法处理，无新情况、新理由"}),
])
def test_the_fields_each_handling_uses_are_taken(pending, admin, handling, given):
    steps.perform("petitions", pending.id, "处理", {"处理方式": handling, **given}, admin)
    stored = Petition.get_by_id(pending.id)
    assert stored.handling == handling
    assert (stored.target_unit or "") == given.get("去向单位", "")
    assert (str(stored.report_due) if stored.report_due else "") == given.get("回报期限", "")


def test_the_declaration_says_which_handling_uses_each_field():
    fields = {f.name: f for f in steps_spec.STEPS[0].fields}
    assert [h for h in ("直接答复", "转送", "交办", "不予受理")
            if fields["target_unit"].used_with({"handling": h})] == ["转送", "交办"]
    assert fields["report_due"].used_with({"handling": "交办"})
    assert not fields["report_due"].used_with({"handling": "转送"})
    assert fields["content"].used_with({"handling": "转送"})  # no condition: always used
