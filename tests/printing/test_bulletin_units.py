"""督查通报: the 牵头单位 column broke unit names inside their words (县卫生健 / 康委员会,
县行政审 / 批服务局) while the number columns beside it had width to spare. The spare width of
several columns together goes to the column that wraps; a unit's name that must take two lines
breaks between its own words (县卫生健康 / 委员会), 县 with it. Measured with PyMuPDF."""

from __future__ import annotations

from officedesk.printing import fonts, words
from officedesk.printing.common import SIZE_5, FormDocument
from officedesk.printing.form_boxes import Column
from officedesk.printing.layout import Run, wrap_runs
from tests.printing.conftest import open_pdf, spans

UNITS = ["县交通运输局", "县财政局", "县住房和城乡建设局", "县自然资源局", "县发展和改革局",
         "县行政审批服务局", "县农业农村局", "县市场监督管理局", "县人力资源和社会保障局",
         "县卫生健康委员会"]
COLUMNS = [
    Column("序号", 10, "center"), Column("牵头单位", 40), Column("在办", 11, "center"),
    Column("应办结", 13, "center"), Column("办结", 11, "center"), Column("按期办结", 12, "center"),
    Column("逾期办结", 12, "center"), Column("逾期未办结", 13, "center"),
    Column("办结率", 15, "center"), Column("按期办结率", 19, "center"),
]


def _texts(doc: FormDocument) -> list[str]:
    return [s.text for page in open_pdf(doc.render()) for s in spans(page)]


def test_the_bulletin_table_keeps_unit_names_whole_with_the_numbers_spare_width():
    words.add_terms(UNITS)
    doc = FormDocument(title="督查工作通报")
    rows = [[str(n), unit, "2", "17", "16", "9", "7", "1", "94.1%", "100.0%"]
            for n, unit in enumerate(UNITS, start=1)]
    doc.table(COLUMNS, rows, size=SIZE_5 + 0.5, header_size=SIZE_5 + 0.5, row_height=8.5)
    texts = _texts(doc)
    for unit in UNITS[:-2]:  # up to nine characters: whole on one line
        assert unit in texts, (unit, [t for t in texts if t.startswith("县")])
    # the longest on two lines, broken between its words
    assert "县人力资源和" in texts and "社会保障局" in texts, [t for t in texts if "县" in t]


def test_a_unit_name_of_one_dictionary_word_breaks_between_its_own_words():
    words.add_terms(UNITS)
    face = fonts.font(fonts.FANGSONG)
    for unit, first in (("县卫生健康委员会", "县卫生健康"), ("县行政审批服务局", "县行政审批"),
                        ("县市场监督管理局", "县市场监督")):
        lines = [ln.text for ln in wrap_runs([Run(unit, face, 11)], 24 * 2.835, words=True)]
        assert lines[0] == first, lines
