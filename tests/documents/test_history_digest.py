"""A 公文's rows of its own are in its row digest (core.sub_rows): its 办理过程 (doc_step: who did
which step when, with what opinion — the 效能 figures count from these times), a 收文's 传阅
(circulation_entry), a 发文's 会签 (countersign) and 分发 (distribution). A row edited, deleted
or inserted in the file shows in `check` as its 收文 / 发文 changed; every step of the program
leaves the office clean (each writes its rows before the record's entry, which digests them);
an entry made before the rows were digested is compared with the row alone (old offices pass)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import peewee
import pytest

from officedesk.core import (
    check,
    clock,
    directory,
    lifecycle,
    records,
    settings,
    sub_rows,
    workdays,
)
from officedesk.core.documents import archive, common, dispatch, incoming, outgoing, recheck
from officedesk.store import db as store_db
from officedesk.store.documents import CirculationEntry, Countersign, DocStep
from officedesk.store.models import AppSetting, AuditEntry
from tests import pg
from tests.made_once import made_once

from .helpers import incoming_to_done, outgoing_to_distributed, outgoing_to_rechecked


def _said(label: str, record_id: int) -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False)
            if p.kind == check.ROWS and f"{label}第 {record_id} 条记录" in p.message]


def _digest(registry: str, record_id: int) -> str:
    return (AuditEntry.select().where((AuditEntry.registry == registry)
                                      & (AuditEntry.record_id == record_id))
            .order_by(AuditEntry.id.desc()).first().row_digest)


def _clean() -> None:
    assert check.run_checks(update_anchor=False) == []


@pytest.fixture(scope="module")
def _pg_made() -> Iterator[dict[object, tuple[str, str, Path]]]:
    """The PostgreSQL databases made by `documents` (a template of the office each test's database
    is copied from, with the anchor file beside it) in this process, dropped after the module."""
    made: dict[object, tuple[str, str, Path]] = {}
    yield made
    for maintenance, template, _anchor in made.values():
        pg.admin(maintenance, f'drop database if exists "{template}" with (force)')


@pytest.fixture
def documents(any_office, secretary, tmp_path_factory, request):
    """A 收文 done (传阅 read by two) and a 发文 distributed (two units countersigned), each id 1.
    Made once (on SQLite for the run, tests/made_once.py; on PostgreSQL for this process, kept as
    a template database) and copied for each edit: the two flows and the whole check took some
    0.3 s of CPU for each of the 70 edits, 3 s on PostgreSQL."""

    def make() -> None:
        incoming_to_done(secretary)
        outgoing_to_distributed(secretary)
        _clean()

    stored = tuple(sorted((row.key, row.value) for row in AppSetting.select()))
    if not isinstance(any_office, peewee.SqliteDatabase):
        return _pg_documents(make, ("documents with their rows", clock.today(), stored),
                             request.getfixturevalue("pg_url"), request.getfixturevalue("_pg_made"))
    path = any_office.database
    store_db.close_database()

    def make_file() -> None:
        store_db.open_database(path)
        try:
            make()
        finally:
            store_db.close_database()

    made_once(("documents with their rows", clock.today(), stored),
              [path, f"{path}.anchor.json", os.environ["OFFICEDESK_HOME"]], make_file,
              lambda: tmp_path_factory.mktemp("documents-rows"), workers=tmp_path_factory.getbasetemp())
    settings.forget_cache()
    workdays.forget_overrides()
    return store_db.open_database(path)


def _pg_documents(make: Callable[[], None], key: object, url: str,
                  made: dict[object, tuple[str, str, Path]]) -> peewee.Database:
    """The test's PostgreSQL database as `make` leaves it: made now and kept as a template (and
    its anchor file), or copied from the template kept."""
    base, own = url.rsplit("/", 1)
    maintenance = f"{base}/postgres"
    home = Path(os.environ["OFFICEDESK_HOME"])
    if key not in made:
        make()
        store_db.close_database()  # no session on the database copied
        template = f"{own}_documents_{len(made)}"
        pg.admin(maintenance, f'drop database if exists "{template}" with (force)',
                 f'create database "{template}" template "{own}"')
        made[key] = (maintenance, template, home)  # its anchor file, if one was written, in home
    else:
        _maintenance, template, first_home = made[key]
        store_db.close_database()
        pg.admin(maintenance, f'drop database if exists "{own}" with (force)',
                 f'create database "{own}" template "{template}"')
        for anchor in first_home.rglob("*.anchor.json"):  # the first test's folder outlives it
            (home / anchor.relative_to(first_home)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(anchor, home / anchor.relative_to(first_home))
    settings.forget_cache()
    workdays.forget_overrides()
    return store_db.open_database(url)


# the last row of a table, or of a registry's steps
_STEP = "(select max(id) from doc_step where registry = '{0}')"
INCOMING_EDITS = {
    "step opinion": f"update doc_step set opinion = '改了' where id = {_STEP}",
    "step person": f"update doc_step set person = '某某' where id = {_STEP}",
    "step actor": f"update doc_step set actor = 'someone' where id = {_STEP}",
    "step time": f"update doc_step set at = '2026-11-01 08:00:00' where id = {_STEP}",
    "step states": f"update doc_step set state_from = '已签收', state_to = '已办结' where id = {_STEP}",
    "step deleted": f"delete from doc_step where id = {_STEP}",
    "step inserted": "insert into doc_step (registry, record_id, step, state_from, state_to, person, actor,"
                     " at, opinion) values ('{0}', 1, '批办', '', '', '张书记', 'li', '2026-11-16 10:00:00',"
                     " '同意')",
    "step moved to the other registry": "update doc_step set registry = '{1}' where id = {_STEP}",
    "reader": "update circulation_entry set reader = '某某' where id = 1",
    "sent at": "update circulation_entry set sent_at = '2026-11-02 08:00:00' where id = 1",
    "read at": "update circulation_entry set read_at = '2026-11-02 08:00:00' where id = 1",
    "read note": "update circulation_entry set note = '不同意' where id = 1",
    "reader deleted": "delete from circulation_entry where id = 2",
    "reader inserted": "insert into circulation_entry (doc_id, seq, reader, note, batch)"
                       " values (1, 3, '赵某', '', 0)",
}
OUTGOING_EDITS = {
    **{name: sql for name, sql in INCOMING_EDITS.items() if name.startswith("step")},
    "countersign unit": "update countersign set unit = '市财政局' where id = 1",
    "countersign person": "update countersign set person = '某某' where id = 1",
    "countersign opinion": "update countersign set opinion = '同意改' where id = 1",
    "countersign time": "update countersign set signed_at = '2026-11-02 08:00:00' where id = 1",
    "countersign answer": "update countersign set answer = '不同意' where id = 1",
    "countersign resolution": "update countersign set resolution = '王建国协调：按原稿' where id = 1",
    "countersign deleted": "delete from countersign where id = 2",
    "countersign inserted": "insert into countersign (doc_id, seq, unit, person, opinion, answer, resolution)"
                            " values (1, 3, '市财政局', '', '', '', '')",
    "recipient": "update distribution set recipient = '某单位' where id = 1",
    "copies": "update distribution set copies = copies + 1 where id = 1",
    "first number": "update distribution set first_no = 2 where id = 1",
    "last number": "update distribution set last_no = 19 where id = 1",
    "recipient deleted": "delete from distribution where id = 2",
    "recipient inserted": "insert into distribution (doc_id, seq, recipient, copies) values (1, 3, '某单位', 1)",
}


@pytest.mark.parametrize("change", list(INCOMING_EDITS))
def test_an_incoming_document_s_row_changed_in_the_file_names_it(documents, change):
    documents.execute_sql(INCOMING_EDITS[change].format("incoming", "outgoing", _STEP=_STEP.format("incoming")))
    said = _said("收文", 1)
    assert said and "内容与审计记录" in said[0], said
    assert bool(_said("发文", 1)) == (change == "step moved to the other registry")


@pytest.mark.parametrize("change", list(OUTGOING_EDITS))
def test_an_outgoing_document_s_row_changed_in_the_file_names_it(documents, change):
    documents.execute_sql(OUTGOING_EDITS[change].format("outgoing", "incoming", _STEP=_STEP.format("outgoing")))
    said = _said("发文", 1)
    assert said and "内容与审计记录" in said[0], said
    assert bool(_said("收文", 1)) == (change == "step moved to the other registry")


def test_a_step_moved_to_another_document_names_both(office, secretary):
    incoming_to_done(secretary)
    incoming_to_done(secretary, 来文字号="省委办发〔2026〕46号")
    DocStep.update(record_id=2).where(DocStep.id == DocStep.select(DocStep.id).where(
        (DocStep.registry == "incoming") & (DocStep.record_id == 1)).order_by(DocStep.id.desc()).limit(1)
    ).execute()
    assert _said("收文", 1) and _said("收文", 2)


def _after_each(walk) -> None:
    """Run each step, the office checked clean after it, the record's entry covering its rows."""
    for registry, step in walk:
        record = step()
        assert _digest(registry, record.id).startswith(sub_rows.MARK), step
        assert check.run_checks(update_anchor=False) == [], step


