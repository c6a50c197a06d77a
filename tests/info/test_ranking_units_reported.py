"""“报送单位N个” (the scope line of the 信息工作通报, `info-ranking` and the window's 排名) counted
every unit ranked, so a unit whose only event in the period was an 采用 or 批示 of an item it
reported before was a 报送单位 — on the same paper that names it among the units that reported
nothing (probe125). It counts the units with a 报送 in the period now."""

from __future__ import annotations

import datetime as dt
import json
import re

import pymupdf

from officedesk import declared_settings
from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import counted_by, scoring
from officedesk.printing import forms

D = dt.date


def _office(report, advance, issue_out, fixed_today):
    declared_settings.declare_all()
    fixed_today(D(2026, 4, 3))
    report(unit="县教育局", reported_at="2026-02-01 09:00")
    report(unit="城关镇", reported_at="2026-03-01 09:00")
    # reported last year, its issue 印发 in the quarter: a 县级采用 in it, but no 报送
    issue_out(advance(report(unit="县林业局", reported_at="2025-12-20 09:00"), on=D(2026, 1, 5)),
              D(2026, 1, 6))
    settings.put("info.reporting_units", "县教育局\n城关镇\n县林业局")


def test_a_unit_with_only_an_adoption_is_no_reporting_unit(report, advance, issue_out,
                                                           fixed_today):
    _office(report, advance, issue_out, fixed_today)
    label, ranked = scoring.ranking(CLI_ACTOR, "2026-Q1")
    assert [(s.unit, s.reported, s.points) for s in ranked] == [
        ("县林业局", 0, 3), ("城关镇", 1, 1), ("县教育局", 1, 1)]
    scope = counted_by.scope(label, D(2026, 1, 1), D(2026, 3, 31), ranked)
    assert scope.units == 2
    assert "报送单位2个" in str(scope.line())


def test_the_command_line_the_paper_and_the_window_say_two(report, advance, issue_out, admin,
                                                           fixed_today, tmp_path, capsys,
                                                           app_ctx, qtbot):
    from officedesk import cli
    from officedesk.ui.info.dialogs import RankingDialog

    _office(report, advance, issue_out, fixed_today)
    db = str(tmp_path / "officedesk.db")
    assert cli.main(["--db", db, "info-ranking", "--period", "2026-Q1"]) == 0
    out = capsys.readouterr().out
    assert "报送单位2个" in out and "本期未报送信息的单位：县林业局。" in out
    assert cli.main(["--db", db, "info-ranking", "--period", "2026-Q1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scope"]["units"] == 2
    pdf = forms.get("info-ranking").build([], admin, date_from="2026-01-01", date_to="2026-03-31")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        # the page number between the two lines of a note a page ends in
        text = re.sub(r"— \d+ —", "", "".join(page.get_text() for page in doc).replace("\n", ""))
    assert "报送单位2个" in text and "本期未报送信息的单位：县林业局。" in text
    dialog = RankingDialog(app_ctx, lambda *a, **k: None)
    qtbot.addWidget(dialog)
    dialog.part.setCurrentIndex(1)  # 第一季度
    assert "报送单位2个" in dialog.counted.text()
