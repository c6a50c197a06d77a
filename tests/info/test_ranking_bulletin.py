"""The 信息工作通报 as a 公文 (as the 效能通报): red 标志, 发文字号 from the setting or --number,
主送 from the setting, the listed reporting units that sent nothing named, GB/T 9704 page
numbers and the 版记; the settings declared with the others."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk import declared_settings
from officedesk.core import settings
from officedesk.core.errors import ValidationError
from officedesk.printing import forms

MM = 72 / 25.4


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


@pytest.fixture
def quarter(report, advance, admin, fixed_today):
    declared_settings.declare_all()  # as the settings window and `officedesk settings` do
    fixed_today(dt.date(2026, 4, 3))
    settings.put("org.name", "中共云岭县委办公室")
    advance(report(unit="县教育局", reported_at="2026-02-01 09:00"), on=dt.date(2026, 2, 2))
    report(unit="城关镇", reported_at="2026-03-01 09:00")

    def build(**options) -> bytes:
        return forms.get("info-ranking").build([], admin, date_from="2026-01-01",
                                               date_to="2026-03-31", **options)

    return build


def test_the_bulletin_is_headed_and_numbered_as_a_document(quarter):
    settings.put("info.bulletin.number", "云委办通〔2026〕4号")
    settings.put("info.bulletin.recipients", "各乡镇党委，县直各单位：")
    pdf = quarter()
    text = _text(pdf)
    for words in ("中共云岭县委办公室文件", "云委办通〔2026〕4号", "关于2026年第一季度信息工作情况的通报",
                  "各乡镇党委，县直各单位：", "2026年4月3日印发"):
        assert words in text, words
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        mark = doc[0].search_for("中共云岭县委办公室文件")
        spans = [s for b in doc[0].get_text("dict")["blocks"] for line in b.get("lines", [])
                 for s in line["spans"]]
        numbers = [s for page in doc for b in page.get_text("dict")["blocks"]
                   for line in b.get("lines", []) for s in line["spans"]
                   if s["text"].startswith("— ")]
    red = next(s for s in spans if "文件" in s["text"])
    assert mark and red["color"] >> 16 >= 0xE0 and red["color"] & 0xFFFF == 0
    assert numbers and numbers[0]["text"] == "— 1 —" and numbers[0]["size"] == pytest.approx(14)
    assert numbers[0]["bbox"][2] == pytest.approx(184 * MM - 14, abs=1.5)  # odd: 右空一字


def test_the_number_given_to_this_print_wins_and_is_checked(quarter):
    settings.put("info.bulletin.number", "云委办通〔2026〕4号")
    text = _text(quarter(number="云委办通〔2026〕5号"))
    assert "云委办通〔2026〕5号" in text and "4号" not in text
    with pytest.raises(ValidationError):
        quarter(number="第五期")


def test_listed_units_that_reported_nothing_are_named(quarter):
    settings.put("info.reporting_units", "县教育局\n城关镇\n县财政局\n县林业局")
    text = _text(quarter())
    assert "本期未报送信息的单位：县财政局、县林业局。" in text


def test_no_list_no_sentence(quarter):
    assert "未报送信息的单位" not in _text(quarter())


def test_the_settings_are_declared_with_the_others():
    declared_settings.declare_all()
    keys = {s.key for s in settings.declared()}
    assert {"info.bulletin.number", "info.bulletin.recipients", "info.reporting_units"} <= keys
