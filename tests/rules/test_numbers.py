"""Rule 4: a hand-typed 发文字号 or 收文编号 is the next free number, or a voided or skipped one
re-issued on purpose; jumping ahead is refused with the next number; `check` reports every gap,
jump and duplicate per prefix and year. SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing

import pytest

from officedesk.core import numbering, rule_checks, typed_numbers
from officedesk.core.errors import ConflictError
from officedesk.store.models import AuditEntry, IssuedNumber, NumberSequence

PREFIX = "X委办发"


def _no(seq: int) -> str:
    return f"{PREFIX}〔2026〕{seq}号"


def test_hand_typed_numbers_follow_the_sequence(any_db, admin):
    for _ in range(3):
        numbering.take("outgoing", admin, prefix=PREFIX, year=2026)
    with pytest.raises(ConflictError, match=f"跳过了 2 个号.*下一个号“{_no(4)}”"):
        typed_numbers.claim_manual("outgoing", _no(6), admin)
    assert typed_numbers.claim_manual("outgoing", _no(4), admin).seq == 4  # the next free one
    with pytest.raises(ConflictError, match=f"已经使用过.*“{_no(5)}”"):
        typed_numbers.claim_manual("outgoing", _no(2), admin)
    numbering.void("outgoing", _no(3), "印制错误，作废重发", admin)
    with pytest.raises(ConflictError, match="已作废的号.*请说明理由"):
        typed_numbers.claim_manual("outgoing", _no(3), admin)
    with typed_numbers.reissuing("原号作废后经主任同意重新使用"):
        again = typed_numbers.claim_manual("outgoing", _no(3), admin)
    assert again.status == "reissued" and "主任同意" in again.void_reason
    entry = AuditEntry.select().where(AuditEntry.action == "reissue").get()
    assert _no(3) in entry.summary
    assert numbering.take("outgoing", admin, prefix=PREFIX, year=2026).seq == 5  # never twice
    # a past register's numbers are claimed as they come; the skipped one needs a reason later
    with typed_numbers.history_import():
        typed_numbers.claim_manual("outgoing", _no(9), admin)
    with pytest.raises(ConflictError, match="空缺的号"):
        typed_numbers.claim_manual("outgoing", _no(7), admin)
    with typed_numbers.reissuing("补登漏登的文件"):
        assert typed_numbers.claim_manual("outgoing", _no(7), admin).status == "reissued"


def test_check_reports_gaps_jumps_and_duplicates(any_db, admin):
    from officedesk.core.documents import outgoing

    for _ in range(2):
        numbering.take("incoming", admin, prefix="收", year=2026)
    with typed_numbers.history_import():
        typed_numbers.claim_manual("incoming", "收〔2026〕6号", admin)
    NumberSequence.update(last_value=9).where(NumberSequence.kind == "incoming").execute()
    messages = [f.message for f in rule_checks.check_numbers()]
    assert any("缺号：第 3–5 号" in m for m in messages), messages
    assert any("跳号：编号计数已到第 9 号" in m and "最大号为第 6 号" in m for m in messages)
    first = outgoing.draft({"文种": "通知", "标题": "关于甲的通知", "正文": "正文"}, admin)
    second = outgoing.draft({"文种": "通知", "标题": "关于乙的通知", "正文": "正文"}, admin)
    for doc in (first, second):  # the same number on two records, written outside the rules
        outgoing.OutgoingDoc.update(doc_no=_no(1)).where(outgoing.OutgoingDoc.id == doc.id).execute()
    messages = [f.message for f in rule_checks.check_numbers()]
    assert any(f"重号：“{_no(1)}”用在 2 条记录上" in m for m in messages)
    assert IssuedNumber.select().count() == 3


def test_add_refuses_a_jump_on_the_command_line(tmp_path):
    from tests.test_cli import Cli

    cli = Cli.initialised(tmp_path, here=True)
    result = cli(
        "add", "incoming", "文种=通知", "来文机关=县政府", "标题=关于甲的通知", "收文编号=收〔2026〕5号", check=1
    )
    assert "跳过了 4 个号" in result.stderr and "收〔2026〕1号" in result.stderr


# ---------------------------------------------------------------- concurrency

WORKERS, EACH = 3, 15


def _mixed(target: str, barrier, results) -> None:
    """In a fresh process: take numbers and type the next one by hand, alternately; a hand-typed
    number another process took meanwhile is refused and typed again."""
    from officedesk.core import numbering as service
    from officedesk.core import typed_numbers
    from officedesk.core.actor import Actor
    from officedesk.core.errors import ConflictError as Refused
    from officedesk.store import db as store_db

    store_db.open_database(target, migrate=False)
    actor = Actor(username=f"w{multiprocessing.current_process().pid}", role="clerk", clearance=0)
    barrier.wait(timeout=60)
    got: list[int] = []
    refused = 0
    for n in range(EACH):
        if n % 2:
            got.append(service.take("outgoing", actor, prefix=PREFIX, year=2026).seq)
            continue
        while True:
            following = service.last_issued("outgoing", PREFIX, 2026) + 1
            try:
                got.append(typed_numbers.claim_manual("outgoing", _no(following), actor).seq)
                break
            except Refused:
                refused += 1
    store_db.close_database()
    results.put((got, refused))


def _run(target: str) -> list[int]:
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(WORKERS), context.Queue()
    processes = [context.Process(target=_mixed, args=(target, barrier, results)) for _ in range(WORKERS)]
    for process in processes:
        process.start()
    seqs: list[int] = []
    try:
        for _ in range(WORKERS):
            got, _refused = results.get(timeout=120)
            seqs.extend(got)
        for process in processes:
            process.join(timeout=60)
            assert process.exitcode == 0
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
    return seqs


def _no_gap_no_duplicate(seqs: list[int]) -> None:
    total = WORKERS * EACH
    assert sorted(seqs) == list(range(1, total + 1))
    assert [n.seq for n in numbering.issued("outgoing", 2026, PREFIX)] == list(range(1, total + 1))
    # taken and claimed for no record here (the program always gives a number to one): check
    # says so of each, and of nothing else — no gap, no duplicate
    said = [f.message for f in rule_checks.check_numbers()]
    assert said and all("没有记在任何记录上" in s for s in said), said


def test_typed_and_taken_numbers_at_once_on_sqlite(db):
    _no_gap_no_duplicate(_run(str(db.database)))


@pytest.mark.postgres
def test_typed_and_taken_numbers_at_once_on_postgresql(pg_db, pg_url):
    _no_gap_no_duplicate(_run(pg_url))


@pytest.mark.parametrize("kind, text", [
    ("outgoing", f"{PREFIX}〔2027〕1号"), ("incoming", "收〔2027〕1号"), ("petition", "信2027-00001"), ("supervision", "督〔2027〕1号")])
def test_a_number_of_a_later_year_is_refused(db, admin, fixed_today, kind, text):
    """〔2027〕1号 taken on 2026-12-01 would be counted among this year's and take next year's
    first number; a past register (history import) may not bring one either."""
    import datetime as dt

    from officedesk.core.errors import ValidationError

    fixed_today(dt.date(2026, 12, 1))
    before = IssuedNumber.select().count(), NumberSequence.select().count()
    with pytest.raises(ValidationError, match="年份是 2027 年，晚于今年"):
        typed_numbers.claim_manual(kind, text, admin)
    with typed_numbers.history_import(), pytest.raises(ValidationError, match="晚于今年"):
        typed_numbers.claim_manual(kind, text, admin)
    assert (IssuedNumber.select().count(), NumberSequence.select().count()) == before
    assert typed_numbers.claim_manual(kind, text.replace("2027", "2026"), admin).year == 2026


def test_a_hand_typed_supervision_number_follows_the_sequence(db, admin, fixed_today):
    """督〔2026〕50号 typed when 1号 was the next left a gap `check` then reported."""
    import datetime as dt

    fixed_today(dt.date(2026, 12, 1))
    numbering.take("supervision", admin)
    with pytest.raises(ConflictError, match="跳过了 48 个号.*下一个号“督〔2026〕2号”"):
        typed_numbers.claim_manual("supervision", "督〔2026〕50号", admin)
    assert typed_numbers.claim_manual("supervision", "督〔2026〕2号", admin).seq == 2
