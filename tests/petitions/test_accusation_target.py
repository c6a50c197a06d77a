"""检举控告 (《信访工作条例》第三十二条) goes to the 纪检监察机关 of `petitions.discipline_organ`,
and to no other unit: a 转送 elsewhere is refused (at 处理 and when a sheet brings it, by row
and column), naming the organ, so that no 转送告知书 tells the petitioner another unit handles
it. A setting that names no unit of the 通讯录 (the generic default) is named as the thing the
administrator must set, instead of an advice the 通讯录 then refuses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from officedesk.core import directory, petitions, records, settings
from officedesk.core.errors import ProcedureError
from officedesk.exchange import xlsx
from officedesk.printing import forms
from officedesk.store.petitions import Petition
from tests.exchange.sheets import write_sheet

ORGAN = petitions.spec_module.DISCIPLINE_ORGAN.key


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join("".join(page.get_text().split()) for page in doc)


@pytest.fixture
def units(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 3))
    for name, short in (("县纪委监委", "纪委监委"), ("县教育局", "教育局"),
                        ("青河镇人民政府", "青河镇")):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)
    return db


def _accusation(register):
    return register(registered_on="2026-03-03", form="来信", category="党风廉政",
                    content="检举某局长收受礼金。")


def _transfer(p, admin, unit):
    return petitions.decide(p.id, p.version, admin, "转送", on="2026-03-03", target_unit=unit)


def test_an_accusation_is_sent_only_to_the_discipline_organ(units, register, admin, clerk):
    settings.put(ORGAN, "县纪委监委")
    p = _accusation(register)
    with pytest.raises(ProcedureError) as refused:
        _transfer(p, admin, "县教育局")
    words = refused.value.message
    assert "只能转送县纪委监委" in words and "不能转送县教育局" in words and "第三十二条" in words
    assert petitions.get(p.id, admin).state == petitions.PENDING  # nothing written
    p = _transfer(p, admin, "纪委监委")  # its 简称 is the same unit
    assert p.target_unit == "县纪委监委"
    p = petitions.notify(p.id, p.version, admin, on="2026-03-03")
    text = _text(forms.get("petition-notice").build([p.id], clerk))
    assert "转送县纪委监委" in text and "县教育局" not in text
    # a matter of another kind goes wherever it belongs
    other = register(registered_on="2026-03-03", name="李四", id_number="", phone="13900000001")
    assert _transfer(other, admin, "县教育局").target_unit == "县教育局"


def test_a_setting_outside_the_directory_is_named_for_the_administrator(units, register, admin):
    assert settings.get(ORGAN) == "纪检监察机关"  # the generic default, no unit of the 通讯录
    p = _accusation(register)
    with pytest.raises(ProcedureError) as refused:
        petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03",
                         target_unit="县教育局", report_due="2026-04-01")
    words = refused.value.message
    assert "petitions.discipline_organ" in words and "管理员" in words and "“县纪委监委”" in words
    assert "去向单位写纪检监察机关" not in words  # the advice the 通讯录 would refuse
    for unit in ("纪检监察机关", "县纪委监委"):  # not “不在通讯录中”: the setting is what to mend
        with pytest.raises(ProcedureError, match="petitions.discipline_organ"):
            _transfer(p, admin, unit)
    settings.put(ORGAN, "纪委监委")  # set by the administrator (its 简称 will do)
    with pytest.raises(ProcedureError) as refused:
        petitions.decide(p.id, p.version, admin, "直接答复", on="2026-03-03")
    assert "去向单位写县纪委监委" in refused.value.message
    assert "petitions.discipline_organ" not in refused.value.message
    assert _transfer(p, admin, "县纪委监委").target_unit == "县纪委监委"


BASE = {"登记日期": dt.date(2026, 3, 1), "信访形式": "来信", "信访人": "张建国",
        "问题类别": "党风廉政", "反映内容": "检举某局长收受礼金"}
SENT = {**BASE, "状态": "已转送", "处理方式": "转送", "去向单位": "县教育局",
        "处理日期": dt.date(2026, 3, 2), "告知日期": dt.date(2026, 3, 3)}


@pytest.mark.parametrize(("row", "column", "words"), [
    (SENT, "去向单位", "只能转送县纪委监委"),
    ({**SENT, "状态": "待告知", "告知日期": None}, "去向单位", "不能转送县教育局"),
    ({**SENT, "状态": "待告知", "处理方式": "交办", "回报期限": dt.date(2026, 3, 30),
      "告知日期": None}, "处理方式", "去向单位写县纪委监委"),
], ids=["transferred", "to-notify", "assigned"])
def test_an_imported_accusation_sent_elsewhere_is_refused_by_row_and_column(
        units, admin, tmp_path: Path, row: dict[str, Any], column: str, words: str):
    settings.put(ORGAN, "县纪委监委")
    rows = [{**BASE, "信访人": "李桂兰", "问题类别": "城乡建设", "反映内容": "路灯不亮"}, row]
    for history in (True, False):  # row by row, and the batch check
        report = xlsx.import_file(petitions.SPEC, write_sheet(petitions.SPEC, tmp_path / "p.xlsx", rows),
                                  admin, history=history)
        assert [(p.row, p.column) for p in report.problems] == [(3, column)], [
            str(p) for p in report.problems]
        assert words in report.problems[0].reason, report.problems[0].reason
        assert Petition.select().count() == 0
    good = {**row, "去向单位": "县纪委监委", "处理方式": "转送", "回报期限": None}
    report = xlsx.import_file(petitions.SPEC, write_sheet(petitions.SPEC, tmp_path / "q.xlsx", [good]),
                              admin)
    assert report.ok, [str(p) for p in report.problems]
