"""`stats`' summary says what each figure counts: the 公文 part's 发文 are those numbered (by their
成文日期, as the 统计 tab counts them) and the 会议 part's 合计 holds those 筹备中 and still to come;
效能's 三多 counts 发文 印发 and meetings held. The text, --json and the window's statistics
pages say the same numbers under the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.cli_labels import summary_lines
from officedesk.core import clock, stats
from officedesk.core.actor import CLI_ACTOR
from officedesk.store.documents import OutgoingDoc
from officedesk.store.meetings import Meeting

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def figures(demo_filled):
    clock.set_today(TODAY)
    demo_filled(12, seed=7)
    yield stats.collect(CLI_ACTOR, TODAY.year)
    clock.set_today(None)


def _section(lines: list[str], name: str) -> list[str]:
    start = lines.index(f"{name}：")
    rest = lines[start + 1 :]
    end = next((i for i, line in enumerate(rest) if not line.startswith(" ")), len(rest))
    return [line.strip() for line in rest[:end]]


def test_the_summary_names_what_its_documents_and_meetings_count(figures):
    documents, meetings = figures["documents"], figures["meetings"]
    sanduo = figures["效能"]["sanduo"]
    year = [d for d in OutgoingDoc.select() if d.doc_date and d.doc_date.year == TODAY.year]
    numbered = [d for d in year if d.doc_no and d.state != "已作废"]
    # the demo year has 发文 numbered and not yet printed, and meetings still to come: the parts
    # count differently, and the summary says how
    assert len(numbered) == documents["outgoing_total"] > sanduo["documents"]["total"]
    coming = Meeting.select().where(Meeting.start > dt.datetime(2026, 12, 1, 23, 59)).count()
    assert coming and meetings["total"] > sanduo["meetings"]["total"]
    lines = summary_lines(figures)
    assert f"已编号发文（件）：{documents['outgoing_total']}" in _section(lines, "公文")
    assert f"合计（含筹备中、尚未召开的，已取消的不计）：{meetings['total']}" in \
        _section(lines, "会议")
    assert f"已召开（次）：{sanduo['meetings']['total']}" in _section(lines, "效能")
    assert not any(line.startswith(("发文（件）", "合计：")) for line in lines)


def test_the_window_s_statistics_pages_say_the_same(figures, app_ctx, qtbot):
    from officedesk.ui.documents.stats_page import StatsPage
    from officedesk.ui.meetings.stats import MeetingStats

    page = StatsPage(app_ctx)
    qtbot.addWidget(page)
    page.year.setValue(TODAY.year)
    page.refresh()
    assert page.summary.text().startswith(
        f"已编号发文 {figures['documents']['outgoing_total']} 件，")
    meetings = MeetingStats(app_ctx)
    qtbot.addWidget(meetings)
    assert meetings.summary.text().startswith(f"全年会议 {figures['meetings']['total']} 个，")
    assert "含筹备中、尚未召开的" in meetings.summary.text()
