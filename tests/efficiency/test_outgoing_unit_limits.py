"""效能 per unit, 发文 (probe146): the 拟稿单位's part judged on time by the 核稿 limit the 发文's
审批链 declares (by 文种 and 密级; `核稿 处长、科长@本单位 1日` by default), each stretch —
拟稿 → 核稿, each 退回修改 → the next 核稿 — due that many working days after its start, as the
工作台 counts the step's limit from the draft's previous step. The part is on time when every
stretch was 核稿 within its limit; a stretch open past its limit is the unit's 逾期未办. Where the
chain gives 核稿 no limit the unit has no 按时率 (“—”); 本机关's part has none. The part had no
limit at all, so the 发文 ranking had no 按时率."""

from __future__ import annotations

import datetime as dt

from officedesk.core import chains, workdays
from officedesk.core.efficiency import efficiency
from officedesk.core.efficiency.drill import records_behind
from officedesk.core.efficiency.spans import OFFICE, UNIT_COUNTS

from .test_outgoing_units import NOVEMBER, UNIT, _draft, _held_by_the_leaders, _sent_back, _steps

D = dt.date


def _units(admin, first=NOVEMBER[0], last=NOVEMBER[1], **kwargs) -> dict[str, dict]:
    figures = efficiency(admin, first, last, **kwargs)["procedures"]["outgoing"]
    return {row["key"]: row for row in figures["by_unit"]}


def _waiting(admin) -> int:
    """Drafted Monday 11-24, not 核稿 by the month's end: its 1 day ran out on 11-25."""
    doc = _draft(admin, D(2025, 11, 24))
    _steps(admin, doc)  # the clock back to TODAY
    return doc


def test_the_drafting_unit_is_judged_by_the_chain_s_check_limit(office, admin):
    held = _held_by_the_leaders(admin)  # 核稿 the day drafted: on time
    back = _sent_back(admin)  # 1 day, then 退回修改 11-07 → 核稿 11-12 (3 days > 1): late
    units = _units(admin)
    mine = units[UNIT]
    assert (mine["completed"], mine["on_time"], mine["on_time_rate"]) == (2, 1, 50.0)
    assert mine["rank"] == 1
    assert units[OFFICE]["on_time_rate"] is None  # the office's part has no limit
    rows = {r.record_id: r for r in records_behind(admin, "outgoing", *NOVEMBER, "unit", UNIT)}
    assert (rows[held].state, rows[back].state) == ("按时", "超时")
    assert rows[back].due == D(2025, 11, 10)  # the late stretch's: 11-07 + 1 working day
    # the whole office's figures are the whole procedure's, as before
    total = efficiency(admin, *NOVEMBER)["procedures"]["outgoing"]["total"]
    assert (total["completed"], total["on_time_rate"], total["overdue"]) == (1, 100.0, 1)


def test_a_stretch_past_its_limit_is_the_unit_s_overdue(office, admin):
    _sent_back(admin)
    waiting = _waiting(admin)
    units = _units(admin)
    assert (units[UNIT]["overdue"], units[OFFICE]["overdue"]) == (1, 0)
    assert [r.record_id for r in records_behind(admin, "outgoing", *NOVEMBER, "unit", UNIT)
            if r.state == "逾期未办"] == [waiting]
    # on 11-11 the draft sent back (due 11-10) was the unit's and late, counted once
    early = _units(admin, NOVEMBER[0], D(2025, 11, 11))
    assert early[UNIT]["overdue"] == 1
    # on 11-06 the office had it (核稿 11-05 in time): nobody's 逾期 of the unit's
    assert _units(admin, NOVEMBER[0], D(2025, 11, 6))[UNIT]["overdue"] == 0
    # one unit's figures (the tab's 单位) count the same
    own = efficiency(admin, *NOVEMBER, unit=UNIT)["procedures"]["outgoing"]["total"]
    assert (own["overdue"], own["on_time_rate"]) == (1, 0.0)
    assert [r.state for r in records_behind(admin, "outgoing", *NOVEMBER, unit=UNIT)
            if r.record_id == waiting] == ["逾期未办"]


