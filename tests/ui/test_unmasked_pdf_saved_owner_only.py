"""The preview's 另存为 PDF of a paper printed with personal data unmasked (the 信访 tab's
打印（不遮盖）) writes a file its owner's alone; any other paper as the clerk's files are."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from officedesk.printing.forms import Printed

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.mark.parametrize("private, mode", [(True, 0o600), (False, 0o644)])
def test_a_saved_unmasked_paper_is_owner_only(qtbot, tmp_path, private, mode):
    from officedesk.ui.print_preview import PrintPreviewDialog

    paper = Printed(b"%PDF-1.4\n")
    paper.private = private
    dialog = PrintPreviewDialog(paper, "信访事项转送单")
    qtbot.addWidget(dialog)
    before = os.umask(0o022)
    try:
        saved = dialog.save_to(tmp_path / "转送单")
    finally:
        os.umask(before)
    assert saved.read_bytes() == b"%PDF-1.4\n" and stat.S_IMODE(saved.stat().st_mode) == mode
