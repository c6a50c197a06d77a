"""What the command line says of trouble it works around (the anchor file that cannot be written,
the segmenter's cache that cannot be kept): one line on stderr in Chinese with the reason, never
the Python traceback the program's log keeps (with no handler, Python's last-resort one printed
it whole to the clerk's console)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OFFICEDESK_HOME=str(home), OFFICEDESK_ADMIN_PASSWORD="Geheim2026x",
               PYTHONPATH=str(ROOT))
    env.pop("OFFICEDESK_ANCHOR", None)
    return subprocess.run([sys.executable, "-m", "officedesk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_init_where_the_anchor_cannot_be_written_says_so_without_a_traceback(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "data-anchor").write_text("")  # a file where the anchor's folder would be made
    done = _run(home, "init", "--org", "中共某某县委办公室", "--code", "某委办")
    assert done.returncode == 0, done.stderr  # the office is made: the anchor is not its condition
    assert "Traceback" not in done.stderr and "File \"" not in done.stderr, done.stderr
    assert "锚定文件" in done.stderr, done.stderr
    assert "已有同名的文件" in done.stderr, done.stderr  # the reason, in Chinese
    assert "audit-code" in done.stderr, done.stderr  # and what to do
    assert "FileExistsError" not in done.stderr and "Errno" not in done.stderr, done.stderr


READ_ONLY_ANCHOR = """
import errno, pathlib, sys
from officedesk import cli
real = pathlib.Path.write_text
def refused(self, *args, **kwargs):
    if self.name.endswith(".anchor.json.part"):  # the anchor's folder is on a read-only disk
        raise OSError(errno.EROFS, "Read-only file system", str(self))
    return real(self, *args, **kwargs)
pathlib.Path.write_text = refused
sys.exit(cli.main(sys.argv[1:]))
"""


def test_check_that_cannot_move_the_anchor_forward_says_so(tmp_path):
    """check moves the anchor forward on a sound database; where it could not, it said nothing
    (the anchor's start says a folder that cannot be written is left to check to report)."""
    home = tmp_path / "home"
    assert _run(home, "init", "--org", "中共某某县委办公室", "--code", "某委办").returncode == 0
    env = dict(os.environ, OFFICEDESK_HOME=str(home), PYTHONPATH=str(ROOT))
    env.pop("OFFICEDESK_ANCHOR", None)
    done = subprocess.run([sys.executable, "-c", READ_ONLY_ANCHOR, "check"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # the database is sound
    assert "数据库完好" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "锚定文件" in done.stderr, done.stderr
    assert "磁盘是只读的" in done.stderr and "audit-code" in done.stderr, done.stderr


def test_check_that_finds_no_anchor_says_it_anchored_anew(tmp_path):
    """The anchor file deleted (by a forger who rewrote the chain, or with a database copied in):
    check made a new one from the chain as it is and said nothing, so the reset of the tamper
    evidence went unseen. It still anchors (a copied database must be anchored), and says so,
    with the paper code to compare against."""
    home = tmp_path / "home"
    assert _run(home, "init", "--org", "中共某某县委办公室", "--code", "某委办").returncode == 0
    [anchor] = list(home.glob("**/*.anchor.json"))
    anchor.unlink()
    done = _run(home, "check")
    assert done.returncode == 0, done.stderr
    assert "没有找到锚定文件" in done.stderr and "--anchor" in done.stderr, done.stderr
    assert anchor.exists()  # anchored anew
    again = _run(home, "check")
    assert "没有找到锚定文件" not in again.stderr, again.stderr
