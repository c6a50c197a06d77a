"""保密: 转督查 writes the new 督查事项's 编号 into the 信访's 办理过程 (“转为督查事项（督〔2026〕1号）”)
and its id into the audit trail (“转督查：督查事项 1”). The item raised since above a reader's
clearance (its 密级 corrected upward) must not be named to him there: every other view of the
信访 already leaves a hidden item out (records.linked_id). Before, a 公开 clerk read the 机密
item's number in the 信访's 办理过程 and its id in the history (a 保密 attacker's find)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, petitions, records, supervision
from officedesk.core.actor import Actor
from officedesk.core.named_items import HIDDEN_ITEM

READER = Actor(username="kyl", role="clerk", clearance=0, display_name="孔云龙")  # 公开


def _texts(petition_id: int, actor: Actor) -> str:
    steps = " ".join(s.content or "" for s in petitions.steps_of(petition_id, actor))
    trail = " ".join(f"{e.summary} {e.before} {e.after}"
                     for e in audit.history("petitions", petition_id, actor))
    return f"{steps} | {trail}"


def _sent(register, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    petition = register()
    item = petitions.to_supervision(petition.id, admin, deadline=dt.date(2026, 4, 30))
    return petition, records.get(supervision.SPEC, item.id, admin)


def test_an_item_raised_since_is_no_longer_named_in_the_petitions_history(register, admin, fixed_today):
    petition, item = _sent(register, admin, fixed_today)
    before = _texts(petition.id, READER)
    assert item.number in before and f"督查事项 {item.id}" in before  # named while he may see it
    records.update(supervision.SPEC, item.id, {"密级": "机密"}, item.version, admin)
    after = _texts(petition.id, READER)
    assert item.number not in after and f"督查事项 {item.id}" not in after
    assert "转为督查事项" in after and HIDDEN_ITEM in after  # what was done is still told
    # one cleared for it still reads it as written; nothing stored changed
    cleared = _texts(petition.id, admin)
    assert item.number in cleared and f"督查事项 {item.id}" in cleared
    assert audit.verify_chain() == []


def test_a_reader_cleared_for_the_raised_item_reads_it(register, admin, fixed_today):
    petition, item = _sent(register, admin, fixed_today)
    records.update(supervision.SPEC, item.id, {"密级": "秘密"}, item.version, admin)
    secret = Actor(username="mm", role="clerk", clearance=1, display_name="秘密科员")
    assert item.number in _texts(petition.id, secret)
    assert item.number not in _texts(petition.id, READER)
