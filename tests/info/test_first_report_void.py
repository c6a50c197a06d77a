"""作废 of a 首报 while its 续报 live: refused (a 续报 of an event whose first report no longer
counts would go on scoring its unit and counting in the figures), naming the 信息编号 of those
the actor may see — a 续报 above his clearance is neither named nor counted — and what to do:
作废其续报后再作废首报. The window's 作废 and the CLI's `void` ask the same (lifecycle.void_refusal).

Data kept by an older version, where a 首报 was voided with its 续报 alive: the 续报 count
nowhere (stats, the ranking, an item's 得分), as the 首报 does not."""

from __future__ import annotations

import re

import pytest

from officedesk.core import clock, info, lifecycle
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from officedesk.core.info import procedure, scoring
from officedesk.store.info import InfoItem
from tests.info.test_followup_voided import CLERK0, DAY, EVENT  # the same event and clerk


@pytest.fixture
def event(report, fixed_today):
    """A first report of a sudden event and two 续报 of it, the second 机密."""
    fixed_today(DAY)
    first = report(title="城关镇山火", **EVENT)
    plain = procedure.followup(first.id, {"reported_at": clock.now(), "content": "明火已扑灭"}, CLI_ACTOR)
    secret = procedure.followup(first.id, {"reported_at": clock.now(), "content": "伤亡情况", "secrecy": "机密"}, CLI_ACTOR)
    return first, plain, secret


def _refusal(item_id, actor):
    return lifecycle.void_refusal(info.SPEC, info.get(item_id, CLI_ACTOR), actor)


def test_a_first_report_with_live_followups_is_not_voided(event):
    first, plain, secret = event
    said = _refusal(first.id, CLI_ACTOR)
    assert said is not None
    assert plain.number in said and secret.number in said
    assert "作废其续报后再作废首报" in said
    with pytest.raises(ProcedureError) as refused:
        lifecycle.void_record("info", first.id, CLI_ACTOR, "重复登记")
    assert refused.value.message == said
    assert info.get(first.id, CLI_ACTOR).state != lifecycle.VOIDED

    # one 续报 voided: the other is still named
    lifecycle.void_record("info", plain.id, CLI_ACTOR, "重复登记")
    said = _refusal(first.id, CLI_ACTOR)
    assert said is not None and secret.number in said
    assert plain.number not in said
    # both voided: the first report goes too
    lifecycle.void_record("info", secret.id, CLI_ACTOR, "重复登记")
    assert _refusal(first.id, CLI_ACTOR) is None
    voided = lifecycle.void_record("info", first.id, CLI_ACTOR, "重复登记")
    assert voided.state == lifecycle.VOIDED


def test_a_followup_above_the_clearance_is_neither_named_nor_counted(event):
    first, plain, secret = event
    said = _refusal(first.id, CLERK0)
    assert said is not None and plain.number in said
    assert secret.number not in said and "伤亡" not in said
    assert not re.search(r"\d\s*件", said), said  # no count, of his or of hidden ones
    with pytest.raises(ProcedureError) as refused:
        lifecycle.void_record("info", first.id, CLERK0, "重复登记")
    assert refused.value.message == said


def test_a_followup_itself_and_an_ordinary_item_are_voided_as_before(event, report):
    first, plain, _ = event
    assert _refusal(plain.id, CLI_ACTOR) is None
    assert _refusal(report(title="普通信息").id, CLI_ACTOR) is None


def test_followups_of_a_first_report_voided_before_this_rule_count_nowhere(event, report):
    first, plain, secret = event
    other = report(title="另一条信息", unit="城关镇", reported_at="2026-11-11 09:00")
    year = DAY.year

    def reported():
        return {s.unit: s.reported for s in scoring.unit_scores(CLI_ACTOR, DAY.replace(day=1), DAY)}

    assert info.figures.figures(CLI_ACTOR, year)["total"] == 4
    assert reported() == {"城关镇": 4}
    # a database of an older version: the first report voided, its 续报 left alive
    InfoItem.update(state=lifecycle.VOIDED).where(InfoItem.id == first.id).execute()
    found = info.figures.figures(CLI_ACTOR, year)
    assert found["total"] == 1 and sum(found["per_month"].values()) == 1
    assert found["by_category"] == {other.category: 1}
    assert reported() == {"城关镇": 1}
    assert scoring.item_points(info.get(plain.id, CLI_ACTOR)) == 0
    assert scoring.item_points(info.get(other.id, CLI_ACTOR)) > 0


def test_the_window_offers_no_voiding_of_a_first_report_with_live_followups(event, app_ctx, qtbot):
    from officedesk.ui.info import make_tab

    first, plain, secret = event
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    voiding = tab.list.lifecycle.void_action
    tab.list.select_record(first.id)
    tab.update_current()
    assert not voiding.isEnabled() and "作废其续报后再作废首报" in voiding.toolTip()
    tab.list.select_record(plain.id)
    tab.update_current()
    assert voiding.isEnabled()
