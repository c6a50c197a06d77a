"""Demo 督查 data: realistic items in every state, made through core, once."""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import audit, clock
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.demo import directory as demo_directory
from officedesk.demo import supervision as demo


def test_demo_items_in_every_state(db, fixed_today):
    fixed_today(dt.date(2026, 11, 26))
    demo_directory.populate(10, random.Random(7))
    made = demo.populate(20, random.Random(7))
    assert made == 20
    assert clock.today() == dt.date(2026, 11, 26)  # the clock is given back
    items = list(sv.SupervisionItem.select())
    statuses = {i.status for i in items}
    assert {"办理中", "按期办结"} <= statuses
    assert all(i.number.startswith("督〔2026〕") for i in items)
    assert all(sv.tasks_of(i.id, CLI_ACTOR) for i in items)  # every item was split
    assert sv.SupervisionReport.select().count() > 20
    assert sv.SupervisionReminder.select().count() > 0
    # units come from the demo directory
    assert any("县" in t.lead_unit for t in sv.SupervisionTask.select())
    # done items are closed after their tasks; each step is in the audit trail
    assert any(e.action == "close" for i in items for e in audit.history("supervision", i.id))
    for item in items:
        if item.status in sv.DONE_STATUSES:
            assert all(t.done_on <= item.closed_on for t in sv.tasks_of(item.id, CLI_ACTOR))
    colours = {sv.item_light(i).colour for i in items}
    assert "灰" in colours and len(colours) >= 2
    assert demo.populate(20, random.Random(7)) == 0  # only once
