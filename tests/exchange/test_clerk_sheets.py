"""Sheets as clerks bring them back (review of the exchange): a 信访 台账 in its later states, 信息
with their 得分 and 采用, 发文 drafts of one title, meetings of one name in two rooms. Each row is
imported exactly, or refused with its row, column and what to do; no false duplicate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk import cli
from officedesk.core import audit, directory, info, petitions, records, settings
from officedesk.core.documents import incoming, outgoing
from officedesk.core.meetings import SPEC as MEETINGS
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE
from officedesk.store import db as store_db
from officedesk.store.meetings import Meeting

TODAY = dt.date(2026, 6, 30)


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")
    return db


def _sheet(path: Path, spec: Any, rows: list[dict[str, Any]]) -> Path:
    """Rows under the registry's own headers (those a row does not name stay blank)."""
    labels = [f.label for f in spec.exchange_fields()]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(labels)
    for row in rows:
        unknown = set(row) - set(labels)
        assert not unknown, unknown
        sheet.append([row.get(label) for label in labels])
    book.save(path)
    return path


def _problems(report) -> list[str]:
    return [str(p) for p in report.problems]


# ---------------------------------------------------------------- 信访: the facts of a state


@pytest.mark.parametrize("history", [True, False], ids=["history", "plain"])
def test_a_replied_petition_keeps_its_reply(office, admin, tmp_path, history):
    """Every 已答复 row was refused as “缺少：答复意见” although its cell was filled: the import
    handed the state check a hand-kept list of facts without it."""
    row = {"登记日期": dt.date(2026, 3, 2), "信访形式": "来信", "信访人": "周大海",
           "问题类别": petitions.categories()[0], "反映内容": "拖欠工资", "处理方式": "直接答复",
           "答复意见": "已当面答复，工资已于3月10日发放。"}
    path = _sheet(tmp_path / "p.xlsx", petitions.SPEC, [row])
    report = xlsx.import_file(petitions.SPEC, path, admin, history=history)
    assert report.ok and report.imported == 1, _problems(report)
    record = petitions.get(report.ids[0])
    assert (record.state, record.reply_opinion) == (petitions.REPLIED, row["答复意见"])


def test_a_petition_state_still_needs_its_facts(office, admin, tmp_path):
    row = {"登记日期": dt.date(2026, 3, 2), "信访形式": "来信", "信访人": "周大海",
           "问题类别": petitions.categories()[0], "反映内容": "拖欠工资",
           "办结日期": dt.date(2026, 3, 20)}
    path = _sheet(tmp_path / "p.xlsx", petitions.SPEC, [row])
    report = xlsx.import_file(petitions.SPEC, path, admin, history=True)
    assert report.imported == 0
    [problem] = report.problems
    assert (problem.row, problem.column) == (2, "状态") and "缺少：处理方式" in problem.reason


# ---------------------------------------------------------------- 信息: 得分, 采用


def _info_row(**extra: Any) -> dict[str, Any]:
    return {"标题": "白沙乡建成农产品冷链仓储中心", "报送单位": "白沙乡", "报送人": "王海",
            "报送时间": dt.datetime(2026, 3, 30, 10, 20), "类别": "工作动态",
            "正文": "总投资680万元。", **extra}


def test_an_unscored_item_exported_with_score_0_imports(office, admin, tmp_path):
    """The export writes 得分 0 for an item not scored yet; the import refused 0 (“应在 1 到
    1000000 之间”)."""
    path = _sheet(tmp_path / "i.xlsx", info.SPEC, [_info_row(得分=0)])
    report = xlsx.import_file(info.SPEC, path, admin)
    assert report.ok and report.imported == 1, _problems(report)
    assert info.get(report.ids[0]).score == 0


def test_an_imported_score_is_recomputed(office, admin, tmp_path):
    rows = [_info_row(得分=99),
            _info_row(标题="河口镇推进防汛", 得分=99, 采用级别="县",
                      采用情况="县级：每日要情 2026年第1期（2026-03-30）")]
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "i.xlsx", info.SPEC, rows), admin)
    assert report.ok, _problems(report)
    plain, adopted = (info.get(i) for i in report.ids)
    assert plain.score == 0  # nothing scored: as an item entered by hand
    assert adopted.score == info.scoring.item_score(adopted.id) == 1 + 3  # 报送 + 县级采用