def test_each_incoming_step_leaves_the_office_clean(office, secretary):
    r = incoming.sign_in({"收文日期": "2026-11-16", "来文机关": "省委办公厅", "标题": "关于某事的通知",
                          "文种": "通知", "密级": "非密", "份数": "2"}, secretary)
    assert _digest("incoming", r.id).startswith(sub_rows.MARK)
    _clean()
    i = r.id

    def now():
        return incoming.INCOMING.model.get_by_id(i)

    _after_each([
        ("incoming", lambda: incoming.register_doc(i, now().version, {}, secretary)),
        ("incoming", lambda: incoming.review(i, now().version, secretary)),
        ("incoming", lambda: incoming.propose(i, now().version, secretary, "拟请王主任阅示。")),
        ("incoming", lambda: incoming.instruct(i, now().version, secretary, "请抓好落实。", "王建国")),
        ("incoming", lambda: incoming.assign(i, now().version, secretary, "市应急管理局", "赵科长", 5)),
        ("incoming", lambda: incoming.circulate(i, now().version, secretary, ["王建国", "刘志强"])),
        ("incoming", lambda: incoming.mark_read(i, now().version, secretary, "王建国", note="阅")),
        ("incoming", lambda: incoming.mark_read(i, now().version, secretary, "刘志强")),
        ("incoming", lambda: incoming.circulate(i, now().version, secretary, ["张三", "李四"],
                                                parallel=True)),
        ("incoming", lambda: incoming.mark_read(i, now().version, secretary, "李四")),
        ("incoming", lambda: incoming.mark_read(i, now().version, secretary, "张三")),
        ("incoming", lambda: incoming.remind(i, now().version, secretary)),
        ("incoming", lambda: incoming.finish(i, now().version, secretary, "已办结。")),
        ("incoming", lambda: archive.archive("incoming", i, now().version, secretary, "永久", "BGS",
                                             pages=3)),
    ])
    CirculationEntry.update(note="改").where(CirculationEntry.doc_id == i).execute()
    assert _said("收文", i)


