"""A step's field is named as `steps` prints it, or without the unit in brackets at the end of
its label (核查时限（工作日） → 核查时限), or by its name; nothing else."""

from __future__ import annotations

import re

import pytest

from officedesk.core import steps
from officedesk.core.errors import ValidationError
from tests.cli_office import Office, office  # noqa: F401 (the fixture)

UNIT = re.compile(r"^(?P<bare>.+?)（(?P<unit>[^（）]+)）$")


def _with_units() -> list[tuple[steps.StepSpec, steps.FieldSpec, str, str]]:
    found = []
    for procedure in steps.procedures():
        for step in procedure.steps:
            for field in step.fields:
                match = UNIT.match(field.label)
                if match:
                    found.append((step, field, match["bare"], match["unit"]))
    return found


def test_every_step_field_with_a_unit_is_found_without_it():
    found = _with_units()
    assert found, "no step field has a unit in its label: nothing to test"
    for step, field, bare, unit in found:
        for key in (field.label, bare, f"{bare}({unit})", f" {bare} ", field.name):
            assert step.field(key) == field, (step.registry, step.name, key)
        others = [f.label for f in step.fields if f is not field]
        assert bare not in others, (step.registry, step.name, bare)  # unambiguous
        with pytest.raises(ValidationError, match="这一项"):
            step.field(f"{bare}（天）")  # another unit is another thing


def test_the_command_line_takes_the_label_without_its_unit(office):  # noqa: F811
    complaint = office.json("add", "complaints", "登记日期=2026-11-02", "投诉人=钱女士", "投诉方式=电话",
                            "投诉类别=办事拖拉", "被投诉单位=县住建局", "投诉内容=办事拖拉")["id"]
    shown, _err = office("steps", "complaints", str(complaint))
    assert "核查时限（工作日）" in shown
    office.step("complaints", complaint, "核查", "核查单位=县纪委监委", "核查时限=5")
    done = office.json("steps", "complaints", str(complaint))
    assert done["state"] == "核查中"
    from officedesk.store import db as store_db
    from officedesk.store.efficiency import EfficiencyComplaint

    store_db.open_database(str(office.db))
    try:
        row = EfficiencyComplaint.get_by_id(complaint)
        assert (row.verify_due - row.verify_sent_on).days >= 5  # five working days
    finally:
        store_db.close_database()
