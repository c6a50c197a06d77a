"""The global search's page: the newest hits the actor may see, grouped in the tabs' order, and
whether more were left off — a page cut short was said as 找到 200 条, as if that were all."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import global_search, records, registry
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents.incoming import INCOMING

CLERK = Actor(username="clerk", role="clerk", clearance=1, display_name="科员")


def _incoming(title: str, secrecy: str = "") -> int:
    values = {"received_on": dt.date(2026, 11, 2), "from_org": "市委办公室", "title": title}
    if secrecy:
        values["secrecy"] = secrecy
    return records.create(INCOMING, values, CLI_ACTOR).id


def _room(name: str) -> int:
    return records.create(registry.get("rooms"), {"name": name, "capacity": 20}, CLI_ACTOR).id


@pytest.mark.usefixtures("any_db")
def test_the_page_is_grouped_in_the_tabs_order_and_says_when_more_were_left_off():
    documents = [_incoming(f"关于做好防汛工作的通知（第{n}号）") for n in range(1, 4)]
    room = _room("防汛会商室")
    whole = global_search.found("防汛", CLERK, limit=4)
    # 收文 before 会议室 (the index keeps 会议室 first), newest first within each
    assert [(hit.registry, hit.record_id) for hit in whole.hits] == \
        [("incoming", doc) for doc in documents[::-1]] + [("rooms", room)]
    assert not whole.more  # every hit listed
    cut = global_search.found("防汛", CLERK, limit=3)
    assert len(cut.hits) == 3 and cut.more  # one left off: said, not “found 3”


@pytest.mark.usefixtures("any_db")
def test_hidden_records_are_neither_listed_nor_counted_as_more():
    shown = _incoming("关于做好防汛工作的通知")
    for n in range(5):
        _incoming(f"关于防汛物资储备的请示（第{n}件）", secrecy="机密")
    found = global_search.found("防汛", CLERK, limit=1)
    assert [hit.record_id for hit in found.hits] == [shown] and not found.more
