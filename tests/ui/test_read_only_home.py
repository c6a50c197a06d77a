"""A data folder (OFFICEDESK_HOME) the program cannot write: the window's start (python -m
officedesk, the bundle's start with no console) says so in a box, in Chinese, and exits non-zero
with no traceback; --smoke and the command line print it to stderr."""

from __future__ import annotations

import errno
import pathlib

import pytest

from officedesk import cli


@pytest.fixture
def read_only_home(tmp_path, monkeypatch):
    """A home nothing can be made in (a read-only mount: as root a chmod would not stop it)."""
    home = tmp_path / "home"
    home.mkdir()
    real_mkdir = pathlib.Path.mkdir

    def mkdir(self, *args, **kwargs):
        if self == home or home in self.parents:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "mkdir", mkdir)
    monkeypatch.setenv("OFFICEDESK_HOME", str(home))
    return home


def test_the_window_start_says_it_in_a_box(read_only_home, boxes, qtbot, capsys):
    assert cli.main([]) != 0
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "无法启动机关办公桌面"
    assert f"“{read_only_home / 'logs'}”" in text and "磁盘是只读的" in text
    assert "Traceback" not in capsys.readouterr().err


def test_the_box_title_follows_the_interface_language(read_only_home, boxes, qtbot):
    assert cli.main(["--lang", "en"]) != 0
    assert boxes[0][0] == "Cannot start OfficeDesk"


@pytest.mark.parametrize("argv", [["--smoke"], ["users", "list"]])
def test_without_the_window_it_goes_to_stderr(read_only_home, boxes, qtbot, capsys, argv):
    assert cli.main(argv) != 0
    err = capsys.readouterr().err
    assert boxes == [] and "磁盘是只读的" in err and "Traceback" not in err
