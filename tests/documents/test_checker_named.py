"""核稿 names its 核稿人, as 签发 names its 签发人: a 核稿 left without one is refused — by core,
so in the window, on the command line (`step`) and in an import alike — instead of being
recorded as done by whoever entered it (the command line wrote “命令行（管理员）” as 核稿人). A
发文 brought in (import, `add`) as 已核稿 without its 核稿人 is refused by row and column (its
state's facts, state_facts); so is one that says it was 签发 (a 签发日期) without its 签发人,
which a sheet without 状态 brought in as a draft dated as signed. A later state carries the
facts of its own step (签发人 …): a past register keeps no 核稿人, and its rows come in."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import steps
from officedesk.core.documents import outgoing
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from tests.cli_office import new_office
from tests.exchange.sheets import write_sheet

DRAFT = {"标题": "关于做好防汛工作的通知", "文种": "通知", "拟稿单位": "县委办公室", "拟稿人": "陈思雨"}
SIGNED = {**DRAFT, "核稿人": "李科长", "签发人": "姚国强", "签发日期": dt.date(2026, 11, 2)}
MISSING = "请填写核稿人"


def test_core_refuses_a_check_without_its_checker(office, secretary):
    record = outgoing.draft(DRAFT, secretary)
    for blank in ("", "  "):
        with pytest.raises(ValidationError) as refused:
            outgoing.check(record.id, record.version, secretary, blank)
        assert refused.value.field == "checker" and MISSING in refused.value.message
    with pytest.raises(ValidationError, match=MISSING):  # the step path, as the window submits it
        steps.perform("outgoing", record.id, "核稿", {}, secretary)
    assert outgoing.OUTGOING.model.get_by_id(record.id).state == "拟稿中"
    done = steps.perform("outgoing", record.id, "核稿", {"核稿人": "周核稿"}, secretary)
    assert done.state == "已核稿"
    assert outgoing.OUTGOING.model.get_by_id(record.id).checker == "周核稿"


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def test_the_command_line_refuses_a_check_naming_nobody(cli):
    doc = cli.json("add", "outgoing", "文种=通知", "标题=没有核稿人的通知")["id"]
    _out, err = cli("step", "outgoing", str(doc), "核稿", code=1)
    assert MISSING in err and "命令行" not in err
    assert cli.json("steps", "outgoing", str(doc))["state"] == "拟稿中"
    cli.step("outgoing", doc, "核稿", "核稿人=周核稿")
    _out, err = cli("step", "outgoing", str(doc), "签发", code=1)  # 签发 has no such hole
    assert "请填写签发人" in err
    assert cli.step("outgoing", doc, "签发", "签发人=王主任")["state"] == "已签发"
    _out, err = cli("add", "outgoing", "文种=通知", "标题=外来", "状态=已核稿", code=1)
    assert "缺少：核稿人" in err
    _out, err = cli("add", "outgoing", "文种=通知", "标题=外来", "签发日期=2026-11-02", code=1)
    assert "填了“签发日期”，却没有“签发人”" in err


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ({**DRAFT, "状态": "已核稿"}, "状态"),  # “缺少：核稿人”
        ({**DRAFT, "签发日期": dt.date(2026, 11, 2)}, "签发人"),  # signed, by nobody
        ({**DRAFT, "状态": "拟稿中", "签发日期": dt.date(2026, 11, 2)}, "签发日期"),
        ({**SIGNED, "签发人": None, "状态": "已签发"}, "状态"),  # “缺少：签发人”
    ],
    ids=["checked", "dated-unsigned", "draft-dated", "signed-unsigned"],
)
def test_an_imported_document_past_a_step_names_its_person(office, admin, tmp_path, row, column):
    rows = [{**DRAFT, "标题": "拟稿中的通知"}, row]
    report = xlsx.import_file(outgoing.OUTGOING, write_sheet(outgoing.OUTGOING, tmp_path / "o.xlsx", rows),
                              admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, column)], [str(p) for p in report.problems]
    assert outgoing.OUTGOING.model.select().count() == 0
    skipped = xlsx.import_file(outgoing.OUTGOING, write_sheet(outgoing.OUTGOING, tmp_path / "o.xlsx", rows),
                               admin, skip_bad=True)
    assert skipped.imported == 1


def test_an_imported_document_naming_its_people_comes_in(office, admin, tmp_path):
    rows = [{**DRAFT, "核稿人": "李科长", "状态": "已核稿"}, {**SIGNED, "标题": "已签发的通知"},
            {**SIGNED, "标题": "往年台账", "核稿人": None}]  # a past register: no 核稿人 kept
    report = xlsx.import_file(outgoing.OUTGOING, write_sheet(outgoing.OUTGOING, tmp_path / "o.xlsx", rows),
                              admin)
    assert report.ok, [str(p) for p in report.problems]
    assert sorted((r.state, r.checker) for r in outgoing.OUTGOING.model.select()) == [
        ("已核稿", "李科长"), ("已签发", ""), ("已签发", "李科长")]
