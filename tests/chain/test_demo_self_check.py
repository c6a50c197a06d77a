"""The demo shows what the rules allow (core.self_check): no 发文 of it is checked by its own
拟稿人 — not its 核稿, 审核, 签发 nor 复核."""

from __future__ import annotations

import random

import pytest

from officedesk.core.step_signs import ENTERED, SUBSTITUTE
from officedesk.demo import directory, documents
from officedesk.demo import users as demo_users
from officedesk.store.chain import StepSign
from officedesk.store.documents import OutgoingDoc

CHECKS = ("核稿", "审核", "签发", "复核")


def _signers(row) -> set[str]:
    """Whose step a signature row is: the one named (代录), the one doing it and, for a 代理,
    his principal."""
    if row.mode == ENTERED:
        return {row.person}
    return {row.actor_name, row.person} if row.mode == SUBSTITUTE else {row.actor_name}


def test_no_demo_draft_is_checked_by_its_drafter(db):
    directory.populate(10, random.Random(7))
    demo_users.populate(10, random.Random(7))
    documents.populate(60, random.Random(7))
    docs = list(OutgoingDoc.select())
    assert len(docs) > 20 and sum(1 for d in docs if d.rechecker) > 5
    for doc in docs:
        checkers = {doc.checker, doc.signer, doc.rechecker}
        for row in StepSign.select().where((StepSign.registry == "outgoing")
                                           & (StepSign.record_id == doc.id)
                                           & StepSign.step.in_(CHECKS)):
            checkers |= _signers(row)
        assert doc.drafter not in checkers, (doc.id, doc.drafter, doc.state)



def test_the_demo_s_clerk_is_cleared_as_the_user_of_her_name():
    """The demo's 文书 registers and 复核s 机密 documents as 张晓燕 (documents.CLERK): the user
    of that name must be cleared as far, or `check` names her on each (a demo of 50 did)."""
    cleared = {name: clearance for _user, name, *_rest, clearance in demo_users.rows()}
    assert cleared[documents.CLERK.display_name] >= documents.CLERK.clearance


@pytest.mark.slow
def test_a_fresh_demo_passes_check(db):
    from officedesk import demo
    from officedesk.core import check

    demo.populate(50)
    assert [str(p) for p in check.run_checks(update_anchor=False)] == []
