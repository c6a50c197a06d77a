"""The 会议通知 and 纪要 as a 会务 clerk reads them: 会期 across midnight, the 主办单位, 份号."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import meetings as m
from officedesk.core import settings
from officedesk.printing import forms
from tests.meetings.conftest import make_draft


@pytest.fixture
def office(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    settings.put("org.name", "中共某某市委办公室")
    return admin


def _text(pdf: bytes) -> str:
    return "".join(page.get_text() for page in fitz.open(stream=pdf, filetype="pdf")).replace(
        "\n", ""
    )


def test_a_sitting_past_midnight_ends_the_next_day_not_two_days(office):
    made = m.save_meeting(
        make_draft(start="2026-12-10 22:00", end="2026-12-11 01:30"), office
    )
    text = _text(forms.get("notice").build([made.id], office))
    assert "至12月11日1:30结束" in text
    assert "会期2天" not in text


def test_a_two_day_meeting_still_reads_two_days(office):
    made = m.save_meeting(
        make_draft(start="2026-12-10 09:00", end="2026-12-11 17:00"), office
    )
    assert "会期2天" in _text(forms.get("notice").build([made.id], office))


def test_the_notice_names_another_host_unit(office):
    made = m.save_meeting(make_draft(host_unit="市财政局"), office)
    text = _text(forms.get("notice").build([made.id], office))
    assert "会议由市财政局主办" in text


def test_the_notice_does_not_name_the_office_itself_as_host(office):
    made = m.save_meeting(make_draft(host_unit="市委办公室"), office)  # 中共某某市委办公室 itself
    assert "主办" not in _text(forms.get("notice").build([made.id], office))
