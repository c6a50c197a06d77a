"""督查通报's 逾期未办结事项: the 事项名称 cells tore 新 / 院区 and a quoted slogan (推进政务服务“一件事
/ 一次办”). A short quoted “…” stays one piece when it fits its cell; a lone 新 (老, 旧) before
a noun goes with it. Measured in the PDF with PyMuPDF."""

from __future__ import annotations

from officedesk.printing import words
from officedesk.printing.common import SIZE_5, FormDocument
from officedesk.printing.form_boxes import Column
from tests.printing.conftest import open_pdf, spans

COLUMNS = [
    Column("序号", 12, "center"), Column("牵头单位", 34), Column("督查编号", 29, "center"),
    Column("事项名称", 41), Column("时限", 17, "center"), Column("逾期", 11, "center"),
    Column("进度", 12, "center"),
]
TITLES = ["加快县人民医院新院区建设（第二批）", "推进政务服务“一件事一次办”（第二批）",
          "推进老旧小区改造提升（第二批）"]


def _cells() -> list[str]:
    doc = FormDocument(title="督查工作通报")
    rows = [[str(n), "县卫生健康委员会", f"DC-2026-{n:03d}", title, "10月31日", "30天", "60%"]
            for n, title in enumerate(TITLES, start=1)]
    doc.table(COLUMNS, rows, size=SIZE_5 + 0.5, header_size=SIZE_5 + 0.5, row_height=8.5)
    return [s.text for page in open_pdf(doc.render()) for s in spans(page)]


def test_a_short_quoted_slogan_stays_whole_in_its_cell():
    texts = _cells()
    assert any("“一件事一次办”" in t for t in texts), [t for t in texts if "一" in t]


def test_a_one_character_prefix_stays_with_its_noun():
    texts = _cells()
    assert any("新院区" in t for t in texts), [t for t in texts if "院" in t]
    assert any("老旧小区" in t for t in texts), [t for t in texts if "小区" in t]


def test_the_words_of_a_quote_and_a_prefix():
    assert "“一件事一次办”" in words.title_words("推进政务服务“一件事一次办”")
    assert "“一件事一次办”" in words.inner_words("“一件事一次办”（第二批）")
    assert "新院区" in words.title_words("加快县人民医院新院区建设")
    # a quote too long to be one piece is cut at its words as before
    long = "深入开展“我为群众办实事、为企业解难题、为基层减负担”实践活动"
    assert all(len(p) <= 12 for p in words.title_words(long)), words.title_words(long)
