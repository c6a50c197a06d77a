"""信息 papers (measured with PyMuPDF), the command line, xlsx round trip and the demo."""

from __future__ import annotations

import datetime as dt
import json

import pymupdf
import pytest

from officedesk.core import clock, info, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import periodicals, procedure
from officedesk.printing import forms


def _pages(pdf: bytes) -> list[dict]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [page.get_text("dict") for page in doc]


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


def _spans(pdf: bytes):
    for page in _pages(pdf):
        for block in page["blocks"]:
            for line in block.get("lines", []):
                yield from line["spans"]


def test_issue_in_briefing_format(report, advance, admin, fixed_today, db):
    from officedesk.core import settings

    fixed_today(dt.date(2026, 4, 3))
    settings.put("org.name", "中共云岭县委办公室")
    periodicals.save_periodical("每日要情", admin, send_up="市委办公室", send_to="县委领导同志",
                                send_down="各乡镇党委")
    first = advance(report(title="县林业局开展森林防火检查", phone="13812345678"))
    second = advance(report(title="城关镇推进老旧小区改造", unit="城关镇",
                            content="第一段。\n第二段。"))
    periodicals.publish(first.issue, admin, dt.date(2026, 4, 3))
    pdf = forms.get("info-issue").build([first.issue], admin)
    text = _text(pdf)
    for words in ("每日要情", "2026年第1期（总第1期）", "中共云岭县委办公室", "2026年4月3日",
                  "【编】县林业局开展森林防火检查", "【编】城关镇推进老旧小区改造", "（城关镇）",
                  "报：市委办公室", "送：县委领导同志", "发：各乡镇党委"):
        assert words in text, words
    assert text.index("县林业局开展") < text.index("城关镇推进")  # the issue's order
    assert "13812345678" not in text
    spans = list(_spans(pdf))
    title = next(s for s in spans if "每日要情" in s["text"])
    assert title["color"] >> 16 >= 0xE0 and title["color"] & 0xFFFF == 0  # red
    assert title["size"] == pytest.approx(40, abs=0.5)
    assert next(s for s in spans if "2026年第1期" in s["text"])["color"] == 0
    # the red rule lies under the 编发单位 line and above the first heading
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        drawings = doc[0].get_drawings()
        unit_y = doc[0].search_for("中共云岭县委办公室")[0].y1
        heading_y = doc[0].search_for("【编】县林业局")[0].y0
    red = [d for d in drawings if d.get("color") and d["color"][0] > 0.8 and d["color"][1] < 0.1]
    assert red and unit_y < red[0]["rect"].y0 < heading_y
    assert second.issue == first.issue


def test_ranking_and_receipt(report, advance, admin, fixed_today):
    fixed_today(dt.date(2026, 4, 3))
    advance(report(unit="县教育局", reported_at="2026-02-01 09:00"), on=dt.date(2026, 2, 2))
    report(unit="城关镇", reported_at="2026-03-01 09:00")
    pdf = forms.get("info-ranking").build([], admin, date_from="2026-01-01", date_to="2026-03-31")
    text = _text(pdf)
    assert "关于2026年第一季度信息工作情况的通报" in text
    # 1 point each (the issue not yet 印发: no 县级采用): a tie, listed in 音序 (cheng, xian)
    assert text.index("城关镇") < text.index("县教育局")
    assert "共收到各单位报送信息2条" in text
    item = report(phone="13812345678")
    procedure.receive(item.id, item.version, admin)
    text = _text(forms.get("info-receipt").build([item.id], admin))
    assert "信息接收回执" in text and "138****5678" in text and item.number in text


def test_command_line(db, admin, tmp_path, capsys, fixed_today):
    from officedesk import cli

    fixed_today(dt.date(2026, 4, 3))
    target = str(tmp_path / "officedesk.db")

    def run(*args):
        code = cli.main(["--db", target, *args])
        return code, capsys.readouterr().out

    code, out = run("add", "info", "标题=县教育局推进集团化办学", "报送单位=县教育局", "类别=经验做法",
                    "正文=全县组建教育集团5个。",
                    f"报送时间={clock.now():%Y-%m-%d %H:%M}", "--json")
    assert code == 0
    item_id = json.loads(out)["id"]
    for step, *pairs in (("接收",), ("初审", "结论=采"), ("编辑",), ("签发", "签发人=周明", "职务=分管主任"),
                         ("编发", "刊物=工作动态")):
        assert run("step", "info", str(item_id), step, *pairs)[0] == 0
    code, out = run("info-issues", "--json")
    issue = json.loads(out)[0]
    assert issue["periodical"] == "工作动态" and issue["items"] == 1
    assert run("info-publish", str(issue["id"]))[0] == 0
    code, out = run("print", "info-issue", str(issue["id"]), "-o", str(tmp_path / "i.pdf"))
    assert code == 0 and (tmp_path / "i.pdf").read_bytes().startswith(b"%PDF")
    code, out = run("info-ranking", "--period", "2026-Q2", "--json")
    assert json.loads(out)["units"][0] == {"unit": "县教育局", "reported": 1,
                                           "adopted": {"县": 1, "市": 0, "省": 0, "中央": 0},
                                           "instructions": 0, "points": 4, "rank": 1}
    said = json.loads(out)
    assert "县级采用按刊物印发日期计分" in said["counted_by"]
    assert said["scope"] == {"period": "2026年第二季度", "from": "2026-04-01", "to": "2026-06-30",
                             "units": 1, "periodicals": [{"name": "工作动态", "issued": 1}]}
    code, out = run("info-ranking", "--period", "2026-Q2")
    # the quarter still running on 3 April: counted up to that day, not said to reach 30 June
    assert "统计期间：2026年第二季度（2026年4月1日起，截至2026年4月3日）；报送单位1个；刊物：工作动态（印发1期）。" in out
    fixed_today(dt.date(2026, 7, 1))
    code, out = run("info-ranking", "--period", "2026-Q2")
    assert "统计期间：2026年第二季度（2026年4月1日至2026年6月30日）；" in out
    assert "县级采用按刊物印发日期计分" in out
    code, out = run("print", "--list")
    assert all(name in out for name in ("info-issue", "info-ranking", "info-receipt"))
    code, out = run("stats", "--json")
    assert json.loads(out)["信息"]["total"] == 1


