"""效能 per unit, 发文 (probe140): whose time a 发文's is (DOMAIN §7 逐级负责: 核稿 by the 处（科）长
of the drafting unit). The 拟稿单位 answers for 拟稿 → 核稿 and for each 退回修改 → the next 核稿
(a draft sent back and redrafted); 会签, 审核, 签发, 复核, 编号 and 印制 are the office's (本机关).
The unit row counted the whole 拟稿→印发, so a draft of 秘书科 核稿 the day it was drafted and
then waiting for the leaders and for 编号 read as 秘书科's 逾期未办."""

from __future__ import annotations

import datetime as dt
import statistics

from officedesk.core import clock, steps, workdays
from officedesk.core.documents import outgoing
from officedesk.core.efficiency import efficiency
from officedesk.core.efficiency.drill import records_behind
from officedesk.core.efficiency.spans import OFFICE, UNIT_COUNTS

from .conftest import TODAY

D = dt.date
NOVEMBER = (D(2025, 11, 1), D(2025, 11, 30))
UNIT = "秘书科"


def _draft(admin, day: dt.date) -> int:
    clock.set_today(day)
    return outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": UNIT,
                           "拟稿人": "陈晓", "主送": "各乡镇党委", "正文": "现将有关事项通知如下。"},
                          admin).id


def _steps(admin, doc: int, *done: tuple[dt.date, str, dict]) -> None:
    for day, step, values in done:
        clock.set_today(day)
        steps.perform("outgoing", doc, step, values, admin)
    clock.set_today(TODAY)


def _held_by_the_leaders(admin) -> int:
    """The brief's draft: 核稿 the day drafted (11-03), 签发 11-10, 复核 11-11, then
    waiting for 编号 (the office's) past the 发文's ten working days."""
    doc = _draft(admin, D(2025, 11, 3))
    _steps(admin, doc, (D(2025, 11, 3), "核稿", {"核稿人": "周核稿"}),
           (D(2025, 11, 10), "签发", {"签发人": "王建国"}),
           (D(2025, 11, 11), "复核", {"复核人": "周秘书"}))
    return doc


def _sent_back(admin) -> int:
    """Drafted 11-04, 核稿 11-05 (1 day), 退回修改 11-07, 核稿 again 11-12 (3 days: the unit's
    4), 签发, 复核, 编号 11-13, 印制 11-14 (the office's 2 + 2); 拟稿→印发 8 working days."""
    doc = _draft(admin, D(2025, 11, 4))
    _steps(admin, doc, (D(2025, 11, 5), "核稿", {"核稿人": "周核稿"}),
           (D(2025, 11, 7), "退回修改", {"理由": "数字有误"}),
           (D(2025, 11, 12), "核稿", {"核稿人": "周核稿"}),
           (D(2025, 11, 13), "签发", {"签发人": "王建国"}),
           (D(2025, 11, 13), "复核", {"复核人": "周秘书"}),
           (D(2025, 11, 13), "编号", {}),
           (D(2025, 11, 14), "印制", {"印制份数": 10}))
    return doc


def _units(admin, **kwargs) -> dict[str, dict]:
    figures = efficiency(admin, *NOVEMBER, **kwargs)["procedures"]["outgoing"]
    return {row["key"]: row for row in figures["by_unit"]}


def test_a_long_wait_for_the_leaders_is_not_the_drafting_unit_s(office, admin):
    _held_by_the_leaders(admin)
    units = _units(admin)
    assert set(units) == {UNIT, OFFICE}
    mine = units[UNIT]
    # its part: 拟稿 → 核稿 the same day, within the chain's 核稿 limit (probe146), never 逾期
    assert (mine["volume"], mine["completed"], mine["median"], mine["overdue"]) == (1, 1, 0.0, 0)
    assert mine["on_time_rate"] == 100.0
    own = units[OFFICE]
    assert (own["volume"], own["completed"], own["overdue"]) == (1, 0, 0)
    # the whole office's figures are the whole procedure's, as before: 逾期未办 at the month's end
    total = efficiency(admin, *NOVEMBER)["procedures"]["outgoing"]["total"]
    assert (total["volume"], total["completed"], total["overdue"]) == (1, 0, 1)


