"""信访 in `stats`: a rate with nothing to divide by is “—” (None), not 0 %, in the JSON, the
command line's text and the window; 在办逾期 as of the year's end (or today), whenever
registered — the meaning of the 收文 and 督查 figures beside it — by the registry's own
deadlines."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions
from officedesk.core.petitions import deadlines
from officedesk.core.petitions import spec as S
from officedesk.store.petitions import Petition


def test_a_year_without_petitions_has_no_rates(db, admin, register):
    register(registered_on="2026-03-02")
    figures = petitions.figures.figures(admin, 2025)
    assert figures["total"] == 0
    assert figures["repeat_rate"] is None and figures["on_time_rate"] is None
    assert petitions.figures.figures(admin, 2026)["repeat_rate"] == 0.0  # one, not repeated


def test_the_command_line_shows_a_dash(db, admin, tmp_path, capsys):
    from officedesk import cli

    assert cli.main(["--db", str(tmp_path / "officedesk.db"), "stats", "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "按期答复率（%）：—" in out
    assert "None" not in out and "按期答复率（%）：0.0" not in out


def test_the_stats_window_shows_a_dash(app_ctx, qtbot, register):
    from officedesk.ui.petitions.stats_dialog import StatsDialog

    register(registered_on="2026-03-02")
    dialog = StatsDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    text = dialog.summary.text()
    assert "重复率 —；按期答复率 —；" in text and "0.0" not in text


def test_overdue_as_of_the_years_end_whenever_registered(db, admin, register, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    pending = register(registered_on="2025-12-01")  # never 处理: decide_due 12-16
    late = register(registered_on="2025-12-22", name="李海", id_number=_id(442))
    late = petitions.decide(late.id, late.version, admin, "直接答复", on="2026-01-20")
    # told that day (第二十三条's 告知 of a 直接答复, late but met): not open any more
    late = petitions.notify(late.id, late.version, admin, on="2026-01-20")
    # at 2025's end: the first one only (the second's 15 days ran into January)
    assert petitions.figures.figures(admin, 2025)["open_overdue"] == 1
    # today, in 2026's figures: the first one still, registered in 2025 as it was
    assert petitions.figures.figures(admin, 2026)["open_overdue"] == 1
    assert petitions.figures.figures(admin, 2024)["open_overdue"] == 0
    assert pending.decide_due < dt.date(2025, 12, 31) < late.decide_due


def _id(serial: int) -> str:
    from officedesk.core.idcard import make_id

    return make_id("320102", dt.date(1975, 11, 30), serial)


def test_the_limits_say_what_next_due_says_today(db, admin, register, fixed_today):
    """deadlines.overdue_on on today is the list's red light, petition by petition, in every
    state a petition can be in."""
    fixed_today(dt.date(2026, 3, 2))
    made = [register(registered_on="2026-01-05", name=f"甲{n}", id_number=_id(400 + n))
            for n in range(6)]
    day = dt.date(2026, 1, 30)
    fixed_today(day)
    petitions.decide(made[1].id, made[1].version, admin, "交办", on=day.isoformat(),
                     target_unit="县人社局", report_due="2026-02-10")
    petitions.decide(made[2].id, made[2].version, admin, "转送", on=day.isoformat(),
                     target_unit="县人社局")
    p = petitions.decide(made[3].id, made[3].version, admin, "转送", on="2026-01-08",
                         target_unit="县人社局")
    petitions.notify(p.id, p.version, admin, on="2026-01-09")  # 已转送: the unit's 受理 due
    p = petitions.decide(made[4].id, made[4].version, admin, "直接答复", on="2026-01-08")
    petitions.reply(p.id, p.version, admin, opinion="已答复。", on="2026-01-10")
    petitions.decide(made[5].id, made[5].version, admin, "不予受理", on="2026-01-08",
                     reason="不属于本机关受理范围")
    for today in (dt.date(2026, 1, 30), dt.date(2026, 2, 3), dt.date(2026, 3, 2),
                  dt.date(2026, 6, 1)):
        for p in Petition.select():
            red = p.state in S.OPEN_STATES and p.next_due is not None and p.next_due < today
            assert deadlines.overdue_on(p, today) == red, (p.id, p.state, today)


def test_the_repeat_petitioners_line_is_translated(app_ctx, qtbot, register):
    from PySide6.QtWidgets import QApplication

    from officedesk.ui import i18n
    from officedesk.ui.petitions.stats_dialog import StatsDialog

    register(registered_on="2026-03-02")
    register(registered_on="2026-03-09")  # the same person again
    app = QApplication.instance()
    assert i18n.install(app, "en") == "en"
    try:
        dialog = StatsDialog(app_ctx)
        qtbot.addWidget(dialog)
        dialog.year.setValue(2026)
        text = dialog.frequent.text()
        assert text.startswith("Repeat petitioners: ") and "2 times" in text and "次" not in text
    finally:
        i18n.install(app, "zh_CN")


def test_answered_counts_the_answers_only(db, admin, register, fixed_today):
    """已答复 and 按期答复率 are the 答复's: a 不予受理告知 is no answer (the command line's text,
    its JSON and the window all show these figures)."""
    fixed_today(dt.date(2026, 3, 20))
    answered = register(registered_on="2026-03-02")
    answered = petitions.decide(answered.id, answered.version, admin, "直接答复", on="2026-03-03")
    petitions.reply(answered.id, answered.version, admin, opinion="已答复。", on="2026-03-10")
    refused = register(registered_on="2026-03-02", name="李海", id_number=_id(442),
                       content="另一件事：要求调换工作岗位。")
    refused = petitions.decide(refused.id, refused.version, admin, "不予受理", on="2026-03-03",
                               reason="不属于信访事项")
    petitions.notify(refused.id, refused.version, admin, on="2026-03-04")
    figures = petitions.figures.figures(admin, 2026)
    assert (figures["answered"], figures["answered_on_time"], figures["on_time_rate"]) == (1, 1, 100.0)


def test_a_past_year_counts_its_petitions_as_of_its_end(db, admin, register, fixed_today):
    """`stats --year 2026` in January 2027 (README: as of the year's end, or today if earlier, as
    the 督查 and 收文 figures): a 2026 letter answered and 办结 on 2027-01-04 was neither by
    2026-12-31 — it counted 1 answered, 1 on time, 1 closed, as it stands today."""
    fixed_today(dt.date(2026, 12, 20))
    p = register(registered_on="2026-12-20", form="来信")
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-12-20")
    fixed_today(dt.date(2027, 1, 4))
    p = petitions.reply(p.id, p.version, admin, opinion="已协调。", on="2027-01-04")
    p = petitions.close(p.id, p.version, admin, on="2027-01-04")
    figures = petitions.figures.figures(admin, 2026)
    assert (figures["answered"], figures["answered_on_time"], figures["closed"]) == (0, 0, 0)
    assert figures["on_time_rate"] is None
    from officedesk.core.efficiency import efficiency  # 效能's 2026 agrees: not completed then

    whole = efficiency(admin, dt.date(2026, 1, 1), dt.date(2026, 12, 31))["procedures"]["petitions"]
    assert (whole["total"]["completed"], whole["total"]["on_time"]) == (0, 0)
    assert petitions.figures.figures(admin, 2027)["total"] == 0


def test_a_petition_closed_in_its_year_and_reopened_after_counts_closed_then(
    db, admin, register, fixed_today
):
    """办结 on 2026-12-15, a timely 复查申请 on 2027-01-05 reopens it (its 办结日期 cleared, the
    history keeps the 办结): as of 2026-12-31 it was closed, and answered."""
    fixed_today(dt.date(2026, 11, 2))
    p = register(registered_on="2026-11-02", form="来信")
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-11-02")
    fixed_today(dt.date(2026, 12, 15))
    p = petitions.reply(p.id, p.version, admin, opinion="已答复。", on="2026-12-15")
    p = petitions.close(p.id, p.version, admin, on="2026-12-15")
    fixed_today(dt.date(2027, 1, 5))
    petitions.request_review(p.id, p.version, admin, "复查", on="2027-01-05")
    figures = petitions.figures.figures(admin, 2026)
    assert (figures["answered"], figures["answered_on_time"], figures["closed"]) == (1, 1, 1)
    assert petitions.figures.figures(admin, 2027)["closed"] == 0  # none registered in 2027
