"""A 通讯录 short name (县委 for 中共云岭县委员会) taught as a term cut the longer word around it:
依法治县委员会 came out 治 / 县委 / 员会, and a 2号 title broke 依法治县委 / 员会."""

from __future__ import annotations

import pytest

from officedesk.printing import words

MEETING = "中共云岭县委全面深化改革委员会2026年第四次会议暨县委全面依法治县委员会2026年第三次会议"


@pytest.fixture
def short_names():
    words.add_terms(["中共云岭县委员会", "县委", "云岭县政协", "政协云岭县委员会"])


@pytest.mark.parametrize("text", [
    MEETING + "的通知",
    "关于县委全面依法治县委员会办公室调整的通知",
    "政协云岭县委员会关于召开全体会议的通知",
    "关于中共云岭县委员会全会的通知",
])
def test_a_short_name_never_cuts_committee(short_names, text):
    pieces = words.title_words(text)
    assert "".join(pieces) == text
    cuts = {sum(len(p) for p in pieces[: k + 1]) for k in range(len(pieces) - 1)}
    inside = {i + d for i in range(len(text)) if text.startswith("委员会", i) for d in (1, 2)}
    assert not cuts & inside, pieces


def test_the_short_name_still_stands_as_a_word(short_names):
    pieces = words.title_words("县委全面深化改革委员会工作要点")
    assert pieces[0] == "县委", pieces


def test_the_meeting_notice_title_breaks_between_words(short_names):
    """Measured in the PDF: no 2号 title line starts inside 委员会 or ends in 治县委."""
    import dataclasses

    from officedesk.printing.gbt9704 import SIZE_2
    from officedesk.printing.notice import render_notice
    from officedesk.printing.samples import sample_notice
    from tests.printing.test_titles import _title_lines

    data = dataclasses.replace(sample_notice(), meeting_name=MEETING)
    lines = _title_lines(render_notice(data), SIZE_2)
    assert "".join(lines).endswith(MEETING + "的通知"), lines
    assert len(lines) >= 3, lines
    for line in lines:
        assert not line.startswith(("员", "会20")) and not line.endswith(("治县委", "委员")), lines
