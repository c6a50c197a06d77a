"""A period that has not begun has nothing to rank: `info-ranking --period 2027-03` said
“截至2027年3月1日” on 7 December 2026 (a day to come, as if counted), and the printed 信息工作通报
for it named every reporting unit as having reported nothing (probe125). It is refused now, as
the 督查通报 refuses one — the command line, the paper and the window alike; a period that has
begun is counted up to today, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk import declared_settings
from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.core.info import scoring
from officedesk.printing import forms

D = dt.date


@pytest.fixture
def office(report, fixed_today):
    declared_settings.declare_all()
    fixed_today(D(2026, 12, 7))
    report(unit="县教育局", reported_at="2026-12-01 09:00")
    settings.put("info.reporting_units", "县教育局\n城关镇")


@pytest.mark.parametrize("period", ["2027", "2027-Q1", "2027-01"])
def test_a_period_not_begun_is_refused(office, period):
    with pytest.raises(ValidationError) as refused:
        scoring.ranking(CLI_ACTOR, period)
    assert "尚未开始" in refused.value.message and "2026-12-07" in refused.value.message


def test_a_period_begun_today_or_before_is_counted(office, fixed_today):
    assert [(s.unit, s.points) for s in scoring.ranking(CLI_ACTOR, "2026-12")[1]] == [("县教育局", 1)]
    fixed_today(D(2027, 1, 1))  # its first day: begun
    assert scoring.ranking(CLI_ACTOR, "2027")[1] == []


def test_the_command_line_and_the_paper_refuse_it(office, admin, tmp_path, capsys):
    from officedesk import cli

    code = cli.main(["--db", str(tmp_path / "officedesk.db"), "info-ranking", "--period", "2027-03"])
    captured = capsys.readouterr()
    assert code != 0 and "尚未开始" in captured.err and "截至" not in captured.out
    for options in ({"year": "2027"}, {"date_from": "2026-12-08", "date_to": "2026-12-31"}):
        with pytest.raises(ValidationError, match="尚未开始"):
            forms.get("info-ranking").build([], admin, **options)


def test_the_window_shows_no_figures_for_it(office, app_ctx, qtbot, monkeypatch):
    from officedesk.ui.info import dialogs
    from officedesk.ui.info.dialogs import RankingDialog

    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: told.append(exc.message))
    dialog = RankingDialog(app_ctx, lambda *a, **k: None)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    dialog.year.setValue(2027)
    assert told and "尚未开始" in told[-1]
    # the figures of the year before are not left under the year to come
    assert dialog.table.rowCount() == 0 and dialog.counted.text() == ""
