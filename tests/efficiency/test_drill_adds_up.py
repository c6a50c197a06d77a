"""Each 效能 figure against the records behind it (probe108): the drill-down of a figure lists
the records it counts, and each row's 情况 is the record's state at the period's end, as the
figure counts it (DOMAIN §4). A 督查 task or a 收文 逾期未办 at the end of a past period and
done after it counted 1 in the period's 逾期未办 while its row said 超时 (its state today), so a
clerk counting the 逾期未办 rows found fewer than the figure."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.efficiency import drill, efficiency

DAY = dt.date(2026, 12, 1)  # the demo office (size 12, seed 7) as on that day
GROUPS = (("by_unit", "unit"), ("by_person", "person"), ("by_category", "category"))


def _months() -> list[tuple[dt.date, dt.date]]:
    out = []
    for month in range(1, DAY.month + 1):
        first = dt.date(DAY.year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        out.append((first, min(last, DAY)))
    return out


def _counted(rows: list[drill.Behind], first: dt.date, last: dt.date) -> dict[str, int]:
    """The figures read off the rows: started in the period, ended in it, 按时 among those
    ended, 逾期未办 at its end."""
    return {
        "volume": sum(1 for r in rows if first <= r.start <= last),
        "completed": sum(1 for r in rows if r.end and first <= r.end <= last),
        "on_time": sum(1 for r in rows if r.state == drill.ON_TIME),
        "overdue": sum(1 for r in rows if r.state == drill.OVERDUE),
    }


def _figures(row: dict) -> dict[str, int]:
    return {key: row[key] for key in ("volume", "completed", "on_time", "overdue")}


def _demo(demo_filled) -> None:
    clock.set_today(DAY)
    demo_filled(12, seed=7)


def test_every_month_s_figures_are_the_rows_behind_them(demo_filled):
    _demo(demo_filled)
    try:
        finished_later = 0
        for first, last in _months():
            figures = efficiency(CLI_ACTOR, first, last)
            for name, proc in figures["procedures"].items():
                rows = drill.records_behind(CLI_ACTOR, name, first, last)
                assert _counted(rows, first, last) == _figures(proc["total"]), (name, first)
                # no row 完成 or 按时 by a day after the period: at its end it was not done
                for row in rows:
                    if row.end and row.end > last:
                        assert row.state in (drill.OVERDUE, drill.OPEN), (name, first, row)
                        finished_later += row.state == drill.OVERDUE
        assert finished_later  # the demo has records overdue at a month's end, done after it
    finally:
        clock.set_today(None)


def test_each_ranking_row_is_the_rows_behind_it(demo_filled):
    _demo(demo_filled)
    try:
        for first, last in ((dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
                            (dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
                            (dt.date(2026, 1, 1), DAY)):
            figures = efficiency(CLI_ACTOR, first, last)
            for name, proc in figures["procedures"].items():
                for ranking, group in GROUPS:
                    for row in proc[ranking]:
                        rows = drill.records_behind(CLI_ACTOR, name, first, last, group, row["key"])
                        assert _counted(rows, first, last) == _figures(row), \
                            (name, first, group, row["key"])
                for step in proc["steps"]:
                    rows = drill.records_behind(CLI_ACTOR, name, first, last, "step", step["step"])
                    assert len(rows) == step["count"], (name, first, step["step"])
                for person in proc["by_step_person"]:
                    rows = drill.records_behind(CLI_ACTOR, name, first, last, "step_person",
                                                person["key"])
                    assert len(rows) == person["count"], (name, first, person["key"])
    finally:
        clock.set_today(None)


def test_one_unit_s_figures_are_its_rows(demo_filled):
    """With the tab's 单位 filled in, the figures are that unit's: so are the rows behind its
    合计, steps and people (they were every unit's)."""
    _demo(demo_filled)
    try:
        first, last = dt.date(2026, 1, 1), DAY
        whole = efficiency(CLI_ACTOR, first, last)["procedures"]["supervision"]
        unit = max(whole["by_unit"], key=lambda row: row["volume"])["key"]
        assert unit and whole["total"]["volume"] > 0
        figures = efficiency(CLI_ACTOR, first, last, unit=unit)
        for name, proc in figures["procedures"].items():
            rows = drill.records_behind(CLI_ACTOR, name, first, last, unit=unit)
            assert _counted(rows, first, last) == _figures(proc["total"]), name
            for step in proc["steps"]:
                rows = drill.records_behind(CLI_ACTOR, name, first, last, "step", step["step"],
                                            unit=unit)
                assert len(rows) == step["count"], (name, step["step"])
            for person in proc["by_step_person"]:
                rows = drill.records_behind(CLI_ACTOR, name, first, last, "step_person",
                                            person["key"], unit=unit)
                assert len(rows) == person["count"], (name, person["key"])
        assert figures["procedures"]["supervision"]["total"]["volume"] < whole["total"]["volume"]
    finally:
        clock.set_today(None)
