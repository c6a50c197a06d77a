"""效能 概况's 办件量 against `stats`: each says what it counts, and where they differ the
difference is stated. `stats`' 收文 are those received in the year, those 退回 to their sender
among them; 效能's 收文 办件量 are those 签收 in the period and still handled — the 退回 ones
are left out, and the figures say how many, so 158 beside 160 reads as 158 + 2. 督查's 办件量
counts the tasks 交办 to units (one 督查事项 to three units is three), `stats` the 事项."""

from __future__ import annotations

import datetime as dt

from officedesk.cli_labels import summary_lines
from officedesk.core import clock, stats
from officedesk.core.documents import incoming
from officedesk.core.efficiency import efficiency
from officedesk.core.efficiency.report import volume_sentence

from .conftest import TODAY

D = dt.date


def _received(day: dt.date, admin, returned: bool = False) -> int:
    clock.set_today(day)
    r = incoming.sign_in(
        {"文种": "通知", "收文日期": day.isoformat(), "来文机关": "某市政府办公室",
         "标题": "关于某事的通知", "密级": "非密"},
        admin,
    )
    r = incoming.register_doc(r.id, r.version, {}, admin)
    if returned:
        incoming.return_doc(r.id, r.version, admin, "格式不符，退回重报")
    clock.set_today(TODAY)
    return r.id


def _office_with_one_returned(admin) -> None:
    for day in (D(2025, 3, 4), D(2025, 5, 6), D(2025, 9, 9)):
        _received(day, admin)
    _received(D(2025, 6, 3), admin, returned=True)


def test_the_incoming_volume_states_the_returned_ones_it_leaves_out(office, admin):
    _office_with_one_returned(admin)
    year = stats.collect(admin, 2025)
    assert year["documents"]["incoming_total"] == 4
    assert year["documents"]["incoming_returned"] == 1
    proc = efficiency(admin, D(2025, 1, 1), D(2025, 12, 15))["procedures"]["incoming"]
    assert proc["total"]["volume"] == 3
    assert proc["returned_to_sender"] == 1
    assert proc["total"]["volume"] + proc["returned_to_sender"] == \
        year["documents"]["incoming_total"]
    # `stats --json`'s 效能 key carries the same
    assert year["效能"]["procedures"]["incoming"]["returned_to_sender"] == 1


def test_the_sentence_and_the_cli_say_what_each_counts(office, admin):
    _office_with_one_returned(admin)
    figures = efficiency(admin, D(2025, 1, 1), D(2025, 12, 15))
    sentence = volume_sentence(figures)
    assert "已退回来文单位的1件不计" in sentence
    assert "督查" not in sentence  # no 督查 in the period: nothing to say of it
    for name, proc in figures["procedures"].items():
        assert proc["volume_counts"], name
    lines = summary_lines(stats.collect(admin, 2025))
    assert "  收文（件，按收文日期，含已退回来文单位的）：4" in lines
    assert "  其中已退回来文单位（件）：1" in lines
    assert not any(line.startswith("  收文（件）：") for line in lines)


def demo_year_stats(demo_filled) -> dict:
    """`stats` of the demo office's year (size 12, seed 7) as on 1 December 2026."""
    from officedesk.core.actor import CLI_ACTOR

    day = dt.date(2026, 12, 1)
    clock.set_today(day)
    try:
        demo_filled(12, seed=7)
        return stats.collect(CLI_ACTOR, day.year)
    finally:
        clock.set_today(None)


def test_the_demo_year_s_incoming_add_up_with_stats(demo_filled):
    """probe59's finding: 概况 showed 收文 158 where `stats` said 160 for the demo year."""
    year = demo_year_stats(demo_filled)
    documents, figures = year["documents"], year["效能"]
    proc = figures["procedures"]["incoming"]
    assert documents["incoming_returned"] > 0  # the demo returns some to their sender
    assert proc["total"]["volume"] + proc["returned_to_sender"] == documents["incoming_total"]
    sentence = volume_sentence(figures)
    assert f"已退回来文单位的{documents['incoming_returned']}件不计" in sentence
    assert "督查按交办的任务计" in sentence
    tasks = figures["procedures"]["supervision"]["total"]["volume"]
    assert tasks > year["supervision"]["督查事项"]  # tasks, not 事项: the sentence says so


def test_the_tab_s_overview_says_it(office, admin, app_ctx, qtbot):
    from officedesk.ui.efficiency import make_tab

    _office_with_one_returned(admin)
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.date_from.set_value(D(2025, 1, 1))
    tab.date_to.set_value(D(2025, 12, 15))
    tab.refresh()
    assert tab.overview.table.item(0, 2).text() == "3"
    assert tab.overview.table.item(0, 2).toolTip() == "本期收到的收文（按收文日期），已退回来文单位的不计"
    assert "收文按收文日期计，已退回来文单位的1件不计" in tab.summary.text()