def test_a_draft_sent_back_counts_its_stretches_to_the_unit(office, admin):
    _sent_back(admin)
    units = _units(admin)
    assert (units[UNIT]["completed"], units[UNIT]["median"]) == (1, 4.0)
    assert (units[OFFICE]["completed"], units[OFFICE]["median"]) == (1, 4.0)
    total = efficiency(admin, *NOVEMBER)["procedures"]["outgoing"]["total"]
    assert (total["completed"], total["median"], total["on_time_rate"]) == (1, 8.0, 100.0)


def test_the_drill_down_and_the_bulletin_show_the_unit_s_part(office, admin):
    from officedesk.printing.efficiency_bulletin import bulletin_tables

    held = _held_by_the_leaders(admin)
    back = _sent_back(admin)
    rows = records_behind(admin, "outgoing", *NOVEMBER, "unit", UNIT)
    assert [(r.record_id, r.start, r.end, r.days, r.state) for r in rows] == [
        (held, D(2025, 11, 3), D(2025, 11, 3), 0, "按时"),
        (back, D(2025, 11, 4), D(2025, 11, 12), 4, "超时")]  # 退回修改 → 核稿: 3 days > 1
    office_rows = records_behind(admin, "outgoing", *NOVEMBER, "unit", OFFICE)
    assert [(r.record_id, r.days, r.state) for r in office_rows] \
        == [(held, None, "在办"), (back, 4, "完成")]
    figures = efficiency(admin, *NOVEMBER)
    table = {row[1]: row for row in bulletin_tables(figures)["units:outgoing"]}
    assert table[UNIT][4] == "2"  # the median of 0 and 4
    assert UNIT_COUNTS["outgoing"] in figures["definitions"]
    assert figures["procedures"]["outgoing"]["unit_counts"] == UNIT_COUNTS["outgoing"]


def test_one_unit_s_figures_are_its_part(office, admin):
    """The tab's 单位: its part of each 发文, its own steps (核稿) — not the 签发 it waited for."""
    from officedesk.core.efficiency.report import completed_sentence, volume_sentence

    held = _held_by_the_leaders(admin)
    back = _sent_back(admin)
    own = efficiency(admin, *NOVEMBER, unit=UNIT)
    figures = own["procedures"]["outgoing"]
    assert (figures["total"]["completed"], figures["total"]["median"],
            figures["total"]["overdue"]) == (2, 2.0, 0)
    assert [r["key"] for r in figures["by_unit"]] == [UNIT]
    assert [(s["step"], s["count"], s["total_days"]) for s in figures["steps"]] \
        == [("核稿", 3, 4)]
    assert figures["bottlenecks"] == ["核稿"]
    assert [(r.record_id, r.days) for r in records_behind(admin, "outgoing", *NOVEMBER,
                                                          unit=UNIT)] == [(held, 0), (back, 4)]
    assert records_behind(admin, "outgoing", *NOVEMBER, "step", "签发", unit=UNIT) == []
    assert f"发文只计{UNIT}所办的部分" in str(completed_sentence(own))
    assert "发文按拟稿日期计" in str(volume_sentence(own))
    office_figures = efficiency(admin, *NOVEMBER, unit=OFFICE)
    assert "发文按核稿日期计" in str(volume_sentence(office_figures))
    office_only = office_figures["procedures"]["outgoing"]
    assert {s["step"] for s in office_only["steps"]} \
        == {"退回修改", "签发", "复核", "编号", "印制"}
    assert (office_only["total"]["completed"], office_only["total"]["median"]) == (1, 4.0)


def _recount() -> dict[str, list[int]]:
    """Each unit's working days recounted from the tables: the 拟稿单位's each 核稿 step's span
    (from the 拟稿 or the 退回修改 before it) summed per document, the office's the rest of
    拟稿→印制; parts finished in November."""
    from officedesk.core.efficiency.spans import day
    from officedesk.store.documents import DocStep
    from officedesk.store.documents import OutgoingDoc as O

    wanted = ("拟稿", "核稿", "审核", "退回修改", "签发", "复核", "编号", "印制")
    rows = (DocStep.select(DocStep.record_id, DocStep.step, day(DocStep.at))
            .where((DocStep.registry == "outgoing") & DocStep.step.in_(wanted))
            .order_by(DocStep.record_id, DocStep.id).tuples())
    units = dict(O.select(O.id, O.drafting_unit).tuples())

    def as_date(value) -> dt.date:
        return dt.date.fromisoformat(str(value)[:10])

    steps_of: dict[int, list[tuple[str, dt.date]]] = {}
    for rid, step, at in rows:
        steps_of.setdefault(rid, []).append((step, as_date(at)))
    out: dict[str, list[int]] = {}
    for rid, done in steps_of.items():
        theirs = ours = 0
        for (_before, start), (step, end) in zip(done, done[1:], strict=False):
            days = workdays.working_days_between(start, end)
            if step == "核稿":
                theirs += days
            else:
                ours += days
        checked = [at for step, at in done if step == "核稿"]
        if checked and done[-1][0] != "退回修改" and NOVEMBER[0] <= checked[-1] <= NOVEMBER[1]:
            out.setdefault(units[rid], []).append(theirs)
        if done[-1][0] == "印制" and NOVEMBER[0] <= done[-1][1] <= NOVEMBER[1]:
            out.setdefault(OFFICE, []).append(ours)
    return out


