"""A clerk whose window is in English prints the same Chinese papers: every form of `print
--list` (a small demo's richest record each) printed with core's texts translated as the English
window translates them (the glossaries) reads word for word as printed in Chinese — no English
label, date or refusal leaks into a paper. probe43 found none; this keeps it so."""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

from officedesk.core import i18n
from officedesk.printing.proof import print_every_form
from tests.printing.conftest import answer_one_here, demo_database

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from fill_translations import load_glossary  # noqa: E402


def _texts(pdf: bytes) -> list[str]:
    return [page.get_text() for page in pymupdf.open(stream=pdf, filetype="pdf")]


def test_every_paper_reads_the_same_in_an_english_window(tmp_path, tmp_path_factory, monkeypatch):
    glossary = load_glossary()

    def english(context: str, text: str) -> str:
        found = glossary.get(text)
        return (found[0] if isinstance(found, tuple) else found) or text

    with demo_database(tmp_path / "demo.db", tmp_path_factory):
        answer_one_here()
        chinese = {name: _texts(pdf) for name, pdf in print_every_form().items()}
        monkeypatch.setattr(i18n, "_translate", english)
        assert i18n.tr("全部") == "All"  # the window's English is in force
        in_english = {name: _texts(pdf) for name, pdf in print_every_form().items()}
    assert len(chinese) >= 20
    assert in_english == chinese