def test_xlsx_round_trip(report, advance, issue_out, admin, tmp_path, fixed_today):
    import openpyxl

    from officedesk.exchange import xlsx

    fixed_today(dt.date(2026, 4, 3))
    item = issue_out(advance(report()))  # 印发: its 县级采用 counts
    path = tmp_path / "info.xlsx"
    xlsx.export(info.SPEC, path, admin)
    headers = ["信息编号", "标题", "报送单位", "报送人", "报送时间", "类别", "紧急程度", "正文",
               "采用情况", "采用级别", "领导批示", "得分", "密级", "事发时间", "事件级别",
               "电话报告时间", "书面报告时间", "续报", "状态", "不采用理由", "编辑后标题",
               "编辑后正文", "编发期号", "上报级别", "上报时间", "记录号"]  # the record's id, for the office's own import
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == headers
    exported = dict(zip(headers, [c.value for c in sheet[2]], strict=True))
    assert exported["信息编号"] == item.number and exported["采用级别"] == "县"
    assert exported["得分"] == 4 and exported["编辑后标题"] == "【编】" + item.title
    again = xlsx.import_file(info.SPEC, path, admin, on_match="skip")
    assert again.imported == 0 and again.matched == 1  # recognised, not added twice

    template = tmp_path / "t.xlsx"
    xlsx.write_template(info.SPEC, template)
    book = openpyxl.load_workbook(template)
    sheet = book.active
    assert [c.value for c in sheet[1]][: len(headers) - 1] == headers[:-1]  # no 记录号: all new
    row = {"标题": "白沙乡建成农产品冷链仓储中心", "报送单位": "白沙乡", "报送人": "王海",
           "报送时间": "2026-03-30 10:20", "类别": "工作动态", "正文": "总投资680万元。"}
    sheet.append([row.get(c.value) for c in sheet[1]])
    book.save(template)
    done = xlsx.import_file(info.SPEC, template, admin)
    assert done.imported == 1, done.problems
    new = info.get(done.ids[0], admin)
    assert new.number == "信息〔2026〕2号" and new.reported_at == dt.datetime(2026, 3, 30, 10, 20)


def test_demo_year(db):
    import random

    from officedesk.demo import info as demo

    made = demo.populate(6, random.Random(7))
    assert made == records.count(info.SPEC, records_actor()) > 20
    assert demo.populate(6, random.Random(7)) == 0
    states = {i.state for i in info.InfoItem.select()}
    assert {"已编发", "不采用"} <= states
    assert periodicals.issues() and any(i.state == "已印发" for i in periodicals.issues())


def records_actor():
    from officedesk.core.actor import CLI_ACTOR

    return CLI_ACTOR


def test_imported_adoption_and_instruction_count_in_the_ranking(db, admin, tmp_path, fixed_today):
    import openpyxl

    from officedesk.core.info import scoring
    from officedesk.exchange import xlsx

    fixed_today(dt.date(2026, 4, 3))
    template = tmp_path / "t.xlsx"
    xlsx.write_template(info.SPEC, template)
    book = openpyxl.load_workbook(template)
    sheet = book.active
    row = {"信息编号": "信息〔2026〕1号", "标题": "龙泉镇茶产业带动增收", "报送单位": "龙泉镇",
           "报送时间": "2026-02-10 09:00", "类别": "经验做法", "正文": "全镇茶园面积达3万亩。",
           "采用情况": "市委办《每日要情》第9期", "采用级别": "市",
           "领导批示": "县长 王振国：请总结推广。", "得分": 999}
    sheet.append([row.get(c.value) for c in sheet[1]])
    book.save(template)
    done = xlsx.import_file(info.SPEC, template, admin)
    assert done.imported == 1, done.problems
    item = info.get(done.ids[0], admin)
    assert item.number == "信息〔2026〕1号" and item.state == "已采用"
    assert item.adopted_level == "市" and item.score == 1 + 10 + 10  # recomputed, not 999
    assert [(a.kind, a.level, a.person) for a in procedure.actions_of(item.id, CLI_ACTOR)] == [
        ("采用", "市", "命令行（管理员）"), ("批示", "", "县长 王振国")]
    assert scoring.ranking(admin, "2026-02")[1][0].points == 21
