"""保密: a 续报 above the reader's clearance is found by no path, its count included (README:
on a screen a count must not reveal a record to someone not cleared for it). Neither the first
report's panel (“另有 N 条涉密续报”) nor the title offered for the next 续报 (（续报二） after one
visible 续报) may tell a reader that such a 续报 exists."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from officedesk.core import info
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.info import first_reports, procedure

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
EVENT = {"category": "突发事件", "event_level": "较大", "event_at": "2026-03-01 06:10",
         "reported_at": "2026-03-01 06:30", "unit": "河口镇"}


def _with_followups(report, hidden: bool):
    first = report(title="河口镇山火", **EVENT)
    procedure.followup(first.id, {"content": "明火已扑灭", "reported_at": "2026-03-01 07:00"},
                       CLI_ACTOR)
    if hidden:
        procedure.followup(first.id, {"content": "伤亡情况", "secrecy": "机密",
                                      "reported_at": "2026-03-01 08:00"}, CLI_ACTOR)
    return first


def test_the_next_followup_title_counts_no_hidden_followup(report):
    first = _with_followups(report, hidden=True)
    # as if the hidden one were not there: the reader sees one 续报, the next is the second
    assert first_reports.followup_title(first, CLERK0) == "河口镇山火（续报二）"
    made = procedure.followup(first.id, {"content": "道路恢复通行",
                                         "reported_at": "2026-03-01 09:00"}, CLERK0)
    assert made.title == "河口镇山火（续报二）"
    # one cleared for it counts every 续报 (so the test can fail)
    assert first_reports.followup_title(info.get(first.id, CLI_ACTOR), CLI_ACTOR) == "河口镇山火（续报四）"


def test_the_panel_reads_the_same_whether_a_hidden_followup_exists(report, app_ctx, qtbot):
    from officedesk.ui.context import AppContext
    from officedesk.ui.info import make_tab

    low = AppContext(CLERK0, app_ctx.database_label, app_ctx.settings)
    tab = make_tab(low)
    qtbot.addWidget(tab)
    texts = []
    for hidden in (False, True):
        first = _with_followups(report, hidden)
        text = tab.describe(info.get(first.id, CLERK0))
        texts.append(re.sub(r"信息〔\d+〕\d+号", "N", text))  # the numbers differ, nothing else
        assert "涉密续报" not in text
    assert texts[0] == texts[1]
    # the cleared reader sees the hidden 续报 itself
    full = make_tab(app_ctx)
    qtbot.addWidget(full)
    assert "（续报二）" in full.describe(info.get(first.id, CLI_ACTOR))


@pytest.mark.parametrize("by_rows", [False, True])
def test_followups_imported_without_titles_count_no_hidden_followup(report, tmp_path, monkeypatch, by_rows):
    from officedesk.core import batch
    from officedesk.exchange import xlsx
    from officedesk.store.info import InfoItem

    from ..exchange.sheets import write_sheet

    if by_rows:
        monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    first = _with_followups(report, hidden=True)
    rows = [{"续报": first.number, "报送时间": dt.datetime(2026, 3, 1, h), "正文": f"{h}时进展。"}
            for h in (10, 11)]
    done = xlsx.import_file(info.SPEC, write_sheet(info.SPEC, tmp_path / "续报.xlsx", rows), CLERK0)
    assert done.ok, [str(p) for p in done.problems]
    made = InfoItem.select().where((InfoItem.followup_of == first.id) & (InfoItem.created_by == CLERK0.username))
    assert sorted(i.title for i in made) == ["河口镇山火（续报三）", "河口镇山火（续报二）"]
