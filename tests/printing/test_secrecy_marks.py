"""Every paper of a classified record carries its 密级 (公文处理工作条例 art. 9; GB/T 9704 §7.2):
a 公文-style paper its 份号 and 密级 top left of its first page only, every other paper (a
register, a form) its 密级 top left of every page, a paper naming several records the highest
密级 among them. Measured in the PDFs of every form
the print registry offers, printed from a demo database whose records are all 秘密. A paper
served on a private person (信访 告知书, 答复意见书: secrecy.SERVED) carries none."""

from __future__ import annotations

import re

import pymupdf
import pytest

from officedesk.core import registry
from officedesk.printing import fonts, forms, secrecy
from tests.printing.conftest import answer_one_here, demo_database, open_pdf, spans


def _classify(database, level: str, table: str | None = None, where: str = "") -> None:
    """Set the 密级 of every record of ``table`` (every table that holds one when None)."""
    tables = [table] if table else [
        t for t in database.get_tables() if any(c.name == "secrecy" for c in database.get_columns(t))
    ]
    for name in tables:
        database.execute_sql(f"update {name} set secrecy = ? {where}", (level,))


@pytest.fixture(scope="module")
def papers(tmp_path_factory):
    """Every form printed with all records 秘密, plus the cases below (the database is closed
    after each test by the printing conftest, so everything is printed here)."""
    from officedesk.printing.proof import print_every_form
    from officedesk.store.supervision import SupervisionItem

    out: dict[str, object] = {}
    with demo_database(tmp_path_factory.mktemp("secrecy") / "demo.db", tmp_path_factory) as database:
        answer_one_here()
        _classify(database, "秘密")
        out["forms"] = print_every_form()
        tables = [t for t in database.get_tables()
                  if {"secrecy", "title"} <= {c.name for c in database.get_columns(t)}]
        out["titles"] = {row[0] for t in tables
                         for row in database.execute_sql(f"select title from {t}")}
        # lists print under the strictest 密级 among the records they name: one 件 of the
        # 归档目录 and one item the 督查通报 names as overdue raised above the others
        # (a 件 of a section of several: its document raised, whose live 密级 the list shows)
        registry, record_id = database.execute_sql(
            "select registry, record_id from archive_item where id = (select max(a.id) from "
            "archive_item a where (select count(*) from archive_item b where b.fonds = a.fonds"
            " and b.year = a.year and b.retention = a.retention and b.org_code = a.org_code)"
            " > 1)").fetchone()
        table = {"incoming": "incoming_doc", "outgoing": "outgoing_doc"}[registry]
        database.execute_sql(f"update {table} set secrecy = '机密' where id = ?", (record_id,))
        out["archive-机密"] = print_every_form(only=["archive-list"])["archive-list"]
        text = pdf_text(out["forms"]["bulletin"])
        named = next(i for i in SupervisionItem.select().order_by(SupervisionItem.id)
                     if i.number in text)
        database.execute_sql("update supervision_item set secrecy = '绝密' where id = ?",
                             (named.id,))
        out["bulletin-绝密"] = print_every_form(only=["bulletin"])["bulletin"]
        # an unclassified meeting's papers carry no mark and no 份号
        _classify(database, "非密", "meeting")
        out["plain"] = print_every_form(only=["notice", "minutes", "signin", "seating"])
    return out


def pdf_text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return re.sub(r"\s+", "", "".join(page.get_text() for page in doc))


def corner(page: pymupdf.Page) -> list:
    """The spans in the page's top-left area: the left half, the top quarter."""
    width, height = page.rect.width, page.rect.height
    return [s for s in spans(page) if s.x1 <= width / 2 and s.bottom <= height / 4]


def marks(page: pymupdf.Page, level: str = "秘密") -> list:
    return [s for s in corner(page) if s.text.startswith(level)]


FORMS = forms.all_forms()


def _spec(form: forms.Form):
    try:
        return registry.get(form.registry)
    except Exception:  # a paper over several registries (归档目录, 效能通报): no one spec
        return None


