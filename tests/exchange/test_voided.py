"""A voided record (作废: its number never issued again) exported and imported into another office
comes back voided: 状态 已作废, its number claimed as voided there, no step after. It never comes
back alive with its voided number claimed as issued."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import lifecycle, numbering, registry, settings, steps
from officedesk.core.actor import Actor
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.models import IssuedNumber

TODAY = dt.date(2026, 6, 30)


def _incoming(actor: Actor) -> Any:
    return INCOMING.create_hook({"来文机关": "县政府办公室", "标题": "关于防汛的通知", "文种": "通知",
                                 "收文日期": "2026-06-01"}, actor)


def _outgoing(actor: Actor) -> Any:
    return OUTGOING.create_hook({"发文字号": "云委办发〔2026〕1号", "标题": "关于防汛的通知",
                                 "文种": "通知", "签发人": "姚国强", "签发日期": "2026-06-02",
                                 "状态": "已编号"}, actor)


def _supervision(actor: Actor) -> Any:
    return registry.get("supervision").create_hook(
        {"事项名称": "整治背街小巷", "来源": "群众反映", "立项日期": "2026-06-03"}, actor)


def _petition(actor: Actor) -> Any:
    from officedesk.core import petitions

    record = petitions.register_petition(
        {"登记日期": "2026-06-04", "信访形式": "来信", "信访人": "张建国", "问题类别": "城乡建设",
         "反映内容": "路灯不亮"}, None, actor)
    return petitions.decide(record.id, record.version, actor, "转送", on="2026-06-05",
                            target_unit="县住房和城乡建设局")


def _info(actor: Actor) -> Any:
    from officedesk.core import info, records

    return records.create(info.SPEC, {"标题": "县林业局开展森林防火检查", "报送单位": "县林业局",
                                      "报送时间": "2026-06-05 09:00", "类别": "工作动态",
                                      "正文": "近日，县林业局组织检查组开展防火检查。"}, actor)


MAKERS: dict[str, Callable[[Actor], Any]] = {
    "incoming": _incoming, "outgoing": _outgoing, "supervision": _supervision,
    "petitions": _petition, "info": _info,
}


def _office() -> None:
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")


def _another_office(tmp_path: Path) -> None:
    store_db.close_database()
    settings.forget_cache()
    store_db.open_database(str(tmp_path / "another-office.db"))
    _office()


def _voided_export(name: str, admin: Actor, tmp_path: Path) -> tuple[Path, str]:
    spec = registry.get(name)
    record = MAKERS[name](admin)
    number = getattr(record, spec.number_field)
    assert number
    lifecycle.void_record(name, record.id, admin, "登记重复")
    path = tmp_path / f"{name}.xlsx"
    xlsx.export(spec, path, admin, unmasked=True)
    rows = xlsx.read_rows(path)
    assert [row[rows.headers.index("状态")] for _, row in rows.rows] == ["已作废"]
    return path, number


@pytest.mark.parametrize("name", list(MAKERS))
@pytest.mark.parametrize("history", [True, False], ids=["history", "plain"])
def test_a_voided_record_comes_back_voided_with_its_number_voided(
    db, admin, fixed_today, tmp_path, name, history
):
    fixed_today(TODAY)
    _office()
    path, number = _voided_export(name, admin, tmp_path)
    _another_office(tmp_path)

    spec = registry.get(name)
    report = xlsx.import_file(spec, path, admin, history=history)
    assert report.ok and report.imported == 1, [str(p) for p in report.problems]
    record = spec.model.get_by_id(report.ids[0])
    assert getattr(record, spec.number_field) == number
    assert lifecycle.state_of(spec, record) == "已作废"
    claimed = IssuedNumber.get(IssuedNumber.text == number)
    assert (claimed.status, claimed.record_id) == ("voided", record.id)
    assert [v.text for v in lifecycle.voided_numbers()] == [number]
    assert steps.available_steps(name, record.id, admin) == []
    assert lifecycle.may_void(spec, record) is not None  # voided already
    # the number is never issued again there
    kind = lifecycle.NUMBER_KINDS[name]
    assert numbering.take(kind, admin, year=2026).text != number


@pytest.mark.parametrize("name", list(MAKERS))
def test_a_voided_row_without_its_number_is_refused_by_its_state(
    db, admin, fixed_today, tmp_path, name
):
    fixed_today(TODAY)
    _office()
    path, _number = _voided_export(name, admin, tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    spec = registry.get(name)
    sheet.cell(row=2, column=headers.index(spec.field(spec.number_field).label) + 1).value = None
    book.save(path)
    _another_office(tmp_path)

    report = xlsx.import_file(spec, path, admin, history=True)
    [problem] = report.problems
    assert (problem.row, problem.column) == (2, "状态"), str(problem)
    assert "已作废" in problem.reason and "没有编号的记录不必作废" in problem.reason
    assert spec.model.select().count() == 0 and report.imported == 0
