"""我的待办 names a numbered record as 全办待办概况 does: a 收文 by its 收文编号 and title (a
clerk finds it in the register by its number), not by its title alone."""

from __future__ import annotations

import datetime as dt

from officedesk.core import my_work
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming, reports


def _reviewed() -> object:
    record = incoming.sign_in({"来文机关": "县财政局", "标题": "关于冬季取暖补助资金的请示", "文种": "请示",
                               "密级": "非密", "紧急程度": "平件", "份数": "1"}, CLI_ACTOR)
    record = incoming.register_doc(record.id, record.version, {}, CLI_ACTOR)
    return incoming.review(record.id, record.version, CLI_ACTOR)


def test_a_pending_incoming_document_is_named_by_its_number_as_in_the_overview(staffed):
    record = _reviewed()
    assert record.receive_no
    mine = [w for w in my_work.my_pending(staffed["wenshu"]) if w.registry == "incoming"]
    assert [(w.record_id, w.step) for w in mine] == [(record.id, "拟办")]
    overview = reports._incoming_item(record, "承办时限", dt.date(2026, 11, 20), "县财政局")
    assert mine[0].title == overview.title == f"{record.receive_no} 关于冬季取暖补助资金的请示"
