"""Each user's 待办 on the demo office (30 users in their posts) holds exactly his steps."""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import my_work, records, users
from officedesk.core.actor import clearance_of
from officedesk.core.documents import incoming, outgoing
from officedesk.demo import directory, documents
from officedesk.demo import users as demo_users
from officedesk.store.models import User


def _expected(user, docs_out, docs_in):
    """What the default chains give, worked out by hand from the records (not by the chain code)."""
    mine = set()
    docs_out = [d for d in docs_out if clearance_of(d.secrecy) <= user.clearance]  # 保密
    docs_in = [d for d in docs_in if clearance_of(d.secrecy) <= user.clearance]
    for doc in docs_out:
        if doc.state == outgoing.DRAFTING and user.position == "科长" \
                and user.unit == doc.drafting_unit and user.display_name != doc.drafter:
            mine.add(("outgoing", doc.id, "核稿"))
        if doc.state in (outgoing.CHECKED, outgoing.COUNTERSIGNED) and \
                user.position == "副主任" and doc.drafting_unit in user.in_charge.split("、"):
            mine.add(("outgoing", doc.id, "审核"))
        if doc.state == outgoing.REREVIEW and user.position == "主任":  # back for his 复审
            mine.add(("outgoing", doc.id, "签发"))
    for doc in docs_in:
        if doc.state == incoming.REVIEWED and user.unit.endswith("秘书科") and \
                user.position in ("科员", "副科长", "科长"):
            mine.add(("incoming", doc.id, "拟办"))
        # 批办 副主任@分管或主任 before the 承办单位: the 主任, and the 副主任 the 拟办意见 names
        if doc.state == incoming.PROPOSED and (user.position == "主任" or (
                user.position == "副主任" and user.display_name in doc.proposal)):
            mine.add(("incoming", doc.id, "批办"))
    return mine


def test_every_users_pending_steps_on_the_demo_office(db, monkeypatch):
    real = dt.date.today()
    directory.populate(10, random.Random(7))
    assert demo_users.populate(10, random.Random(7)) == 30
    documents.populate(40, random.Random(7))
    assert User.select().count() == 30
    docs_out = [outgoing.OUTGOING.model.get_by_id(i)
                for i in records.list_ids(outgoing.OUTGOING, users.actor_for(User.get()))]
    docs_in = list(incoming.INCOMING.model.select())
    total = 0
    for user in User.select():
        actor = users.actor_for(user)
        got = {(i.registry, i.record_id, i.step) for i in my_work.my_pending(actor)
               if i.registry in ("outgoing", "incoming")}
        assert got == _expected(user, docs_out, docs_in), user.username
        total += len(got)
    assert total > 5  # the demo has work waiting at several posts
    assert dt.date.today() == real
