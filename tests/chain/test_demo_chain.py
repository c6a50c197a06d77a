"""The demo's 发文 follow the office's own approval chain (逐级负责): each is drafted by one of
the drafting unit's own staff, and each chain step it got to — 核稿, 审核, 签发 — was done by
someone holding that step on it (core's rule, chain_holders.fits_step), recorded as core records
it (a signature row), 审核 before 签发; a 复核 names no 附件 the draft has not."""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import chains, responsibility
from officedesk.core.documents import outgoing_spec
from officedesk.core.positions import people_named, post_of
from officedesk.demo import directory, documents, efficiency
from officedesk.demo import users as demo_users
from officedesk.store.chain import StepSign
from officedesk.store.documents import OutgoingDoc

# the record's field naming whom each chain step was done by, where it names him
NAMED = {"核稿": "checker", "签发": "signer"}


def test_the_demo_s_drafts_follow_the_chain(db):
    """One demo made (its 发文 of this year and of last year), each rule asked of it."""
    directory.populate(10, random.Random(7))
    demo_users.populate(10, random.Random(7))
    documents.populate(30, random.Random(7))
    efficiency._outgoing_history(12, random.Random(7), dt.date.today())
    docs = list(OutgoingDoc.select())
    _drafted_within_their_units(docs)
    _chain_steps_done_by_their_holders(docs)
    _attachments_named_only_where_there_are(docs)


def _rows(doc):
    return list(StepSign.select().where((StepSign.registry == "outgoing")
                                        & (StepSign.record_id == doc.id)).order_by(StepSign.id))


def _entry(doc, step):
    chain = chains.chain_for("outgoing", doc)
    assert chain is not None
    return chain.find(step)


def _drafted_within_their_units(demo_office):
    assert len(demo_office) > 30
    for doc in demo_office:
        posts = people_named(doc.drafter)
        assert posts, (doc.id, doc.drafter)
        assert any(responsibility.fits_step(p, "outgoing", doc, _entry(doc, "拟稿")) for p in posts), \
            (doc.id, doc.drafting_unit, doc.drafter)
        # not the 科长 who checks his section's drafts: nobody checks his own
        assert not any(responsibility.fits_step(p, "outgoing", doc, _entry(doc, "核稿"))
                       for p in posts), (doc.id, doc.drafter)


def _chain_steps_done_by_their_holders(demo_office):
    done = set()
    for doc in demo_office:
        rows = _rows(doc)
        steps = [row.step for row in rows if row.step in ("核稿", "审核", "签发")]
        for row in rows:
            if row.step not in ("核稿", "审核", "签发"):
                continue
            post = post_of(row.person_username or "")
            assert responsibility.fits_step(post, "outgoing", doc, _entry(doc, row.step)), \
                (doc.id, row.step, row.person, doc.drafting_unit)
            assert row.person != doc.drafter, (doc.id, row.step)
            done.add(row.step)
        if doc.checker:
            assert "核稿" in steps and doc.checker in {r.person for r in rows if r.step == "核稿"}
        if doc.signer:  # signed: checked and reviewed first, by the levels below
            assert steps[:3] == ["核稿", "审核", "签发"], (doc.id, steps)
            assert doc.signer in {r.person for r in rows if r.step == "签发"}
    assert done == {"核稿", "审核", "签发"}


def _attachments_named_only_where_there_are(demo_office):
    from officedesk.store.documents import DocStep

    returned = 0
    for doc in demo_office:
        for step in DocStep.select().where((DocStep.registry == "outgoing")
                                           & (DocStep.record_id == doc.id)
                                           & (DocStep.step == "退回复审")):
            returned += 1
            assert doc.attachment_note or "附件" not in step.opinion, (doc.id, step.opinion)
    assert returned and any(d.state == outgoing_spec.REREVIEW for d in demo_office)
