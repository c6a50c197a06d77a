"""A 信息编号 typed by hand (`add info 信息编号=…`, the window) or brought by an import is the
office's own (the 信息科 numbers what units send): it carries the year of its 报送时间 and follows
the sequence as a 收文编号 does — refused at entry, one by one and in the batch alike, with the
wording 收文 and 督查 use, naming the column on import, nothing written. A past register
(`import --history`) brings its numbers as they come."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import audit, batch, check, info
from officedesk.core.errors import ValidationError
from officedesk.core.info import exchange
from officedesk.core.typed_numbers import NumberRefused
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_SKIP, MATCH_UPDATE
from officedesk.store.info import InfoItem
from officedesk.store.models import AuditEntry, IssuedNumber
from tests.cli_office import Office, office  # noqa: F401 (a fixture)

from ..exchange.sheets import write_sheet
from .batch_calls import count_batches

TODAY = dt.date(2026, 3, 10)
ROW = {"标题": "县林业局开展春季防火检查", "报送单位": "县林业局", "报送人": "李明",
       "报送时间": "2026-03-02 10:00", "类别": "工作动态", "正文": "县林业局组织3个检查组开展防火检查。"}
YEAR_REFUSED = ("信息编号“信息〔2025〕7号”的年份是 2025 年，而报送时间（2026-03-02）在 2026 年：编号按年连续，"
                "信息编号应带 2026 年的年份。请改正信息编号的年份，或核对日期。")


def _jump_refused(number: str, skipped: int, following: str) -> str:
    return (f"信息编号“{number}”跳过了 {skipped} 个号。手工填写只能用下一个号“{following}”，"
            "或有意重新使用已作废、空缺的号（须说明理由）。")


def _written() -> tuple[int, int, int]:
    return InfoItem.select().count(), IssuedNumber.select().count(), AuditEntry.select().count()


def _rows(path: Path, extras: list[dict[str, Any]]) -> Path:
    """Each row its own item (unit and 标题 name an item)."""
    return write_sheet(info.SPEC, path, [{**ROW, "标题": f"{ROW['标题']}（{n}）", **extra}
                                         for n, extra in enumerate(extras, 1)])


@pytest.fixture
def issued_one(db, admin, fixed_today):
    """An office on TODAY whose 信息 sequence of 2026 stands at 1."""
    fixed_today(TODAY)
    item = exchange.create_item(dict(ROW), admin)
    assert item.number == "信息〔2026〕1号"
    return item


def test_add_refuses_a_number_of_another_year_than_its_report(issued_one, admin):
    before = _written()
    with pytest.raises(ValidationError) as refused:
        exchange.create_item({**ROW, "标题": "另一条", "信息编号": "信息〔2025〕7号"}, admin)
    assert refused.value.message == YEAR_REFUSED
    assert _written() == before
    # of its 报送时间's year, it is taken (the 2025 sequence begins with it)
    late = exchange.create_item({**ROW, "标题": "去年的", "报送时间": "2025-12-30 09:00",
                                 "信息编号": "信息〔2025〕1号"}, admin)
    assert late.number == "信息〔2025〕1号"


def test_add_refuses_a_number_jumping_ahead_of_the_sequence(issued_one, admin):
    before = _written()
    with pytest.raises(NumberRefused) as refused:
        exchange.create_item({**ROW, "标题": "另一条", "信息编号": "信息〔2026〕5号"}, admin)
    assert refused.value.message == _jump_refused("信息〔2026〕5号", 3, "信息〔2026〕2号")
    assert _written() == before
    assert exchange.create_item({**ROW, "标题": "另一条", "信息编号": "信息〔2026〕2号"}, admin).number == "信息〔2026〕2号"
    assert exchange.create_item({**ROW, "标题": "再一条"}, admin).number == "信息〔2026〕3号"
    assert check.run_checks() == []


def test_a_followup_typed_with_the_next_number_follows_its_first_report(issued_one, admin):
    sudden = exchange.create_item({**ROW, "标题": "河口镇化工厂泄漏", "类别": "突发事件",
                                   "事发时间": "2026-03-02 09:00", "事件级别": "一般",
                                   "信息编号": "信息〔2026〕2号"}, admin)
    later = exchange.create_item({"续报": sudden.number, "报送时间": "2026-03-02 11:00", "正文": "明火已扑灭。",
                                  "信息编号": "信息〔2026〕3号"}, admin)
    assert (later.number, later.followup_of) == ("信息〔2026〕3号", sudden.id)
    with pytest.raises(NumberRefused, match="跳过了 1 个号"):
        exchange.create_item({"续报": sudden.number, "报送时间": "2026-03-02 12:00", "正文": "群众已返回。",
                              "信息编号": "信息〔2026〕5号"}, admin)


def test_add_on_the_command_line_says_why_in_chinese(office: Office):  # noqa: F811 (the fixture)
    office("add", "units", "单位名称=县林业局")
    pairs = [f"{label}={value}" for label, value in {**ROW, "报送时间": "2026-11-02 10:00"}.items()]
    assert office.json("add", "info", *pairs)["number"] == "信息〔2026〕1号"
    _, err = office("add", "info", *pairs[1:], "标题=第二条", "信息编号=信息〔2026〕9号", code=1)
    assert _jump_refused("信息〔2026〕9号", 7, "信息〔2026〕2号") in err and "Traceback" not in err
    _, err = office("add", "info", *pairs[1:], "标题=第三条", "信息编号=信息〔2025〕2号", code=1)
    assert "报送时间（2026-11-02）在 2026 年" in err and "Traceback" not in err


BAD_ROWS: list[dict[str, Any]] = [
    {},  # issued 信息〔2026〕2号
    {"信息编号": "信息〔2026〕3号"},  # the next one after the row before: taken
    {"信息编号": "信息〔2025〕7号"},  # another year than its 报送时间
    {"信息编号": "信息〔2026〕9号"},  # jumps ahead
]


def _problems(report: Any) -> list[tuple[int, str | None, str]]:
    return [(p.row, p.column, p.reason) for p in report.problems]


EXPECTED = [(4, "信息编号", YEAR_REFUSED), (5, "信息编号", _jump_refused("信息〔2026〕9号", 5, "信息〔2026〕4号"))]


def test_a_row_by_row_import_refuses_them_by_row_and_column(issued_one, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    before = _written()
    report = xlsx.import_file(info.SPEC, _rows(tmp_path / "信息.xlsx", BAD_ROWS), admin)
    assert not report.ok and report.imported == 0
    assert _problems(report) == EXPECTED
    assert _written() == before


def test_the_batch_import_refuses_them_by_row_and_column(issued_one, admin, tmp_path, monkeypatch):
    calls = count_batches(monkeypatch)
    before = _written()
    path = _rows(tmp_path / "信息.xlsx", BAD_ROWS)
    dry = xlsx.import_file(info.SPEC, path, admin, dry_run=True)
    assert _problems(dry) == EXPECTED
    report = xlsx.import_file(info.SPEC, path, admin)
    assert calls and not report.ok and report.imported == 0
    assert _problems(report) == EXPECTED
    assert _written() == before
    # the good rows alone go in, numbered as they came
    done = xlsx.import_file(info.SPEC, _rows(tmp_path / "好.xlsx", BAD_ROWS[:2]), admin)
    assert done.ok, _problems(done)
    assert sorted(str(info.get(i, admin).number) for i in done.ids) == ["信息〔2026〕2号", "信息〔2026〕3号"]
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_first_report_and_its_followup_of_one_file_in_sequence(issued_one, admin, tmp_path):
    sudden = {"类别": "突发事件", "事发时间": "2026-03-02 09:00", "事件级别": "一般"}
    rows = [{**sudden, "信息编号": "信息〔2026〕2号"},
            {**sudden, "标题": None, "续报": "信息〔2026〕2号", "报送时间": "2026-03-02 11:00",
             "正文": "明火已扑灭。", "信息编号": "信息〔2026〕3号"}]
    done = xlsx.import_file(info.SPEC, _rows(tmp_path / "续报.xlsx", rows), admin)
    assert done.ok, _problems(done)
    first, later = (info.get(i, admin) for i in done.ids)
    assert (first.number, later.number, later.followup_of) == ("信息〔2026〕2号", "信息〔2026〕3号", first.id)
    # a jump in such a file (written one by one) is refused as well
    rows[1]["信息编号"] = "信息〔2026〕6号"
    rows[0].update({"标题": "城关镇山体滑坡", "信息编号": "信息〔2026〕4号"})
    rows[1]["续报"] = "信息〔2026〕4号"
    before = _written()
    report = xlsx.import_file(info.SPEC, _rows(tmp_path / "续报2.xlsx", rows), admin)
    assert _problems(report) == [(3, "信息编号", _jump_refused("信息〔2026〕6号", 1, "信息〔2026〕5号"))]
    assert _written() == before


def test_a_past_register_brings_its_numbers_as_they_come(issued_one, admin, tmp_path):
    rows = [{"信息编号": "信息〔2026〕20号"}, {"信息编号": "信息〔2026〕12号"},
            {"信息编号": "信息〔2025〕30号", "报送时间": "2025-11-03 09:00"}]
    done = xlsx.import_file(info.SPEC, _rows(tmp_path / "台账.xlsx", rows), admin, history=True)
    assert done.ok and done.imported == 3, _problems(done)
    assert exchange.create_item({**ROW, "标题": "新的"}, admin).number == "信息〔2026〕21号"


def test_an_export_imported_again_skips_or_updates_its_rows(issued_one, admin, tmp_path):
    exchange.create_item({**ROW, "标题": "第二条", "信息编号": "信息〔2026〕2号"}, admin)
    path = tmp_path / "导出.xlsx"
    xlsx.export(info.SPEC, path, admin)
    skipped = xlsx.import_file(info.SPEC, path, admin, on_match=MATCH_SKIP)
    assert skipped.ok and skipped.matched_skipped == 2 and skipped.imported == 0, _problems(skipped)
    updated = xlsx.import_file(info.SPEC, path, admin, on_match=MATCH_UPDATE)
    assert updated.ok and updated.imported == 0, _problems(updated)
    assert InfoItem.select().count() == 2
