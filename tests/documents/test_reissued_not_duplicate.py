"""`check` and a number re-issued on purpose: a 发文字号 voided (作废) and issued again with
`--reissue 理由` stands on the voided record and on the one that uses it now; that is the
documented way, not a 重号. Two records in use with one number still are."""

from __future__ import annotations

from officedesk.core import lifecycle, rule_checks, typed_numbers
from officedesk.core.documents import outgoing

from .helpers import outgoing_to_rechecked


def _duplicates() -> list[str]:
    return [f.message for f in rule_checks.check_numbers() if "重号" in f.message]


def test_a_reissued_number_is_no_duplicate(office, secretary):
    first = outgoing.assign_number(*_ready(secretary), secretary)
    number = first.doc_no
    lifecycle.void_record("outgoing", first.id, secretary, "内容有误重新拟稿")
    record_id, version = _ready(secretary, 标题="关于重新印发公文处理工作通知的通知")
    with typed_numbers.reissuing("原号作废重新使用"):
        second = outgoing.assign_number(record_id, version, secretary, manual=number)
    assert second.doc_no == number
    assert _duplicates() == []
    # one more record in use with that number (written outside the program): a 重号 again
    third_id, _ = _ready(secretary, 标题="关于第三份通知的通知")
    outgoing.OutgoingDoc.update(doc_no=number).where(outgoing.OutgoingDoc.id == third_id).execute()
    assert [m for m in _duplicates() if f"“{number}”用在 2 条记录上" in m]


def _ready(actor, **overrides):
    record = outgoing_to_rechecked(actor, **overrides)
    return record.id, record.version