def test_the_chain_of_the_kind_gives_the_limit(office, admin):
    chains.save_chain("outgoing", "请示", "拟稿 科员、科长@本单位\n核稿 处长、科长@本单位 3日\n"
                      "签发 主任 1日", admin)
    from officedesk.core import clock
    from officedesk.core.documents import outgoing

    notice = _draft(admin, D(2025, 11, 3))  # the general chain's 1 day: 3 days is late
    _steps(admin, notice, (D(2025, 11, 6), "核稿", {"核稿人": "周核稿"}))
    clock.set_today(D(2025, 11, 3))
    doc = outgoing.draft({"标题": "关于某事的请示", "文种": "请示", "拟稿单位": UNIT,
                          "拟稿人": "陈晓", "主送": "县委", "正文": "妥否，请批示。"}, admin).id
    _steps(admin, doc, (D(2025, 11, 6), "核稿", {"核稿人": "周核稿"}))
    rows = {r.record_id: r for r in records_behind(admin, "outgoing", *NOVEMBER, "unit", UNIT)}
    assert (rows[notice].state, rows[doc].state) == ("超时", "按时")
    assert _units(admin)[UNIT]["on_time_rate"] == 50.0


def test_no_check_limit_in_the_chain_no_rate(office, admin):
    chains.save_chain("outgoing", "", "拟稿 科员、科长@本单位\n核稿 处长、科长@本单位\n"
                      "签发 主任 1日", admin)
    _sent_back(admin)
    _waiting(admin)
    units = _units(admin)
    assert (units[UNIT]["on_time_rate"], units[UNIT]["overdue"]) == (None, 0)
    assert "核稿时限" in UNIT_COUNTS["outgoing"] and "任一段超时" in UNIT_COUNTS["outgoing"]


def _recount(limit: int) -> tuple[int, int]:
    """(on time, judged) of the 拟稿单位's parts finished in November, recounted from the
    tables: each 核稿 from the step before it (拟稿 or 退回修改), within `limit` working days."""
    from officedesk.core.efficiency.spans import day
    from officedesk.store.documents import DocStep

    rows = (DocStep.select(DocStep.record_id, DocStep.step, day(DocStep.at))
            .where((DocStep.registry == "outgoing")
                   & DocStep.step.in_(("拟稿", "核稿", "退回修改", "签发", "复核", "编号", "印制")))
            .order_by(DocStep.record_id, DocStep.id).tuples())
    steps_of: dict[int, list[tuple[str, dt.date]]] = {}
    for rid, step, at in rows:
        steps_of.setdefault(rid, []).append((step, dt.date.fromisoformat(str(at)[:10])))
    judged = on_time = 0
    for done in steps_of.values():
        stretches = [(a, b) for (_s, a), (step, b) in zip(done, done[1:], strict=False)
                     if step == "核稿"]
        if not stretches or done[-1][0] == "退回修改" or not (
                NOVEMBER[0] <= stretches[-1][1] <= NOVEMBER[1]):
            continue
        judged += 1
        on_time += all(b <= workdays.add_working_days(a, limit) for a, b in stretches)
    return on_time, judged


def test_the_rate_recounted_from_the_tables(any_office, admin):
    _held_by_the_leaders(admin)
    _sent_back(admin)
    quick = _draft(admin, D(2025, 11, 18))
    _steps(admin, quick, (D(2025, 11, 19), "核稿", {"核稿人": "周核稿"}),
           (D(2025, 11, 21), "签发", {"签发人": "王建国"}))
    slow = _draft(admin, D(2025, 11, 18))
    _steps(admin, slow, (D(2025, 11, 20), "核稿", {"核稿人": "周核稿"}))
    mine = _units(admin)[UNIT]
    on_time, judged = _recount(1)
    assert (on_time, judged) == (2, 4)
    assert (mine["on_time"], mine["completed"], mine["on_time_rate"]) \
        == (on_time, judged, 100.0 * on_time / judged)


