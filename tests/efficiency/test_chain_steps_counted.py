"""Every declared step of 收文 and 发文 that the document waits for is a step of the 效能 figures:
发文's 审核 (分管副主任, in the default chain) has its own row and its days are not charged to 签发."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, steps
from officedesk.core.documents import outgoing, recheck
from officedesk.core.efficiency import efficiency, step_spans
from officedesk.core.efficiency import spans as S

from .test_registries import CLERK

D = dt.date


def _reviewed_document() -> int:
    clock.set_today(D(2025, 11, 3))  # a Monday
    r = outgoing.draft({"标题": "关于审核用时测试的通知", "文种": "通知", "拟稿单位": "县委办公室秘书科",
                        "拟稿人": "张晓燕", "主送": "各乡镇党委", "密级": "非密"}, CLERK)
    r = outgoing.check(r.id, r.version, CLERK, "王志远", "", D(2025, 11, 3))
    clock.set_today(D(2025, 11, 12))
    r = outgoing.review(r.id, r.version, CLERK, "同意", "王志刚", D(2025, 11, 10))
    r = outgoing.sign(r.id, r.version, CLERK, "李国强", "同意", D(2025, 11, 11))
    recheck.recheck(r.id, r.version, CLERK, "张晓燕", "", D(2025, 11, 11))
    clock.set_today(None)
    return r.id


def _check(result) -> None:
    figures = result["procedures"]["outgoing"]
    rows = {s["step"]: s for s in figures["steps"]}
    assert rows["审核"]["count"] == 1 and rows["审核"]["longest"] == 5  # 11-03 → 11-10
    assert rows["签发"]["longest"] == 1  # 11-10 → 11-11, not from 核稿
    assert figures["bottlenecks"] == ["审核"]
    people = {p["key"]: p for p in figures["by_step_person"]}
    assert people["王志刚"]["total_days"] == 5
    assert people["李国强"]["total_days"] == 1


def test_review_is_counted_as_its_own_step(office, admin):
    _reviewed_document()
    _check(efficiency(admin, D(2025, 11, 1), D(2025, 11, 30)))


def test_review_in_the_drill_down(office, admin):
    rid = _reviewed_document()
    spans = S.load(admin, S.Window(D(2025, 11, 1), D(2025, 11, 30), None, True), ["outgoing"])
    mine = {s[1]: (s[3], s[4], s[7]) for s in spans if s[2] == rid and s[1] != S.WHOLE}
    assert mine["审核"] == (D(2025, 11, 3).toordinal(), D(2025, 11, 10).toordinal(), "王志刚")
    assert mine["签发"][:2] == (D(2025, 11, 10).toordinal(), D(2025, 11, 11).toordinal())


def test_a_summary_built_with_fewer_steps_is_rebuilt(office, admin):
    # a database whose summary was built before 审核 was counted: its spans are made again
    _reviewed_document()
    step_spans.refresh("outgoing", ("拟稿", "核稿", "签发", "复核"))
    _check(efficiency(admin, D(2025, 11, 1), D(2025, 11, 30)))


def test_every_declared_step_is_counted_or_said_not_to_be():
    for registry in ("incoming", "outgoing"):
        counted = S.counted_steps(registry)
        declared = [s.name for s in steps.procedure(registry).steps]
        for name in declared:
            assert (name in counted) != (name in S.NOT_WAITS[registry]), (registry, name)
        # the step that makes the record starts the clock; the rest are declared steps
        assert counted[0] == S.FIRST_STEP[registry]
        assert set(counted[1:]) <= set(declared)
        # in the order they are declared (the figures' rows follow it)
        assert list(counted[1:]) == [n for n in declared if n in counted]
    assert "审核" in S.counted_steps("outgoing")
