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
from officedesk.core.actor import CLI_ACTOR
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
    record = petitions.get(report.ids[0], admin)
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
    assert info.get(report.ids[0], admin).score == 1  # recomputed: its 报送 point


def test_an_imported_score_is_recomputed(office, admin, tmp_path):
    rows = [_info_row(得分=99),
            _info_row(标题="河口镇推进防汛", 得分=99, 采用级别="县",
                      采用情况="县级：每日要情 2026年第1期（2026-03-30）")]
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "i.xlsx", info.SPEC, rows), admin)
    assert report.ok, _problems(report)
    plain, adopted = (info.get(i, admin) for i in report.ids)
    assert plain.score == 1  # its 报送 only: as an item entered by hand (the ranking's point)
    assert adopted.score == info.scoring.item_score(adopted.id) == 1 + 3  # 报送 + 县级采用


def test_adoptions_come_back_each_with_its_level_and_day(office, admin, tmp_path):
    """采用情况 as export writes it: each 采用 back (the 得分 counts them all); the text was
    wrapped into one new 采用 (“市级：县级：…”) and the 得分 dropped."""
    text = "县级：工作动态 2026年第1期（2026-03-30）；市级：市委办《每日要情》（2026-04-02）"
    row = _info_row(采用级别="市", 采用情况=text, 领导批示="县长 王振国（2026-04-06）：请推广。")
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "i.xlsx", info.SPEC, [row]), admin)
    assert report.ok, _problems(report)
    item = info.get(report.ids[0], admin)
    adoptions = [(a.level, a.periodical, a.on) for a in info.actions_of(item.id, CLI_ACTOR) if a.kind == "采用"]
    assert adoptions == [("县", "工作动态 2026年第1期", dt.date(2026, 3, 30)),
                         ("市", "市委办《每日要情》", dt.date(2026, 4, 2))]
    assert (item.adopted, item.adopted_level, item.score) == (text, "市", 1 + 3 + 10 + 10)
    [instruction] = [a for a in info.actions_of(item.id, CLI_ACTOR) if a.kind == "批示"]
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
    sudden, secret = (info.get(i, admin) for i in report.ids)
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
    # the row as another office's 台账 (its own 收文编号 and the record it was left out): the
    # state comes with its fact
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.cell(row=1, column=1).value == "收文编号"
    assert sheet.cell(row=1, column=sheet.max_column).value == "记录号"
    sheet.cell(row=2, column=1).value = None
    sheet.cell(row=2, column=sheet.max_column).value = None
    book.save(path)
    report = xlsx.import_file(incoming.INCOMING, path, admin, history=True)
    assert report.ok and report.imported == 1, _problems(report)
    back = incoming.IncomingDoc.get_by_id(report.ids[0])
    assert back.id != record.id
    assert (back.state, back.proposal) == ("已拟办", "请综合科阅办。")


# ---------------------------------------------------------------- 发文: drafts have no 字号


def _outgoing(title: str, admin, **values: Any) -> Any:
    return outgoing.OUTGOING.create_hook({"标题": title, "文种": "请示", "主送": "中共云州市委",
                                          **values}, admin)


TITLE = "关于申请追加2026年度防汛救灾资金的请示"


def test_two_drafts_of_one_title_are_two_rows(office, admin, tmp_path):
    """“第 77 行：与本文件第 58 行是同一条发文”: two 请示 drafts by different 拟稿人 were one."""
    rows = [{"标题": TITLE, "文种": "请示", "拟稿单位": "县委办公室综合科", "拟稿人": "陈思雨"},
            {"标题": TITLE, "文种": "请示", "拟稿单位": "县委办公室综合科", "拟稿人": "周雅琴"}]
    path = _sheet(tmp_path / "o.xlsx", outgoing.OUTGOING, rows)
    report = xlsx.import_file(outgoing.OUTGOING, path, admin)
    assert report.ok and report.imported == 2, _problems(report)
    # their export imported again: each row is its own draft, none changed
    out = tmp_path / "out.xlsx"
    xlsx.export(outgoing.OUTGOING, out, admin)
    again = xlsx.import_file(outgoing.OUTGOING, out, admin, dry_run=True, on_match=MATCH_UPDATE)
    assert again.ok and again.matched == again.unchanged == 2, _problems(again)
    # the same draft twice in one file is still named as such
    twice = _sheet(tmp_path / "t.xlsx", outgoing.OUTGOING, [rows[0], rows[0]])
    report = xlsx.import_file(outgoing.OUTGOING, twice, admin, on_match="add")
    assert _problems(report) == ["第 3 行：与本文件第 2 行是同一条发文。"]


def test_a_draft_row_never_matches_a_numbered_document(office, admin, tmp_path):
    """A draft (no 字号) was matched by its title alone to a numbered 纪要 of the same title."""
    numbered = _outgoing(TITLE, admin, 签发人="韦刚", 签发日期="2026-05-26",
                         发文字号="云委办发〔2026〕1号")
    assert numbered.doc_no == "云委办发〔2026〕1号"
    path = _sheet(tmp_path / "o.xlsx", outgoing.OUTGOING, [{"标题": TITLE, "文种": "请示"}])
    report = xlsx.import_file(outgoing.OUTGOING, path, admin, dry_run=True)
    assert report.ok and report.matched == 0 and report.imported == 1, _problems(report)


