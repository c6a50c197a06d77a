"""保密 of the 重复信访 lookup (README 安全, DOMAIN §5): it is no oracle.

- Personal data: for an actor who may not see it (a 科员), the lookup never uses the ID number or
  the phone, so typing guesses (one at a time, or 10,000 rows of a dry-run import) confirms
  none of them; it matches on the name and the matter, which he sees. Leaders and
  administrators keep the full matching.
- Clearance: nothing at all is said of a petition above the actor's clearance, not even a count
  (a count tells a 公开 clerk that this person filed a classified petition)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import petitions
from officedesk.core.actor import Actor
from officedesk.core.idcard import make_id
from officedesk.exchange import importing
from tests.exchange.sheets import write_sheet
from tests.petitions.conftest import ID_LI, ID_ZHANG

PHONE = "13812345678"  # the register fixture's
PUBLIC_CLERK = Actor("gongkai", "clerk", 0, display_name="公开科员")
LEADER = Actor("leader3", "leader", 3, display_name="领导")


def _seen(found) -> list[tuple[int, list[str]]]:
    return [(c.petition_id, list(c.reasons)) for c in found]


def _guesses() -> list[str]:
    """Phones differing from the stored one in the middle digits, the stored one among them."""
    return [f"138{n:04d}5678" for n in range(1230, 1240)]


def test_a_clerk_learns_nothing_from_guessing_a_phone_or_an_id_number(register, clerk, admin):
    stored = register()  # 张建国, ID_ZHANG, PHONE
    assert PHONE in _guesses()
    answers = {
        repr(_seen(petitions.find_repeats([{"name": "张建国", "phone": phone}], clerk)))
        for phone in _guesses()
    }
    assert len(answers) == 1  # the stored phone gives the same answer as every wrong one
    ids = [ID_ZHANG, make_id("110101", dt.date(1968, 3, 8), 231), ID_LI]
    answers = {
        repr(_seen(petitions.find_repeats([{"name": "张建国", "id_number": i}], clerk)))
        for i in ids
    }
    assert len(answers) == 1
    # what he sees: the same name (never a reason naming the personal data)
    found = petitions.find_repeats([{"name": "张建国", "id_number": ID_ZHANG, "phone": PHONE}], clerk)
    assert [c.petition_id for c in found] == [stored.id]
    assert all(r not in (petitions.repeats.SAME_ID, petitions.repeats.SAME_NAME_PHONE)
               for c in found for r in c.reasons)
    # an ID number under another name finds nothing for him
    assert list(petitions.find_repeats([{"name": "李秀英", "id_number": ID_ZHANG}], clerk)) == []
    # the person's count, and the many-rows lookup of an import: no oracle either
    assert len({petitions.petitions_of_person(clerk, "", "张建国", p) for p in _guesses()}) == 1
    assert petitions.petitions_of_person(clerk, id_number=ID_ZHANG) == 0
    rows = petitions.repeats.repeats_of_rows(
        [[{"name": "张建国", "phone": p}] for p in _guesses()], clerk)
    assert len({repr(_seen(r)) for r in rows}) == 1
    # those who may see personal data keep the full matching
    for actor in (admin, LEADER):
        full = petitions.find_repeats([{"name": "李秀英", "id_number": ID_ZHANG}], actor)
        assert _seen(full) == [(stored.id, [petitions.repeats.SAME_ID])]
        assert petitions.petitions_of_person(actor, id_number=ID_ZHANG) == 1


def test_a_petition_above_the_clearance_is_not_even_counted(register):
    secret = register(secrecy="机密")  # the person's only petition
    me = [{"name": "张建国", "id_number": ID_ZHANG, "phone": PHONE}]
    found = petitions.find_repeats(me, PUBLIC_CLERK, "征地拆迁", secret.content)
    assert list(found) == [] and getattr(found, "hidden", 0) == 0
    of_rows = petitions.repeats.repeats_of_rows([me], PUBLIC_CLERK)[0]
    assert list(of_rows) == [] and getattr(of_rows, "hidden", 0) == 0
    # a leader cleared for it sees it, as before
    assert [c.petition_id for c in petitions.find_repeats(me, LEADER)] == [secret.id]
    visible = register(content="另一件事：反映小区物业乱收费。", category="城乡建设")
    of_record = petitions.repeats_of_record(visible, PUBLIC_CLERK)
    assert list(of_record) == [] and getattr(of_record, "hidden", 0) == 0


def _row(name: str, id_number: str = "", phone: str = "") -> dict[str, Any]:
    return {"登记日期": "2026-03-05", "信访形式": "来信", "信访人": name, "身份证号": id_number,
            "联系电话": phone, "问题类别": "劳动社保",
            "反映内容": "反映单位一直未缴纳社会保险，要求补缴。"}


def _dry_run(path: Path, rows: list[dict[str, Any]], actor: Actor) -> Any:
    return importing.import_file(petitions.SPEC, write_sheet(petitions.SPEC, path, rows), actor,
                                 dry_run=True)


@pytest.fixture
def today(fixed_today):
    fixed_today(dt.date(2026, 3, 10))


def test_a_dry_run_import_confirms_no_guessed_phone(register, clerk, admin, tmp_path, today):
    stored = register()
    report = _dry_run(tmp_path / "p.xlsx", [_row("张建国", phone=p) for p in _guesses()], clerk)
    notes = report.as_dict()["possible_repeats"]
    assert len(notes) == len(_guesses())  # every row alike: by the name, whatever the phone
    assert {repr(n["repeats"]) for n in notes} == {
        repr([{"id": stored.id, "number": stored.number, "reasons": ["同姓名"]}])}
    assert "同姓名同电话" not in report.summary()
    # the administrator's dry run still finds the one row of the stored phone
    report = _dry_run(tmp_path / "a.xlsx", [_row("张建国", phone=p) for p in _guesses()], admin)
    [note] = report.as_dict()["possible_repeats"]
    assert note["repeats"][0]["reasons"] == ["同姓名同电话"]


def test_a_dry_run_import_says_nothing_of_a_classified_petition(register, tmp_path, today):
    secret = register(secrecy="机密")
    for actor in (PUBLIC_CLERK, Actor("lowleader", "leader", 0, display_name="低密领导")):
        report = _dry_run(tmp_path / f"{actor.username}.xlsx",
                          [_row("张建国", ID_ZHANG, PHONE)], actor)
        assert report.as_dict().get("possible_repeats", []) == []
        assert "无权查看" not in report.summary() and secret.number not in report.summary()
