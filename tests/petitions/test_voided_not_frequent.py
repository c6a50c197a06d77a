"""A petition registered twice by mistake and the copy voided: the petitioner is no 多次信访人
in the year's figures (a voided record counts nowhere, as the year's total leaves it out)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.lifecycle import void_record
from officedesk.core.petitions.figures import figures as year_figures
from tests.petitions.conftest import ID_LI


def test_a_voided_copy_makes_no_frequent_petitioner(register, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    register(registered_on="2026-03-02")  # 张建国, once
    first = register(registered_on="2026-03-03", name="李秀兰", id_number=ID_LI, form="来信")
    copy = register(registered_on="2026-03-03", name="李秀兰", id_number=ID_LI, form="来信")
    void_record("petitions", copy.id, admin, "同一来信重复登记")

    figures = year_figures(CLI_ACTOR, 2026)
    assert figures["total"] == 2  # the voided copy is not counted …
    names = [person["name"] for person in figures["frequent_petitioners"]]
    assert "李秀兰" not in names  # … nor does it make her a repeat petitioner
    assert petitions.frequent_petitioners(2026, actor=CLI_ACTOR) == []

    again = register(registered_on="2026-03-09", name="李秀兰", id_number=ID_LI, form="来信")
    people = petitions.frequent_petitioners(2026, actor=CLI_ACTOR)
    assert [(p["name"], p["petitions"], p["repeats"]) for p in people] == [("李秀兰", 2, 1)]
    assert first.id != again.id
