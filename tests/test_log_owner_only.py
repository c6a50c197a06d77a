"""The log files are their owner's alone when the program begins them (the first, and each
after a rollover): a refusal or a crash's trace may quote a record or a petitioner's name, and
a log folder left open (an earlier version's 0755, an OFFICEDESK_HOME set-up) showed them to
every account of the machine under the usual umask 022."""

from __future__ import annotations

import logging
import os
import stat
import sys

import pytest

from officedesk.app import OwnerOnlyLog

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def test_each_log_file_begun_is_owner_only_an_existing_one_kept(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    kept = folder / "kept.log"
    kept.write_text("earlier\n")
    kept.chmod(0o640)  # the administrator's choice
    before = os.umask(0o022)
    try:
        handler = OwnerOnlyLog(folder / "officedesk.log", maxBytes=10_000, backupCount=2, encoding="utf-8")
        handler.emit(logging.makeLogRecord({"msg": "信访人 周大海 的记录被拒绝"}))
        handler.doRollover()
        handler.emit(logging.makeLogRecord({"msg": "after the rollover"}))
        handler.close()
        again = OwnerOnlyLog(kept, encoding="utf-8")
        again.emit(logging.makeLogRecord({"msg": "appended"}))
        again.close()
    finally:
        os.umask(before)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert modes == {"officedesk.log": 0o600, "officedesk.log.1": 0o600, "kept.log": 0o640}
