"""The print warm-up (printing.warm_up): what a process's first paper loads once, loaded in the
window's background after it paints. It registers each face once, a part that fails leaves
printing working, and a paper made after it is the paper made without it."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from officedesk.printing import fonts, warm_up, words
from officedesk.printing.notice import render_notice
from officedesk.printing.samples import sample_notice

ROOT = Path(__file__).resolve().parents[2]


def test_the_warm_up_registers_each_face_once(monkeypatch):
    registered: list[str] = []
    real = pdfmetrics.registerFont
    monkeypatch.setattr(pdfmetrics, "registerFont", lambda face: (registered.append(face.fontName), real(face)))
    assert warm_up.warm_up() == []
    assert set(fonts._choices) == set(fonts.ROLES)
    first = list(registered)
    assert len(first) == len(set(first))  # each face file once (none if an earlier test did)
    assert warm_up.warm_up() == []  # again (a second window): nothing registered again
    render_notice(sample_notice())  # nor by a paper
    assert registered == first
    assert warm_up.finished(0)


def test_a_warm_up_that_fails_leaves_printing_working(monkeypatch, caplog):
    expected = render_notice(sample_notice())
    fonts.reset_fonts()

    def broken() -> dict[str, str]:
        raise OSError("磁盘读取错误")

    monkeypatch.setattr(fonts, "register_fonts", broken)
    assert warm_up.warm_up() == ["fonts"]
    assert "打印预加载（fonts）失败" in caplog.text
    assert gc.isenabled()  # the collector paused for the warm-up runs again
    monkeypatch.undo()
    assert render_notice(sample_notice()) == expected


def test_the_background_warm_up_runs_once_painted_without_holding_the_caller():
    thread = warm_up.in_background()
    assert thread.daemon and thread.name == "print-warm-up"
    thread.join(120)
    assert not thread.is_alive()
    assert set(fonts._choices) == set(fonts.ROLES)
    assert words._jieba is not None


def test_terms_taught_while_the_segmenter_loads_are_not_lost(monkeypatch):
    """The window's warm-up loads jieba in its thread while a paper in the window's thread
    teaches it the 通讯录's unit names (add_terms): a name taught after the loading thread read
    the terms, before it finished, was never given to jieba (its titles then cut inside it)."""
    import jieba

    term = "甲乙丙丁戊己庚辛"
    monkeypatch.setattr(words, "_jieba", None)  # a process whose segmenter is not loaded yet
    monkeypatch.setattr(words, "_extra_terms", set(words._extra_terms))
    real_add = jieba.add_word
    teacher: list[threading.Thread] = []

    def add_word(word: str, freq: int | None = None, tag: str | None = None) -> None:
        if not teacher:  # the loading thread has read the terms: another thread teaches one
            teacher.append(threading.Thread(target=words.add_terms, args=([term],)))
            teacher[0].start()
            teacher[0].join(0.5)  # it waits for the load to finish (or, before, was done at once)
        real_add(word, freq, tag)

    monkeypatch.setattr(jieba, "add_word", add_word)
    loader = threading.Thread(target=words.load_segmenter)
    loader.start()
    loader.join(120)
    teacher[0].join(120)
    try:
        assert term in words._extra_terms
        assert jieba.dt.FREQ.get(term) == 200000  # jieba knows it: its cuts keep it whole
    finally:
        jieba.del_word(term)
        words._cut.cache_clear()
        words.inner_words.cache_clear()


_PAPERS = """
import json, sys
from reportlab import rl_config
rl_config.invariant = 1
from officedesk.printing import fonts
fonts.find_system_font = lambda role: None
from officedesk.printing import fallback
fallback.EXTENSION_FILES = ()
if sys.argv[1] == "warm":
    from officedesk.printing import warm_up
    assert warm_up.warm_up() == []
from officedesk.printing.gbt9704 import render_document
from officedesk.printing.notice import render_notice
from officedesk.printing.samples import sample_document, sample_notice, sample_signin
from officedesk.printing.signin import render_signin_many
import hashlib
papers = [render_notice(sample_notice()), render_document(sample_document(2)),
          render_signin_many([sample_signin(8, seed=3)])]
print(json.dumps([hashlib.sha256(p).hexdigest() for p in papers]))
"""


def test_papers_after_the_warm_up_are_the_papers_made_without_it(tmp_path):
    """Byte for byte, each in a fresh process (jieba, once loaded, stays)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OFFICEDESK_HOME": str(tmp_path / "home")}
    made = {}
    for mode in ("cold", "warm"):
        done = subprocess.run([sys.executable, "-c", _PAPERS, mode], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        made[mode] = json.loads(done.stdout.strip().splitlines()[-1])
    assert made["warm"] == made["cold"]
