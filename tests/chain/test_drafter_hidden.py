"""Who drafted a 发文 is not only the 拟稿人 field as it stands (core.self_check): the one who
made the draft (unless he recorded it for its drafter, 代录), whoever the field named before a
correction — none of them checks the draft (whoever only corrected the name does)."""

from __future__ import annotations

import pytest

from officedesk.core import my_work, records, registry, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from tests.chain.test_self_check import _draft, _second_chief

OUTGOING = registry.get("outgoing")


def _correct(doc, values, actor):
    record = records.get(OUTGOING, doc, actor)
    records.update(OUTGOING, doc, values, record.version, actor)


def _pending(actor):
    return [(i.record_id, i.step) for i in my_work.my_pending(actor)]


def test_the_drafter_who_clears_his_name_still_may_not_check_his_draft(staffed):
    other = _second_chief()
    doc = _draft(staffed["chuzhang"], drafter="李处长")
    _correct(doc, {"拟稿人": "张科员"}, staffed["chuzhang"])
    with pytest.raises(ProcedureError, match="李处长是这件发文的拟稿人，不能“核稿”"):
        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    assert _pending(staffed["chuzhang"]) == []
    assert _pending(other) == [(doc, "核稿")]
    steps.perform("outgoing", doc, "核稿", {}, other)


def test_a_former_drafter_corrected_by_another_is_still_its_drafter(staffed):
    other = _second_chief()
    doc = _draft(staffed["wenshu"], drafter="李处长")  # typed in by the 代录 clerk
    _correct(doc, {"拟稿人": "张科员"}, CLI_ACTOR)  # the administrator's correction
    with pytest.raises(ProcedureError, match="李处长是这件发文的拟稿人，不能“核稿”"):
        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    assert _pending(staffed["chuzhang"]) == []
    steps.perform("outgoing", doc, "核稿", {}, other)


def test_the_chief_who_made_the_draft_naming_a_clerk_may_not_check_it(staffed):
    other = _second_chief()
    doc = _draft(staffed["chuzhang"], drafter="张科员")
    with pytest.raises(ProcedureError, match="李处长是这件发文的拟稿人，不能“核稿”"):
        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    assert _pending(staffed["chuzhang"]) == []
    assert _pending(other) == [(doc, "核稿")]


def test_whoever_only_corrected_the_drafter_field_still_checks_the_draft(staffed):
    """A 科长 mending the name (张科员 → 周文书) drafted nothing: he checks it as before; the
    names the field held are its drafters."""
    other = _second_chief()
    doc = _draft(staffed["kuiyuan"], drafter="张科员")
    _correct(doc, {"拟稿人": "周文书"}, other)
    assert (doc, "核稿") in _pending(other)
    steps.perform("outgoing", doc, "核稿", {}, other)


def test_a_clerk_who_typed_in_a_draft_for_its_drafter_may_recheck_it(staffed):
    doc = _draft(staffed["wenshu"], drafter="张科员")  # 代录 of a paper draft
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "审核", {}, staffed["fuzhuren"])
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    assert steps.perform("outgoing", doc, "复核", {}, staffed["wenshu"]).state == "已复核"


def test_the_pending_list_reads_the_corrections_once(staffed, monkeypatch):
    from officedesk.core import self_check

    docs = [_draft(staffed["kuiyuan"]) for _ in range(4)]
    _correct(docs[0], {"拟稿人": "周文书"}, staffed["chuzhang"])
    calls = []
    read = self_check.read_corrections
    monkeypatch.setattr(self_check, "read_corrections",
                        lambda registry, ids: calls.append(len(ids)) or read(registry, ids))
    assert sorted(_pending(staffed["chuzhang"])) == [(d, "核稿") for d in docs]  # he only mended a name
    assert calls == [4]
