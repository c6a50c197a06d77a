"""退回 in the 效能 figures count what the other figures count and when the work was sent back:
a voided 发文's returns count nowhere (as the 发文 itself), and a return entered days after it
was made (on paper, `--on`) counts in the period of the day it was made."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, lifecycle, steps
from officedesk.core.documents import common, outgoing
from officedesk.core.efficiency import efficiency

D = dt.date


def _draft(admin) -> int:
    return outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "秘书科",
                           "拟稿人": "陈晓", "主送": "各乡镇党委", "正文": "现将有关事项通知如下。",
                           "密级": "非密", "份数": "10", "印发机关": "中共某某县委办公室"}, admin).id


def _sent_back_once_then_numbered(admin) -> int:
    """核稿 → 退回修改 → 核稿 → 签发 → 复核 → 编号, all today."""
    doc = _draft(admin)
    for step, values in (("核稿", {"核稿人": "周核稿"}), ("退回修改", {"理由": "数字有误"}),
                         ("核稿", {"核稿人": "周核稿"}), ("签发", {"签发人": "王建国"}),
                         ("复核", {"复核人": "周秘书"}), ("编号", {})):
        steps.perform("outgoing", doc, step, values, admin)
    return doc


def _returns(admin, first: dt.date, last: dt.date) -> dict:
    return efficiency(admin, first, last)["procedures"]["outgoing"]["returns"]


def test_the_returns_of_a_voided_document_count_nowhere(office, admin):
    clock.set_today(D(2025, 11, 10))
    _sent_back_once_then_numbered(admin)
    wrong = _sent_back_once_then_numbered(admin)
    month = (D(2025, 11, 1), D(2025, 11, 30))
    assert _returns(admin, *month)["count"] == 2
    lifecycle.void_record("outgoing", wrong, admin, "误编号")
    figures = efficiency(admin, *month)["procedures"]["outgoing"]
    back = figures["returns"]
    assert figures["total"]["volume"] == 1
    # one 发文 counted, sent back once: 1 time, 1 record, 1 per 1 发文 (not 2 per 1)
    assert (back["count"], back["records"], back["per_100"]) == (1, 1, 100.0)
    assert back["by_step"] == [{"from": "签发", "to": "拟稿", "count": 1, "records": 1}]


def test_a_return_counts_on_the_day_it_was_made_not_entered(office, admin):
    clock.set_today(D(2025, 10, 27))
    doc = _draft(admin)
    steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, admin)
    clock.set_today(D(2025, 11, 3))  # the leader sent it back on paper on 10-30
    steps.perform("outgoing", doc, "退回修改", {"理由": "数字有误"}, admin, on="2025-10-30")
    made = [row.at.date() for row in common.steps("outgoing", doc, admin) if row.step == "退回修改"]
    assert made == [D(2025, 10, 30)]
    october, november = (D(2025, 10, 1), D(2025, 10, 31)), (D(2025, 11, 1), D(2025, 11, 30))
    assert _returns(admin, *october)["count"] == 1
    assert _returns(admin, *november)["count"] == 0
    assert _returns(admin, *november)["previous"] == 1  # October, seen from November
