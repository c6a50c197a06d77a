"""jieba's tables read a first character at a time (printing.segmenter_tables): the cuts are
jieba's cuts with its tables whole, and a file missing, stale or damaged leaves jieba loading as
before (and the file made again)."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

from officedesk.printing import segmenter_tables
from officedesk.printing.segmenter_tables import ByFirstChar

ROOT = Path(__file__).resolve().parents[2]

_CUTS = """
import dataclasses, json, re, sys
from officedesk.printing import words
import officedesk.demo.document_texts, officedesk.demo.paper_titles, officedesk.demo.meetings
import officedesk.demo.supervision, officedesk.demo.petitions, officedesk.printing.samples

def texts(value, seen):
    if isinstance(value, str):
        if re.search("[\\u4e00-\\u9fff]", value):
            yield from (line for line in value.splitlines() if line.strip())
    elif id(value) in seen:
        return
    elif isinstance(value, (tuple, list, set, frozenset)):
        seen.add(id(value))
        for item in value:
            yield from texts(item, seen)
    elif isinstance(value, dict):
        seen.add(id(value))
        for key, item in value.items():
            yield from texts(key, seen)
            yield from texts(item, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        seen.add(id(value))
        for field in dataclasses.fields(value):
            yield from texts(getattr(value, field.name), seen)

corpus = sorted({t for module in (officedesk.demo.document_texts, officedesk.demo.paper_titles,
                                  officedesk.demo.meetings, officedesk.demo.supervision,
                                  officedesk.demo.petitions)
                 for name, value in vars(module).items() if not name.startswith("__")
                 for t in texts(value, set())})
jieba = words.load_segmenter()
import jieba.posseg
out = {
    "tables": type(jieba.dt.FREQ).__name__,
    "texts": len(corpus),
    "posseg": [[(p.word, p.flag) for p in jieba.posseg.cut(t, HMM=True)] for t in corpus],
    "cut": [jieba.lcut(t, HMM=False) for t in corpus],
    "title_words": [words.title_words(t) for t in corpus],
    "inner_words": [list(words.inner_words(t)) for t in corpus if len(t) <= 30],
}
print(json.dumps(out, ensure_ascii=False))
"""


def _cuts(home: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OFFICEDESK_HOME": str(home / "home"), "TMPDIR": str(home),
           "OFFICEDESK_CACHE": str(home / "home" / "cache")}
    done = subprocess.run([sys.executable, "-c", _CUTS], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _file(folder: Path) -> Path:
    """Where _cuts keeps the file: the user's own cache folder (OFFICEDESK_HOME's)."""
    return folder / "home" / "cache" / f"officedesk-jieba-tables-{segmenter_tables.FORMAT}.bin"


def test_cuts_from_the_tables_are_jieba_s_cuts_with_its_tables_whole(tmp_path):
    """Each in a fresh process: the first loads jieba whole (and makes the file), the second
    reads the file a first character at a time; every demo text cuts alike."""
    whole = _cuts(tmp_path)
    assert whole["tables"] == "dict" and whole["texts"] > 300
    assert _file(tmp_path).is_file()
    by_first = _cuts(tmp_path)
    assert by_first["tables"] == "ByFirstChar"
    for key in ("posseg", "cut", "title_words", "inner_words"):
        assert by_first[key] == whole[key], key


def test_a_damaged_file_leaves_jieba_loading_as_before_and_is_made_again(tmp_path):
    import jieba

    path = _file(tmp_path)
    first = _cuts(tmp_path)
    good = path.read_bytes()
    for damaged in (good[: len(good) // 2], good[:-1] + bytes([good[-1] ^ 1])):  # cut short, changed
        path.write_bytes(damaged)
        assert segmenter_tables.load(path, jieba) is None
    again = _cuts(tmp_path)  # the changed one
    assert again["tables"] == "dict"  # jieba loaded whole, as before
    assert again["posseg"] == first["posseg"]
    assert path.read_bytes() == good  # and the file made again
    path.write_bytes(b"\x00" * 64)  # not this file at all: install says so and loads whole
    assert _cuts(tmp_path)["tables"] == "dict"
    assert path.read_bytes() == good


def test_a_file_of_another_jieba_or_dictionary_or_user_is_not_read(tmp_path, monkeypatch):
    import jieba

    path = tmp_path / "tables.bin"
    segmenter_tables.save(path, jieba, {"云岭": 3, "云": 0}, 3, {"云岭": "ns"})
    assert segmenter_tables.load(path, jieba) is not None
    if hasattr(os, "getuid"):  # another user's file in the shared temporary folder
        with monkeypatch.context() as patch:
            patch.setattr(os, "getuid", lambda: path.stat().st_uid + 1)
            assert segmenter_tables.load(path, jieba) is None
    data = path.read_bytes()
    size = int.from_bytes(data[:8], "little")
    head = list(marshal.loads(data[8:8 + size]))
    head[0] = (*head[0][:-1], head[0][-1] + 1)  # dict.txt changed since
    new_head = marshal.dumps(tuple(head))
    path.write_bytes(len(new_head).to_bytes(8, "little") + new_head + data[8 + size:])
    assert segmenter_tables.load(path, jieba) is None


def test_words_are_read_with_their_first_character():
    import io

    parts: dict[str, tuple[int, int]] = {}
    blob = io.BytesIO()
    for first, words in {"云": {"云": 0, "云岭": 5, "云岭县": 9}, "县": {"县": 7, "县委": 4}}.items():
        start = blob.tell()
        blob.write(marshal.dumps(words))
        parts[first] = (start, blob.tell())
    table = ByFirstChar(blob.getvalue(), dict(parts))
    assert dict.__len__(table) == 0
    assert "云岭" in table and table["云岭县"] == 9 and table.get("云南") is None
    assert dict.__len__(table) == 3  # only 云's words read
    table["县委办"] = 200000  # a word added (jieba.add_word): its character's words first
    assert table["县委"] == 4 and table["县委办"] == 200000
    table.update({"云岭": 6})
    assert table.get("云岭") == 6 and table.get("") is None and 5 not in table