def test_adoptions_come_back_each_with_its_level_and_day(office, admin, tmp_path):
    """采用情况 as export writes it: each 采用 back (the 得分 counts them all); the text was
    wrapped into one new 采用 (“市级：县级：…”) and the 得分 dropped."""
    text = "县级：工作动态 2026年第1期（2026-03-30）；市级：市委办《每日要情》（2026-04-02）"
    row = _info_row(采用级别="市", 采用情况=text, 领导批示="县长 王振国（2026-04-06）：请推广。")
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "i.xlsx", info.SPEC, [row]), admin)
    assert report.ok, _problems(report)
    item = info.get(report.ids[0])
    adoptions = [(a.level, a.periodical, a.on) for a in info.actions_of(item.id) if a.kind == "采用"]
    assert adoptions == [("县", "工作动态 2026年第1期", dt.date(2026, 3, 30)),
                         ("市", "市委办《每日要情》", dt.date(2026, 4, 2))]
    assert (item.adopted, item.adopted_level, item.score) == (text, "市", 1 + 3 + 10 + 10)
    [instruction] = [a for a in info.actions_of(item.id) if a.kind == "批示"]
    assert (instruction.person, instruction.on) == ("县长 王振国", dt.date(2026, 4, 6))
    wrong = _info_row(标题="另一条", 采用级别="省", 采用情况=text)
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "j.xlsx", info.SPEC, [wrong]), admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "采用级别")]
    assert "最高的“市级”" in report.problems[0].reason


def test_a_sudden_event_and_a_classified_item_travel_whole(office, admin, tmp_path):
    """The sheet lacked 事发时间 and 事件级别 (a 突发事件 could not come back) and 密级 (a 机密
    item came back 非密)."""
    level = info.event_levels()[0]
    rows = [_info_row(标题="青石镇发生山体滑坡", 类别=info.SUDDEN, 事件级别=level,
                      事发时间=dt.datetime(2026, 3, 30, 8, 0)),
            _info_row(标题="关于某事项的内部情况", 密级="机密")]
    path = _sheet(tmp_path / "i.xlsx", info.SPEC, rows)
    report = xlsx.import_file(info.SPEC, path, admin)
    assert report.ok, _problems(report)
    sudden, secret = (info.get(i) for i in report.ids)
    assert (sudden.event_level, sudden.event_at) == (level, dt.datetime(2026, 3, 30, 8, 0))
    assert secret.secrecy == "机密"
    out = tmp_path / "out.xlsx"
    xlsx.export(info.SPEC, out, admin)
    sheet = xlsx.read_rows(out)
    rows_out = [dict(zip(sheet.headers, r, strict=False)) for _, r in sheet.rows]
    assert {r["标题"]: r["密级"] for r in rows_out}["关于某事项的内部情况"] == "机密"


# ---------------------------------------------------------------- 收文: the facts of 已拟办


def test_an_incoming_document_with_its_proposal_comes_back(office, admin, tmp_path):
    record = incoming.INCOMING.create_hook(
        {"来文机关": "县政府办公室", "标题": "关于做好防汛工作的通知", "文种": "通知",
         "状态": "已拟办", "拟办意见": "请综合科阅办。"}, admin)
    path = tmp_path / "in.xlsx"
    xlsx.export(incoming.INCOMING, path, admin)
    report = xlsx.import_file(incoming.INCOMING, path, admin, dry_run=True, on_match=MATCH_UPDATE)
    assert report.ok and report.unchanged == 1, _problems(report)
    # the row as another office's 台账 (its own 收文编号 left out): the state comes with its fact
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.cell(row=1, column=1).value == "收文编号"
    sheet.cell(row=2, column=1).value = None
    book.save(path)
    report = xlsx.import_file(incoming.INCOMING, path, admin, history=True)
    assert report.ok and report.imported == 1, _problems(report)
    back = incoming.IncomingDoc.get_by_id(report.ids[0])
    assert back.id != record.id
    assert (back.state, back.proposal) == ("已拟办", "请综合科阅办。")
