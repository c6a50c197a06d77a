"""The listed reporting units (`info.reporting_units`) that reported nothing in a period: the
printed 信息工作通报 named them (本期未报送信息的单位), `info-ranking` and the window's 排名 did not.
One core line (reporting_units.silent_line) now, read by the three, and `--json` lists them
(`silent`); a unit whose item reported earlier went through its steps in the period reported
nothing in it."""

from __future__ import annotations

import datetime as dt
import json

import pymupdf

from officedesk import declared_settings
from officedesk.core import settings
from officedesk.printing import forms

LINE = "本期未报送信息的单位：县财政局、县林业局。"


def _office(report, advance, fixed_today):
    declared_settings.declare_all()
    fixed_today(dt.date(2026, 4, 3))
    advance(report(unit="县教育局", reported_at="2026-02-01 09:00"), on=dt.date(2026, 2, 2))
    report(unit="城关镇", reported_at="2026-03-01 09:00")
    # reported last year, taken through its steps in the quarter: it reported nothing in it
    advance(report(unit="县林业局", reported_at="2025-12-20 09:00"), on=dt.date(2026, 1, 5))
    settings.put("info.reporting_units", "县教育局\n城关镇\n县财政局\n县林业局")


def test_the_command_line_names_the_silent_units_as_the_paper_does(report, advance, admin,
                                                                    fixed_today, tmp_path, capsys):
    from officedesk import cli

    _office(report, advance, fixed_today)

    def run(*args):
        code = cli.main(["--db", str(tmp_path / "officedesk.db"), "info-ranking",
                         "--period", "2026-Q1", *args])
        return code, capsys.readouterr().out

    code, out = run()
    assert code == 0 and out.splitlines()[-1] == LINE
    code, out = run("--json")
    assert code == 0 and json.loads(out)["silent"] == ["县财政局", "县林业局"]
    pdf = forms.get("info-ranking").build([], admin, date_from="2026-01-01", date_to="2026-03-31")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert LINE in "".join(page.get_text() for page in doc).replace("\n", "")


def test_every_unit_reported_no_line(report, advance, fixed_today, tmp_path, capsys):
    from officedesk import cli

    _office(report, advance, fixed_today)
    settings.put("info.reporting_units", "县教育局\n城关镇")
    code = cli.main(["--db", str(tmp_path / "officedesk.db"), "info-ranking", "--period", "2026-Q1"])
    out = capsys.readouterr().out
    assert code == 0 and "未报送" not in out
    code = cli.main(["--db", str(tmp_path / "officedesk.db"), "info-ranking", "--period", "2026-Q1",
                     "--json"])
    assert json.loads(capsys.readouterr().out)["silent"] == []


def test_the_window_names_them_too(report, advance, fixed_today, app_ctx, qtbot):
    from officedesk.ui.info.dialogs import RankingDialog

    _office(report, advance, fixed_today)
    dialog = RankingDialog(app_ctx, lambda *a, **k: None)
    qtbot.addWidget(dialog)
    dialog.part.setCurrentIndex(1)  # 第一季度
    assert LINE in dialog.counted.text().splitlines()
