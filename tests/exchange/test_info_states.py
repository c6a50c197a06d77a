"""信息 exported and imported again, as a clerk moves the 台账 to another office's database or
brings it back into its own: 状态 (where an import can rebuild it: 待接收, 不采用, 已编发, 已上报,
已采用), 编发期号, every 领导批示, and the 续报 link by the first report's 信息编号, resolved in
the office or within the file; what cannot come back is refused naming row, column and what to
do."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import audit, info, lifecycle, records, settings, state_facts, steps, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import procedure, scoring
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE
from officedesk.store import db as store_db
from officedesk.store.info import InfoItem

from .sheets import write_sheet

TODAY = dt.date(2026, 4, 20)
ITEM = {"title": "县林业局扎实开展秋冬季森林防火检查", "unit": "县林业局", "reporter": "李明",
        "category": "工作动态", "reported_at": "2026-04-01 09:00",
        "content": "近日，县林业局组织检查组对重点林区开展防火检查。"}


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    return db


def _item(actor, **fields: Any) -> InfoItem:
    return records.create(info.SPEC, {**ITEM, **fields}, actor)


def _published(actor, on: dt.date, **fields: Any) -> InfoItem:
    item = _item(actor, **fields)
    for step in ("接收", "初审", "编辑", "签发", "编发"):
        version = info.get(item.id, CLI_ACTOR).version
        if step == "接收":
            procedure.receive(item.id, version, actor, on=on)
        elif step == "初审":
            procedure.review(item.id, version, actor, "采", on=on)
        elif step == "编辑":
            procedure.edit(item.id, version, actor, item.title, item.content, on=on)
        elif step == "签发":
            procedure.sign(item.id, version, actor, "钱志刚", "信息科长", on=on)
        else:
            procedure.publish(item.id, version, actor, "每日要情", on=on)
    return info.get(item.id, CLI_ACTOR)


def _move_to_an_empty_office(tmp_path: Path) -> None:
    """Another office's database: the sheet is all it brings."""
    store_db.close_database()
    settings.forget_cache()
    workdays.forget_overrides()
    store_db.open_database(str(tmp_path / "empty.db"))


def _rows(path: Path) -> list[dict[str, Any]]:
    sheet = xlsx.read_rows(path)
    return [dict(zip(sheet.headers, row, strict=False)) for _, row in sheet.rows]


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    return write_sheet(info.SPEC, path, rows)


def test_the_sheet_carries_state_issue_and_followup():
    labels = [f.label for f in info.SPEC.exchange_fields()]
    assert {"状态", "编发期号", "续报", "上报级别", "上报时间", "不采用理由"} <= set(labels)


def test_a_followup_comes_back_linked_to_its_first_report_whatever_the_order(
    office, admin, tmp_path
):
    first = _item(admin, title="河口镇发生山火", category="突发事件", event_level="较大",
                  event_at="2026-04-02 06:10", reported_at="2026-04-02 06:30", unit="河口镇")
    later = info.SPEC.create_hook({"续报": first.number, "正文": "明火已扑灭。",
                                   "报送时间": "2026-04-02 09:00"}, admin)
    path = tmp_path / "info.xlsx"
    xlsx.export(info.SPEC, path, admin)
    rows = _rows(path)
    # the export lists the newest first: the 续报 comes before its first report
    assert [r["信息编号"] for r in rows] == [later.number, first.number]
    assert rows[0]["续报"] == first.number  # its 信息编号, not an id of this database
    _move_to_an_empty_office(tmp_path)
    report = xlsx.import_file(info.SPEC, path, admin)
    assert report.ok, [str(p) for p in report.problems]
    new_first = InfoItem.get(InfoItem.number == first.number)
    new_later = InfoItem.get(InfoItem.number == later.number)
    assert new_later.followup_of == new_first.id and new_first.followup_of is None
    # the 续报's 信息编号 is claimed: the next item takes the one after the sheet's
    assert _item(admin).number == "信息〔2026〕3号"


def test_a_followup_without_its_first_report_is_refused(office, admin, tmp_path):
    row = {"标题": "山火续报", "报送单位": "河口镇", "报送时间": dt.datetime(2026, 4, 2, 9),
           "类别": "突发事件", "正文": "明火已扑灭。", "事发时间": dt.datetime(2026, 4, 2, 6),
           "事件级别": "较大", "续报": "信息〔2026〕9号"}
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "i.xlsx", [row]), admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "续报")]
    assert "没有找到信息编号为“信息〔2026〕9号”的首报" in report.problems[0].reason
    assert "不填“续报”" in report.problems[0].reason


