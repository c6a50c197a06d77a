"""逐级负责 across names saved padded: a step entered (代录) by the program before names were
tidied keeps the name as the clerk typed it (李　处长, aligned in his list) in its signature row —
history, not rewritten. That is still 李处长: he may not do a second level of the record the chain
gives to another position, nor may its drafter check it."""

from __future__ import annotations

import pytest

from officedesk.core import positions, steps
from officedesk.core.errors import ProcedureError
from officedesk.store.chain import StepSign
from tests.chain.test_self_check import PERIOD, _draft


def _pad_signatures(step: str, name: str, padded: str) -> None:
    """The signature rows of `step` as the older program wrote them: the name as typed."""
    StepSign.update(person=padded).where((StepSign.step == step) & (StepSign.person == name)).execute()
    StepSign.update(actor_name=padded).where((StepSign.step == step) & (StepSign.actor_name == name)).execute()


def test_a_padded_entry_is_the_person_it_names(staffed):
    doc = _draft(staffed["kuiyuan"])
    steps.perform("outgoing", doc, "核稿", {"核稿人": "李处长"}, staffed["wenshu"])  # 代录
    _pad_signatures("核稿", "李处长", "李\u3000处长")
    steps.perform("outgoing", doc, "审核", {"意见": "同意"}, staffed["fuzhuren"])
    positions.set_delegation("zhuren", "chuzhang", *PERIOD, staffed["zhuren"], "出差")
    with pytest.raises(ProcedureError, match="已“核稿”这件发文，不能再“签发”"):
        steps.perform("outgoing", doc, "签发", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])

