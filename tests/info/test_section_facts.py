"""接收, 电话报告 and 书面报告 — the facts that decide whether a 突发事件 was reported late, never
corrected afterwards — and 作废 of an 信息 are the 信息科's (or the administrator's), held by the
rule that holds its corrections (periodicals.publish_refusal): a clerk of another section is
refused in core, and neither `steps` nor the window offers them to him."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, info, lifecycle, passwords, steps
from officedesk.core.errors import PermissionDeniedError, ProcedureError
from officedesk.core.info import procedure, scoring
from tests.staff import make_staff

from .test_chain import OFFICE, STAFF, TODAY

FACTS = ("接收", "电话报告", "书面报告")
OUTSIDE = [("gy", "高阳", "clerk", OFFICE + "督查室", "科员", "", False),
           ("hy", "何芸", "clerk", OFFICE + "信访科", "科员", "", True)]


@pytest.fixture
def staff(db, fixed_today, monkeypatch):
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    return make_staff([*STAFF, *OUTSIDE])


@pytest.fixture
def event(report, staff):
    """A 较大 突发事件 phoned in 10 minutes after it happened, its written report awaited."""
    happened = clock.now() - dt.timedelta(minutes=100)
    return report(title="某镇发生山火", unit="河口镇", category="突发事件", event_level="较大",
                  event_at=happened, reported_at=happened + dt.timedelta(minutes=10))


def _names(item_id, actor):
    return {s.name for s in steps.available_steps("info", item_id, actor)}


# minutes ago (the event was 100 minutes ago): the phone report within its 30 minutes, the
# written one within its 60 — as a clerk backdating them would say
FIELDS = {"接收": ("", 0), "电话报告": ("电话报告时间", 80), "书面报告": ("书面报告时间", 45)}


def _values(step):
    field, minutes = FIELDS[step]
    when = clock.now() - dt.timedelta(minutes=minutes)
    return {field: when.strftime("%Y-%m-%d %H:%M")} if field else {}


def test_a_clerk_outside_the_info_section_may_not_receive_or_stop_the_clock(event, staff, admin):
    before = info.get(event.id, admin)
    for who in ("gy", "hy", "zxy"):  # 督查室, 信访科 (with the 代录 right), 秘书科
        assert not _names(event.id, staff[who]) & set(FACTS)
        for step in FACTS:
            with pytest.raises(ProcedureError, match="应由管理员或信息科的"):
                steps.perform("info", event.id, step, _values(step), staff[who])
    when = clock.now() - dt.timedelta(minutes=45)
    # core itself, called without the steps
    with pytest.raises(PermissionDeniedError, match="接收信息应由管理员或信息科的"):
        procedure.receive(event.id, before.version, staff["gy"])
    with pytest.raises(PermissionDeniedError, match="应由管理员或信息科的"):
        procedure.written_report(event.id, before.version, staff["gy"], when)
    with pytest.raises(PermissionDeniedError, match="应由管理员或信息科的"):
        procedure.phone_report(event.id, before.version, staff["gy"], when)
    after = info.get(event.id, admin)
    assert (after.version, after.state, after.phoned_at, after.written_at, after.received_at) == \
        (before.version, before.state, None, None, None)
    assert info.sudden.clock_of(after).light == info.sudden.LIGHT_LATE  # still running, late


def test_the_info_section_receives_and_records_the_reports(event, staff, admin):
    assert set(FACTS) <= _names(event.id, staff["ys"])
    steps.perform("info", event.id, "电话报告", _values("电话报告"), staff["ys"])
    steps.perform("info", event.id, "书面报告", _values("书面报告"), staff["ys"])
    steps.perform("info", event.id, "接收", {}, staff["ys"])
    item = info.get(event.id, admin)
    assert item.written_at is not None and item.received_at is not None
    assert info.sudden.clock_of(item).text == "按时报送"


@pytest.fixture
def scored(report, advance, staff, admin):
    """An item 编发 into 每日要情 with a leader's 批示: scored for 青石镇."""
    item = advance(report(title="作废测试", unit="青石镇"), on=TODAY)
    procedure.instruct(item.id, info.get(item.id, admin).version, staff["lgq"], "李国强",
                       "请推广。", TODAY)
    return info.get(item.id, admin)


def test_a_clerk_outside_the_info_section_may_not_void_an_item(scored, staff, admin):
    def points():
        return {s.unit: s.points for s in scoring.unit_scores(admin, TODAY, TODAY)}["青石镇"]

    counted = points()
    for who in ("gy", "hy", "zxy"):
        refused = lifecycle.void_refusal(info.SPEC, scored, staff[who])
        assert refused is not None and refused.startswith("作废信息应由管理员或信息科的")
        with pytest.raises(PermissionDeniedError, match="作废信息应由管理员或信息科的"):
            lifecycle.void_record("info", scored.id, staff[who], "登记错了")
    after = info.get(scored.id, admin)
    assert (after.version, after.state) == (scored.version, scored.state)
    assert points() == counted
    # the 信息科 may, as it may correct the item
    assert lifecycle.void_refusal(info.SPEC, scored, staff["ys"]) is None
    lifecycle.void_record("info", scored.id, staff["ys"], "登记错了")
    assert info.get(scored.id, admin).state == lifecycle.VOIDED
    assert "青石镇" not in {s.unit for s in scoring.unit_scores(admin, TODAY, TODAY)}


def test_before_anyone_holds_a_post_whoever_may_write_does_them(report, clerk, admin):
    happened = clock.now() - dt.timedelta(minutes=100)
    item = report(title="某镇发生山火", category="突发事件", event_level="较大",
                  event_at=happened, reported_at=happened + dt.timedelta(minutes=10))
    steps.perform("info", item.id, "书面报告", _values("书面报告"), clerk)
    steps.perform("info", item.id, "接收", {}, clerk)
    assert lifecycle.void_refusal(info.SPEC, info.get(item.id, admin), clerk) is None
    lifecycle.void_record("info", item.id, clerk, "重复登记")


def test_the_window_offers_them_only_to_the_info_section(event, staff, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.info import make_tab

    enabled = {}
    for who in ("gy", "ys"):
        ctx = AppContext(staff[who], "test.db",
                         QSettings(str(tmp_path / f"{who}.ini"), QSettings.Format.IniFormat))
        tab = make_tab(ctx)
        qtbot.addWidget(tab)
        tab.list.refresh()
        tab.list.select_record(event.id)
        tab.update_current()
        voiding = tab.list.lifecycle.void_action
        enabled[who] = {s for s in FACTS if tab.buttons[s].isEnabled()} | (
            {"作废"} if voiding.isEnabled() else set())
        if who == "gy":
            assert voiding.toolTip().startswith("作废信息应由管理员或信息科的")
    assert enabled == {"gy": set(), "ys": {"接收", "电话报告", "书面报告", "作废"}}
