"""The 效能告诫书 addresses whom it warns: “你” to a person, “你单位” to a unit (never the
form's placeholder “你（单位）”), and adds no 。 after a 核查情况 that already ends a sentence."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core import clock
from officedesk.core.efficiency import complaints as C
from officedesk.printing import forms

from .conftest import TODAY


def _warned(admin, person: str, finding_text: str):
    clock.set_today(dt.date(2025, 9, 26))
    record = C.register_complaint(
        {"投诉方式": "电话", "登记日期": "2025-09-26", "投诉人": "钱女士", "联系电话": "13912345678",
         "被投诉单位": "县农业农村局", "被投诉人": person, "投诉类别": "办事拖拉",
         "投诉内容": "补贴申请两周未办结。"},
        admin,
    )
    clock.set_today(TODAY)
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-9-30")
    record = C.conclude(record.id, record.version, admin, "属实", finding_text)
    return C.dispose(record.id, record.version, admin, "效能告诫")


def _text(name: str, ids: list[int], admin) -> str:
    with pymupdf.open(stream=forms.get(name).build(ids, admin), filetype="pdf") as doc:
        return "".join(page.get_text().replace("\n", "") for page in doc)


@pytest.mark.parametrize(("person", "you", "heading"), [
    ("冯某某", "你", "冯某某同志："),
    ("", "你单位", "县农业农村局："),
])
def test_the_warning_says_you_or_your_unit(office, admin, person, you, heading):
    record = _warned(admin, person, "经调阅台账，核实有关情况。")
    text = _text("complaint-warning", [record.id], admin)
    assert "你（单位）" not in text
    assert heading in text
    assert f"反映{you}办事拖拉的问题属实" in text
    assert f"决定对{you}予以效能告诫" in text
    # one mention of the rules broken, not “…有关规定。根据有关规定，…” twice in a row
    assert text.count("有关规定") == 1
    assert "违反了机关效能建设有关规定，经研究，决定对" in text


@pytest.mark.parametrize("ending", ["所致！", "所致？", "所致……", "所致。", "所致。”"])
def test_no_full_stop_after_a_closing_punctuation(office, admin, ending):
    record = _warned(admin, "冯某某", "经查，系承办人责任心不强" + ending)
    text = _text("complaint-warning", [record.id], admin)
    assert "责任心不强" + ending + "上述行为" in text.replace(" ", "")
    assert "。。" not in text and "！。" not in text


def test_no_sentence_left_unended(office, admin):
    record = _warned(admin, "", "经查，系承办人责任心不强")
    text = _text("complaint-warning", [record.id], admin)
    assert "责任心不强。" in text


def test_the_verify_notice_has_no_placeholder(office, admin):
    record = _warned(admin, "", "经调阅台账，核实有关情况。")
    text = _text("complaint-verify", [record.id], admin)
    assert "（单位）" not in text and "请你单位认真核查" in text
