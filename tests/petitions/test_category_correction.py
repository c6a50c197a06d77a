"""A correction of the 问题类别 keeps to the path the petition took (《信访工作条例》第三十二条):
a 交办 petition corrected into 党风廉政 became a 检举控告 on this office's 60-day path, which the
处理 step and a new imported row refuse (paths.check_accusation). The correction applies the
same rule to the record as it will be — in the window's 更正 and in import --update."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from officedesk.core import directory, petitions, records, settings
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx

ORGAN = petitions.spec_module.DISCIPLINE_ORGAN.key


@pytest.fixture
def units(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 3))
    for name, short in (("县纪委监委", "纪委监委"), ("石桥镇人民政府", "石桥镇")):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)
    settings.put(ORGAN, "县纪委监委")
    return db


def _assigned(register, admin):
    p = register(registered_on="2026-03-03", form="来信", category="城乡建设",
                 content="反映石桥镇某村道路年久失修。")
    return petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03",
                            target_unit="石桥镇人民政府", report_due="2026-04-01")


def test_an_assigned_petition_is_not_corrected_into_an_accusation(units, register, admin, clerk):
    p = _assigned(register, admin)
    assert p.state == petitions.TO_NOTIFY
    for who in (clerk, admin):
        with pytest.raises(ValidationError) as refused:
            records.update(petitions.SPEC, p.id, {"问题类别": "党风廉政"}, p.version, who)
        assert refused.value.field == "category"
        words = refused.value.message
        assert "第三十二条" in words and "交办石桥镇人民政府" in words, words
        assert "处理”之前" in words and "作废" in words, words  # what to do instead
    again = petitions.get(p.id, admin)
    assert (again.category, again.handling, again.version) == ("城乡建设", "交办", p.version)
    # another category outside the accusations is a correction like any other
    fixed = records.update(petitions.SPEC, p.id, {"问题类别": "社会治安"}, p.version, clerk)
    assert fixed.category == "社会治安"


def test_a_directly_answered_petition_is_not_corrected_into_an_accusation(units, register,
                                                                          admin, clerk):
    p = register(registered_on="2026-03-03", form="来信", category="城乡建设")
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-03-03")
    with pytest.raises(ValidationError, match="第三十二条"):
        records.update(petitions.SPEC, p.id, {"问题类别": "党风廉政"}, p.version, clerk)
    assert petitions.get(p.id, admin).category == "城乡建设"


def test_a_category_is_corrected_where_the_path_allows_it(units, register, admin, clerk):
    # before 处理 nothing contradicts it: the 处理 step will apply the rule
    waiting = register(registered_on="2026-03-03", form="来信", category="城乡建设")
    corrected = records.update(petitions.SPEC, waiting.id, {"问题类别": "党风廉政"},
                               waiting.version, clerk)
    assert corrected.category == "党风廉政"
    # sent to the 纪检监察机关: an accusation there is where it belongs, and out of it too
    sent = register(registered_on="2026-03-03", form="来信", category="城乡建设", name="李四",
                    id_number="", phone="13900000001")
    sent = petitions.decide(sent.id, sent.version, admin, "转送", on="2026-03-03",
                            target_unit="县纪委监委")
    sent = records.update(petitions.SPEC, sent.id, {"问题类别": "党风廉政"}, sent.version, clerk)
    assert sent.category == "党风廉政"
    sent = records.update(petitions.SPEC, sent.id, {"问题类别": "城乡建设"}, sent.version, clerk)
    assert sent.category == "城乡建设"
    # an accusation refused (不予受理) may be corrected out of it: nothing on the path contradicts
    told = register(registered_on="2026-03-03", form="来信", category="党风廉政", name="王五",
                    id_number="", phone="13900000002")
    told = petitions.decide(told.id, told.version, admin, "不予受理", on="2026-03-03")
    told = records.update(petitions.SPEC, told.id, {"问题类别": "城乡建设"}, told.version, clerk)
    assert told.category == "城乡建设"


def test_import_update_refuses_the_category_by_row_and_column(units, register, admin, clerk,
                                                              tmp_path: Path):
    p = _assigned(register, admin)
    path = tmp_path / "petitions.xlsx"
    xlsx.export(petitions.SPEC, path, admin)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    labels = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1)
               if sheet.cell(r, labels.index("信访编号") + 1).value == p.number)
    sheet.cell(row, labels.index("问题类别") + 1).value = "党风廉政"
    book.save(path)
    report = xlsx.import_file(petitions.SPEC, path, clerk, on_match="update")
    assert [(q.row, q.column) for q in report.problems] == [(row, "问题类别")], [
        str(q) for q in report.problems]
    assert "第三十二条" in report.problems[0].reason
    assert not report.updated
    assert petitions.get(p.id, admin).category == "城乡建设"
