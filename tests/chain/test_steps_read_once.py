"""The steps a record offers now (the buttons of a selected row, `officedesk steps`) read the
record's signatures and the users' posts once, not once for every step and every holder: a
发文 selected in the list asked the database 170 times before, 60 ms a click. The answer is the
same as each step's refusal asked on its own."""

from __future__ import annotations

import pytest

from officedesk.core import positions, records, registry, step_signs, steps
from officedesk.core.documents import outgoing
from tests.chain.test_window_steps import staff  # noqa: F401 (the fixture)


@pytest.fixture
def reads(monkeypatch) -> dict[str, int]:
    counted = {"signs": 0, "posts": 0}

    def counting(name: str, real):
        def read(*args):
            counted[name] += 1
            return real(*args)
        return read

    monkeypatch.setattr(step_signs, "_signs", counting("signs", step_signs._signs))
    monkeypatch.setattr(positions, "_all_posts", counting("posts", positions._all_posts))
    return counted


def test_the_steps_offered_read_signatures_and_posts_once(staff, reads):  # noqa: F811
    doc = outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "正文": "一、经费用途"}, staff["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staff["chuzhang"])
    reads.update(signs=0, posts=0)
    offered = steps.available_steps("outgoing", doc, staff["fuzhuren"])
    assert reads == {"signs": 1, "posts": 1}
    # the same answer as each step asked on its own (outside the scope: read every time)
    proc = steps.procedure("outgoing")
    record = records.get(registry.get("outgoing"), doc, staff["fuzhuren"])
    alone = [s.name for s in proc.steps if (s.offered is None or s.offered(record, staff["fuzhuren"]))
             and steps.refusal(proc, s, record, staff["fuzhuren"]) is None]
    assert [s.name for s in offered] == alone and "审核" in alone
    assert reads["signs"] > 1  # outside the scope nothing is remembered


def test_a_step_done_between_two_questions_is_seen(staff):  # noqa: F811
    doc = outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "正文": "一、经费用途"}, staff["kuiyuan"]).id
    before = [s.name for s in steps.available_steps("outgoing", doc, staff["chuzhang"])]
    steps.perform("outgoing", doc, "核稿", {}, staff["chuzhang"])
    after = [s.name for s in steps.available_steps("outgoing", doc, staff["chuzhang"])]
    assert "核稿" in before and "核稿" not in after
