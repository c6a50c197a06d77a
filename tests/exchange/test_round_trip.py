"""Every registry's sheet as clerks use it: the demo office exported (unmasked, by an
administrator) and imported into an empty office gives the same rows; the export imported again
into the office it came from is recognised row by row (each row its own record, none changed,
no false duplicate between two different records)."""

from __future__ import annotations

import contextlib
import random
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from officedesk import demo
from officedesk.core import clock, directory, ranks, registry, settings, state_facts, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.fields import FieldSpec
from officedesk.core.meetings.service import forcing
from officedesk.demo import users as demo_users
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_SKIP, MATCH_UPDATE
from officedesk.store import db as store_db
from tests.made_once import made_once

# the demo agreed some meetings' clashes with a reason; the import is told the same
CLASHES_AGREED = "演示数据：领导时间已协调"
# what other registries name (a document's 单位, a meeting's 会议室): imported first
DIRECTORY = (directory.UNITS, ranks.RANKS, directory.PEOPLE, directory.ROOMS)


def _exchanged() -> list[registry.RegistrySpec]:
    """Every registry the exchange serves (each has export, template and import)."""
    registry.load_all()
    return list(registry.all_registries())


def _office() -> None:
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")
    # and its users' posts: a 拟稿单位 “县委办公室综合科” is the post's 科室 where a post names it
    # so, else the 通讯录's 中共云岭县委办公室 (简称 县委办公室) and its 科室
    demo_users.populate(0, random.Random(7))
    # the office's own settings come with it, not with its sheets: its 纪检监察机关 (the demo's
    # 县纪委监委), to which its 检举控告 were sent (art. 32; an empty office's default names no unit)
    settings.put("petitions.discipline_organ", "县纪委监委")
    # and its 全宗号: the 收文 and 发文 it filed come back filed, in its 归档文件目录 (with their 页数)
    settings.put("org.fonds", "Z107")


def _numbered_rows(path: Path) -> list[tuple[int, dict[str, object]]]:
    sheet = xlsx.read_rows(path)
    return [(n, dict(zip(sheet.headers, row, strict=False))) for n, row in sheet.rows]


def _rows(path: Path) -> list[str]:
    return sorted(repr(row) for _, row in _numbered_rows(path))


def _state_field(spec: registry.RegistrySpec) -> FieldSpec | None:
    return next((f for f in spec.fields if f.label == "状态"), None)


def _compared(spec: registry.RegistrySpec) -> list[FieldSpec]:
    """The sheet's columns, and the record's 状态 where the sheet has none: a round trip that
    brought a record back in another state is no round trip (发文 已印制 came back 已编号)."""
    fields = spec.exchange_fields()
    state = _state_field(spec)
    return fields if state is None or state in fields else [*fields, state]


def _states_not_carried(spec: registry.RegistrySpec) -> set[str]:
    """The states whose facts (state_facts) are not all columns of the sheet (传阅中: its
    readers are rows of their own, made only by the 传阅 step)."""
    columns = {f.name for f in spec.exchange_fields()}
    return {state for state, facts in state_facts.FACTS.get(spec.name, {}).items()
            if not set(facts) <= columns}


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory) -> Path:
    """The demo office (12 of each, seed 7) once for the module: its database and each
    registry's export."""
    folder = tmp_path_factory.mktemp("round-trip")
    with demo_office_in(folder):
        for spec in _exchanged():
            xlsx.export(spec, folder / f"{spec.name}.xlsx", CLI_ACTOR, unmasked=True)
            xlsx.export(spec, folder / f"{spec.name}-compared.xlsx", CLI_ACTOR,
                        unmasked=True, columns=_compared(spec))
    return folder


