"""The counts a 刊物's issue shows — the 刊物 dialog's 信息数 column, info-issues (text and
--json), the 删除空期 refusal — count only the items the reader may see: a reader below an
item's 密级 does not learn from a count that hidden items exist."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from officedesk.core.actor import Actor
from officedesk.core.info import empty_issue, periodicals

K0 = Actor(username="k0", role="clerk", clearance=0, display_name="低密科员")


@pytest.fixture
def mixed(report, advance, fixed_today):
    fixed_today(dt.date(2026, 5, 6))
    plain = advance(report(title="公开信息"))
    advance(report(title="机密信息", secrecy="机密"))
    return plain.issue


def test_core_counts_what_the_reader_may_see(mixed, admin):
    assert periodicals.count_of(mixed, admin) == 2
    assert periodicals.count_of(mixed, K0) == 1
    refused = empty_issue.removal_refusal(periodicals.issue(mixed), K0) or ""
    assert "不能删除" in refused and "2 条" not in refused and "机密" not in refused
    assert "2 条" in (empty_issue.removal_refusal(periodicals.issue(mixed), admin) or "")


def test_an_issue_of_hidden_items_alone_says_who_can_empty_it(report, advance, fixed_today, admin):
    fixed_today(dt.date(2026, 5, 6))
    hidden = advance(report(title="机密信息", secrecy="机密")).issue
    refused = empty_issue.removal_refusal(periodicals.issue(hidden), K0) or ""
    # he cannot move out what he cannot see: who can, not how many nor their 密级
    assert "不能删除" in refused and "涉密权限足够的人员" in refused
    assert "1 条" not in refused and "机密" not in refused
    assert "涉密权限" not in (empty_issue.removal_refusal(periodicals.issue(hidden), admin) or "")


def test_the_cli_lists_the_visible_count(mixed, db, capsys, monkeypatch):
    from officedesk import cli, cli_commands

    monkeypatch.setattr(cli_commands, "actor", lambda: K0)
    monkeypatch.setattr("officedesk.cli_info.actor", lambda: K0)
    assert cli.main(["--db", str(db.database), "info-issues", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["id"], row["items"]) == (mixed, 1)
    assert cli.main(["--db", str(db.database), "info-issues"]) == 0
    assert "  1 条" in capsys.readouterr().out


def test_the_dialog_shows_the_visible_count(mixed, app_ctx, qtbot):
    from officedesk.ui.info.dialogs import IssuesDialog

    app_ctx.actor = K0
    dialog = IssuesDialog(app_ctx, lambda *a, **k: None)
    qtbot.addWidget(dialog)
    assert dialog.current().id == mixed
    assert dialog.table.item(0, 4).text() == "1"