def test_every_instruction_comes_back_and_counts(office, admin, tmp_path):
    item = _published(admin, dt.date(2026, 4, 2))
    procedure.instruct(item.id, info.get(item.id, admin).version, admin, "县长 王振国", "请总结推广。",
                       dt.date(2026, 4, 3))
    procedure.instruct(item.id, info.get(item.id, admin).version, admin, "县委书记 李建国",
                       "同意王振国同志意见。\n请县委办跟踪。", dt.date(2026, 4, 5))
    before = info.get(item.id, admin)
    path = tmp_path / "info.xlsx"
    xlsx.export(info.SPEC, path, admin)
    exported = _rows(path)[0]
    assert exported["领导批示"] == ("县长 王振国（2026-04-03）：请总结推广。\n"
                                "县委书记 李建国（2026-04-05）：同意王振国同志意见。\n请县委办跟踪。")
    assert (exported["状态"], exported["编发期号"]) == ("已编发", "每日要情 2026年第1期")
    _move_to_an_empty_office(tmp_path)
    report = xlsx.import_file(info.SPEC, path, admin)
    assert report.ok, [str(p) for p in report.problems]
    again = InfoItem.get(InfoItem.number == before.number)
    assert [(a.kind, a.person, a.on, a.content) for a in procedure.actions_of(again.id, admin)
            if a.kind == "批示"] == [
        ("批示", "县长 王振国", dt.date(2026, 4, 3), "请总结推广。"),
        ("批示", "县委书记 李建国", dt.date(2026, 4, 5), "同意王振国同志意见。\n请县委办跟踪。")]
    assert (again.state, again.score, again.instruction) == (
        "已编发", before.score, before.instruction)
    # the 编发期号 stays the item's text; the item is not put into this office's issue
    assert (again.issue_label, again.issue) == ("每日要情 2026年第1期", None)


def test_the_states_an_import_rebuilds(office, admin, tmp_path):
    base = {"标题": "一件信息", "报送单位": "县林业局", "报送时间": dt.datetime(2026, 4, 1, 9),
            "类别": "工作动态", "正文": "正文。"}
    rows = [
        {**base, "标题": "待接收的", "状态": "待接收"},
        {**base, "标题": "不采用的", "状态": "不采用", "不采用理由": "与此前报送信息重复"},
        {**base, "标题": "编发的", "状态": "已编发", "编发期号": "每日要情 2026年第3期",
         "采用情况": "县级：每日要情 2026年第3期（2026-04-02）"},
        {**base, "标题": "上报的", "状态": "已上报", "编发期号": "每日要情 2026年第3期",
         "上报级别": "市", "上报时间": dt.datetime(2026, 4, 3, 10)},
        {**base, "标题": "采用的", "状态": "已采用", "采用级别": "市",
         "采用情况": "县级：每日要情 2026年第3期（2026-04-02）；市级：市委办《每日要情》（2026-04-06）"},
    ]
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "i.xlsx", rows), admin)
    assert report.ok, [str(p) for p in report.problems]
    made = {i.title: i for i in InfoItem.select()}
    assert {t: i.state for t, i in made.items()} == {
        "待接收的": "待接收", "不采用的": "不采用", "编发的": "已编发", "上报的": "已上报",
        "采用的": "已采用"}
    assert (made["不采用的"].review, made["不采用的"].review_reason) == ("不采", "与此前报送信息重复")
    assert (made["上报的"].sent_level, made["上报的"].sent_at) == ("市", dt.datetime(2026, 4, 3, 10))
    assert made["采用的"].adopted_level == "市" and made["采用的"].score > made["编发的"].score > 0
    assert state_facts.check_all() == []  # each state with its facts
    xlsx.export(info.SPEC, tmp_path / "again.xlsx", admin)
    again = xlsx.import_file(info.SPEC, tmp_path / "again.xlsx", admin, dry_run=True,
                             on_match=MATCH_UPDATE)
    assert (again.matched, again.unchanged, again.problems) == (5, 5, [])


