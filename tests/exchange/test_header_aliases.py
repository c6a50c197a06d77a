"""A clerk's own 登记簿 titles its columns as offices do (来文单位, 文号, 文件标题; 来访人, 身份证号码,
反映问题): the import refused them as unknown columns and asked for the template's titles. They are
read as the column they mean, and the report names each so read; the registry's own titles win, a
column given twice under two titles is refused naming both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import petitions as P
from officedesk.core import registry
from officedesk.core.documents import incoming
from officedesk.exchange import header_aliases, template, xlsx
from officedesk.store.documents import IncomingDoc
from officedesk.store.petitions import Petition

from .builders import build_xlsx


def _book(path: Path, headers: list[str], rows: list[list[Any]]) -> Path:
    return build_xlsx(path, [headers, *rows])


def test_a_clerks_incoming_register_is_read_by_its_own_titles(db, admin, tmp_path):
    path = _book(tmp_path / "收文.xlsx", ["序号", "收文日期", "来文单位", "文号", "文件标题", "文种"],
                 [[1, dt.date(2026, 3, 5), "县公安局", "云公发〔2026〕31号", "关于冬季防火的通知", "通知"]])
    report = xlsx.import_file(incoming.INCOMING, path, admin)
    assert report.ok and report.imported == 1, report.problems
    assert report.read_as == [("来文单位", "来文机关"), ("文号", "来文字号"), ("文件标题", "标题")]
    assert "按列的意思读取：“来文单位”列作“来文机关”、“文号”列作“来文字号”、“文件标题”列作“标题”。" \
        in report.summary()
    assert report.as_dict()["read_as"] == {"来文单位": "来文机关", "文号": "来文字号", "文件标题": "标题"}
    doc = IncomingDoc.get()
    assert (doc.from_org, doc.from_ref, doc.title) == ("县公安局", "云公发〔2026〕31号", "关于冬季防火的通知")


def test_a_petition_register_with_its_titles_and_spaces(db, admin, tmp_path):
    path = _book(tmp_path / "信访.xlsx", ["来访日期", "信访形式", "来 访 人", "身份证号码", "问题类别", "反映问题"],
                 [[dt.date(2026, 5, 1), "来访", "张建国", "", "城乡建设", "路灯不亮"]])
    report = xlsx.import_file(P.SPEC, path, admin)
    assert report.ok and report.imported == 1, report.problems
    petition = Petition.get()
    assert (petition.name, petition.content, petition.registered_on) == ("张建国", "路灯不亮",
                                                                       dt.date(2026, 5, 1))


def test_a_column_given_under_both_titles_is_refused_naming_both(db, admin, tmp_path):
    path = _book(tmp_path / "收文.xlsx", ["来文机关", "来文单位", "标题"],
                 [["县公安局", "县公安局", "关于冬季防火的通知"]])
    report = xlsx.import_file(incoming.INCOMING, path, admin)
    assert not report.ok and report.imported == 0
    assert any(str(p.reason) == "“来文机关”列和“来文单位”列都是收文的“来文机关”，请删去一列。"
               for p in report.problems)
    assert IncomingDoc.select().count() == 0


def test_a_title_lower_down_is_found_by_the_clerks_words_too(db, admin, tmp_path):
    path = build_xlsx(tmp_path / "收文.xlsx", [["2026年收文登记簿"],
                                                ["收文日期", "来文单位", "文号", "文件标题"],
                                                [dt.date(2026, 3, 5), "县公安局", "云公发〔2026〕31号", "通知"]])
    report = xlsx.import_file(incoming.INCOMING, path, admin)
    assert report.ok and report.imported == 1 and report.header_row == 2, report.problems


@pytest.mark.parametrize("name", sorted(header_aliases.ALIASES))
def test_no_title_is_another_columns_own_or_given_twice(name):
    registry.load_all()
    spec = registry.get(name)
    own = {f.label for f in spec.fields} | {f.name for f in spec.fields}
    given = [alias for aliases in header_aliases.ALIASES[name].values() for alias in aliases]
    assert len(given) == len(set(given))
    assert not own & set(given)
    for label in header_aliases.ALIASES[name]:
        assert spec.by_label(label).label == label


def test_the_templates_notes_name_the_other_titles(db, tmp_path):
    from openpyxl import load_workbook

    path = template.write_template(incoming.INCOMING, tmp_path / "t.xlsx")
    notes = {row[0]: row[1] for row in load_workbook(path)["说明"].iter_rows(values_only=True) if row[0]}
    assert "列标题也可写作：来文单位、发文机关" in notes["来文机关"]
