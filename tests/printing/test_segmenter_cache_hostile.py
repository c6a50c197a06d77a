"""保密 probe111: the segmenter's kept tables against another local user. The shared temporary
folder is anyone's to write: a jieba cache planted there, or a file of ours swapped for a link, a
group-writable file or a well-checksummed one of another shape, must neither crash printing nor
change a cut; the bad file is ignored and made again."""

from __future__ import annotations

import marshal
import os
import zlib

import pytest

from officedesk.printing import segmenter_tables
from tests.printing.test_segmenter_tables import _cuts, _file


def test_a_jieba_cache_planted_in_the_shared_temporary_folder_is_not_read(tmp_path):
    clean = _cuts(tmp_path / "clean")
    shared = tmp_path / "shared"  # the process's TMPDIR (_cuts)
    shared.mkdir()
    for planted in (marshal.dumps((0, 0)), marshal.dumps(({"云": 1, "县": 1}, 2))):
        (shared / "jieba.cache").write_bytes(planted)  # jieba's own cache name, anyone may make it
        got = _cuts(shared)
        assert got["posseg"] == clean["posseg"] and got["cut"] == clean["cut"]
        assert (shared / "jieba.cache").read_bytes() == planted  # nor written through
        _file(shared).unlink()
    # nothing of ours is kept in the shared folder: another user cannot have made it first
    assert sorted(p.name for p in shared.iterdir()) == ["home", "jieba.cache"]


def _good(tmp_path, name="tables.bin"):
    import jieba

    path = tmp_path / name
    segmenter_tables.save(path, jieba, {"云岭": 3, "云": 0}, 3, {"云岭": "ns"})
    assert segmenter_tables.load(path, jieba) is not None
    return path


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="links")
def test_a_link_in_place_of_the_file_is_not_followed(tmp_path):
    import jieba

    target = _good(tmp_path, "elsewhere.bin")  # a file of this user's that is good
    link = tmp_path / "tables.bin"
    link.symlink_to(target)  # swapped in, to be pointed elsewhere between the checks and the read
    assert segmenter_tables.load(link, jieba) is None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX modes")
def test_a_file_others_may_write_is_not_read(tmp_path):
    import jieba

    path = _good(tmp_path)
    path.chmod(0o666)
    assert segmenter_tables.load(path, jieba) is None
    path.chmod(0o600)
    assert segmenter_tables.load(path, jieba) is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_in_place_of_the_file_is_not_waited_on(tmp_path):
    import threading

    import jieba

    path = tmp_path / "tables.bin"
    os.mkfifo(path, 0o600)
    found: list = []
    reader = threading.Thread(target=lambda: found.append(segmenter_tables.load(path, jieba)),
                              daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # free the reader left waiting (a writer opens the pipe and goes)
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(10)
        pytest.fail("the program waited on the pipe: printing would hang")
    assert found == [None]


def _with_head(path, change) -> None:
    data = path.read_bytes()
    size = int.from_bytes(data[:8], "little")
    head = marshal.loads(data[8:8 + size])
    new = marshal.dumps(change(list(head)))
    path.write_bytes(len(new).to_bytes(8, "little") + new + data[8 + size:])


@pytest.mark.parametrize("change", [
    lambda head: 5,  # not the head at all
    lambda head: tuple(head[:6]),  # a part missing
    lambda head: (*head[:2], {"云": "x"}, *head[3:]),  # a place that is no place
    lambda head: (*head[:2], {"云": (0, 10 ** 9)}, *head[3:]),  # beyond the file
    lambda head: (*head[:2], {"云": (5, 2)}, *head[3:]),  # backwards
    lambda head: (*head[:2], {1: (0, 2)}, *head[3:]),  # not a character
    lambda head: (*head[:1], "3", *head[2:]),  # a total that is no number
    lambda head: (*head[:3], 10 ** 9, *head[4:]),  # the words' part beyond the body
])
def test_a_head_of_another_shape_is_refused_not_read_later(tmp_path, change):
    """The checksum covers the body only: a head of another shape (damaged, or made so) is
    refused when the file is read, not found out in the middle of a paper."""
    import jieba

    path = _good(tmp_path)
    _with_head(path, change)
    assert segmenter_tables.load(path, jieba) is None


def test_a_part_that_is_no_table_reads_as_no_words(tmp_path):
    """A part whose bytes (checksum and all) are no table of words: jieba finds none of them
    rather than failing in the middle of a paper."""
    import jieba

    path = tmp_path / "tables.bin"
    freq_blob = b"\x00\x01not marshal"
    tag_blob = marshal.dumps(["not", "a", "dict"])
    body = freq_blob + tag_blob
    head = marshal.dumps((segmenter_tables._stamp(jieba), 3, {"云": (0, len(freq_blob))},
                          len(freq_blob), {"云": (len(freq_blob), len(body))}, len(body),
                          zlib.crc32(body)))
    path.write_bytes(len(head).to_bytes(8, "little") + head + body)
    os.chmod(path, 0o600)
    loaded = segmenter_tables.load(path, jieba)
    if loaded is not None:
        _total, words, tags = loaded
        assert "云岭" not in words and words.get("云") is None
        assert tags.get("云岭") is None
