"""The 职级 table is the administrator's (README, 通讯录: "级别 is chosen by name from the 职级
table …, which the administrator edits"): its 排序 orders everyone's seating and lists. A 科员
(or a leader) could add, reorder and delete 职级 through records.create / save_changes / delete
and the import. Core refuses them on every path, by the registry's own declaration
(RegistrySpec.admin_only), which the window reads too."""

from __future__ import annotations

import openpyxl
import pytest

from officedesk.core import batch, records, registry
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError
from officedesk.exchange import xlsx
from officedesk.store.db import write_transaction
from officedesk.store.models import Rank


@pytest.fixture
def ranks(db):
    return registry.get("ranks")


def _leader() -> Actor:
    return Actor(username="leader", role="leader", clearance=1, display_name="领导")


def _refused(call) -> str:
    with pytest.raises(PermissionDeniedError) as caught:
        call()
    return caught.value.message


def _table() -> list[tuple[str, int]]:
    return [(r.name, r.sort_order) for r in Rank.select().order_by(Rank.sort_order)]


@pytest.mark.parametrize("who", ["clerk", "leader"])
def test_only_the_administrator_changes_the_rank_table(ranks, clerk, who):
    actor = clerk if who == "clerk" else _leader()
    before = _table()
    said = _refused(lambda: records.create(ranks, {"职级名称": "一级调研员", "排序": 20}, actor))
    assert "管理员" in said and "职级" in said
    rank = Rank.get(Rank.name == "科员")
    _refused(lambda: records.update(ranks, rank.id, {"排序": 30}, rank.version, actor))

    def save() -> None:
        with write_transaction():
            records.save_changes(ranks, rank, {"sort_order": 30}, rank.version, actor)

    _refused(save)
    _refused(lambda: records.delete(ranks, rank.id, rank.version, actor))
    _refused(lambda: batch.create_many(ranks, [{"职级名称": "二级调研员", "排序": 21}], actor))
    assert _table() == before


def test_a_clerk_imports_no_ranks_new_or_updated(ranks, clerk, tmp_path):
    before = _table()
    for rows, on_match in (([["一级调研员", 20]], "refuse"), ([["科员", 30]], "update")):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["职级名称", "排序"])
        for row in rows:
            sheet.append(row)
        path = tmp_path / f"职级-{on_match}.xlsx"
        book.save(path)
        _refused(lambda path=path, on_match=on_match: xlsx.import_file(ranks, path, clerk,
                                                                       on_match=on_match))
    assert _table() == before


def test_the_administrator_still_keeps_the_table(ranks, admin):
    made = records.create(ranks, {"职级名称": "一级调研员", "排序": 20}, admin)
    made = records.update(ranks, made.id, {"排序": 21}, made.version, admin)
    records.delete(ranks, made.id, made.version, admin)
    assert Rank.get_or_none(Rank.name == "一级调研员") is None


def test_the_declaration_says_who_may_write(ranks, admin, clerk):
    assert ranks.writable_by(admin)
    assert not ranks.writable_by(clerk) and not ranks.writable_by(_leader())
    people = registry.get("people")  # the other directory lists stay every writer's
    assert people.writable_by(clerk) and people.writable_by(admin)
    reader = Actor(username="reader", role="readonly", clearance=0)
    assert not people.writable_by(reader)
