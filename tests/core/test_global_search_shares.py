"""The global search gives every registry its share of the page: a word common in one
registry (“关于” in 190 收文 and 17 信息 of the demo office) no longer fills the page with the
registry whose index comes first and hides every other's; each registry's newest are listed,
grouped in the tabs' order, and whether any were left off is said (not “找到 200 条”)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import global_search, records, registry
from officedesk.core.actor import Actor
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.global_search import fair_shares

CLERK = Actor(username="clerk", role="clerk", clearance=1, display_name="科员")


def test_fair_shares_give_each_an_equal_share_and_the_unused_to_the_others():
    assert fair_shares({"a": 500, "b": 3, "c": 0, "d": 50}, 200) == {"a": 147, "b": 3, "c": 0, "d": 50}
    assert fair_shares({"a": 300, "b": 300}, 200) == {"a": 100, "b": 100}
    assert fair_shares({"a": 10, "b": 10, "c": 10}, 7) == {"a": 3, "b": 2, "c": 2}
    assert fair_shares({"a": 2, "b": 1}, 200) == {"a": 2, "b": 1}
    assert fair_shares({"a": 5}, 0) == {"a": 0}


def _incoming(title: str, secrecy: str = "") -> int:
    values = {"received_on": dt.date(2026, 11, 2), "from_org": "市委办公室", "title": title}
    if secrecy:
        values["secrecy"] = secrecy
    return records.create(INCOMING, values, _admin()).id


def _admin() -> Actor:
    from officedesk.core.actor import CLI_ACTOR

    return CLI_ACTOR


def _rooms(count: int) -> None:
    rooms = registry.get("rooms")
    for n in range(count):
        records.create(rooms, {"name": f"防汛指挥{n + 1}号会议室", "capacity": 20}, _admin())


@pytest.mark.usefixtures("any_db")
def test_a_word_common_in_one_registry_leaves_room_for_the_others():
    """收文's index comes before 会议室's: 12 收文 holding the word hid the one room before."""
    documents = [_incoming(f"关于做好防汛工作的通知（第{n}号）") for n in range(1, 13)]
    _rooms(1)
    found = global_search.found("防汛", CLERK, limit=6)
    assert [hit.registry for hit in found.hits] == ["incoming"] * 5 + ["rooms"]  # the tabs' order
    assert [hit.record_id for hit in found.hits][:5] == documents[::-1][:5]  # each registry's newest first
    assert found.more  # 7 of the 12 收文 left off: said, not “found 6”


@pytest.mark.usefixtures("any_db")
def test_all_shown_is_not_said_to_have_more_and_hidden_ones_take_no_share():
    _incoming("关于做好防汛工作的通知")
    hidden = {_incoming(f"关于防汛物资储备的请示（第{n}件）", secrecy="机密") for n in range(5)}
    _rooms(2)
    found = global_search.found("防汛", CLERK, limit=3)
    ids = [(hit.registry, hit.record_id) for hit in found.hits]
    assert not any(record_id in hidden for registry_name, record_id in ids if registry_name == "incoming")
    assert [hit.registry for hit in found.hits] == ["incoming", "rooms", "rooms"] and not found.more
    assert len(global_search.found("防汛", CLERK, limit=10).hits) == 3
