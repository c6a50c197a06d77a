"""A 份数 (or 份号) of 0 is refused with the real bounds and what to do — never taken for
“not asked” and printed as one copy (份号 000001), and a 分发 row of 0 份 is told the 1 … 印制份数
it may have and to delete the row of a unit that gets none."""

from __future__ import annotations

import pytest

from officedesk.core import steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import dispatch, outgoing
from officedesk.core.errors import ValidationError
from officedesk.printing import forms

from .helpers import outgoing_to_rechecked


def _printed(actor, copies: str = "5"):
    record = outgoing_to_rechecked(actor, 密级="秘密", 保密期限="10年", 份数=copies)
    record = outgoing.assign_number(record.id, record.version, actor)
    return outgoing.mark_printed(record.id, record.version, actor)


@pytest.mark.parametrize("option", ["copies", "copy"])
def test_zero_copies_of_a_classified_document_are_refused_with_the_bounds(office, secretary,
                                                                          option):
    record = _printed(secretary)
    with pytest.raises(ValidationError) as refused:
        forms.get("document").build([record.id], secretary, **{option: 0})
    message = refused.value.message
    assert "1 到 5" in message  # the real bounds: this 发文's 5 copies
    assert "请" in message  # and what to do


def test_a_distribution_row_of_no_copies_is_told_the_bounds(office, secretary):
    record = _printed(secretary)
    with pytest.raises(ValidationError) as refused:
        steps.perform("outgoing", record.id, "核发", {"分发": "县直各单位 0"}, secretary)
    message = refused.value.message
    assert "1 到 5" in message and "删去" in message
    assert dispatch.distribution(record.id, CLI_ACTOR) == []
