"""Justified paragraphs are broken as a whole (not line by line): a 文号 or a date kept whole
leaves no hole mid-paragraph, no paragraph ends on one character, a number with thousands
separators keeps its unit. Measured in the PDFs, glyph by glyph."""

from __future__ import annotations

import pytest

from officedesk.printing import words


@pytest.mark.parametrize("amount", ["1,286辆", "1,234.56万元", "12.5%", "3.2亿元", "3,500万元"])
def test_a_number_with_separators_keeps_its_unit(amount):
    text = f"各单位要认真贯彻落实县委决策部署（云委办发〔2026〕127号），金额{amount}。"
    assert (text.index(amount), text.index(amount) + len(amount)) in words.protected_spans(text)
