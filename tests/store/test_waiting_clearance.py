"""保密 over the documents of a big import waiting for their FTS rows (store.search_catch_up):
they are found by their kept text on every search path, and a clerk below a record's 密级
finds nothing of it there (no hit, no title, no snippet, no id), as the index would answer;
no one finds a petitioner by ID number, phone or address (they are never in the kept text)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import global_search, petitions, record_lists
from officedesk.core.actor import SECRECY_LABELS, Actor
from officedesk.core.idcard import make_id
from officedesk.core.petitions import repeats
from officedesk.exchange import xlsx
from officedesk.store import search_catch_up, search_index
from officedesk.store.db import database

from ..exchange.test_import_batch import HEADERS, _good, sheet_of

ROWS = 12
SECRET = {7: "机密", 8: "秘密", 9: "绝密"}  # row -> its 密级 (the others 非密)
CLASSIFIED = "涉密矿山塌方瞒报"


def _row(i: int) -> dict:
    row = {**_good(i), "身份证号": make_id("530100", dt.date(1980, 1, i), 10 + i),
           "住址": f"城关镇紫藤巷{i}号", "密级": SECRET.get(i, "非密")}
    if i in SECRET:
        row["反映内容"] = f"拖欠工资第{i}件，{CLASSIFIED}"
        row["信访人"] = f"涉密人{i}"
    return row


def _hits(query: str, clerk: Actor) -> dict[str, set[int]]:
    """The petitions each search path finds for the clerk, and those whose title or snippet
    carries the classified words."""
    shown = global_search.search(query, clerk)
    return {
        "index": {h.record_id for h in search_index.search(query, clerk.clearance)},
        "search": {h.record_id for h in shown},
        "words shown": {h.record_id for h in shown if "涉密" in h.title + h.snippet},
        "list": set(record_lists.list_ids(petitions.SPEC, clerk, text=query)),
        "list page": set(record_lists.list_ids(petitions.SPEC, clerk, text=query, limit=5)),
        "docs": {row[0] for row in search_index.matching_docs(query, clerk.clearance, "petitions")
                 .select(search_index.SearchDoc.record_id).tuples()},
        "repeats": {c.petition_id for c in repeats.find_repeats(
            [{"name": "无名"}], clerk, "劳动社保", f"拖欠工资第7件，{CLASSIFIED}情况")},
    }


def test_a_clerk_below_a_waiting_records_secrecy_finds_nothing_of_it(db, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(search_catch_up, "DEFER_FROM", 10)
    monkeypatch.setattr(search_catch_up, "catch_up", lambda *a, **k: 0)  # the program stopped first
    rows = [_row(i) for i in range(1, ROWS + 1)]
    path = sheet_of(tmp_path / "信访.xlsx", rows, [*HEADERS, "密级"])
    assert xlsx.import_file(petitions.SPEC, path, admin).imported == ROWS
    assert database.execute_sql(f"select count(*) from {search_catch_up.PENDING}").fetchone()[0] == ROWS
    # the admin finds them all while they wait: the paths below do read the waiting documents
    assert _hits(CLASSIFIED, admin)["search"] == set(SECRET)
    assert _hits("涉密人7", admin)["list"] == {7}
    for clearance in (0, 1):  # 公开, 秘密
        clerk = Actor(username="c", role="clerk", clearance=clearance)
        above = {i for i, label in SECRET.items() if SECRECY_LABELS.index(label) > clearance}
        for query in (CLASSIFIED, "矿山塌方", "瞒报 工资", "涉密人7", "涉密", "第7件", "第9件"):
            for path_name, found in _hits(query, clerk).items():
                assert not found & above, (clearance, query, path_name)
        assert _hits(CLASSIFIED, clerk)["search"] == set(SECRET) - above  # what he may see: found
    for row in rows:  # masked data is never in the kept text
        for value in (row["联系电话"], row["身份证号"], row["身份证号"][-6:], row["住址"]):
            assert search_index.search(value, 3) == [], value
            assert record_lists.list_ids(petitions.SPEC, admin, text=value) == [], value
