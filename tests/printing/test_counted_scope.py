"""A 通报 (督查通报, 效能通报, 信息工作通报) counts only the records its printer may see; printed by
an account not cleared for every 密级 it says so on the paper — in its 说明, inside the 版心,
over nothing — and the clerk is told the same (Printed.notes: the command line and the
preview). Whether it says so depends on the account alone: the line is printed even when no
record above the account's clearance exists. A fully cleared account's paper says nothing."""

from __future__ import annotations

import pytest

from officedesk.core.actor import Actor
from officedesk.printing import forms
from tests.printing.conftest import MM, demo_database, open_pdf

PAPERS = {"bulletin": ("督查通报", "事项"), "efficiency": ("效能通报", "事项"),
          "info-ranking": ("信息工作通报", "信息")}
OPTIONS = {"bulletin": dict(date_from="2026-01-01", date_to="2026-12-31"),
           "efficiency": dict(date_from="2026-01-01", date_to="2026-12-31"),
           "info-ranking": dict(year=2026)}
ACTORS = {"admin": Actor("xtgly", "admin", 3), "mimi": Actor("mm1", "clerk", 1),
          "gongkai": Actor("gk1", "clerk", 0), "jimi": Actor("jm1", "leader", 2)}


def _print_all(who: list[str]) -> dict[tuple[str, str], bytes]:
    return {(name, actor): forms.get(name).build([], ACTORS[actor], **OPTIONS[name])
            for name in PAPERS for actor in who}


@pytest.fixture(scope="module")
def papers(tmp_path_factory):
    """The three 通报 printed by each account, once with every record 非密 and once with some
    raised to 机密 (the database is closed after each test by the printing conftest)."""
    with demo_database(tmp_path_factory.mktemp("scope") / "demo.db", tmp_path_factory) as database:
        for table in ("supervision_item", "info_item", "incoming_doc", "outgoing_doc", "petition"):
            database.execute_sql(f"update {table} set secrecy = '非密'")
        plain = _print_all(list(ACTORS))
        for table in ("supervision_item", "info_item", "incoming_doc"):
            database.execute_sql(f"update {table} set secrecy = '机密' where id % 3 = 0")
        raised = _print_all(["admin", "mimi"])
    return {"plain": plain, "raised": raised}


def _text(pdf: bytes) -> str:
    with open_pdf(pdf) as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


def _line(level: str, what: str) -> str:
    if level == "公开":
        return f"本通报统计范围：非密{what}。"
    return f"本通报统计范围：密级为{level}及以下的{what}。"


@pytest.mark.parametrize("name", list(PAPERS))
@pytest.mark.parametrize("case", ["plain", "raised"])
def test_a_printer_not_fully_cleared_is_told_and_the_paper_says_it(papers, name, case):
    paper, what = PAPERS[name]
    pdf = papers[case][(name, "mimi")]
    assert _line("秘密", what) in _text(pdf)
    assert len(pdf.notes) == 1
    assert pdf.notes[0].startswith(f"{paper}只统计了密级为秘密及以下的{what}")
    assert "密级权限为“绝密”的人员打印" in pdf.notes[0]


@pytest.mark.parametrize("name", list(PAPERS))
@pytest.mark.parametrize("case", ["plain", "raised"])
def test_a_fully_cleared_printer_prints_no_scope_line(papers, name, case):
    pdf = papers[case][(name, "admin")]
    assert "统计范围" not in _text(pdf)
    assert pdf.notes == ()


@pytest.mark.parametrize("name", list(PAPERS))
def test_the_line_names_the_printers_own_clearance(papers, name):
    _paper, what = PAPERS[name]
    assert _line("公开", what) in _text(papers["plain"][(name, "gongkai")])
    assert _line("机密", what) in _text(papers["plain"][(name, "jimi")])
    assert "秘密及以下" not in _text(papers["plain"][(name, "jimi")])


def test_the_figures_differ_only_where_records_were_left_out(papers):
    """The same 督查通报 printed by both accounts: equal figures with nothing classified, the
    admin's larger with 机密 items (he counts every record, as before)."""
    import re

    def items(pdf: bytes) -> int:
        return int(re.search(r"本期立项督查事项(\d+)项", _text(pdf)).group(1))

    plain, raised = papers["plain"], papers["raised"]
    assert items(plain[("bulletin", "admin")]) == items(plain[("bulletin", "mimi")])
    assert items(raised[("bulletin", "admin")]) == items(plain[("bulletin", "admin")])
    assert items(raised[("bulletin", "mimi")]) < items(raised[("bulletin", "admin")])


@pytest.mark.parametrize("name", list(PAPERS))
def test_the_line_sits_inside_the_type_area_over_nothing(papers, name):
    """Measured: the scope line's spans lie within the paper's margins (the 效能通报's GB/T 9704
    版心, the forms' own) and no other text on its page overlaps them."""
    _paper, what = PAPERS[name]
    wanted = _line("秘密", what)
    left, right = (28, 210 - 26)
    top, bottom = (37, 297 - 35) if name == "efficiency" else (25, 297 - 22)
    with open_pdf(papers["raised"][(name, "mimi")]) as doc:
        found = False
        for page in doc:
            lines = [(fitz_line, "".join(s["text"] for s in fitz_line["spans"]))
                     for block in page.get_text("dict")["blocks"]
                     for fitz_line in block.get("lines", [])]
            ours = [line for line, text in lines if text and text in wanted and len(text) > 4]
            if not ours:
                continue
            found = True
            assert "".join(t for line, t in lines if line in ours) == wanted  # on its own line(s)
            for line in ours:
                x0, y0, x1, y1 = line["bbox"]
                assert left * MM - 0.5 <= x0 and x1 <= right * MM + 0.5
                assert top * MM - 0.5 <= y0 and y1 <= bottom * MM + 0.5
                for other, text in lines:
                    if other in ours or not text.strip():
                        continue
                    ox0, oy0, ox1, oy1 = other["bbox"]
                    overlap_x = min(x1, ox1) - max(x0, ox0)
                    overlap_y = min(y1, oy1) - max(y0, oy0)
                    assert overlap_x <= 0.5 or overlap_y <= 0.5, (text, line["bbox"])
        assert found


def test_the_preview_shows_the_scope_note(papers, qtbot):
    from officedesk.ui.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(papers["plain"][("bulletin", "mimi")], "督查通报")
    qtbot.addWidget(dialog)
    assert not dialog.notes_label.isHidden()
    assert "督查通报只统计了密级为秘密及以下的事项" in dialog.notes_label.text()
    full = PrintPreviewDialog(papers["plain"][("bulletin", "admin")], "督查通报")
    qtbot.addWidget(full)
    assert full.notes_label.isHidden()