def test_each_outgoing_step_leaves_the_office_clean(office, secretary):
    r = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "秘书科", "拟稿人": "陈晓",
                        "主送": "各县（市、区）", "密级": "非密", "份数": "30"}, secretary)
    assert _digest("outgoing", r.id).startswith(sub_rows.MARK)
    _clean()
    i = r.id

    def now():
        return outgoing.OUTGOING.model.get_by_id(i)

    _after_each([
        ("outgoing", lambda: outgoing.edit_draft(i, now().version, {"标题": "关于某事的通知（修改）"},
                                                 secretary)),
        ("outgoing", lambda: outgoing.check(i, now().version, secretary, "周核稿", "已核")),
        ("outgoing", lambda: outgoing.send_countersign(i, now().version, secretary,
                                                       ["市政府办公室", "市档案馆"])),
        ("outgoing", lambda: outgoing.countersign(i, now().version, secretary, "市政府办公室", "孙一",
                                                  "范围太宽", answer="不同意")),
        ("outgoing", lambda: outgoing.countersign(i, now().version, secretary, "市档案馆", "钱二")),
        ("outgoing", lambda: outgoing.coordinate(i, now().version, secretary, "王建国", "按原稿")),
        ("outgoing", lambda: outgoing.sign(i, now().version, secretary, "王建国", "同意印发")),
        ("outgoing", lambda: recheck.recheck(i, now().version, secretary, "周秘书")),
        ("outgoing", lambda: outgoing.assign_number(i, now().version, secretary)),
        ("outgoing", lambda: outgoing.mark_printed(i, now().version, secretary)),
        ("outgoing", lambda: dispatch.distribute(i, now().version, secretary, [
            dispatch.Recipient("各县（市、区）委办公室", 20, 1, 20)])),
        ("outgoing", lambda: archive.archive("outgoing", i, now().version, secretary, "永久", "BGS",
                                             pages=3)),
    ])
    Countersign.update(resolution="").where(Countersign.doc_id == i).execute()
    assert _said("发文", i)