@contextlib.contextmanager
def demo_office_in(folder: Path) -> Iterator[None]:
    """The demo office (12 of each, seed 7) made in `folder` (demo.db, its home) and open
    while the block runs."""
    path = str(folder / "demo.db")

    def make() -> None:
        store_db.open_database(path)
        try:
            _office()
            demo.populate(12, seed=7)
        finally:
            store_db.close_database()

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OFFICEDESK_HOME", str(folder / "home"))
        settings.forget_cache()
        workdays.forget_overrides()
        # made once a run, copied after (the round trip's, the 督查 tasks', the dry runs')
        made_once(("demo office in", clock.today()), [path, f"{path}.anchor.json", folder / "home"],
                  make, lambda: tempfile.mkdtemp(prefix="demo-office-", dir=folder.parent),
                  workers=folder.parent)  # a tmp_path_factory.mktemp folder: in the basetemp
        settings.forget_cache()
        workdays.forget_overrides()
        store_db.open_database(path)
        try:
            yield
        finally:
            store_db.close_database()
            settings.forget_cache()
            workdays.forget_overrides()


def test_every_registry_with_a_sheet_is_iterated():
    names = {spec.name for spec in _exchanged()}
    assert {"units", "people", "rooms", "incoming", "outgoing", "meetings", "supervision",
            "petitions", "info", "complaints"} <= names


@pytest.mark.parametrize("spec", _exchanged(), ids=lambda spec: spec.name)
def test_a_registry_carries_its_secrecy(spec):
    """A record's 密级 decides who sees it: an export that left it out brought 机密 信息 back
    as 非密."""
    if spec.level_field:
        assert spec.field(spec.level_field) in spec.exchange_fields()


@pytest.mark.parametrize("spec", _exchanged(), ids=lambda spec: spec.name)
def test_the_demo_export_imported_into_an_empty_office_gives_the_same_rows(
    demo_office, db, admin, tmp_path, spec
):
    _office()
    first = demo_office / f"{spec.name}.xlsx"
    # rows in a state whose facts no column carries can only be refused, clearly; the rest of
    # the file comes in, and nothing else is refused
    not_carried = _states_not_carried(spec)
    expected = {n: row for n, row in _numbered_rows(first) if row.get("状态") in not_carried}
    with forcing(CLASHES_AGREED):
        needed = DIRECTORY[: DIRECTORY.index(spec)] if spec in DIRECTORY else DIRECTORY
        for other in needed:  # an empty office still holds the 职级 `init` seeds: skipped
            report = xlsx.import_file(other, demo_office / f"{other.name}.xlsx", admin,
                                      on_match=MATCH_SKIP)
            assert report.ok, [str(p) for p in report.problems]
        report = xlsx.import_file(spec, first, admin, on_match=MATCH_SKIP, history=True,
                                  skip_bad=bool(expected))
    assert {p.row for p in report.problems} == set(expected), [str(p) for p in report.problems]
    for problem in report.problems:  # the column, the state and the way out
        assert problem.column == "状态" and "按步骤办理" in problem.reason, str(problem)

    # every row that came in is the same, in the same 状态 (a column of the sheet or not)
    again = tmp_path / "again.xlsx"
    xlsx.export(spec, again, admin, unmasked=True, columns=_compared(spec))
    compared = _numbered_rows(demo_office / f"{spec.name}-compared.xlsx")
    left_out = {repr(row) for n, row in compared if n in expected}
    assert _rows(again) == [row for row in sorted(repr(row) for _, row in compared)
                            if row not in left_out]


@pytest.fixture
def demo_copy(demo_office, db):
    """A copy of the demo office in the place of the `db` fixture's new database."""
    return office_copy(demo_office / "demo.db", db)


def office_copy(source: Path, db):
    """The database file `source` copied in the place of the `db` fixture's, and opened."""
    path = db.database
    store_db.close_database()
    shutil.copy(source, path)
    settings.forget_cache()
    workdays.forget_overrides()
    return store_db.open_database(path)


@pytest.mark.parametrize("spec", _exchanged(), ids=lambda spec: spec.name)
def test_the_export_imported_again_finds_each_row_its_own_record(
    demo_office, demo_copy, admin, spec
):
    path = demo_office / f"{spec.name}.xlsx"
    count = len(_numbered_rows(path))
    report = xlsx.import_file(spec, path, admin, dry_run=True, on_match=MATCH_UPDATE)
    assert [str(p) for p in report.problems] == []
    # every row matched, and matched the record it was exported from: nothing to change
    assert report.matched == report.unchanged == count
    assert report.updated == [] and report.imported == 0