def test_every_stretch_within_its_limit_or_late(office, admin):
    """A first 核稿 late (11-03 → 11-06, due 11-04) and the one after a 退回修改 in time: late,
    not judged by the last stretch alone; between them the office had it, nobody's 逾期."""
    doc = _draft(admin, D(2025, 11, 3))
    _steps(admin, doc, (D(2025, 11, 6), "核稿", {"核稿人": "周核稿"}),
           (D(2025, 11, 7), "退回修改", {"理由": "数字有误"}),
           (D(2025, 11, 7), "核稿", {"核稿人": "周核稿"}))
    assert _units(admin)[UNIT]["on_time_rate"] == 0.0
    [row] = records_behind(admin, "outgoing", *NOVEMBER, "unit", UNIT)
    assert (row.state, row.due) == ("超时", D(2025, 11, 4))
    # on 11-06 (over) it was 核稿 and with the office: not the unit's 逾期未办
    assert _units(admin, NOVEMBER[0], D(2025, 11, 6))[UNIT]["overdue"] == 0
    assert [r.state for r in records_behind(admin, "outgoing", NOVEMBER[0], D(2025, 11, 6),
                                            "unit", UNIT)] == ["在办"]
    # on 11-05 (over) its first stretch was past its due, 11-04
    assert _units(admin, NOVEMBER[0], D(2025, 11, 5))[UNIT]["overdue"] == 1


def test_the_due_day_itself(office, admin):
    """The draft sent back on 11-07 is due 11-10: 逾期 once 11-10 is over, not on 11-07."""
    _sent_back(admin)
    assert _units(admin, NOVEMBER[0], D(2025, 11, 10))[UNIT]["overdue"] == 1
    assert _units(admin, NOVEMBER[0], D(2025, 11, 7))[UNIT]["overdue"] == 0


def _ranking_chart(app_ctx, qtbot):
    from .test_tab import _tab

    tab = _tab(app_ctx, qtbot)
    tab.date_from.set_value(NOVEMBER[0])
    tab.date_to.set_value(NOVEMBER[1])
    tab.refresh()
    tab.rank_proc.setCurrentIndex(tab.rank_proc.findData("outgoing"))
    tab.rank_group.setCurrentIndex(tab.rank_group.findData("unit"))
    tab.show_ranking()
    chart = tab.rank_chart.chart()
    [series] = chart.series()
    [bars] = series.barSets()
    return tab, chart.title(), chart.axes()[0].categories(), [bars.at(n) for n in range(bars.count())]


def test_the_tab_charts_the_unit_s_rate(office, admin, app_ctx, qtbot):
    _held_by_the_leaders(admin)
    _sent_back(admin)
    tab, title, names, values = _ranking_chart(app_ctx, qtbot)
    assert (title, names, values) == ("按时率（%）", [UNIT], [50.0])
    table = tab.ranking.table
    assert [table.item(r, 5).text() for r in range(table.rowCount())] == ["50%", "—"]
    assert "核稿时限" in tab.ranking.toolTip()


def test_no_rate_the_tab_charts_median_days(office, admin, app_ctx, qtbot):
    """No 核稿 limit in the chain: no unit has a 按时率, so the chart shows their median days
    and says so, not an empty 按时率 chart."""
    chains.save_chain("outgoing", "", "拟稿 科员、科长@本单位\n核稿 处长、科长@本单位\n"
                      "签发 主任 1日", admin)
    _held_by_the_leaders(admin)
    _sent_back(admin)
    _tab, title, names, values = _ranking_chart(app_ctx, qtbot)
    assert (title, names, values) == ("中位用时（工作日）：各单位均无按时率", [UNIT], [2.0])


def test_the_bulletin_ranks_the_drafting_units(bulletin, admin):
    """The 通报's 各单位办理情况 ranks the 发文 by 拟稿单位 now their part has a 按时率 (it
    ranked 收文, 督查 and 信访 only), its chart the units' rate; the 说明 says the ruling."""
    _held_by_the_leaders(admin)
    _sent_back(admin)
    text = "".join(page.get_text() for page in bulletin()).replace("\n", "")
    assert "发文按拟稿单位排名" in text and "发文按时率" in text
    assert "各段均在时限内核稿的为按时，任一段超时即为超时" in text