def test_unit_rows_recounted_from_the_tables(any_office, admin):
    _held_by_the_leaders(admin)
    _sent_back(admin)
    again = _draft(admin, D(2025, 11, 17))  # back with the unit at the month's end: its part open
    _steps(admin, again, (D(2025, 11, 18), "核稿", {"核稿人": "周核稿"}),
           (D(2025, 11, 20), "退回修改", {"理由": "请补充依据"}))
    quick = _draft(admin, D(2025, 11, 18))
    _steps(admin, quick, (D(2025, 11, 20), "核稿", {"核稿人": "周核稿"}),
           (D(2025, 11, 21), "签发", {"签发人": "王建国"}),
           (D(2025, 11, 21), "复核", {"复核人": "周秘书"}),
           (D(2025, 11, 24), "编号", {}), (D(2025, 11, 26), "印制", {"印制份数": 5}))
    units = _units(admin)
    recount = _recount()
    assert {key: (row["completed"], row["median"]) for key, row in units.items()} \
        == {key: (len(days), float(statistics.median(days))) for key, days in recount.items()}
    # `again`, back with the unit since 11-20, is past the chain's 1 day 核稿 limit (probe146)
    assert units[UNIT]["volume"] == 4 and units[UNIT]["overdue"] == 1


def test_the_office_is_shown_apart_from_the_ranked_units(office, admin):
    """本机关 is the office's own part, no unit among those it ranks: its row comes after them,
    unranked, in the figures, the tab's ranking and the 通报's table (收文, 发文 and 信访
    alike), said in the 说明 — not as the office coming last."""
    from officedesk.core.efficiency.spans import OFFICE_APART
    from officedesk.printing.efficiency_bulletin import bulletin_tables

    from .test_incoming_units import FINANCE, OCTOBER, _two

    _two(admin)
    figures = efficiency(admin, *OCTOBER)
    rows = figures["procedures"]["incoming"]["by_unit"]
    assert [(r["key"], r["rank"]) for r in rows][-1] == (OFFICE, None)
    assert all(r["rank"] is not None for r in rows[:-1]) and rows[0]["key"] == FINANCE
    assert figures["procedures"]["incoming"]["office_apart"] == OFFICE_APART
    assert OFFICE_APART in figures["definitions"]
    table = bulletin_tables(figures)["units:incoming"]
    assert table[-1][:2] == ["—", OFFICE] and table[0][0] == "1"


def test_the_tab_shows_the_office_apart(office, app_ctx, qtbot):
    """The tab's ranking: 本机关 under the units with “—” for its rank, said in the tooltip; its
    按时率 chart draws the ranked units with a rate, not 本机关 nor a unit without one as 0 %."""
    from officedesk.core.efficiency.spans import OFFICE_APART

    from .test_incoming_units import FINANCE, WATER, _two
    from .test_tab import _tab

    _two(None)
    tab = _tab(app_ctx, qtbot)
    tab.refresh()
    tab.rank_proc.setCurrentIndex(tab.rank_proc.findData("incoming"))
    tab.rank_group.setCurrentIndex(0)
    table = tab.ranking.table
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())] \
        == [("1", FINANCE), ("2", WATER), ("—", OFFICE)]
    assert OFFICE_APART in tab.ranking.toolTip() and UNIT_COUNTS["incoming"] in tab.ranking.toolTip()
    axis = tab.rank_chart.chart().axes()[0]
    assert axis.categories() == [FINANCE, WATER]
