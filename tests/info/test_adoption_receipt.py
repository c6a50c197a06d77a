"""采用 is recorded once: the same adoption (level and periodical) entered twice is refused,
naming the earlier one, so the ranking does not count it twice; another periodical of the same
level is another adoption. The 接收回执 states the 接收 recorded (its time and person), and is
refused for an item still 待接收."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core import info, steps
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.info import procedure, scoring
from officedesk.printing import forms

ADOPTED = {"采用级别": "省", "采用刊物": "省信息", "采用日期": "2026-11-30"}


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


def test_the_same_adoption_twice_is_refused_and_counted_once(report, advance, admin,
                                                             fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    item = advance(report(), on=dt.date(2026, 11, 30))
    steps.perform("info", item.id, "采用", ADOPTED, admin)
    score = scoring.item_score(item.id)
    again = ADOPTED | {"采用刊物": " 《省信息》 "}
    with pytest.raises(ValidationError, match="已于 2026-11-30 登记过省级“省信息”采用，不能重复登记"):
        steps.perform("info", item.id, "采用", again, admin)
    assert scoring.item_score(item.id) == score
    # another periodical at the same level is another adoption, scored
    steps.perform("info", item.id, "采用", ADOPTED | {"采用刊物": "省政府办《政务信息》"}, admin)
    assert scoring.item_score(item.id) > score


def test_no_receipt_before_the_item_is_received(report, admin):
    item = report()
    with pytest.raises(ProcedureError, match="还没有接收，不能打印接收回执：请先登记“接收”"):
        forms.get("info-receipt").build([item.id], admin)


def test_the_receipt_shows_the_recorded_receipt_not_the_printing(report, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 25))
    item = report()
    procedure.receive(item.id, item.version, admin, on=dt.date(2026, 11, 25), person="张收文")
    fixed_today(dt.date(2026, 11, 30))
    printer = Actor("printer", "clerk", admin.clearance, display_name="打印人员")
    text = _text(forms.get("info-receipt").build([item.id], printer))
    assert "张收文" in text and "打印人员" not in text
    assert "2026年11月25日" in text and "已于2026年11月25日" in text
    assert info.get(item.id, admin).receiver == "张收文"
