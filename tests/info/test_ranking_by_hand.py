"""The 信息 ranking of a small office's 2026, worked out by hand and compared with core, the
command line (--json) and the printed 信息工作通报 (probe41). The table changes on 7-01
(市级采用 10 → 8, 批示 10 → 15): each event counts by the table of its own day. A voided
report counts nothing, a 续报 is a 报送 of its own, a 县级采用 counts on its issue's 印发 day,
a unit renamed in the 通讯录 is one unit under its new name, and a reader not cleared for 机密
counts without the 机密 item (the paper says so)."""

from __future__ import annotations

import datetime as dt
import json

import pymupdf
import pytest

from officedesk.core import directory, info, lifecycle, records, settings
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.info import procedure, scoring
from officedesk.printing import forms

D = dt.date
EVENING = dt.time(18, 0)
TABLE = ("报送=1\n县级采用=3\n市级采用=10\n省级采用=20\n中央采用=50\n批示=10\n"
         "2026-07-01起：\n市级采用=8\n批示=15")


@pytest.fixture
def office(report, advance, issue_out, admin, fixed_today):
    def v(item):
        return info.get(item.id, admin).version

    def sent(unit, when, title, **extra):
        # after the report's hour whenever the test runs (a 09:00 report is refused before nine)
        fixed_today(D.fromisoformat(when[:10]), EVENING)
        return report(unit=unit, title=title, reported_at=when, **extra)

    def out(item, placed, issued, periodical="每日要情"):
        # each periodical's issues 印发 in 期号 order, their dates too (periodicals.publish)
        fixed_today(issued)
        return issue_out(advance(item, on=placed, periodical=periodical), issued)

    def adopt(item, level, day):
        fixed_today(day)
        procedure.adopt(item.id, v(item), admin, level, f"{level}委办《每日要情》", day)

    def instruct(item, leader, day):
        fixed_today(day)
        procedure.instruct(item.id, v(item), admin, leader, "请推广。", day)

    fixed_today(D(2026, 1, 5))
    for name in ("县教育局", "城关镇", "县林业局"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    fixed_today(D(2026, 6, 15))
    settings.put(scoring.POINTS.key, TABLE)
    # 县教育局: 1 + 3 + 10 + 10 = 24; 1 + 3 + 8 + 20 + 15 = 47 (编发 8-06, 印发 8-07); a voided 0
    a1 = out(sent("县教育局", "2026-03-02 09:00", "集团化办学"), D(2026, 3, 3), D(2026, 3, 3))
    adopt(a1, "市", D(2026, 3, 20))
    instruct(a1, "县委书记 李建华", D(2026, 4, 1))
    a2 = out(sent("县教育局", "2026-08-05 09:00", "化解大班额"), D(2026, 8, 6), D(2026, 8, 7))
    adopt(a2, "市", D(2026, 8, 20))
    adopt(a2, "省", D(2026, 9, 10))
    instruct(a2, "省委副书记 张某", D(2026, 9, 15))
    a3 = sent("县教育局", "2026-05-10 09:00", "重复报送")
    lifecycle.void_record("info", a3.id, admin, "重复登记")
    # 城关镇: a 首报 1 + 3 and its 续报 1; a 机密 one 1 + 3 + 8; 1 + 3 + 50 中央 on 7-05
    b1 = out(sent("城关镇", "2026-04-01 08:30", "山体滑坡", category="突发事件",
                  event_at="2026-04-01 07:50", event_level="较大"), D(2026, 4, 1), D(2026, 4, 1), "信息专报")
    fixed_today(D(2026, 4, 2), EVENING)
    procedure.followup(b1.id, {"reported_at": "2026-04-02 09:00", "content": "被困人员已救出。"},
                       admin)
    b3 = out(sent("城关镇", "2026-10-09 09:00", "敏感情况", secrecy="机密"),
             D(2026, 10, 10), D(2026, 10, 10))
    adopt(b3, "市", D(2026, 10, 20))
    b4 = out(sent("城关镇", "2026-06-20 09:00", "基层治理"), D(2026, 6, 21), D(2026, 6, 21),
             "信息专报")
    adopt(b4, "中央", D(2026, 7, 5))
    # 县林业局 (县林业和草原局 from 8-01): 1 + 3 + 8 (市 on 7-10); 1 + 3; 1
    c1 = out(sent("县林业局", "2026-02-10 09:00", "森林防火"), D(2026, 2, 11), D(2026, 2, 11),
             "工作动态")
    adopt(c1, "市", D(2026, 7, 10))
    fixed_today(D(2026, 8, 1))
    unit = directory.UNITS.model.get(directory.UNITS.model.name == "县林业局")
    records.update(directory.UNITS, unit.id, {"单位名称": "县林业和草原局"}, unit.version, admin)
    out(sent("县林业和草原局", "2026-09-01 09:00", "秋季造林"), D(2026, 9, 2), D(2026, 9, 2), "信息专报")
    sent("县林业和草原局", "2026-11-03 09:00", "待审信息")
    fixed_today(D(2026, 12, 10))
    return {"a1": a1, "a2": a2, "a3": a3, "b3": b3, "b4": b4, "c1": c1}


def _rows(actor, period):
    return [(s.rank, s.unit, s.points) for s in scoring.ranking(actor, period)[1]]


def test_each_item_and_each_period_by_hand(office):
    scores = {key: scoring.item_score(item.id) for key, item in office.items()}
    assert scores == {"a1": 24, "a2": 47, "a3": 0, "b3": 12, "b4": 54, "c1": 12}
    # 城关镇 4 + 9 + 8 + 50 = 71, 县教育局 2 + 6 + 18 + 20 + 25 = 71: a tie, more 报送 first
    assert _rows(CLI_ACTOR, "2026") == [(1, "城关镇", 71), (1, "县教育局", 71),
                                        (3, "县林业和草原局", 17)]
    assert _rows(CLI_ACTOR, "2026-Q1") == [(1, "县教育局", 14), (2, "县林业和草原局", 4)]
    assert _rows(CLI_ACTOR, "2026-Q2") == [(1, "县教育局", 10), (2, "城关镇", 9)]
    assert _rows(CLI_ACTOR, "2026-Q3") == [(1, "城关镇", 50), (2, "县教育局", 47),
                                           (3, "县林业和草原局", 12)]
    assert _rows(CLI_ACTOR, "2026-01") == [] and _rows(CLI_ACTOR, "2025") == []
    clerk = Actor(username="clerk", role="clerk", clearance=1, display_name="科员")
    assert _rows(clerk, "2026") == [(1, "县教育局", 71), (2, "城关镇", 59),
                                    (3, "县林业和草原局", 17)]


def test_the_command_line_and_the_paper_agree(office, admin, tmp_path, capsys):
    from officedesk import cli

    assert cli.main(["--db", str(tmp_path / "officedesk.db"), "info-ranking", "--period", "2026",
                     "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert [(u["rank"], u["unit"], u["reported"], u["instructions"], u["points"])
            for u in said["units"]] == [(1, "城关镇", 4, 0, 71), (1, "县教育局", 2, 2, 71),
                                        (3, "县林业和草原局", 3, 0, 17)]
    # both tables the year was counted by, each with its days (not only the one at its end)
    assert [(t["from"], t["to"], t["points"]["市级采用"], t["points"]["批示"])
            for t in said["tables"]] == [("2026-01-01", "2026-06-30", 10, 10),
                                         ("2026-07-01", "2026-12-31", 8, 15)]
    pdf = forms.get("info-ranking").build([], admin, date_from="2026-01-01", date_to="2026-12-31")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "")
    assert "本期共收到各单位报送信息9条，被各级采用13条次，获领导批示2件次" in text
    for row in ("1城关镇43101071", "1县教育局22210271", "3县林业和草原局32100017"):
        assert row in text, row
