"""A TrueType face's parsed tables kept between processes (printing.face_cache): the face made
from them is the face parsed, papers are the same bytes, and a kept file that is damaged or
stale is parsed again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from officedesk.printing import face_cache, fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kept_in(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def _same_face(made: ttfonts.TTFontFace, parsed: ttfonts.TTFontFace) -> None:
    assert set(made.__dict__) == set(parsed.__dict__)
    for key, value in parsed.__dict__.items():
        if key == "_pdfScale":
            assert made._pdfScale(1234) == value(1234)
        else:
            assert made.__dict__[key] == value, key
            assert type(made.__dict__[key]) is type(value), key
            if isinstance(value, ttfonts.TTFNameBytes):
                assert made.__dict__[key].ustr == value.ustr
    assert all(made.table[r["tag"]] is r for r in made.tables)


@pytest.mark.parametrize("role", fonts.ROLES)
def test_a_face_made_from_its_kept_tables_is_the_face_parsed(role, kept_in):
    filename, index = str(fonts.bundled_font_file(role)), fonts.BUNDLED[role][1]
    parsed = ttfonts.TTFontFace(filename, subfontIndex=index)
    first = face_cache.CachedFace(filename, subfontIndex=index)  # parsed, and kept
    assert face_cache.load(face_cache._stamp(filename, index)) is not None
    made = face_cache.CachedFace(filename, subfontIndex=index)  # from what was kept
    _same_face(first, parsed)
    _same_face(made, parsed)
    assert made.makeSubset([0, 32, 0x4E00]) == parsed.makeSubset([0, 32, 0x4E00])


def test_a_damaged_or_stale_kept_file_is_parsed_again(kept_in):
    filename = str(fonts.bundled_font_file(fonts.SONG))
    face_cache.CachedFace(filename)
    stamp = face_cache._stamp(filename, 0)
    path = face_cache.cache_path(stamp)
    good = path.read_bytes()
    for damaged in (good[: len(good) // 2], good[:-1] + bytes([good[-1] ^ 1]), b"\x00" * 40, b""):
        path.write_bytes(damaged)
        assert face_cache.load(stamp) is None
        _same_face(face_cache.CachedFace(filename), ttfonts.TTFontFace(filename))
        assert path.read_bytes() == good  # kept again
    newer = (*stamp[:-1], stamp[-1] + 1)  # the font file changed since: another key, not read
    assert face_cache.load(newer) is None


def test_registering_leaves_reportlab_s_face_class_as_it_was(kept_in):
    fonts.register_fonts()
    assert ttfonts.TTFontFace is not face_cache.CachedFace
    assert ttfonts.TTFontFace.__module__ == "reportlab.pdfbase.ttfonts"


_PAPERS = """
import glob, hashlib, json, os, tempfile
from reportlab import rl_config
rl_config.invariant = 1
from officedesk.printing import fallback, fonts
fonts.find_system_font = lambda role: None
fallback.EXTENSION_FILES = ()
from officedesk.printing.gbt9704 import render_document
from officedesk.printing.notice import render_notice
from officedesk.printing.samples import sample_document, sample_notice, sample_signin
from officedesk.printing.signin import render_signin_many
papers = [render_notice(sample_notice()), render_document(sample_document(2)),
          render_signin_many([sample_signin(8, seed=3)])]
kept = glob.glob(os.path.join(tempfile.gettempdir(), "officedesk-face-*"))
print(json.dumps([[hashlib.sha256(p).hexdigest() for p in papers], len(kept)]))
"""


def test_papers_from_kept_faces_are_the_papers_from_parsed_ones(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OFFICEDESK_HOME": str(tmp_path / "home"),
           "TMPDIR": str(tmp_path)}
    runs = []
    for _ in range(2):  # the first parses and keeps, the second makes the faces from the files
        done = subprocess.run([sys.executable, "-c", _PAPERS], env=env, cwd=ROOT, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert runs[0][1] >= 3  # faces were kept by the first
    assert runs[1][0] == runs[0][0]
