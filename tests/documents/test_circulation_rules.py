"""Rule 7: 传阅 按顺序: the next reader is the one after the current holder; parallel 分送 to
several holders at once is a separate, explicit choice."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms


def _instructed(actor):
    record = incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "关于甲的通知"}, actor)
    record = incoming.register_doc(record.id, record.version, {}, actor)
    record = incoming.review(record.id, record.version, actor)
    record = incoming.propose(record.id, record.version, actor, "拟请各位领导阅。")
    return incoming.instruct(record.id, record.version, actor, "请阅。", "王建国")


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf) as doc:
        return "".join("".join(page.get_text().split()) for page in doc)


def test_in_order_the_next_reader_is_the_one_after_the_holder(office, secretary, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    record = _instructed(secretary)
    record = incoming.circulate(record.id, record.version, secretary, ["王建国", "刘志强", "陈红"])
    assert [e.reader for e in incoming.holders(record.id, CLI_ACTOR)] == ["王建国"]
    with pytest.raises(ProcedureError, match="现由王建国持有，刘志强须待前一位阅毕"):
        incoming.mark_read(record.id, record.version, secretary, "刘志强")
    record = incoming.mark_read(record.id, record.version, secretary, "王建国")
    assert [e.reader for e in incoming.holders(record.id, CLI_ACTOR)] == ["刘志强"]
    first, second, _third = incoming.circulation(record.id, CLI_ACTOR)
    assert second.sent_at == first.read_at  # handed on when read
    assert incoming.state_text(record) == "传阅中（刘志强）"


def test_sending_to_all_at_once_is_an_explicit_choice(office, secretary, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    record = _instructed(secretary)
    record = incoming.circulate(
        record.id, record.version, secretary, ["王建国", "刘志强"], parallel=True
    )
    assert [e.reader for e in incoming.holders(record.id, CLI_ACTOR)] == ["王建国", "刘志强"]
    text = _text(forms.get("circulation").build([record.id], secretary))
    assert "同时分送" in text and "现由王建国、刘志强传阅" in text
    record = incoming.mark_read(record.id, record.version, secretary, "刘志强")  # any order
    record = incoming.mark_read(record.id, record.version, secretary, "王建国")
    assert record.state != incoming.CIRCULATING


def test_the_declared_steps_take_the_co_units_and_sending_to_all_at_once(
        office, secretary, fixed_today):
    """What the window's 承办 and 传阅 offered (协办单位, 同时分送) is declared on the steps, so the
    window's dialog (built from the declaration) and `officedesk step` both take it."""
    from officedesk.core import steps

    fixed_today(dt.date(2026, 3, 2))
    record = _instructed(secretary)
    steps.perform("incoming", record.id, "承办", {"承办单位": "市应急管理局",
                                                 "协办单位": "市公安局、市消防救援支队"}, secretary)
    assert incoming.INCOMING.model.get_by_id(record.id).co_units == "市公安局、市消防救援支队"
    steps.perform("incoming", record.id, "传阅", {"传阅人": "王建国、刘志强", "传阅方式": "同时分送"},
                  secretary)
    assert [e.reader for e in incoming.holders(record.id, CLI_ACTOR)] == ["王建国", "刘志强"]


def test_a_classified_document_goes_round_only_to_readers_cleared_for_it(
    office, secretary, fixed_today, monkeypatch
):
    from officedesk.core import passwords, records, users
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.errors import ValidationError

    fixed_today(dt.date(2026, 3, 2))
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**4)  # (cheap hashes for a test)
    users.create_user("lzq", "pass1234", "leader", CLI_ACTOR, display_name="刘志强", clearance=0)
    users.create_user("wjg", "pass1234", "leader", CLI_ACTOR, display_name="王建国", clearance=2)
    record = _instructed(secretary)
    record = records.update(incoming.INCOMING, record.id, {"密级": "机密"}, record.version, CLI_ACTOR)
    with pytest.raises(ValidationError, match=r"刘志强（公开）的密级权限低于它"):
        incoming.circulate(record.id, record.version, secretary, ["王建国", "刘志强"])
    assert incoming.circulation(record.id, CLI_ACTOR) == []
    # a cleared user, and a reader who is no user of the program (a paper reader), go round
    record = incoming.circulate(record.id, record.version, secretary, ["王建国", "陈红"])
    assert [e.reader for e in incoming.circulation(record.id, CLI_ACTOR)] == ["王建国", "陈红"]


def test_in_order_a_reader_not_yet_reached_has_no_sending_time(office, secretary, fixed_today):
    """按顺序传阅: only the holder has been sent the file; the ones after him get their 送阅时间
    when it reaches them (the 传阅单 leaves theirs empty), and a 分送 sends to all at once."""
    fixed_today(dt.date(2026, 3, 2))
    record = _instructed(secretary)
    record = incoming.circulate(record.id, record.version, secretary, ["王建国", "刘志强", "陈红"])
    first, second, third = incoming.circulation(record.id, CLI_ACTOR)
    assert first.sent_at is not None
    assert second.sent_at is None and third.sent_at is None
    with pymupdf.open(stream=forms.get("circulation").build([record.id], secretary)) as pdf:
        words = pdf[0].get_text("words")
    sent_column = [w for w in words if w[4] == "送阅时间"][0]
    left, right = sent_column[0] - 20, sent_column[2] + 20
    times = [w for w in words if left < w[0] < right and ":" in w[4]]
    assert len(times) == 1  # the holder's only
    record = incoming.mark_read(record.id, record.version, secretary, "王建国")
    first, second, third = incoming.circulation(record.id, CLI_ACTOR)
    assert second.sent_at == first.read_at and third.sent_at is None
    # a 分送 added later: every reader of the batch holds it only once it reaches them
    record = incoming.mark_read(record.id, record.version, secretary, "刘志强")
    record = incoming.mark_read(record.id, record.version, secretary, "陈红")
    record = incoming.circulate(record.id, record.version, secretary, ["李明", "张华"], parallel=True)
    assert all(e.sent_at is not None for e in incoming.circulation(record.id, CLI_ACTOR))


def test_the_sheet_says_per_round_who_read_in_order_and_who_at_once(office, secretary, fixed_today):
    # a round in order, then one sent to all at once: the note must not call the first 同时分送
    fixed_today(dt.date(2026, 3, 2))
    record = _instructed(secretary)
    record = incoming.circulate(record.id, record.version, secretary, ["王建国", "刘志强"])
    record = incoming.mark_read(record.id, record.version, secretary, "王建国")
    record = incoming.mark_read(record.id, record.version, secretary, "刘志强")
    record = incoming.circulate(record.id, record.version, secretary, ["陈红", "李明"], parallel=True)
    text = _text(forms.get("circulation").build([record.id], secretary))
    assert "序号1至2按顺序传阅" in text and "序号3至4同时分送" in text
    assert "本件同时分送以上领导" not in text


def test_a_reader_named_twice_is_refused(office, secretary, fixed_today):
    from officedesk.core.errors import ValidationError

    fixed_today(dt.date(2026, 3, 2))
    record = _instructed(secretary)
    with pytest.raises(ValidationError, match="王建国.*重复"):
        incoming.circulate(record.id, record.version, secretary, ["王建国", "刘志强", "王建国"])
    assert incoming.circulation(record.id, CLI_ACTOR) == []
