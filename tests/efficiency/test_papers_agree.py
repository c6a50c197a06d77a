"""The printed 通报 against the rows behind their figures (probe108), on the demo office's
November: the 效能通报's 办件量, 完成 and 逾期未办 are the records its drill-down lists; the 督查
通报's 办结, 按期办结 and 逾期未办结 are the 效能 figures of 督查 and the tasks it names; the 信息
工作通报's 报送 and 采用 are the 信息 rows and their 采用 of the year to date."""

from __future__ import annotations

import datetime as dt
import re

import pymupdf

from officedesk.core import clock
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.efficiency import drill, efficiency

from .test_drill_adds_up import DAY, _counted, _demo

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
YEAR = (dt.date(2026, 1, 1), DAY)


def _text(name: str, period: tuple[dt.date, dt.date] = NOVEMBER) -> str:
    from officedesk.printing import forms

    forms.load_all()
    pdf = forms.get(name).build([], CLI_ACTOR, date_from=period[0].isoformat(),
                                date_to=period[1].isoformat())
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "").replace(" ", "")
    return re.sub(r"—\d+—", "", text)  # the page numbers, wherever a page breaks


def test_the_papers_figures_are_the_rows_behind_them(demo_filled):
    _demo(demo_filled)
    try:
        figures = efficiency(CLI_ACTOR, *NOVEMBER)
        paper = _text("efficiency")
        for name, proc in figures["procedures"].items():
            rows = _counted(drill.records_behind(CLI_ACTOR, name, *NOVEMBER), *NOVEMBER)
            said = f"{proc['label']}本期办件{rows['volume']}件、完成{rows['completed']}件"
            assert said in paper, name
            if rows["overdue"]:
                sentence = paper.split(said, 1)[1].split("；", 1)[0]
                assert f"截至期末逾期未办{rows['overdue']}件" in sentence, name
        supervision = _counted(drill.records_behind(CLI_ACTOR, "supervision", *NOVEMBER), *NOVEMBER)
        assert supervision["overdue"]  # the month has tasks 逾期未办 at its end
        bulletin = _text("bulletin")
        done, on_time = supervision["completed"], supervision["on_time"]
        assert f"办结{done}件，其中按期办结{on_time}件、逾期办结{done - on_time}件" in bulletin
        found = re.search(r"截至期末在办\d+件、逾期未办结(\d+)件", bulletin)
        assert found and int(found.group(1)) == supervision["overdue"]
    finally:
        clock.set_today(None)


def test_the_info_bulletin_counts_the_month_s_rows(demo_filled):
    from officedesk.core import record_lists, registry
    from officedesk.core.info.scoring import INSTRUCTION, PLACED
    from officedesk.store.info import InfoAction

    _demo(demo_filled)
    try:
        spec = registry.get("info")
        ids = record_lists.list_ids(spec, CLI_ACTOR, [], "", limit=100000)
        rows = record_lists.fetch(spec, ids).values()
        first, last = YEAR
        reported = [r for r in rows if first <= r.reported_at.date() <= last]
        adopted = instructed = 0
        for action in InfoAction.select().where(InfoAction.item.in_([r.id for r in rows])):
            if not first <= action.on <= last or action.content == PLACED:
                continue
            adopted += action.kind == "采用"
            instructed += action.kind == INSTRUCTION
        assert reported and adopted
        paper = _text("info-ranking", YEAR)
        assert f"本期共收到各单位报送信息{len(reported)}条，被各级采用{adopted}条次，" \
               f"获领导批示{instructed}件次" in paper
    finally:
        clock.set_today(None)
