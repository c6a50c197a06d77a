"""发文 and 督查事项 lists open on this week's work. An `import --history` of past years' 台账
gives the old records the highest ids: a list ordered by id showed them first, above the
documents being drafted and signed this week. 发文 go by their 成文日期 (a draft, which has none
before 签发, by the day it was 拟稿/登记), 督查事项 by their 立项日期, newest first, as 收文 go by
收文日期 and 信访 by 登记日期; the order runs along an index, however long the list."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from officedesk.core import record_lists, records, settings
from officedesk.core import supervision as sv
from officedesk.core.directory import UNITS
from officedesk.core.documents import doc_rules
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.core.record_lists import Filter
from officedesk.exchange import xlsx
from officedesk.store.documents import OutgoingDoc
from tests.exchange.sheets import write_sheet

MONDAY = dt.date(2026, 11, 30)
FRIDAY = dt.date(2026, 12, 4)
NO = "云委办发〔{year}〕{seq}号"


@pytest.fixture
def office(any_db, fixed_today, admin):
    """The same office on SQLite and on PostgreSQL (a 成文日期 and a 拟稿 time compared alike)."""
    fixed_today(MONDAY, dt.time(9, 0))
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")
    settings.put(doc_rules.SIGNERS.key, "姚国强")
    for name in ("县委办公室", "县财政局"):
        records.create(UNITS, {"单位名称": name}, admin)
    return any_db


def _draft(title: str) -> dict[str, Any]:
    return {"标题": title, "文种": "通知", "拟稿单位": "县委办公室", "拟稿人": "陈思雨"}


def _issued(title: str, day: dt.date, seq: int) -> dict[str, Any]:
    return {**_draft(title), "核稿人": "李科长", "签发人": "姚国强", "签发日期": day,
            "发文字号": NO.format(year=day.year, seq=seq)}


def _titles(spec: Any, actor: Any, ids: list[int]) -> list[str]:
    found = records.fetch(spec, ids)
    return [found[i].title for i in ids]


def _this_weeks_outgoing(admin: Any, fixed_today: Any, tmp_path: Any) -> None:
    """Monday: a draft begun; Wednesday: a document signed (its 成文日期); Thursday: a draft."""
    records.create(OUTGOING, _draft("周一拟稿的通知"), admin)
    fixed_today(dt.date(2026, 12, 2), dt.time(15, 0))
    path = write_sheet(OUTGOING, tmp_path / "本周发文.xlsx", [_issued("周三签发的通知", dt.date(2026, 12, 2), 1)])
    report = xlsx.import_file(OUTGOING, path, admin)
    assert report.ok, [str(p) for p in report.problems]
    fixed_today(dt.date(2026, 12, 3), dt.time(10, 0))
    records.create(OUTGOING, _draft("周四拟稿的通知"), admin)
    fixed_today(FRIDAY, dt.time(9, 0))


PAST = [("2019年的通知", dt.date(2019, 3, 5)), ("2024年的通知", dt.date(2024, 12, 30)),
        ("2021年的通知", dt.date(2021, 7, 1))]


def test_the_outgoing_list_opens_on_this_weeks_work_after_a_history_import(office, admin, fixed_today,
                                                                           tmp_path):
    _this_weeks_outgoing(admin, fixed_today, tmp_path)
    rows = [_issued(title, day, i + 1) for i, (title, day) in enumerate(PAST)]
    report = xlsx.import_file(OUTGOING, write_sheet(OUTGOING, tmp_path / "往年发文台账.xlsx", rows), admin,
                              history=True)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]
    assert OutgoingDoc.select().order_by(OutgoingDoc.id.desc()).first().title in dict(PAST)  # highest ids

    newest = ["周四拟稿的通知", "周三签发的通知", "周一拟稿的通知", "2024年的通知", "2021年的通知", "2019年的通知"]
    assert _titles(OUTGOING, admin, records.list_ids(OUTGOING, admin, limit=3)) == newest[:3]
    assert _titles(OUTGOING, admin, records.list_ids(OUTGOING, admin)) == newest
    # the same order asked by its column (the list's header), and read from its other end
    assert records.list_ids(OUTGOING, admin, sort="doc_date", descending=True) == records.list_ids(OUTGOING, admin)
    assert _titles(OUTGOING, admin, records.list_ids(OUTGOING, admin, limit=2, from_end=True)) == newest[-2:]
    assert _titles(OUTGOING, admin, records.list_ids(OUTGOING, admin, sort="doc_date", descending=False)) == \
        newest[::-1]
    # a state chosen keeps the order
    drafts = records.list_ids(OUTGOING, admin, [Filter("state", "eq", "拟稿中")])
    assert _titles(OUTGOING, admin, drafts) == ["周四拟稿的通知", "周一拟稿的通知"]


def _item(title: str, day: dt.date, **more: Any) -> dict[str, Any]:
    return {"事项名称": title, "来源": "领导批示", "立项日期": day, "办结时限": day + dt.timedelta(days=60), **more}


def test_the_supervision_list_opens_on_this_weeks_items_after_a_history_import(office, admin, fixed_today,
                                                                              tmp_path):
    records.create(sv.SPEC, _item("周一立项的事项", MONDAY), admin)
    fixed_today(dt.date(2026, 12, 3), dt.time(10, 0))
    records.create(sv.SPEC, _item("周四立项的事项", dt.date(2026, 12, 3)), admin)
    fixed_today(FRIDAY, dt.time(9, 0))
    done = {"牵头单位": "县财政局", "状态": "按期办结"}
    rows = [_item("2019年的事项", dt.date(2019, 3, 5), 办结日期=dt.date(2019, 4, 1), **done),
            _item("2024年的事项", dt.date(2024, 11, 2), 办结日期=dt.date(2024, 12, 1), **done),
            _item("2021年的事项", dt.date(2021, 7, 1), 办结日期=dt.date(2021, 8, 1), **done)]
    report = xlsx.import_file(sv.SPEC, write_sheet(sv.SPEC, tmp_path / "往年督查台账.xlsx", rows), admin,
                              history=True)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]

    newest = ["周四立项的事项", "周一立项的事项", "2024年的事项", "2021年的事项", "2019年的事项"]
    assert _titles(sv.SPEC, admin, records.list_ids(sv.SPEC, admin, limit=2)) == newest[:2]
    assert _titles(sv.SPEC, admin, records.list_ids(sv.SPEC, admin)) == newest
    done_ids = records.list_ids(sv.SPEC, admin, [Filter("status", "in", list(sv.DONE_STATUSES))])
    assert _titles(sv.SPEC, admin, done_ids) == newest[2:]


@pytest.mark.parametrize(("name", "state", "indexes"), [
    ("outgoing", "state", ["outgoing_doc_listed", "outgoing_doc_state_listed"]),
    ("supervision", "status", ["supervision_item_start_date", "supervision_item_status_start_date"])])
def test_the_lists_first_page_walks_an_index(db, admin, name, state, indexes):
    """Of a million rows, a page read along the sort index, never every row sorted (`USE TEMP
    B-TREE`), with a state chosen too (a composite index, as 收文's)."""
    from officedesk.core import registry

    spec = registry.get(name)
    for filters, index in (([], indexes[0]), ([Filter(state, "eq", "x")], indexes[1])):
        for descending in (True, False):
            sql, params = record_lists.query(spec, admin, filters).order_by(
                *record_lists.sort_order(spec, None, descending)).limit(100).sql()
            plan = " ".join(str(row[3]) for row in db.execute_sql(f"explain query plan {sql}", params))
            assert "TEMP B-TREE" not in plan and f"INDEX {index}" in plan, plan


def test_an_older_database_gets_the_sort_indexes(db):
    from officedesk.store import migrations

    for name in ("outgoing_doc_listed", "outgoing_doc_state_listed", "supervision_item_status_start_date"):
        db.execute_sql(f'drop index "{name}"')
    db.execute_sql('create index "outgoing_doc_state" on "outgoing_doc" ("state")')
    db.execute_sql("delete from schema_version where version = 38")
    assert migrations.migrate(db, backup=lambda db, version: None) == [38]
    made = {row[0] for row in db.execute_sql("select name from sqlite_master where type = 'index'")}
    assert {"outgoing_doc_listed", "outgoing_doc_state_listed", "supervision_item_status_start_date"} <= made
    assert "outgoing_doc_state" not in made  # the composite starts with it