def test_a_joint_draft_edited_reopens_its_countersigns_cleanly(office, secretary):
    """修改 of a 联合发文's text asks its organs again (their 会签 rows emptied) in the step."""
    joint = "某某市人民政府办公室"
    r = outgoing.draft({"文种": "通知", "标题": "关于联合检查的通知", "主送": "各县（市、区）",
                        "联合发文机关": joint}, secretary)
    r = outgoing.check(r.id, r.version, secretary, "周核稿", "已核")
    r = outgoing.send_countersign(r.id, r.version, secretary, [joint])
    r = outgoing.countersign(r.id, r.version, secretary, joint, "张副秘书长", "同意")
    r = outgoing.send_back(r.id, r.version, secretary, "检查范围再斟酌")
    _clean()
    r = outgoing.edit_draft(r.id, r.version, {"正文": "检查范围包括企业。"}, secretary)
    assert Countersign.get(Countersign.doc_id == r.id).signed_at is None
    _clean()


def test_a_document_voided_or_sent_back_stays_clean(office, secretary):
    record = incoming_to_done(secretary)
    lifecycle.void_record("incoming", record.id, secretary, "重复登记")
    _clean()
    draft = outgoing_to_rechecked(secretary)
    draft = outgoing.assign_number(draft.id, draft.version, secretary)
    lifecycle.void_record("outgoing", draft.id, secretary, "不再发文")
    _clean()
    assert _digest("outgoing", draft.id).startswith(sub_rows.MARK)
    DocStep.update(opinion="改").where((DocStep.registry == "outgoing") & (DocStep.step == "作废")).execute()
    assert _said("发文", draft.id)


def test_a_step_sent_back_in_a_chain_stays_clean(office, secretary, monkeypatch):
    """退回 (chain_returns.send_back) writes its step row before the document's entry."""
    from officedesk.core import chain_returns

    draft = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "主送": "各县（市、区）"}, secretary)
    monkeypatch.setattr(chain_returns, "returnable", lambda registry, record: ["拟稿"])
    monkeypatch.setattr(chain_returns, "step_name", lambda registry, target: "拟稿")
    chain_returns.send_back("outgoing", draft.id, draft.version, secretary, "拟稿", "请重写")
    assert common._last_step("outgoing", draft.id, "退回") is not None
    assert _digest("outgoing", draft.id).startswith(sub_rows.MARK)
    _clean()


def test_a_countersigning_unit_renamed_stays_clean(office, secretary, admin):
    records.create(directory.UNITS, {"单位名称": "市档案馆", "简称": "档案馆"}, admin)
    r = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "主送": "各县（市、区）"}, secretary)
    r = outgoing.check(r.id, r.version, secretary, "周核稿", "已核")
    r = outgoing.send_countersign(r.id, r.version, secretary, ["市档案馆"])
    records.update(directory.UNITS, directory.unit_by_name("市档案馆").id, {"单位名称": "市档案局"},
                   directory.unit_by_name("市档案馆").version, admin)
    assert Countersign.get(Countersign.doc_id == r.id).unit == "市档案局"
    _clean()


def test_an_office_from_before_passes_and_is_covered_from_the_next_change(office, secretary,
                                                                         monkeypatch):
    with monkeypatch.context() as before:  # as the program wrote entries before (the row alone)
        before.setattr(sub_rows, "_TABLES", {name: subs for name, subs in sub_rows._TABLES.items()
                                             if name not in ("incoming_doc", "outgoing_doc")})
        record = outgoing_to_distributed(secretary)
    assert not _digest("outgoing", record.id).startswith(sub_rows.MARK)
    _clean()
    Countersign.update(opinion="改").where(Countersign.doc_id == record.id).execute()
    _clean()  # not seen: its last entry digested the row alone
    archive.archive("outgoing", record.id, record.version, secretary, "永久", "BGS", pages=3)
    assert _digest("outgoing", record.id).startswith(sub_rows.MARK)
    _clean()
    Countersign.update(opinion="再改").where(Countersign.doc_id == record.id).execute()
    assert _said("发文", record.id)


