"""代理: a clerk standing in for the 信息科's 科员 sees the section's 信息 待办 — items 待接收
and a sudden event's report clock — as the holder does, marked as his 代理, while the delegation
is in force (not before, not after), only items both his clearance and the holder's reach; and
he may do them (接收) as the holder would."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, my_work, positions, responsibility, steps, users
from officedesk.core.actor import CLI_ACTOR
from tests.chain.test_delegation_days import INFO_STAFF
from tests.info.test_awaited import OFFICE, _event, _item
from tests.staff import make_staff

DAY = dt.date(2026, 11, 2)
PERIOD = (dt.date(2026, 11, 2), dt.date(2026, 11, 4))


def _clerk(username, name, clearance=3):
    users.create_user(username, "pass1234", "clerk", CLI_ACTOR, display_name=name,
                      clearance=clearance)
    positions.set_post(username, CLI_ACTOR, unit=OFFICE + "秘书科", position="科员",
                       new_section=True)
    return users.actor_for(users.get_user(username))


def _info_pending(actor):
    return [(w.record_id, w.step, w.on_behalf) for w in my_work.my_pending(actor)
            if w.registry == "info"]


def test_the_substitute_sees_the_section_s_items_while_the_delegation_is_in_force(db, fixed_today):
    fixed_today(DAY)
    clock.set_today(DAY, dt.time(9, 10))
    staff = make_staff(INFO_STAFF)
    stand_in = _clerk("ms", "马双")
    plain, event = _item().id, _event().id
    assert _info_pending(stand_in) == []  # no delegation yet: not his work
    positions.set_delegation("ys", "ms", *PERIOD, CLI_ACTOR, "休假")
    behalf = f"{responsibility.SUBSTITUTE}杨帅"
    assert set(_info_pending(stand_in)) == {(plain, "接收", behalf), (event, "电话报告", behalf)}
    # the holder still sees them as his own
    assert {(r, s) for r, s, b in _info_pending(staff["ys"]) if not b} == {
        (plain, "接收"), (event, "电话报告")}
    # and he may do them as the holder would: 接收, recorded as done for 杨帅
    steps.perform("info", plain, "接收", {}, stand_in)
    sign = responsibility.signs("info", plain)[-1]
    assert (sign.step, sign.mode, sign.person, sign.actor) == (
        "接收", responsibility.SUBSTITUTE, "杨帅", "ms")
    assert set(_info_pending(stand_in)) == {(plain, "初审", behalf), (event, "电话报告", behalf)}
    # after the period: nothing of the section's
    clock.set_today(PERIOD[1] + dt.timedelta(days=1), dt.time(9, 0))
    assert _info_pending(stand_in) == []


def test_the_substitute_sees_only_items_both_clearances_reach(db, fixed_today):
    fixed_today(DAY)
    clock.set_today(DAY, dt.time(9, 10))
    make_staff(INFO_STAFF)
    low = _clerk("dm", "丁明", clearance=0)
    _item(secrecy="机密")
    _event(secrecy="机密")
    plain = _item().id
    positions.set_delegation("ys", "dm", *PERIOD, CLI_ACTOR, "休假")
    assert [r for r, _s, _b in _info_pending(low)] == [plain]
    # a holder cleared for less than his substitute: the substitute sees what the holder may
    users.create_user("xs", "pass1234", "clerk", CLI_ACTOR, display_name="谢松", clearance=1)
    positions.set_post("xs", CLI_ACTOR, unit=OFFICE + "信息科", position="科员")
    high = _clerk("gm", "高明")
    positions.set_delegation("xs", "gm", *PERIOD, CLI_ACTOR, "休假")
    assert [r for r, _s, _b in _info_pending(high)] == [plain]
