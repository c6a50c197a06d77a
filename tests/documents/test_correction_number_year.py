"""A number is of the year of the record's own date (README): a correction that moves that date
into another year would leave 收〔2026〕49号 on a 2025 收文 (the reviewer's `import --update`
moved the 收文日期 to 2025-12-30, and `check` called the database sound). Refused, naming the
number, for every registry numbered by its own date; a move within the year still passes."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, petitions, records
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError


def test_a_receipt_date_moved_into_another_year_is_refused(office, admin):
    clock.set_today(dt.date(2026, 1, 5))
    record = incoming.sign_in({"收文日期": "2026-01-05", "文种": "通知", "来文机关": "省委办公厅",
                               "标题": "关于做好元旦春节期间工作的通知"}, admin)
    assert record.receive_no.startswith("收〔2026〕")
    with pytest.raises(ValidationError, match=r"收〔2026〕1号.*2026 年的编号") as caught:
        records.update(incoming.INCOMING, record.id, {"收文日期": "2025-12-30"}, record.version, admin)
    assert caught.value.field == "received_on"
    assert records.get(incoming.INCOMING, record.id, admin).received_on == dt.date(2026, 1, 5)
    moved = records.update(incoming.INCOMING, record.id, {"收文日期": "2026-01-02"}, record.version, admin)
    assert moved.received_on == dt.date(2026, 1, 2)


def test_a_petitions_registration_date_moved_into_another_year_is_refused(office, admin):
    clock.set_today(dt.date(2027, 1, 4))
    p = petitions.register_petition({"registered_on": dt.date(2027, 1, 4), "form": "来信",
                                     "category": "城乡建设", "content": "反映道路破损"},
                                    [{"name": "张建国"}], admin)
    assert p.number.startswith("信2027-")
    with pytest.raises(ValidationError, match="2027 年的编号"):
        records.update(petitions.SPEC, p.id, {"登记日期": "2026-12-31"}, p.version, admin)


def test_the_registration_step_keeps_the_correction_rules(office, admin, clerk):
    """登记 completes or corrects the registration fields: the same rules as a correction — the
    reviewer's `step incoming 116 登记 收文日期=2025-12-30` left 收〔2026〕98号 on a 2025 收文, and a
    科员's 登记 must not lower a 密级 either (降密 is a leader's or an administrator's)."""
    clock.set_today(dt.date(2026, 1, 5))
    record = incoming.sign_in({"收文日期": "2026-01-05", "文种": "通知", "来文机关": "省委办公厅",
                               "标题": "关于做好元旦春节期间工作的通知", "密级": "秘密"}, admin)
    with pytest.raises(ValidationError, match="2026 年的编号"):
        incoming.register_doc(record.id, record.version, {"收文日期": "2025-12-30"}, admin)
    with pytest.raises(ValidationError, match="密级"):
        incoming.register_doc(record.id, record.version, {"密级": "非密"}, clerk)
    kept = records.get(incoming.INCOMING, record.id, admin)
    assert (kept.received_on, kept.secrecy) == (dt.date(2026, 1, 5), "秘密")
