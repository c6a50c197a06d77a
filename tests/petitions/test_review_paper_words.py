"""The 复核意见书 closes the matter in the words of 《信访工作条例》(2022) art. 36: 各级党委和政府
信访部门和其他机关、单位不再受理 — not the 2005 《信访条例》's “信访工作机构”."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions
from tests.petitions.papers import paper_text
from tests.petitions.test_reply_papers import _assigned_and_reviewed, units_above

D = dt.date


def test_the_recheck_paper_says_no_longer_accepted_as_article_36_says(
    register, admin, clerk, fixed_today
):
    fixed_today(D(2026, 3, 20))
    units_above(admin, "县委办公室", "城关镇司法所", "县司法局", "县委办公室")
    p = _assigned_and_reviewed(register, admin, "城关镇司法所")
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-03-16")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持复查意见。", on="2026-03-17")
    text = paper_text("petition-reply", p, clerk)
    assert "信访事项复核意见书" in text
    assert ("仍然以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。"
            in text)
    assert "信访工作机构" not in text  # the 2005 条例's word
