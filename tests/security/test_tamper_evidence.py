"""Issue 10 point 6: each of the 12 ways of tampering with the file is reported by `check`
(SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import anchor, audit, check, records, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import LoginError, ValidationError
from officedesk.store.db import database
from officedesk.store.models import AuditEntry, AuditHead
from tests.tamper import reguard, unguard


def p() -> str:
    return database.param


def populate(fixed_today) -> dict[str, int]:
    fixed_today(dt.date(2026, 3, 2))
    from officedesk.core import petitions

    docs = [incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": f"省委发〔2026〕{n}号",
                              "标题": f"关于第{n}项工作的通知", "文种": "通知", "密级": "非密",
                              "份数": "1"}, CLI_ACTOR) for n in (1, 2, 3)]
    petition = petitions.register_petition(
        {"登记日期": "2026-03-02", "信访形式": "来访", "信访人": "王五", "身份证号": "110101199003074514",
         "问题类别": "征地拆迁", "反映内容": "反映补偿问题"}, None, CLI_ACTOR)
    user = users.create_user("xiaoli", "Secret-pass-2026", "clerk", CLI_ACTOR, clearance=0)
    assert check.run_checks() == []  # sound, and the anchor file now holds the chain's head
    return {"doc": docs[1].id, "petition": petition.id, "user": user.id}


def kinds(problems) -> set[str]:
    return {problem.kind for problem in problems}


def recompute_chain_from(entry_id: int) -> None:
    """What a careful forger does: fix every hash after the edit, and the head."""
    prev = audit.GENESIS
    count = 0
    for entry in AuditEntry.select().order_by(AuditEntry.id):
        count += 1
        if entry.id >= entry_id:
            digest = audit.entry_hash(prev, entry.at, entry.actor, entry.action, entry.registry,
                                      entry.record_id, entry.summary, entry.before, entry.after,
                                      entry.row_digest)
            AuditEntry.update(prev_hash=prev, hash=digest).where(AuditEntry.id == entry.id).execute()
            prev = digest
        else:
            prev = entry.hash
    AuditHead.update(last_hash=prev, count=count).where(AuditHead.id == 1).execute()


def ids() -> list[int]:
    return [e.id for e in AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id)]


def tamper_edit(rows):
    AuditEntry.update(summary="改过的摘要").where(AuditEntry.id == ids()[2]).execute()


def tamper_delete(rows):
    AuditEntry.delete().where(AuditEntry.id == ids()[2]).execute()


def tamper_reorder(rows):
    a, b = ids()[1], ids()[2]
    AuditEntry.update(id=-1).where(AuditEntry.id == a).execute()
    AuditEntry.update(id=a).where(AuditEntry.id == b).execute()
    AuditEntry.update(id=b).where(AuditEntry.id == -1).execute()


def tamper_truncate(rows):
    keep = ids()[:-3]
    AuditEntry.delete().where(AuditEntry.id.not_in(keep)).execute()
    last = AuditEntry.get_by_id(keep[-1])
    AuditHead.update(last_hash=last.hash, count=len(keep)).where(AuditHead.id == 1).execute()


def tamper_head_deleted(rows):
    AuditHead.delete().execute()


def tamper_all_deleted(rows):
    AuditEntry.delete().execute()
    AuditHead.delete().execute()


def tamper_recomputed(rows):
    entry = AuditEntry.get_by_id(ids()[1])
    AuditEntry.update(actor="someone-else").where(AuditEntry.id == entry.id).execute()
    recompute_chain_from(entry.id)


def tamper_business_edit(rows):
    database.execute_sql(f"update incoming_doc set title = {p()} where id = {p()}",
                         ("被改过的标题", rows["doc"]))


def tamper_business_delete(rows):
    database.execute_sql(f"delete from petitioner where petition_id = {p()}", (rows["petition"],))
    database.execute_sql(f"delete from petition where id = {p()}", (rows["petition"],))


def tamper_clearance(rows):
    database.execute_sql(f'update "user" set clearance = 3 where id = {p()}', (rows["user"],))


def tamper_sequence(rows):
    # roll the sequence back and remove the numbers it issued, so nothing in the file tells
    database.execute_sql("update number_sequence set last_value = 1 where kind = 'incoming'")
    database.execute_sql("delete from issued_number where kind = 'incoming' and seq > 1")


CASES = {
    "edit": (tamper_edit, check.AUDIT),
    "delete": (tamper_delete, check.AUDIT),
    "reorder": (tamper_reorder, check.AUDIT),
    "truncate": (tamper_truncate, check.ANCHOR),
    "head deleted": (tamper_head_deleted, check.AUDIT),
    "all deleted": (tamper_all_deleted, check.ANCHOR),
    "recomputed chain": (tamper_recomputed, check.ANCHOR),
    "business edit": (tamper_business_edit, check.ROWS),
    "business delete": (tamper_business_delete, check.ROWS),
    "clearance raised": (tamper_clearance, check.ROWS),
    "sequence rolled back": (tamper_sequence, check.NUMBERS),
}


@pytest.mark.parametrize("case", list(CASES))
def test_tampering_is_reported(any_db, fixed_today, case):
    rows = populate(fixed_today)
    tamper, kind = CASES[case]
    unguard()
    tamper(rows)
    reguard()  # the triggers put back: only the data itself tells
    problems = check.run_checks()
    assert kind in kinds(problems), [str(x) for x in problems]


def test_dropped_trigger_is_reported(any_db, fixed_today):
    populate(fixed_today)
    unguard()
    problems = check.run_checks()
    assert kinds(problems) == {check.AUDIT}
    assert all("触发器" in p.message for p in problems)


def test_triggers_refuse_changes_to_the_trail(any_db, fixed_today):
    populate(fixed_today)
    for attempt in (lambda: AuditEntry.update(actor="x").execute(),
                    lambda: AuditEntry.delete().execute()):
        with pytest.raises(Exception, match="审计记录只能追加"), database.atomic():
            attempt()
    assert check.run_checks() == []


def test_paper_code_finds_a_rewritten_chain_without_the_anchor_file(any_db, fixed_today, tmp_path):
    populate(fixed_today)
    code = anchor.current_code()
    assert check.run_checks(anchor_code=code) == []
    anchor.anchor_path(database.obj).unlink()  # the forger removed the anchor file too
    unguard()
    tamper_recomputed({})
    reguard()
    assert check.ANCHOR not in kinds(check.run_checks(update_anchor=False))
    problems = check.run_checks(anchor_code=code)
    assert check.ANCHOR in kinds(problems)
    with pytest.raises(ValidationError, match="格式不对"):
        check.run_checks(anchor_code="abc")


def test_records_changed_through_the_program_stay_clean(any_db, fixed_today):
    rows = populate(fixed_today)
    doc = incoming.INCOMING.model.get_by_id(rows["doc"])
    records.update(incoming.INCOMING, doc.id, {"标题": "程序里改的标题"}, doc.version, CLI_ACTOR)
    users.set_clearance("xiaoli", 2, CLI_ACTOR)
    with pytest.raises(LoginError):
        users.authenticate("xiaoli", "wrong-password")  # the log-in counter is not digested
    assert check.run_checks() == []


def test_the_default_database_is_anchored_beside_the_data_folder(tmp_path, monkeypatch):
    from officedesk import paths
    from officedesk.store import db as store_db

    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    opened = store_db.open_database(str(paths.default_database_path()))
    try:
        assert check.run_checks() == []
        path = anchor.anchor_path(opened)
        assert path.exists() and paths.data_dir().resolve() not in path.resolve().parents
        assert path.parent.parent == paths.data_dir().resolve().parent
    finally:
        store_db.close_database()


def test_a_seeded_rank_changed_or_deleted_in_the_file_is_reported(db):
    """The 职级 rows the schema seeded have no audit entry of their own until changed in the
    program; one edited in the file (its 排序 orders seating and 级别) or deleted still shows,
    against the seed, and a rank written in the file is as unaudited as any other row."""
    from officedesk.store.models import Rank

    assert [p for p in check.run_checks(update_anchor=False) if p.kind == check.ROWS] == []
    Rank.update(sort_order=99).where(Rank.id == 10).execute()
    said = [p.message for p in check.run_checks(update_anchor=False) if p.kind == check.ROWS]
    assert any("职级" in s and "第 10 条" in s for s in said), said
    Rank.update(sort_order=10).where(Rank.id == 10).execute()
    Rank.delete().where(Rank.id == 9).execute()
    Rank.create(name="特级", sort_order=11)
    said = [p.message for p in check.run_checks(update_anchor=False) if p.kind == check.ROWS]
    assert any("第 9 条" in s for s in said) and any("第 11 条" in s for s in said), said
    assert not any("第 10 条" in s for s in said), said
