"""保密 probe111: the copy of an attachment opened for viewing (the data folder's `opened/`) is a
file the program leaves on the workstation. A 机密 document's scan opened by a clerk cleared for
it must not wait there, for a day, for the next clerk of the workstation (注销, then another
log-in: the window's own way to hand the workstation over) — whatever his clearance — nor be
readable by another user of the computer."""

from __future__ import annotations

import os

import pytest

from officedesk import paths
from officedesk.core import settings, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import attachments, incoming

PASSWORD = "pass1234x"
SCAN = b"%PDF-1.4 the classified scan"


def _opened_by_hi(tmp_path):
    settings.put("org.code", "某委办")
    users.create_user("hi", PASSWORD, "clerk", CLI_ACTOR, clearance=2)
    users.create_user("lo", PASSWORD, "clerk", CLI_ACTOR, clearance=0)
    secret = incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "涉密的通知", "密级": "机密"},
                              CLI_ACTOR)
    source = tmp_path / "附件1.pdf"
    source.write_bytes(SCAN)
    row = attachments.add_attachment(incoming.INCOMING, secret.id, source, CLI_ACTOR)
    hi = users.authenticate("hi", PASSWORD)
    opened = attachments.open_attachment(incoming.INCOMING, row.id, hi)
    assert opened.read_bytes() == SCAN
    return hi, opened


def _left(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_log_out_clears_the_copies_opened(db, tmp_path):
    hi, opened = _opened_by_hi(tmp_path)
    users.log_out(hi)
    assert not opened.exists()
    assert _left(paths.data_dir() / "opened") == []


def test_a_log_in_finds_none_left_by_whom_did_not_log_out(db, tmp_path):
    """The window closed without 注销 (or the program ended): the next log-in clears them."""
    _hi, opened = _opened_by_hi(tmp_path)
    users.authenticate("lo", PASSWORD)
    assert not opened.exists()


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX modes")
def test_the_copies_are_the_user_s_alone(db, tmp_path):
    _hi, opened = _opened_by_hi(tmp_path)
    for path in (opened, opened.parent, paths.data_dir() / "opened"):
        assert path.stat().st_mode & 0o077 == 0, path
