"""保密 of a first report's 续报 in the refusals that hold it (作废 of the 首报, a correction of
its 报送单位): a 续报 above the reader's clearance is neither named nor counted, and nothing in the
refusal differs between one hidden 续报 and two — nor, where a 续报 he may see refuses it
already, between none hidden and some. Refused for hidden ones alone, he is told who can do it
(涉密权限足够的人员)."""

from __future__ import annotations

import re

import pytest

from officedesk.core import clock, info, lifecycle, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import ValidationError
from officedesk.core.info import procedure

CLERK1 = Actor(username="clerk1", role="clerk", clearance=1, display_name="科员乙")
EVENT = {"category": "突发事件", "event_level": "较大", "event_at": "2026-03-01 09:00",
         "reported_at": "2026-03-01 09:31", "unit": "河口镇", "title": "河口镇化工厂泄漏"}


def _secret(first, mark):
    return procedure.followup(first.id, {"reported_at": clock.now(), "content": "伤亡情况", "title": f"涉密续报{mark}",
                                         "secrecy": "机密"}, CLI_ACTOR)


def _void(item):
    lifecycle.void_record("info", item.id, CLI_ACTOR, "重复登记")


def _void_said(first):
    return lifecycle.void_refusal(info.SPEC, info.get(first.id, CLI_ACTOR), CLERK1)


def _unit_said(first):
    first = info.get(first.id, CLI_ACTOR)
    with pytest.raises(ValidationError) as refused:
        records.update(info.SPEC, first.id, {"报送单位": "城关镇"}, first.version, CLERK1)
    return refused.value.message


def _untold(said, *hidden):
    assert not re.search(r"\d+\s*件", said), said  # no count of 续报 at all
    for item in hidden:
        assert item.number not in said and item.title not in said, said


@pytest.mark.parametrize("said_of", [_void_said, _unit_said], ids=["void", "unit"])
def test_hidden_followups_beside_visible_ones_change_nothing_in_the_refusal(report, advance, said_of):
    first = report(**EVENT)
    plain = procedure.followup(first.id, {"reported_at": clock.now(), "content": "事态进展"}, CLI_ACTOR)
    if said_of is _unit_said:  # a visible 续报 that refuses the correction: scored (编发)
        plain = advance(plain)
    one, two = _secret(first, "XA1"), _secret(first, "XA2")
    with_two = said_of(first)
    _void(two)
    with_one = said_of(first)
    _void(one)
    with_none = said_of(first)
    assert plain.number in with_none
    assert with_two == with_one == with_none
    _untold(with_two, one, two)


@pytest.mark.parametrize("said_of", [_void_said, _unit_said], ids=["void", "unit"])
def test_hidden_followups_alone_are_not_counted_and_say_who_can(report, said_of):
    first = report(**EVENT)
    one, two = _secret(first, "XB1"), _secret(first, "XB2")
    with_two = said_of(first)
    _void(two)
    with_one = said_of(first)
    assert with_two == with_one
    _untold(with_two, one, two)
    assert "涉密权限足够的人员" in with_two, with_two
