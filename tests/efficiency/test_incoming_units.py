"""效能 per unit, 收文 (probe138): whose time a 收文's is. 签收, 登记, 初审, 拟办 and 批办 are the
office's own (its clerks and leaders); the 承办单位 is answerable from the day it was given the
document (承办, which sets its 办理时限) to its 办结. The unit row counted the whole 签收→办结, so
a 收文 held ten working days at a leader's 批办 and done by its unit the next day read as the
unit's eleven days."""

from __future__ import annotations

import datetime as dt
import statistics

import peewee

from officedesk.core import clock, workdays
from officedesk.core.documents import incoming
from officedesk.core.efficiency import efficiency
from officedesk.core.efficiency.drill import OVERDUE, records_behind
from officedesk.core.efficiency.matter_spans import OFFICE
from officedesk.core.efficiency.spans import UNIT_COUNTS

from .conftest import TODAY
from .test_registries import CLERK, _handled

D = dt.date
OCTOBER = (D(2025, 10, 1), D(2025, 10, 31))
FINANCE, WATER = "县财政局", "县水利局"


def _two(admin) -> tuple[int, int]:
    # held ten working days at 批办 (10-13 → 10-27), then done by 县财政局 the next day
    held = _handled(D(2025, 10, 13), D(2025, 10, 27), D(2025, 10, 28), FINANCE, limit=3)
    # 批办 the next day, 县水利局 four working days on a limit of three: late
    quick = _handled(D(2025, 10, 13), D(2025, 10, 14), D(2025, 10, 20), WATER, limit=3)
    return held, quick


def _units(admin, **kwargs) -> dict[str, dict]:
    figures = efficiency(admin, *OCTOBER, **kwargs)["procedures"]["incoming"]
    return {row["key"]: row for row in figures["by_unit"]}


def test_a_unit_is_charged_from_its_assignment_not_the_office_s_waits(office, admin):
    _two(admin)
    units = _units(admin)
    assert set(units) == {FINANCE, WATER, OFFICE}
    finance, water, own = units[FINANCE], units[WATER], units[OFFICE]
    assert (finance["completed"], finance["median"], finance["on_time_rate"]) == (1, 1.0, 100.0)
    assert (water["completed"], water["median"], water["on_time_rate"]) == (1, 4.0, 0.0)
    # the office: 签收 → 承办 of each (ten working days and one)
    assert (own["volume"], own["completed"], own["median"], own["overdue"]) == (2, 2, 5.5, 0)
    # the whole office's figures are the whole procedures', as before: 11 and 5 days
    total = efficiency(admin, *OCTOBER)["procedures"]["incoming"]["total"]
    assert (total["volume"], total["completed"], total["median"], total["on_time_rate"]) \
        == (2, 2, 8.0, 50.0)


def test_the_drill_down_and_the_bulletin_show_the_unit_s_part(office, admin):
    from officedesk.printing.efficiency_bulletin import bulletin_tables

    held, _quick = _two(admin)
    rows = records_behind(admin, "incoming", *OCTOBER, "unit", FINANCE)
    assert [(r.record_id, r.start, r.end, r.days, r.state) for r in rows] \
        == [(held, D(2025, 10, 27), D(2025, 10, 28), 1, "按时")]
    assert [r.days for r in records_behind(admin, "incoming", *OCTOBER, "unit", OFFICE)] \
        == [10, 1]
    figures = efficiency(admin, *OCTOBER)
    table = {row[1]: row for row in bulletin_tables(figures)["units:incoming"]}
    assert table[FINANCE][4] == "1" and table[WATER][4] == "4"
    assert "收文" in figures["definitions"] and UNIT_COUNTS["incoming"] in figures["definitions"]
    assert figures["procedures"]["incoming"]["unit_counts"] == UNIT_COUNTS["incoming"]


def test_one_unit_s_figures_are_its_part(office, admin):
    """The tab's 单位 (and a unit's 通报): its part of each 收文, its own steps, its bottleneck —
    not the leader's 批办 it waited for."""
    from officedesk.core.efficiency.report import completed_sentence, volume_sentence

    held, _quick = _two(admin)
    own = efficiency(admin, *OCTOBER, unit=FINANCE)
    figures = own["procedures"]["incoming"]
    assert (figures["total"]["completed"], figures["total"]["median"]) == (1, 1.0)
    assert [r["key"] for r in figures["by_unit"]] == [FINANCE]
    assert [(s["step"], s["total_days"]) for s in figures["steps"]] == [("办结", 1)]
    assert figures["bottlenecks"] == ["办结"]
    assert [r["key"] for r in figures["by_step_person"]] == ["文书甲"]  # who recorded 办结
    behind = records_behind(admin, "incoming", *OCTOBER, unit=FINANCE)
    assert [(r.record_id, r.days) for r in behind] == [(held, 1)]
    steps = records_behind(admin, "incoming", *OCTOBER, "step", "批办", unit=FINANCE)
    assert steps == []
    assert f"收文只计{FINANCE}所办的部分" in str(completed_sentence(own))
    assert "收文按承办日期计" in str(volume_sentence(own))
    office_only = efficiency(admin, *OCTOBER, unit=OFFICE)
    mine = office_only["procedures"]["incoming"]
    assert (mine["total"]["completed"], mine["total"]["median"]) == (2, 5.5)
    assert {s["step"]: s["total_days"] for s in mine["steps"]} \
        == {"登记": 0, "初审": 0, "拟办": 0, "批办": 11, "承办": 0}
    assert mine["bottlenecks"] == ["批办"]
    assert "收文按收文日期计" in str(volume_sentence(office_only))


