"""删除空期 of an issue whose only item was voided: the voided item no longer claims the removed
issue's 期号 — which the next issue takes when it moves up — but says it was removed
(每日要情 2026年原第2期（已删除）), leaves the issue's id (a new issue may take it again), and its
history says so; a voided item of an issue that moved up follows its issue's new number, as the
live ones do."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, info, lifecycle
from officedesk.core.info import empty_issue, periodicals, procedure

ON = dt.date(2026, 6, 2)


def _into_new_issue(report, advance, admin, title):
    item = advance(report(title=title, reported_at="2026-06-01 09:00"), up_to="签发", on=ON)
    procedure.publish(item.id, info.get(item.id, admin).version, admin, "每日要情",
                      new_issue=True, on=ON)
    return info.get(item.id, admin)


def test_a_voided_item_of_a_removed_issue_says_the_issue_was_removed(report, advance, admin,
                                                                     fixed_today):
    fixed_today(dt.date(2026, 6, 30))
    advance(report(title="甲局信息", reported_at="2026-06-01 09:00"), on=ON)  # 第1期
    gone = _into_new_issue(report, advance, admin, "乙镇信息")  # 第2期, to be voided
    kept = _into_new_issue(report, advance, admin, "丙县信息")  # 第3期
    also = advance(report(title="丁局信息", reported_at="2026-06-01 09:00"), up_to="签发", on=ON)
    procedure.publish(also.id, info.get(also.id, admin).version, admin, "每日要情", on=ON)  # 第3期
    assert [gone.issue_label, kept.issue_label, info.get(also.id, admin).issue_label] == [
        "每日要情 2026年第2期", "每日要情 2026年第3期", "每日要情 2026年第3期"]
    lifecycle.void_record("info", gone.id, admin, "重复报送")
    lifecycle.void_record("info", also.id, admin, "内容有误")
    empty_issue.remove_issue(gone.issue, admin)

    voided = info.get(gone.id, admin)
    assert voided.issue_label == "每日要情 2026年原第2期（已删除）"
    assert not voided.issue
    assert "每日要情 2026年第2期已删除" in audit.history("info", gone.id, admin)[-1].summary
    # the issue that moved up: its items, live and voided, take its new number
    assert info.get(kept.id, admin).issue_label == "每日要情 2026年第2期"
    assert info.get(also.id, admin).issue_label == "每日要情 2026年第2期"
    # only the issue that is 第2期 now claims it
    holders = [i for i in (info.get(n, admin) for n in (gone.id, kept.id, also.id))
               if i.issue_label == "每日要情 2026年第2期"]
    assert {i.issue for i in holders} == {periodicals.issue(kept.issue).id}
