"""A 续报 of a voided first report is refused (README: a voided record counts nowhere — a 续报
of it would score a 报送 point for an event registered by mistake): the clerk is told to 续报
the first report registered again. A first report above the actor's clearance is refused as
any such item is, saying nothing of its being voided."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, info, lifecycle, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import PermissionDeniedError, ValidationError
from officedesk.core.info import first_reports, procedure, scoring
from officedesk.store.info import InfoItem

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
EVENT = {"category": "突发事件", "event_level": "一般", "event_at": "2026-11-10 08:00",
         "reported_at": "2026-11-10 08:30", "phoned_at": "2026-11-10 08:30", "unit": "城关镇"}
DAY = dt.date(2026, 11, 16)


@pytest.fixture
def voided(report, fixed_today):
    fixed_today(DAY)
    first = report(title="作废首报", **EVENT)
    return lifecycle.void_record("info", first.id, CLI_ACTOR, "重复登记")


def _points():
    return {s.unit: s.points for s in scoring.unit_scores(CLI_ACTOR, DAY.replace(day=1), DAY)}


def test_a_followup_of_a_voided_first_report_is_refused(voided):
    count, points = InfoItem.select().count(), _points()
    said = f"首报（{voided.number}）已作废"
    with pytest.raises(ValidationError, match=said) as refused:
        procedure.followup(voided.id, {"reported_at": clock.now(), "content": "续报内容"}, CLI_ACTOR)
    assert refused.value.field == "followup_of" and "新登记的首报" in refused.value.message
    with pytest.raises(ValidationError, match=said):  # `add info 续报=…` and import
        info.SPEC.create_hook({"续报": voided.number, "正文": "续报内容"}, CLI_ACTOR)
    assert InfoItem.select().count() == count and _points() == points


def test_nor_through_a_followup_made_before_it_was_voided(report, fixed_today):
    fixed_today(DAY)
    first = report(title="作废首报", **EVENT)
    earlier = procedure.followup(first.id, {"reported_at": clock.now(), "content": "第一次续报"}, CLI_ACTOR)
    # voided with its 续报 alive, as an older version allowed (the store holds it so)
    InfoItem.update(state=lifecycle.VOIDED).where(InfoItem.id == first.id).execute()
    with pytest.raises(ValidationError, match=f"首报（{first.number}）已作废"):
        info.SPEC.create_hook({"续报": earlier.number, "正文": "第二次续报"}, CLI_ACTOR)
    assert first_reports.followup_refusal(earlier.id, CLI_ACTOR).startswith(
        f"首报（{first.number}）已作废")
    # a live first report takes them
    again = report(title="重新登记的首报", **EVENT)
    assert first_reports.followup_refusal(again.id, CLI_ACTOR) is None
    assert procedure.followup(again.id, {"reported_at": clock.now(), "content": "续报"}, CLI_ACTOR).followup_of == again.id


def test_a_hidden_voided_first_report_is_refused_as_any_hidden_item(report, fixed_today):
    fixed_today(DAY)
    hidden = report(title="涉密山火XC7", secrecy="机密", **EVENT)
    plain_hidden = report(title="涉密山火XC8", secrecy="机密", **EVENT)
    lifecycle.void_record("info", hidden.id, CLI_ACTOR, "重复登记")
    said = []
    for item in (hidden, plain_hidden):
        with pytest.raises(PermissionDeniedError) as refused:
            procedure.followup(item.id, {"reported_at": clock.now(), "content": "续报内容"}, CLERK0)
        said.append(refused.value.message.replace(str(item.id), "N"))
    assert said[0] == said[1]  # the voided one is answered as the live one is
    assert "作废" not in said[0] and hidden.number not in said[0] and "XC7" not in said[0]
    assert first_reports.followup_refusal(hidden.id, CLERK0) == \
        first_reports.followup_refusal(plain_hidden.id, CLERK0).replace(
            str(plain_hidden.id), str(hidden.id))


def test_the_window_offers_no_followup_of_a_voided_first_report(voided, report, app_ctx, qtbot):
    from officedesk.ui.info import make_tab

    live = report(title="另一起山火", **EVENT)
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    enabled = {}
    for item in (voided, live):
        tab.list.select_record(item.id)
        tab.update_current()
        enabled[item.id] = tab.followup_button.isEnabled()
    assert enabled == {voided.id: False, live.id: True}
    assert records.get(info.SPEC, voided.id, CLI_ACTOR).state == lifecycle.VOIDED
