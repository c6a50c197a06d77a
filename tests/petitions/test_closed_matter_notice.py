"""The 不予受理告知书 of a matter closed by 复核 (art. 36) gives one conclusion — 不再受理 — and
points to no other body (that is the 法定途径 refusal's sentence)."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core import petitions
from officedesk.printing import forms
from tests.petitions.closed_matter import closed_again

D = dt.date


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join("".join(page.get_text().split()) for page in doc)


@pytest.mark.parametrize("reason", ["", "信访人就同一事项再次来信，所提事实和理由均无新的内容"])
def test_the_notice_of_a_closed_matter_says_no_longer_accepted_once(
        register, admin, fixed_today, reason):
    again = closed_again(register, admin, fixed_today)
    again = petitions.decide(again.id, again.version, admin, "不予受理", on="2026-12-01",
                             reason=reason)
    text = _text(forms.get("petition-notice").build([again.id], admin))
    assert "信访事项不予受理告知书" in text
    assert text.count("第三十六条") == 1 and text.count("不再受理") == 1
    assert "该信访事项不予受理" not in text  # no second conclusion
    assert "主张权利" not in text and "有关机关" not in text and "检举控告" not in text


def test_an_ordinary_refusal_still_points_to_the_legal_path(register, admin, fixed_today):
    fixed_today(D(2026, 12, 1))
    p = register(registered_on="2026-12-01")
    p = petitions.decide(p.id, p.version, admin, "不予受理", on="2026-12-01",
                         reason="所反映事项已进入诉讼程序")
    text = _text(forms.get("petition-notice").build([p.id], admin))
    assert "该信访事项不予受理" in text and "向有关机关主张权利" in text
    assert "第三十六条" not in text
