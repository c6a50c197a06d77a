"""One rule for the year of a number, typed or issued: the year of the document's own date
(发文: 成文日期, else 签发日期, else the 编号 day; 收文: 收文日期), so an issued number always
passes the typed rule. A plain import follows the sequence as `add` does; `step 编号` takes
--reissue as `add` does."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from officedesk.core import number_plans, numbering, rule_checks, steps, typed_numbers
from officedesk.core.documents import incoming, outgoing
from officedesk.core.errors import ConflictError
from officedesk.store.models import IssuedNumber

SIGNED_LAST_YEAR = {"标题": "去年补录编号", "文种": "通知", "主送": "各乡镇", "签发人": "李国强",
                    "签发日期": "2025-12-29", "状态": "已签发"}


def _numbered_last_year(admin) -> str:
    doc = outgoing.draft(dict(SIGNED_LAST_YEAR), admin)
    steps.perform("outgoing", doc.id, "复核", {"复核人": "张晓燕"}, admin, on="2025-12-30")
    return steps.perform("outgoing", doc.id, "编号", {}, admin, on="2025-12-31").number


def _numbered_this_year(admin) -> str:
    doc = outgoing.draft(dict(SIGNED_LAST_YEAR, 签发日期="2026-11-30"), admin)
    steps.perform("outgoing", doc.id, "复核", {"复核人": "张晓燕"}, admin)
    return steps.perform("outgoing", doc.id, "编号", {}, admin).number


def test_an_issued_outgoing_number_takes_the_year_of_the_document(db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    prefix = numbering.default_prefix("outgoing")
    for _ in range(3):  # this year's sequence is ahead: the 2025 document must not join it
        _numbered_this_year(admin)
    number = _numbered_last_year(admin)
    assert number == f"{prefix}〔2025〕1号"
    # the same number typed on a like record: the issued one passes the typed rule
    doc = outgoing.draft(dict(SIGNED_LAST_YEAR), admin)
    steps.perform("outgoing", doc.id, "复核", {"复核人": "张晓燕"}, admin, on="2025-12-30")
    typed = steps.perform("outgoing", doc.id, "编号", {"发文字号": f"{prefix}〔2025〕2号"}, admin,
                          on="2025-12-31").number
    assert typed == f"{prefix}〔2025〕2号"
    assert not [f.message for f in rule_checks.check_numbers()]


def test_an_issued_outgoing_number_without_dates_takes_the_day_of_the_step(db, admin, fixed_today):
    fixed_today(dt.date(2025, 12, 29))
    doc = outgoing.draft(dict(SIGNED_LAST_YEAR), admin)
    steps.perform("outgoing", doc.id, "复核", {"复核人": "张晓燕"}, admin)
    fixed_today(dt.date(2026, 1, 5))
    # a record whose dates were lost (written before they were kept): the day of the step counts
    outgoing.OutgoingDoc.update(signed_on=None, doc_date=None).where(outgoing.OutgoingDoc.id == doc.id).execute()
    assert steps.perform("outgoing", doc.id, "编号", {}, admin, on="2025-12-31").number.endswith("〔2025〕1号")
    doc = outgoing.draft(dict(SIGNED_LAST_YEAR), admin)
    steps.perform("outgoing", doc.id, "复核", {"复核人": "张晓燕"}, admin, on="2025-12-30")
    outgoing.OutgoingDoc.update(signed_on=None, doc_date=None).where(outgoing.OutgoingDoc.id == doc.id).execute()
    assert steps.perform("outgoing", doc.id, "编号", {}, admin).number.endswith("〔2026〕1号")  # today


def test_an_issued_incoming_number_takes_the_year_of_receipt(db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    numbering.take("incoming", admin)
    record = incoming.sign_in({"标题": "去年收到的", "文种": "通知", "来文机关": "县政府",
                               "收文日期": "2025-12-31"}, admin)
    assert record.receive_no == "收〔2025〕1号"
    assert incoming.sign_in({"标题": "今年收到的", "文种": "通知", "来文机关": "县政府"},
                            admin).receive_no == "收〔2026〕2号"


def test_a_batch_issues_numbers_by_each_row_year(db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    numbering.take("info", admin)
    plan = number_plans.plan_many("info", admin, "info", [], [10, 11, 12], years=[2025, 2026, 2025])
    assert plan.issued == ["信息〔2025〕1号", "信息〔2026〕2号", "信息〔2025〕2号"]


def test_a_batch_refuses_a_jump_in_the_sequence(db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    numbering.take("incoming", admin)
    in_order = number_plans.plan_many("incoming", admin, "incoming", [("收〔2026〕2号", 1), ("收〔2026〕3号", 2)], [])
    assert in_order.moves == {("收", 2026): 3}
    with pytest.raises(ConflictError, match="跳过了 1 个号.*下一个号“收〔2026〕3号”"):
        number_plans.plan_many("incoming", admin, "incoming", [("收〔2026〕2号", 1), ("收〔2026〕4号", 2)], [])
    with typed_numbers.history_import():  # a past register keeps its gaps
        number_plans.plan_many("incoming", admin, "incoming", [("收〔2026〕4号", 1)], [])


def _sheet(path, numbers: list[str]):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["收文编号", "收文日期", "来文机关", "标题", "文种"])
    for n, number in enumerate(numbers):
        sheet.append([number, "2026-11-30", "县政府", f"来文{n}", "通知"])
    book.save(path)
    return path


def test_a_plain_import_refuses_a_jump_as_add_does(db, admin, fixed_today, tmp_path):
    from officedesk.exchange import xlsx

    fixed_today(dt.date(2026, 12, 1))
    numbering.take("incoming", admin)
    report = xlsx.import_file(incoming.INCOMING, _sheet(tmp_path / "a.xlsx", ["收〔2026〕2号", "收〔2026〕4号"]), admin)
    assert report.imported == 0
    assert any(p.row == 3 and p.column == "收文编号" and "跳过了 1 个号" in p.reason and "收〔2026〕3号" in p.reason
               for p in report.problems), report.problems
    assert IssuedNumber.select().count() == 1
    report = xlsx.import_file(incoming.INCOMING, _sheet(tmp_path / "b.xlsx", ["收〔2026〕2号", "收〔2026〕3号"]), admin)
    assert report.imported == 2 and not report.problems
    report = xlsx.import_file(incoming.INCOMING, _sheet(tmp_path / "c.xlsx", ["收〔2026〕9号"]), admin,
                              history=True)
    assert report.imported == 1  # a past register may have gaps


def test_step_number_takes_reissue(tmp_path):
    from tests.test_cli import Cli

    cli = Cli.initialised(tmp_path, here=True)
    ids = []
    for title in ("甲", "乙"):
        out = cli("add", "outgoing", f"标题={title}", "文种=通知", "主送=各乡镇", "签发人=李国强",
                  "签发日期=2026-11-20", "状态=已签发", "--json")
        ids.append(__import__("json").loads(out.stdout)["id"])
        cli("step", "outgoing", str(ids[-1]), "复核", "复核人=张晓燕")
    first = __import__("json").loads(cli("step", "outgoing", str(ids[0]), "编号", "--json").stdout)["number"]
    cli("void", "outgoing", str(ids[0]), "--reason", "测试作废")
    refused = cli("step", "outgoing", str(ids[1]), "编号", f"发文字号={first}", check=1)
    assert "--reissue 理由" in refused.stderr
    done = cli("step", "outgoing", str(ids[1]), "编号", f"发文字号={first}", "--reissue", "原号作废重新使用")
    assert first in done.stdout
