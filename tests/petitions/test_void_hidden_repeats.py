"""保密 of the 作废 refusal of an original whose 重复件 live (links.void_refusal): a 重复件 above
the clerk's clearance is neither named nor counted — the refusal said “是 N 件信访的原件” with
the hidden ones in N, and “另有 N 件您无权查看” — and nothing in it differs between one hidden
重复件 and two, nor, where one he may see refuses it already, between none and some. Refused
for hidden ones alone, he is told who can do it (涉密权限足够的人员)."""

from __future__ import annotations

import re

import pytest

from officedesk.core import lifecycle, petitions
from officedesk.core.actor import CLI_ACTOR, Actor

LOWCLERK = Actor("lowclerk", "clerk", 0, display_name="低密科员")


def _repeat(register, original, day, secrecy="非密"):
    return register(repeat_of=original.id, registered_on=day, secrecy=secrecy)


def _said(original):
    return lifecycle.void_refusal(petitions.SPEC, petitions.get(original.id, CLI_ACTOR), LOWCLERK)


def _void(record):
    lifecycle.void_record("petitions", record.id, CLI_ACTOR, "重复登记")


def _untold(said, *hidden):
    assert not re.search(r"\d+\s*件", said), said
    for record in hidden:
        assert record.number not in said, said


@pytest.fixture
def original(register):
    return register(registered_on="2026-03-02")


def test_hidden_repeats_beside_a_visible_one_change_nothing_in_the_refusal(register, original):
    shown = _repeat(register, original, "2026-03-05")
    one = _repeat(register, original, "2026-03-06", "机密")
    two = _repeat(register, original, "2026-03-07", "机密")
    with_two = _said(original)
    _void(two)
    with_one = _said(original)
    _void(one)
    without = _said(original)
    assert without is not None and shown.number in without
    assert with_two == with_one == without
    _untold(with_two, one, two)


def test_hidden_repeats_alone_are_not_counted_and_say_who_can(register, original):
    one = _repeat(register, original, "2026-03-06", "机密")
    two = _repeat(register, original, "2026-03-07", "机密")
    with_two = _said(original)
    _void(two)
    with_one = _said(original)
    assert with_two is not None and with_two == with_one
    _untold(with_two, one, two)
    assert "涉密权限足够的人员" in with_two, with_two
    _void(one)
    assert _said(original) is None