def _unassigned(received: dt.date, done: dt.date) -> int:
    """A 收文 the office handles itself: 批办 and 办结 with no 承办单位 (a 阅件)."""
    clock.set_today(received)
    r = incoming.sign_in({"文种": "通报", "收文日期": received.isoformat(),
                          "来文机关": "某市政府办公室", "标题": "关于某事的通报"}, CLERK)
    r = incoming.register_doc(r.id, r.version, {}, CLERK)
    r = incoming.review(r.id, r.version, CLERK)
    r = incoming.propose(r.id, r.version, CLERK, "拟呈领导阅。")
    r = incoming.instruct(r.id, r.version, CLERK, "阅。", "王书记")
    clock.set_today(done)
    incoming.finish(r.id, r.version, CLERK, "已阅。", done)
    clock.set_today(TODAY)
    return r.id


def _open(received: dt.date, assigned: dt.date, unit: str) -> int:
    clock.set_today(received)
    r = incoming.sign_in({"文种": "通知", "收文日期": received.isoformat(),
                          "来文机关": "某市政府办公室", "标题": "关于某事的通知"}, CLERK)
    r = incoming.register_doc(r.id, r.version, {}, CLERK)
    r = incoming.review(r.id, r.version, CLERK)
    r = incoming.propose(r.id, r.version, CLERK, "拟呈领导阅批。")
    clock.set_today(assigned)
    r = incoming.instruct(r.id, r.version, CLERK, "请办理。", "王书记")
    incoming.assign(r.id, r.version, CLERK, unit, "赵六", 2)
    clock.set_today(TODAY)
    return r.id


def _recount() -> dict[str, list[int]]:
    """Each unit's working days as recounted from the tables: a 承办单位's from its 承办 step's
    day to the 办结日期, the office's from the 收文日期 to the 承办 (or the 办结 of one it
    handled itself); finished in October."""
    from officedesk.core.efficiency.spans import day
    from officedesk.store.documents import DocStep
    from officedesk.store.documents import IncomingDoc as I

    assigned = dict(
        DocStep.select(DocStep.record_id, peewee.fn.MAX(day(DocStep.at)))
        .where((DocStep.registry == "incoming") & (DocStep.step == "承办"))
        .group_by(DocStep.record_id).tuples()
    )

    def as_date(value) -> dt.date | None:
        return None if value is None else dt.date.fromisoformat(str(value)[:10])

    def working(first: dt.date, last: dt.date) -> int:
        return sum(workdays.is_workday(first + dt.timedelta(days=n))
                   for n in range(1, (last - first).days + 1))

    out: dict[str, list[int]] = {}
    for rid, received, unit, finished in I.select(I.id, I.received_on, I.handler_unit,
                                                   I.finished_on).tuples():
        handed, finished = as_date(assigned.get(rid)), as_date(finished)
        office_end = handed or finished
        if office_end and OCTOBER[0] <= office_end <= OCTOBER[1]:
            out.setdefault(OFFICE, []).append(working(as_date(received), office_end))
        if unit and handed and finished and OCTOBER[0] <= finished <= OCTOBER[1]:
            out.setdefault(unit, []).append(working(handed, finished))
    return out


def test_unit_rows_recounted_from_the_tables(any_office, admin):
    _two(admin)
    _handled(D(2025, 10, 9), D(2025, 10, 10), D(2025, 10, 13), FINANCE)
    _unassigned(D(2025, 10, 14), D(2025, 10, 21))
    late = _open(D(2025, 10, 20), D(2025, 10, 22), WATER)  # due 10-24, open at the month's end
    units = _units(admin)
    recount = _recount()
    assert {key: (row["completed"], row["median"]) for key, row in units.items()} \
        == {key: (len(days), float(statistics.median(days))) for key, days in recount.items()}
    assert units[WATER]["overdue"] == 1 and units[OFFICE]["overdue"] == 0
    assert units[WATER]["volume"] == 2  # its parts begun in October: given it 10-14 and 10-22
    rows = records_behind(admin, "incoming", *OCTOBER, "unit", WATER)
    assert [(r.record_id, r.state) for r in rows if r.state == OVERDUE] == [(late, OVERDUE)]
