"""保密: 批示转督查 writes the new 督查事项's 编号 into the 信息's 办理过程 (“督查事项 督〔2026〕1号”)
and its id into the audit trail (“批示转督查：督查事项 1”). The item raised since above a
reader's clearance must not be named to him there — the 信息's own 督查事项 row already leaves
it out (records.linked_id). Before, a 公开 clerk read the 机密 item's number and id."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, info, records, supervision
from officedesk.core.actor import Actor
from officedesk.core.info import procedure
from officedesk.core.named_items import HIDDEN_ITEM

READER = Actor(username="kyl", role="clerk", clearance=0, display_name="孔云龙")  # 公开


def _texts(item_id: int, actor: Actor) -> str:
    actions = " ".join(a.content or "" for a in procedure.actions_of(item_id, actor))
    trail = " ".join(f"{e.summary} {e.before} {e.after}" for e in audit.history("info", item_id, actor))
    return f"{actions} | {trail}"


def test_an_item_raised_since_is_no_longer_named_in_the_infos_history(report, advance, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    item = advance(report())
    procedure.instruct(item.id, info.get(item.id, admin).version, admin, "县长", "请督办。", None)
    task = records.get(supervision.SPEC, procedure.to_supervision(item.id, admin).id, admin)
    before = _texts(item.id, READER)
    assert task.number in before and f"督查事项 {task.id}" in before
    records.update(supervision.SPEC, task.id, {"密级": "机密"}, task.version, admin)
    after = _texts(item.id, READER)
    assert task.number not in after and f"督查事项 {task.id}" not in after
    assert HIDDEN_ITEM in after
    cleared = _texts(item.id, admin)
    assert task.number in cleared and f"督查事项 {task.id}" in cleared
    assert audit.verify_chain() == []
