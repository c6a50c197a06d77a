"""The demo's 信息, printed in its 每日要情 and 信息专报, read as a county's: 县文化和旅游局 聚焦耕地保护
and 县委组织部 on 城镇老旧小区改造 read made-up, 每日要情 2026年第2期 carried 我县多措并举抓好乡村
旅游提质 twice, and 社情民意 said “县教育局部分群众反映…” (a department has no 群众 of its own)."""

from __future__ import annotations

import collections
import itertools

from officedesk.core.info import spec as info_spec
from officedesk.store.info import InfoItem
from tests.documents import test_demo_believable as believable

_fits = believable._fits
demo = believable.demo  # the fixture: the demo filled on its two days

# what a clerk would never see a unit report on: another portfolio's work
NEVER = {
    "县文化和旅游局": ("耕地", "农田", "老旧小区", "森林防火"),
    "县应急管理局": ("乡村旅游", "义务教育", "营商环境"),
    "县委组织部": ("老旧小区", "食品安全", "耕地", "乡村旅游"),
    "县教育局": ("营商环境", "森林防火", "耕地", "安全生产大排查"),
    "县卫生健康委员会": ("安全生产大排查", "森林防火", "乡村旅游"),
    "县林业局": ("防汛", "老旧小区", "义务教育", "营商环境"),
}




def _reports() -> list[InfoItem]:
    """The units' own reports (a sudden event's title names where it happened)."""
    return list(InfoItem.select().where(InfoItem.category != info_spec.SUDDEN))


def _printed(item: InfoItem) -> str:
    return item.edited_title or item.title


def test_each_unit_reports_on_the_work_of_its_own_portfolio(demo):
    from officedesk.demo import info_texts

    odd = [(i.unit, i.title) for i in _reports()
           if any(word in i.title for word in NEVER.get(i.unit, ()))]
    assert not odd, odd
    towns = set(info_texts.TOWNS)
    for item in _reports():
        own = info_texts.PORTFOLIO[item.unit] + (info_texts.TOWN_WORK if item.unit in towns else [])
        assert any(subject in item.title for subject in own), (item.unit, item.title)
    # a department's work is its own: 我县扎实推进… is one department's, never two's
    departments = [u for u in info_texts.PORTFOLIO if u not in towns]
    shared = collections.Counter(s for u in departments for s in info_texts.PORTFOLIO[u])
    assert all(n == 1 for n in shared.values()), shared


def test_no_title_twice_in_an_issue_or_within_a_year(demo):
    printed = [i for i in InfoItem.select() if i.issue is not None]
    assert len({i.issue for i in printed}) > 5  # the demo prints issues
    per_issue = collections.Counter((i.issue_label, _printed(i)) for i in printed)
    assert not {k: n for k, n in per_issue.items() if n > 1}
    # nor within a year: not in a calendar year, nor in a December and the January after it
    for title in (_printed, lambda i: i.title):
        days = collections.defaultdict(list)
        for item in InfoItem.select():
            days[title(item)].append(item.reported_at.date())
        twice = {t: [str(d) for d in sorted(ds)] for t, ds in days.items()
                 if any((b - a).days < 365 for a, b in itertools.pairwise(sorted(ds)))}
        assert not twice, twice


def test_a_department_tells_what_it_heard_of_the_people_a_township_its_people(demo):
    told = [i for i in _reports() if i.category == "社情民意"]
    assert told and any(i.unit.endswith(("乡", "镇")) for i in told)
    # the people raise their living, not an office's 党建 or 队伍建设
    assert not [i.title for i in told if "党" in i.title or "队伍" in i.title]
    for item in told:
        if item.unit.endswith(("乡", "镇")):
            assert f"{item.unit}部分群众" in item.content, item.content
        else:
            assert f"{item.unit}部分群众" not in item.content, item.content
            assert f"{item.unit}群众" not in item.content, item.content


def test_a_season_s_work_is_reported_in_its_season(demo):
    wrong = [(i.title, str(i.reported_at.date()), why) for i in _reports()
             if (why := _fits(i.title, i.reported_at.date()))]
    assert not wrong, wrong
