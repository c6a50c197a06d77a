"""Figures shown to an account not cleared for every 密级 count only what it may see (a count
must not reveal a classified record), and a 通报 printed by it says so on the paper. The window's
信息工作得分 and 效能 page, and `info-ranking` / `stats`, showed the same partial figures as if they
were the office's, without a word: a 秘密-cleared clerk read 县教育局 first when its 机密 report
put 城关镇 ahead. They say it now, from one core sentence (counted_scope.shown_note); an account
cleared for 绝密 is told nothing (its figures count every record)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import counted_scope
from officedesk.core.actor import Actor

SECRET_NOTE = "这些数字只统计了密级为秘密及以下的信息（您的密级权限为“秘密”）"
PUBLIC_NOTE = "这些数字只统计了非密事项（您的密级权限为“公开”）"


@pytest.fixture
def office(report, advance, fixed_today):
    fixed_today(dt.date(2026, 3, 20))
    advance(report(unit="县教育局", reported_at="2026-03-02 09:00"), on=dt.date(2026, 3, 2))
    for day in (3, 4):  # 城关镇's reports are 机密: it leads the office's ranking
        advance(report(unit="城关镇", reported_at=f"2026-03-0{day} 09:00", secrecy="机密",
                       title=f"城关镇机密信息{day}"), on=dt.date(2026, 3, day))


def _secret_clerk() -> Actor:
    return Actor(username="xk", role="clerk", clearance=1, display_name="信息科员")


def test_the_ranking_window_says_what_it_counted(office, app_ctx, qtbot, monkeypatch):
    from officedesk.ui.info.dialogs import RankingDialog

    monkeypatch.setattr(app_ctx, "actor", _secret_clerk())
    dialog = RankingDialog(app_ctx, lambda *a, **k: None)
    qtbot.addWidget(dialog)
    assert [s.unit for s in dialog.ranked] == ["县教育局"]  # 城关镇's are not counted for him
    assert any(line.startswith(SECRET_NOTE) for line in dialog.counted.text().splitlines())


def test_a_fully_cleared_account_is_told_nothing(office, app_ctx, qtbot):
    from officedesk.ui.info.dialogs import RankingDialog

    dialog = RankingDialog(app_ctx, lambda *a, **k: None)
    qtbot.addWidget(dialog)
    assert [s.unit for s in dialog.ranked][0] == "城关镇"
    assert "只统计了" not in dialog.counted.text()


def test_the_efficiency_page_says_it(office, app_ctx, qtbot, monkeypatch):
    from officedesk.ui.efficiency.tab import EfficiencyTab

    monkeypatch.setattr(app_ctx, "actor", Actor(username="gk", role="clerk", clearance=0))
    page = EfficiencyTab(app_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert PUBLIC_NOTE in page.summary.text()


def test_the_command_line_says_it_with_the_figures(office, tmp_path, capsys, monkeypatch):
    from officedesk import cli, cli_commands

    def ranking() -> str:
        assert cli.main(["--db", str(tmp_path / "officedesk.db"), "info-ranking",
                         "--period", "2026-03"]) == 0
        return capsys.readouterr().out

    assert "只统计了" not in ranking()  # the command line's administrator: every record
    monkeypatch.setattr(cli_commands, "actor", _secret_clerk)
    monkeypatch.setattr("officedesk.cli_info.actor", _secret_clerk)
    shown = ranking()
    assert SECRET_NOTE in shown and "城关镇" not in shown
    assert cli.main(["--db", str(tmp_path / "officedesk.db"), "stats", "--year", "2026"]) == 0
    assert "这些数字只统计了密级为秘密及以下的事项" in capsys.readouterr().out


def test_the_sentence_follows_the_clearance():
    assert counted_scope.shown_note(None) == ""
    assert counted_scope.shown_note(counted_scope.counted_level(
        Actor(username="a", role="admin", clearance=3))) == ""
    assert counted_scope.shown_note(2, "信息").startswith("这些数字只统计了密级为机密及以下的信息")
