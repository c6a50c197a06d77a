"""A period in which no unit reported: the printed 信息工作通报 says 「（本期无信息报送）」 in its
table, and `info-ranking` says the same where its rows would be — it printed the heading, the
scope and how points count, and then nothing, as if the listing had been cut off."""

from __future__ import annotations

import datetime as dt
import json

import pymupdf

from officedesk.core import directory, records
from officedesk.printing import forms


def test_the_command_line_says_no_unit_reported_as_the_paper_does(db, admin, tmp_path, capsys,
                                                                   fixed_today):
    from officedesk import cli

    fixed_today(dt.date(2026, 4, 3))
    records.create(directory.UNITS, {"单位名称": "县教育局"}, admin)

    def run(*args):
        code = cli.main(["--db", str(tmp_path / "officedesk.db"), "info-ranking", *args])
        return code, capsys.readouterr().out

    code, out = run("--period", "2026-Q1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "2026年第一季度信息工作得分"
    assert "报送单位0个" in lines[1]
    assert lines[-1] == "（本期无信息报送）"
    pdf = forms.get("info-ranking").build([], admin, date_from="2026-01-01", date_to="2026-03-31")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "")
    assert "（本期无信息报送）" in text
    # --json keeps its shape: the empty list says it
    code, out = run("--period", "2026-Q1", "--json")
    assert code == 0 and json.loads(out)["units"] == []
