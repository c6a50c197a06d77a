"""The registry on SQLite and on PostgreSQL: registration, repeats, steps, figures, dashboard."""

from __future__ import annotations

import datetime as dt

from officedesk.core import dashboard, petitions, stats
from officedesk.core.actor import CLI_ACTOR

from .conftest import ID_LI, ID_ZHANG


def test_registry_on_both_databases(any_db, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    base = {
        "registered_on": "2026-03-02",
        "form": "来访",
        "name": "张建国",
        "id_number": ID_ZHANG,
        "phone": "13812345678",
        "category": "征地拆迁",
        "region": "青河镇",
        "content": "反映青河村土地征收补偿款至今未足额发放，安置房建设停工两年。",
    }
    first = petitions.register_petition(base, None, CLI_ACTOR)
    second = petitions.register_petition(
        dict(
            base,
            registered_on="2026-03-09",
            name="李桂兰",
            id_number=ID_LI,
            phone="13700002222",
            content="青河村的土地征收补偿款一直没有足额发放，安置房停工。",
        ),
        None,
        CLI_ACTOR,
    )
    found = petitions.repeats_of_record(second, CLI_ACTOR)
    assert [c.petition_id for c in found] == [first.id] and found[0].reasons == ["内容相似"]
    assert (
        petitions.find_repeats([{"name": "张建国", "phone": "13812345678"}], CLI_ACTOR)[0].petition_id
        == first.id
    )
    first = petitions.decide(first.id, first.version, CLI_ACTOR, "直接答复", on="2026-03-03")
    petitions.reply(first.id, first.version, CLI_ACTOR, opinion="已答复", on="2026-03-10")
    figures = stats.collect(CLI_ACTOR, 2026)["petitions"]
    assert (
        figures["total"] == 2
        and figures["per_month"]["3"] == 2
        and figures["on_time_rate"] == 100.0
    )
    items = [
        i for i in dashboard.due_items(CLI_ACTOR, dt.date(2026, 3, 22)) if i.registry == "petitions"
    ]
    assert [i.record_id for i in items] == [second.id]
    assert petitions.frequent_petitioners(2026, actor=CLI_ACTOR) == []
