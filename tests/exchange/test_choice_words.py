"""Registers write some choices by older or plainer names: 急件 (GB/T 9704-1999's name of
加急), 特急件, 一般 for 平件, 无 in a 密级 column. The import refused each row (“紧急程度只能是：
平件、加急、特急”), as 网上信访 for 网上. They are read as the choice they mean — only where it is one of the field's
choices; a field whose own choice is 一般 keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError
from officedesk.core.fields import CHOICE, FieldSpec, parse_value
from officedesk.exchange import xlsx

from .builders import build_xlsx


def test_a_registers_words_for_urgency_and_secrecy(db, admin, tmp_path):
    rows = [["收文日期", "来文机关", "来文字号", "标题", "紧急程度", "密级"]]
    words = [("急件", "无"), ("特急件", "非涉密"), ("一般", "不涉密"), ("加急件", "无密级")]
    for n, (urgency, secrecy) in enumerate(words, start=1):
        rows.append([dt.date(2026, 3, n), "县公安局", f"云公发〔2026〕{n}号", f"通知{n}", urgency, secrecy])
    report = xlsx.import_file(INCOMING, build_xlsx(tmp_path / "w.xlsx", rows), admin)
    assert report.ok and report.imported == 4, [str(p) for p in report.problems]
    stored = [(d.urgency, d.secrecy) for d in INCOMING.model.select().order_by(INCOMING.model.id)]
    assert stored == [("加急", "非密"), ("特急", "非密"), ("平件", "非密"), ("加急", "非密")]


def test_only_where_the_meant_choice_is_the_fields():
    level = FieldSpec("level", "事件级别", kind=CHOICE, choices=("一般", "较大", "重大", "特别重大"))
    assert parse_value(level, "一般") == "一般"
    other = FieldSpec("form", "信访形式", kind=CHOICE, choices=("来信", "来访"))
    with pytest.raises(ValidationError, match="只能是"):
        parse_value(other, "急件")


@pytest.mark.parametrize(("typed", "form"), [("网上信访", "网上"), ("网络", "网上"), ("书信", "来信"),
                                             ("走访", "来访"), ("来电", "电话")])
def test_a_petitions_form_as_the_regulation_and_registers_name_it(typed, form):
    from officedesk.core import petitions

    assert parse_value(petitions.SPEC.by_label("信访形式"), typed) == form