def test_a_numbered_row_is_found_by_its_number_only(office, admin, tmp_path):
    draft = _outgoing(TITLE, admin)
    row = {"发文字号": "云委办发〔2026〕1号", "标题": TITLE, "文种": "请示", "主送": "中共云州市委", "签发人": "韦刚",
           "签发日期": dt.date(2026, 5, 26)}
    path = _sheet(tmp_path / "o.xlsx", outgoing.OUTGOING, [row])
    report = xlsx.import_file(outgoing.OUTGOING, path, admin, dry_run=True)
    assert report.ok and report.matched == 0, _problems(report)
    assert outgoing.OutgoingDoc.get_by_id(draft.id).doc_no in (None, "")


def test_a_refused_update_names_a_blank_cell_as_blank(office, admin, tmp_path):
    """“表中改为“None””: Python's None in a clerk's message."""
    _outgoing(TITLE, admin, 签发人="韦刚", 签发日期="2026-05-26", 发文字号="云委办发〔2026〕1号")
    path = tmp_path / "o.xlsx"
    xlsx.export(outgoing.OUTGOING, path, admin)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("签发人") + 1).value = None
    book.save(path)
    report = xlsx.import_file(outgoing.OUTGOING, path, admin, on_match=MATCH_UPDATE)
    [problem] = report.problems
    assert (problem.row, problem.column) == (2, "签发人")
    assert "None" not in problem.reason
    assert "现为“韦刚”，表中改为空白" in problem.reason


# ---------------------------------------------------------------- 会议: one name, two rooms


@pytest.fixture
def rooms(office, admin):
    for name in ("应急指挥中心", "第三会议室"):
        records.create(directory.ROOMS, {"名称": name, "容量": 30}, admin)
    for unit in ("县委办公室", "县政府办公室"):  # the two meetings' 主办单位
        records.create(directory.UNITS, {"单位名称": unit}, admin)
    for name in ("闫志刚", "金超", "江健"):
        records.create(directory.PEOPLE, {"姓名": name, "单位": "县委办公室"}, admin)


def _meeting(place: str, host: str, people: str, **extra: Any) -> dict[str, Any]:
    return {"会议名称": "专题会议（7月）", "会议类型": "专题会议",
            "开始时间": dt.datetime(2026, 7, 23, 9, 0), "结束时间": dt.datetime(2026, 7, 23, 11, 0),
            "地点": place, "主办单位": host, "出席人员": people, **extra}


def test_two_meetings_of_one_name_and_time_in_two_rooms(rooms, admin, tmp_path):
    """“第 84 行：与本文件第 83 行是同一条会议”, and an update found row 83 the other meeting,
    then refused it as clashing with itself."""
    rows = [_meeting("应急指挥中心", "县委办公室", "闫志刚、江健"),
            _meeting("第三会议室", "县政府办公室", "金超")]
    path = _sheet(tmp_path / "m.xlsx", MEETINGS, rows)
    report = xlsx.import_file(MEETINGS, path, admin)
    assert report.ok and report.imported == 2, _problems(report)
    out = tmp_path / "out.xlsx"
    xlsx.export(MEETINGS, out, admin)
    again = xlsx.import_file(MEETINGS, out, admin, dry_run=True, on_match=MATCH_UPDATE)
    assert again.ok and again.matched == again.unchanged == 2, _problems(again)


def test_a_conflict_is_one_sentence_and_names_the_place(rooms, admin, tmp_path):
    """“…第10次会议”。；…” and “…。。如仍要保存…”: messages joined with their own full stops."""
    rows = [_meeting("应急指挥中心", "县委办公室", "闫志刚、江健"),
            _meeting("第三会议室", "县委办公室", "闫志刚、江健")]
    report = xlsx.import_file(MEETINGS, _sheet(tmp_path / "m.xlsx", MEETINGS, rows), admin)
    [problem] = report.problems
    # people due elsewhere: the row's time and people together, not its 地点 (a room's clash is)
    assert (problem.row, problem.column) == (3, "")
    assert "。；" not in problem.reason and "。。" not in problem.reason
    assert problem.reason == (
        "存在冲突：江健在 2026-07-23 09:00–11:00 要出席“专题会议（7月）”，地点：应急指挥中心；"
        "闫志刚在 2026-07-23 09:00–11:00 要出席“专题会议（7月）”，地点：应急指挥中心。"
        "如仍要保存，请写明原因（命令行：--force 理由）。")


def test_import_takes_the_reason_the_conflict_asks_for(rooms, admin, tmp_path, capsys):
    """The refusal tells the clerk “命令行：--force 理由”; `import` had no such option."""
    rows = [_meeting("应急指挥中心", "县委办公室", "闫志刚、江健"),
            _meeting("第三会议室", "县委办公室", "闫志刚、江健")]
    path = _sheet(tmp_path / "m.xlsx", MEETINGS, rows)
    database = str(tmp_path / "officedesk.db")
    store_db.close_database()
    assert cli.main(["--db", database, "import", "meetings", str(path)]) == 1
    assert "--force 理由" in capsys.readouterr().err
    reason = "两会同时召开，闫志刚、江健同志出席前一会"
    assert cli.main(["--db", database, "import", "meetings", str(path), "--force", reason]) == 0
    store_db.open_database(database)
    second = Meeting.get(Meeting.place == "第三会议室")
    kept = [e for e in audit.history("meetings", second.id) if e.action == "conflict_override"]
    assert kept and reason in kept[0].summary
    assert Meeting.select().count() == 2