BASE = {"标题": "一件信息", "报送单位": "县林业局", "报送时间": dt.datetime(2026, 4, 1, 9),
        "类别": "工作动态", "正文": "正文。"}


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ({"状态": "待编辑"}, "状态", "按步骤办理"),
        ({"状态": "已作废"}, "状态", "没有编号的记录不必作废"),
        ({"状态": "已编发"}, "状态", "缺少：编发期号"),
        ({"状态": "不采用"}, "状态", "缺少：不采用理由"),
        ({"状态": "已上报", "编发期号": "每日要情 2026年第3期", "上报级别": "市"}, "状态",
         "缺少：上报时间"),
        ({"状态": "待接收", "编发期号": "每日要情 2026年第3期"}, "编发期号", "请填写相应的状态"),
        ({"编发期号": "每日要情 2026年第3期"}, "编发期号", "没有填写状态"),
        ({"状态": "待接收", "领导批示": "县长 王振国：请阅。"}, "领导批示", "编发以后"),
        ({"状态": "已编发", "编发期号": "每日要情 2026年第3期", "采用级别": "市"}, "采用级别",
         "状态应为“已采用”"),
    ],
    ids=["mid-procedure", "voided", "published-without-issue", "rejected-without-reason",
         "sent-without-time", "received-with-issue", "issue-without-state",
         "received-instructed", "published-adopted-by-city"],
)
def test_what_cannot_come_back_is_refused_by_row_and_column(
    office, admin, tmp_path, row, column, words
):
    rows = [BASE | {"标题": "另一件"}, BASE | row]
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "i.xlsx", rows), admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, column)], [
        str(p) for p in report.problems]
    assert words in report.problems[0].reason
    assert InfoItem.select().count() == 0


def test_voided_items_come_back_voided_with_what_they_carried(office, admin, tmp_path):
    """Voided after 编发, 上报, 采用 and a 批示, or halfway through the 信息科's own steps: each
    comes back 已作废 with its columns, as the other registries' voided rows do: its 信息编号
    voided there, never issued again, and counted in no figure."""
    adopted = _published(admin, dt.date(2026, 4, 2), title="编发后作废的")
    procedure.send_up(adopted.id, info.get(adopted.id, admin).version, admin, "市",
                      dt.datetime(2026, 4, 3, 10))
    procedure.adopt(adopted.id, info.get(adopted.id, admin).version, admin, "市", "市委办《每日要情》",
                    dt.date(2026, 4, 6))
    procedure.instruct(adopted.id, info.get(adopted.id, admin).version, admin, "县长 王振国", "请核实。",
                       dt.date(2026, 4, 7))
    halfway = _item(admin, title="初审前作废的")
    procedure.receive(halfway.id, info.get(halfway.id, admin).version, admin, on=dt.date(2026, 4, 2))
    _item(admin, title="照常办理的")
    for item in (adopted, halfway):
        lifecycle.void_record("info", item.id, admin, "与他人报送的重复")
    columns = ("title", "state", "issue_label", "sent_level", "sent_at", "adopted_level",
               "adopted", "instruction")
    before = {i.number: tuple(getattr(i, c) for c in columns) for i in InfoItem.select()}
    path = tmp_path / "info.xlsx"
    xlsx.export(info.SPEC, path, admin)
    assert sorted(r["状态"] for r in _rows(path)) == ["已作废", "已作废", "待接收"]
    _move_to_an_empty_office(tmp_path)

    # the register moved whole, newest first as exported: its numbers as they come (--history)
    report = xlsx.import_file(info.SPEC, path, admin, history=True)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]
    assert {i.number: tuple(getattr(i, c) for c in columns) for i in InfoItem.select()} == before
    assert sorted(v.text for v in lifecycle.voided_numbers()) == sorted(
        [adopted.number, halfway.number])
    again = InfoItem.get(InfoItem.number == adopted.number)
    assert steps.available_steps("info", again.id, admin) == []
    # made in the state its columns show, then voided
    # (its 得分 then follows as a save of its own: “重算得分 … → 0”)
    [voiding] = [e for e in audit.history("info", again.id) if e.action == "void"]
    assert (voiding.action, json.loads(voiding.before)["状态"]) == ("void", "已采用")
    assert "导入：原台账中已作废" in voiding.summary
    # only the item not voided counts: 报送 1, no 采用, no 批示
    _label, ranked = scoring.ranking(admin, "2026")
    assert [(s.unit, s.reported, s.adopted["市"], s.instructions) for s in ranked] == [
        ("县林业局", 1, 0, 0)]
    assert _item(admin).number == "信息〔2026〕4号"  # the voided numbers are not issued again


def test_rows_are_written_after_the_rows_they_name():
    """Any order, chains of any length, and a loop (which the import then refuses) end."""
    from officedesk.exchange import matching

    def row(number: str, first: str = "") -> tuple[dict[str, Any], bool]:
        return {"信息编号": number, "续报": first}, True

    # 0 names 2, 2 names 1; 3 is no new row (an update), so 4 does not wait for it
    rows = [row("A", "C"), row("B"), row("C", "B"), ({"信息编号": "D"}, False), row("E", "D")]
    assert matching.link_order(info.SPEC, rows) == [1, 2, 0, 3, 4]
    chain = [row(str(n), str(n + 1)) for n in range(5000)]  # each names the next row
    assert matching.link_order(info.SPEC, chain) == list(range(4999, -1, -1))
    assert sorted(matching.link_order(info.SPEC, [row("A", "B"), row("B", "A")])) == [0, 1]