def test_the_digest_reads_only_its_own_registry_s_steps(office, secretary):
    incoming_to_done(secretary)
    def rows_of(table: str) -> str:  # record 1's sub-rows, each table's
        return str([rows.get(1) for rows in sub_rows.texts(table, [1])])

    steps = rows_of("incoming_doc")
    assert "签收" in steps and "拟稿" not in steps
    outgoing_to_distributed(secretary)
    assert rows_of("incoming_doc") == steps
    assert "拟稿" in rows_of("outgoing_doc")


def test_a_fresh_step_s_time_is_digested_as_read_back(office, secretary, fixed_today):
    """A step dated on an earlier day (09:00 of it) and one of now read back as written."""
    fixed_today(dt.date(2026, 11, 18))
    r = incoming.sign_in({"收文日期": "2026-11-16", "来文机关": "省委办公厅", "标题": "关于某事的通知",
                          "文种": "通知", "密级": "非密"}, secretary)
    incoming.register_doc(r.id, r.version, {}, secretary)
    _clean()


@pytest.mark.parametrize("registry", ["incoming", "outgoing"])
def test_a_batch_import_digests_its_first_step_in_memory(office, admin, monkeypatch, registry):
    """The batch writes each record's 签收 / 拟稿 row with it: its entry covers the row, digested
    from memory as `check` reads it back (nothing read back from the table)."""
    from officedesk.core import batch, integrity

    compared = []
    same = integrity.same_as_table
    monkeypatch.setattr(integrity, "same_as_table",
                        lambda name, digests: compared.append(same(name, digests)) or compared[-1])
    if registry == "incoming":
        spec, label = incoming.INCOMING, "收文"
        rows = [{"收文日期": f"2026-11-1{i}", "来文机关": "市委办公室", "标题": f"来文第{i}件",
                 "文种": "通知", "份数": 2} for i in range(3)]
    else:
        spec, label = outgoing.OUTGOING, "发文"
        rows = [{"标题": f"发文第{i}件", "文种": "通知", "拟稿单位": "秘书科", "拟稿人": "陈晓",
                 "主送": "各县（市、区）"} for i in range(3)]
    ids, problems = batch.create_many(spec, rows, admin)
    assert problems == [] and len(ids) == 3 and compared and all(compared)
    assert all(_digest(registry, i).startswith(sub_rows.MARK) for i in ids)
    _clean()
    DocStep.update(opinion="改").where((DocStep.registry == registry) & (DocStep.record_id == ids[1])).execute()
    assert _said(label, ids[1]) and not _said(label, ids[0])


def test_check_reads_the_rows_only_of_records_whose_entry_covers_them(office, secretary, monkeypatch):
    """An office kept before the rows were digested: `check` reads none of them (as fast as
    before) until a record changes, then that record's rows alone while few are covered."""
    with monkeypatch.context() as before:
        before.setattr(sub_rows, "_TABLES", {name: subs for name, subs in sub_rows._TABLES.items()
                                             if name not in ("incoming_doc", "outgoing_doc")})
        first = incoming_to_done(secretary)
        second = incoming_to_done(secretary, 来文字号="省委办发〔2026〕46号")
        third = incoming_to_done(secretary, 来文字号="省委办发〔2026〕47号")
    read: list[tuple[str, object]] = []
    texts, between = sub_rows.texts, sub_rows.texts_between
    monkeypatch.setattr(sub_rows, "texts", lambda table, ids: read.append((table, list(ids))) or texts(table, ids))
    monkeypatch.setattr(sub_rows, "texts_between",
                        lambda table, a, b: read.append((table, (a, b))) or between(table, a, b))
    _clean()
    assert not [r for r in read if r[0].endswith("_doc")]
    archive.archive("incoming", second.id, second.version, secretary, "永久", "BGS", pages=3)
    read.clear()
    _clean()
    assert [r for r in read if r[0] == "incoming_doc"] == [("incoming_doc", [second.id])]
    DocStep.update(opinion="改").where(DocStep.registry == "incoming").execute()
    assert _said("收文", second.id) and not _said("收文", first.id) and not _said("收文", third.id)
