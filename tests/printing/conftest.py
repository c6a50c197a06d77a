"""Printing tests: bundled fonts only (same output on every machine), PDF measuring helpers."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from officedesk.core import settings
from officedesk.printing import fallback, fonts, words
from officedesk.store import db as store_db
from tests.made_once import made_once

MM = 72 / 25.4


@pytest.fixture(autouse=True)
def bundled_fonts(monkeypatch):
    """Never pick up an official face the test machine happens to have; and let no printing
    setting outlive its test (the closed test database would otherwise reopen on the next
    settings.get and hand its values to the next test)."""
    monkeypatch.setattr(fonts, "find_system_font", lambda role: None)
    monkeypatch.setattr(fallback, "EXTENSION_FILES", ())  # nor Windows' 宋体 extension faces
    fonts.reset_fonts()
    # nor the personal names of a database an earlier test of the process opened: with none
    # open, words.person_names keeps the last one's, and a paper without a database broke its
    # lines around a demo's 通讯录 (and took 2–3× as long: each break tried off every name)
    monkeypatch.setattr(words, "_names", frozenset())
    monkeypatch.setattr(words, "_names_for", None)
    yield
    if store_db.database.obj is not None:
        store_db.close_database()
        store_db.database.initialize(None)
    settings.forget_cache()
    fonts.reset_fonts()


@dataclass
class Span:
    text: str
    font: str
    size: float
    color: int
    x0: float
    top: float
    x1: float
    bottom: float
    origin_y: float

    @property
    def rgb(self) -> tuple[int, int, int]:
        return (self.color >> 16) & 255, (self.color >> 8) & 255, self.color & 255

    @property
    def is_red(self) -> bool:
        r, g, b = self.rgb
        return r > 200 and g < 60 and b < 60


def spans(page: pymupdf.Page) -> list[Span]:
    out = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for s in line["spans"]:
                if not s["text"].strip():
                    continue
                x0, y0, x1, y1 = s["bbox"]
                out.append(
                    Span(
                        s["text"], s["font"], s["size"], s["color"], x0, y0, x1, y1, s["origin"][1]
                    )
                )
    return out


def open_pdf(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


def pdftotext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdffonts(path) -> list[list[str]]:
    out = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    return [line.split() for line in out[2:] if line.strip()]


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


@pytest.fixture(scope="session")
def proof(tmp_path_factory) -> tuple[dict[str, bytes], set[str]]:
    """Each form of `print --list` printed once from a small demo database (its richest
    record: the longest titles and names), and the personal names of that database."""
    from officedesk.printing.proof import print_every_form
    from officedesk.store.meetings import MeetingAttendee
    from officedesk.store.models import Person

    # the printing tests' small demo (demo_database: made once a run, not once more here)
    with demo_database(tmp_path_factory.mktemp("proof") / "demo.db", tmp_path_factory):
        answer_one_here()
        fonts.reset_fonts()
        names = {p.name for p in Person.select(Person.name)}
        names |= {a.name for a in MeetingAttendee.select(MeetingAttendee.name)}
        return print_every_form(), {n for n in names if 2 <= len(n) <= 4}


@contextlib.contextmanager
def demo_database(path: Path, factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A small demo database at ``path``, open with the bundled fonts for a module's fixture
    (which prints everything inside: the database is closed after each test), closed after.
    The demo is made once a run for all its workers and copied (tests/made_once.py: making it
    took 5–6 s of CPU, three times a run)."""
    from officedesk.core import clock
    from officedesk.demo import populate

    def make() -> None:
        store_db.open_database(str(path))
        try:
            populate(size=5, seed=2026)
        finally:
            store_db.close_database()

    settings.forget_cache()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fonts, "find_system_font", lambda role: None)
        mp.setattr(fallback, "EXTENSION_FILES", ())
        fonts.reset_fonts()
        try:
            made_once(("printing demo", 5, 2026, clock.today()), [path, Path(f"{path}.anchor.json")],
                      make, lambda: factory.mktemp("printing-demo"), workers=factory.getbasetemp())
            settings.forget_cache()
            database = store_db.open_database(str(path))
            yield database
        finally:
            store_db.close_database()
            store_db.database.initialize(None)
            settings.forget_cache()
            fonts.reset_fonts()


def answer_one_here() -> None:
    """A 信访 this office answers itself (直接答复), extended once, so the 答复意见书 and the
    延期告知书 are printed too: the small demo's answered ones are all 交办 (answered by the unit
    they went to)."""
    from officedesk.core import petitions
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.store.petitions import Petition

    waiting = (p for p in Petition.select().where(Petition.handling == "").order_by(Petition.id)
               if not petitions.spec_module.is_accusation(p.category))  # art. 32: not answered here
    record = next(waiting, None)
    if record is None:  # the demo's 待处理 are its last days' (perhaps a 检举控告): one more
        import random

        from officedesk.core import clock
        from officedesk.demo import petitions as demo

        rng = random.Random(5)
        record = petitions.register_petition(
            {"registered_on": clock.today(), "form": "来信", "category": "城乡建设",
             "content": "反映城关镇集镇污水管网堵塞，雨天污水漫到街面，影响居民出行和卫生。",
             "demand": "尽快疏通改造污水管网。", "region": "城关镇", "receiver": demo.STAFF[0]},
            [demo._person(rng, set())], CLI_ACTOR)
    record = petitions.decide(record.id, record.version, CLI_ACTOR, "直接答复")
    # extended once by one of the office's 负责人, so the 延期告知书 is printed too
    from officedesk.core.petitions import approvers

    leader = approvers._leaders(approvers._office_names(), approvers.leading_posts())[0]
    record = petitions.extend(record.id, record.version, CLI_ACTOR, reason="涉及多个部门，需进一步调查核实",
                              approver=leader.partition("（")[0])
    petitions.reply(record.id, record.version, CLI_ACTOR,
                    opinion="经调查核实，你反映的问题属实。现已责成有关方面于2026年12月31日前整改完毕，"
                            "并将整改情况书面告知你（联系电话：0871-6512345）。")


@pytest.fixture(scope="session")
def every_form(proof) -> dict[str, bytes]:
    return proof[0]