def test_every_form_declares_how_it_marks():
    assert len(FORMS) >= 20
    kinds = {secrecy.MARKED, secrecy.COPY_NUMBERED, secrecy.FIGURES, secrecy.SERVED}
    assert all(f.secrecy in kinds for f in FORMS)
    # what is served on a petitioner is unmarked; the internal 转送单/交办单 keeps the mark
    assert {f.name for f in FORMS if f.secrecy == secrecy.SERVED} == {
        "petition-notice", "petition-reply", "petition-extension"}
    assert {f.name for f in FORMS if f.secrecy == secrecy.COPY_NUMBERED} >= {
        "document", "notice", "minutes", "info-issue", "bulletin"}


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_a_classified_record_prints_marked(papers, form):
    pdf = papers["forms"].get(form.name)
    assert pdf is not None, f"{form.name} printed nothing from the demo data"
    spec = _spec(form)
    doc = open_pdf(pdf)
    if spec is not None and spec.level_field is None:
        # its registry holds no 密级 at all (效能投诉): nothing of it can be classified
        assert "secrecy" not in spec.model._meta.fields
        assert not any(marks(page) for page in doc)
        return
    if form.secrecy == secrecy.FIGURES:
        # counts and rates only: no mark, and no classified record named
        assert not any(marks(page) for page in doc)
        text = pdf_text(pdf)
        named = [t for t in papers["titles"] if len(t) >= 6 and t in text]
        assert named == [], f"{form.name} names classified records: {named[:3]}"
        return
    if form.secrecy == secrecy.SERVED:
        # served on a private person (信访 告知书, 答复意见书): never a classified document
        assert not any(marks(page) for page in doc)
        return
    if form.secrecy == secrecy.COPY_NUMBERED:
        # GB/T 9704: 份号 (6 digits) above the 密级, flush with the 版心's left edge
        first = doc[0]
        found = marks(first)
        assert found, f"{form.name}: no 密级 top left on page 1"
        mark = found[0]
        numbers = [s for s in corner(first) if re.fullmatch(r"\d{6}", s.text.strip())]
        assert numbers, f"{form.name}: no 6-digit 份号 top left"
        assert numbers[0].bottom <= mark.top + 0.5 and abs(numbers[0].x0 - mark.x0) < 0.5
        # the 版头 is the first page's: no 密级 on the pages after it (a 公文 is no register)
        for number, page in enumerate(doc, start=1):
            if number > 1:
                assert not marks(page), f"{form.name}: 密级 on page {number}"
    else:
        for number, page in enumerate(doc, start=1):
            assert marks(page), f"{form.name}: no 密级 top left on page {number}"
    mark = marks(doc[0])[0]
    assert abs(mark.size - 16) < 0.1  # 3号
    assert fonts.role_of_font_name(mark.font) == fonts.HEITI  # 黑体
    # above everything else in its corner: nothing is printed over it
    others = [s for s in spans(doc[0]) if s != mark and s.x0 < mark.x1 and s.x1 > mark.x0
              and s.top < mark.bottom and s.bottom > mark.top]
    assert others == []


def test_a_list_carries_its_strictest_level(papers):
    doc = open_pdf(papers["archive-机密"])
    # one 目录 numbered through (汇编): every page, each section's, under the strictest 密级 of
    # all its 件 (common.render_forms) — the test counted one raised page, true of a one-page list
    raised = [k for k, page in enumerate(doc) if marks(page, "机密")]
    assert raised == list(range(doc.page_count))
    columns = [[s.text for s in spans(page) if s.top > marks(page, "机密")[0].bottom]
               for page in doc]  # the tables' 密级 cells
    assert any("机密" in column and "秘密" in column for column in columns)  # the highest of them
    doc = open_pdf(papers["bulletin-绝密"])  # a 公文: in the 版头 of its first page
    assert marks(doc[0], "绝密") and not any(marks(page, "绝密") for page in doc[1:])


def test_an_unclassified_meeting_prints_no_mark(papers):
    for name, pdf in papers["plain"].items():
        doc = open_pdf(pdf)
        for page in doc:
            assert not any(re.match(r"(秘密|机密|绝密)", s.text) for s in corner(page)), name
            assert not any(re.fullmatch(r"\d{6}", s.text.strip()) for s in corner(page)), name


def test_helpers():
    assert secrecy.highest(["非密", "秘密", "", "机密", "秘密"]) == "机密"
    assert secrecy.highest(["非密", ""]) == ""
    assert secrecy.copy_number("秘密") == "000001"
    assert secrecy.copy_number("机密", 12) == "000012"
    assert secrecy.copy_number("非密", 12) == ""

    class Record:
        secrecy = "机密"
        secrecy_term = "10年"

    assert secrecy.mark_of(Record()) == "机密★10年"
    assert secrecy.level_of(Record()) == "机密"
