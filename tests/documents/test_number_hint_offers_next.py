"""At the 编号 step, a hint that rewrites a typed 发文字号 into its proper form offers a number
the office would take (defect: 云委办发[2026]5号 was answered “是否改为 云委办发〔2026〕5号？”
when the next free number was 4, and 5 was then refused as a skip)."""

from __future__ import annotations

import pytest

from officedesk.core import numbering, typed_numbers
from officedesk.core.documents import outgoing
from officedesk.core.errors import ConflictError, ValidationError
from tests.documents.helpers import outgoing_to_rechecked

PREFIX = "某委办发"


def _three_issued(secretary) -> None:
    for _ in range(3):
        numbering.take("outgoing", secretary, prefix=PREFIX, year=2026)


@pytest.mark.parametrize("typed", [f"{PREFIX}[2026]5号", f"{PREFIX}〔2026〕05号", f"{PREFIX}〔2026〕第5号"])
def test_the_form_hint_of_the_numbering_step_offers_the_next_free_number(office, secretary, typed):
    _three_issued(secretary)
    record = outgoing_to_rechecked(secretary)
    with pytest.raises(ValidationError) as refused:
        outgoing.assign_number(record.id, record.version, secretary, typed)
    message = str(refused.value)
    assert f"是否改为“{PREFIX}〔2026〕4号”" in message
    assert "跳过了 1 个号" in message
    # the number offered is taken
    done = outgoing.assign_number(record.id, record.version, secretary, f"{PREFIX}〔2026〕4号")
    assert done.doc_no == f"{PREFIX}〔2026〕4号"


def test_the_form_hint_names_a_used_number_and_offers_the_next(office, secretary):
    _three_issued(secretary)
    record = outgoing_to_rechecked(secretary)
    with pytest.raises(ValidationError, match=f"已经使用过.*是否改为“{PREFIX}〔2026〕4号”"):
        outgoing.assign_number(record.id, record.version, secretary, f"{PREFIX}[2026]2号")


def test_the_form_hint_keeps_a_number_that_would_be_taken(office, secretary):
    _three_issued(secretary)
    record = outgoing_to_rechecked(secretary)
    with pytest.raises(ValidationError) as refused:
        outgoing.assign_number(record.id, record.version, secretary, f"{PREFIX}[2026]4号")
    assert f"是否改为“{PREFIX}〔2026〕4号”" in str(refused.value)
    assert "跳过" not in str(refused.value)


def test_a_misformed_prefix_is_offered_the_next_free_number(office, secretary):
    _three_issued(secretary)
    record = outgoing_to_rechecked(secretary)
    with pytest.raises(ValidationError) as refused:
        outgoing.assign_number(record.id, record.version, secretary, "某委办 发〔2026〕5号")
    message = str(refused.value)
    assert f"“{PREFIX}〔2026〕4号”" in message and "跳过了 1 个号" in message
    with pytest.raises(ConflictError):  # the hint was right: 5 itself is refused
        typed_numbers.claim_manual("outgoing", f"{PREFIX}〔2026〕5号", secretary)

