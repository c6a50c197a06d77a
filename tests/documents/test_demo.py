"""Demo documents: realistic records in several states, consistent with the procedures."""

from __future__ import annotations

import random

from officedesk.core import audit, clock, dashboard, records
from officedesk.core.documents import incoming, outgoing
from officedesk.demo import documents as demo
from officedesk.store.documents import IncomingDoc, OutgoingDoc


def test_demo_documents_cover_the_states(office, secretary):
    today = clock.today()
    made = demo.populate(30, random.Random(7))
    assert made == IncomingDoc.select().count() + OutgoingDoc.select().count() >= 45
    assert clock.today() == today  # the clock is put back
    in_states = {r.state for r in IncomingDoc.select()}
    out_states = {r.state for r in OutgoingDoc.select()}
    assert {incoming.HANDLING, incoming.DONE, incoming.ARCHIVED} <= in_states
    assert {outgoing.DRAFTING, outgoing.DISTRIBUTED, outgoing.ARCHIVED} <= out_states
    numbered = [r.doc_no for r in OutgoingDoc.select() if r.doc_no]
    assert len(numbered) == len(set(numbered)) and all("〔" in n for n in numbered)
    assert all(r.doc_date <= today for r in OutgoingDoc.select() if r.doc_date)
    assert any(i.registry == "incoming" for i in dashboard.due_items(secretary))
    assert records.list_ids(incoming.INCOMING, secretary, text="通知")
    assert not audit.verify_chain()
    assert demo.populate(30, random.Random(7)) == 0  # only into an empty registry
