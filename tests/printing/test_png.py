"""Every form rendered to PNG (as the README's samples are), and the same bytes in two runs."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pymupdf
import pytest

from officedesk.printing.samples import write_samples


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")
def test_each_form_renders_to_a_png_page(tmp_path):
    pngs = write_samples(tmp_path, dpi=40)
    assert [p.name for p in pngs] == [
        "sample-document.png",
        "sample-notice.png",
        "sample-signin.png",
    ]
    for png in pngs:
        pix = pymupdf.Pixmap(str(png))
        assert (pix.width, pix.height) == (pytest.approx(331, abs=2), pytest.approx(468, abs=2))
        s, n = pix.samples, pix.n
        dark = sum(1 for i in range(0, len(s), n) if s[i] < 100 and s[i + 1] < 100)
        red = sum(1 for i in range(0, len(s), n) if s[i] > 180 and s[i + 1] < 90 and s[i + 2] < 90)
        assert dark > 500, png.name  # text and rules, not a blank page
        if png.name != "sample-signin.png":
            assert red > 100, png.name  # the red 标志 and rule


def test_same_bytes_in_another_process():
    code = (
        "import hashlib\n"
        "from officedesk.printing.samples import sample_document, sample_notice, sample_signin\n"
        "from officedesk.printing.gbt9704 import render_document\n"
        "from officedesk.printing.notice import render_notice\n"
        "from officedesk.printing.signin import render_signin\n"
        "print(hashlib.md5(render_document(sample_document(2)) + render_notice(sample_notice())"
        " + render_signin(sample_signin())).hexdigest())\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout
        for _ in range(2)
    }
    assert len(runs) == 1
