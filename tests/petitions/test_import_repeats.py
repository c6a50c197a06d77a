"""重复信访 at import (DOMAIN §5: recognised at registration): each imported row of a person who
petitioned before is reported with the earlier 信访编号 the importer may see, as `add` finds
them, and so is a row naming the person of an earlier row of the same file; in the text report
and in --json. Nothing is marked 重复件 (the clerk decides); the lookups do not grow per row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import petitions
from officedesk.core.actor import Actor
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.petitions import Petition
from tests.exchange.sheets import write_sheet
from tests.petitions.conftest import ID_LI, ID_WANG, ID_ZHANG

LOWCLERK = Actor("lowclerk", "clerk", 0, display_name="低密科员")


def _row(name: str = "张建国", id_number: str = ID_ZHANG, phone: str = "", **more: Any) -> dict[str, Any]:
    return {"登记日期": "2026-03-05", "信访形式": "来信", "信访人": name, "身份证号": id_number,
            "联系电话": phone, "问题类别": "劳动社保",
            "反映内容": "反映单位一直未缴纳社会保险，要求补缴。", **more}


def _import(path: Path, rows: list[dict[str, Any]], actor: Actor, **kwargs: Any) -> Any:
    return xlsx.import_file(petitions.SPEC, write_sheet(petitions.SPEC, path, rows), actor, **kwargs)


@pytest.fixture
def earlier(register, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    return register(registered_on="2026-03-02")  # 张建国, ID_ZHANG


def test_a_row_of_a_person_who_petitioned_before_names_the_earlier_petition(earlier, admin, tmp_path):
    report = _import(tmp_path / "p.xlsx", [_row(), _row("李秀英", ID_LI)], admin)
    assert report.imported == 2
    assert report.as_dict()["possible_repeats"] == [
        {"row": 2, "repeats": [{"id": earlier.id, "number": earlier.number, "reasons": ["同一身份证号"]}],
         "same_as_row": None}]
    assert f"第 2 行：{earlier.number}（同一身份证号）" in report.summary()
    assert "李秀英" not in report.summary() and "第 3 行" not in report.summary()
    new = Petition.get(Petition.id == report.ids[0])
    assert new.repeat_of is None  # the clerk decides, as after `add`


def test_add_and_import_find_the_same_person(earlier, register, admin, tmp_path):
    second = register(registered_on="2026-03-04", phone="13812345678", id_number="")
    person = {"name": "张建国", "id_number": ID_ZHANG, "phone": "13812345678"}
    by_add = petitions.find_repeats([person], admin)  # by the person, as `add` asks
    report = _import(tmp_path / "p.xlsx", [_row(phone="13812345678")], admin)
    imported = report.as_dict()["possible_repeats"][0]["repeats"]
    assert [(r["id"], r["reasons"]) for r in imported] == \
        [(c.petition_id, c.reasons) for c in by_add] == \
        [(earlier.id, ["同一身份证号", "同姓名同电话"]), (second.id, ["同姓名同电话"])]


def test_the_same_person_twice_in_one_file_is_named(db, admin, tmp_path, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    rows = [_row("王芳", ID_WANG)] * 3 + [_row("赵六", "", phone="13900001111")] * 2
    report = _import(tmp_path / "p.xlsx", rows, admin, dry_run=True)
    notes = report.as_dict()["possible_repeats"]
    assert [(n["row"], n["same_as_row"]) for n in notes] == [(3, 2), (4, 2), (6, 5)]
    assert "第 6 行：本文件第 5 行（同姓名同电话）" in report.summary()
    assert report.imported == 5  # a dry run: told, not refused


def test_a_classified_earlier_petition_is_not_mentioned(register, tmp_path, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    secret = register(secrecy="机密", registered_on="2026-03-02")
    report = _import(tmp_path / "p.xlsx", [_row()], LOWCLERK)
    assert report.imported == 1 and report.as_dict().get("possible_repeats", []) == []
    assert secret.number not in report.summary() and "无权查看" not in report.summary()


def test_nothing_is_noted_when_nothing_was_imported(earlier, admin, tmp_path):
    report = _import(tmp_path / "p.xlsx", [_row(), _row(登记日期="不是日期")], admin)
    assert report.imported == 0 and report.as_dict()["possible_repeats"] == []
    assert "重复信访" not in report.summary()


@pytest.mark.parametrize("who", ["admin", "lowclerk"])
def test_the_lookups_are_few_whatever_the_number_of_rows(earlier, admin, monkeypatch, who):
    """One query for the ID numbers, one for the names, one for what the importer may see — for
    a chunk of rows, not one per row (one by the names alone for a clerk, who may not see
    personal data)."""
    actor = admin if who == "admin" else LOWCLERK
    seen: list[str] = []
    real = store_db.database.obj
    monkeypatch.setattr(real, "execute_sql", lambda sql, *args, _run=real.execute_sql, **kw:
                        seen.append(sql) or _run(sql, *args, **kw))

    def count(rows: list[dict[str, Any]]) -> int:
        seen.clear()
        petitions.import_repeats.import_notes(list(enumerate(rows, start=2)), actor)
        return len(seen)

    few = count([_row(phone="13800000000")] * 2)
    many = count([_row(phone="13800000000")] + [_row(f"某{i}", f"1101011968030{i:05d}", phone="13800000000") for i in range(300)])
    assert few == many <= 4


def test_a_phone_or_id_number_written_otherwise_is_the_same_person(db, register, admin, tmp_path, fixed_today):
    """The cells are compared as they will be stored (138 0000 8888, full-width digits, x): as
    `add` finds the person, in the file and among the stored petitions."""
    fixed_today(dt.date(2026, 3, 10))
    earlier = register(registered_on="2026-03-02", name="赵六", id_number="", phone="13800008888")
    full_width = str.maketrans("0123456789X", "０１２３４５６７８９ｘ")
    rows = [_row("赵六", "", phone="138 0000 8888"), _row("赵六", "", phone="13800008888".translate(full_width)),
            _row("王芳", ID_WANG.translate(full_width)), _row("王芳", ID_WANG)]
    notes = _import(tmp_path / "p.xlsx", rows, admin, dry_run=True).as_dict()["possible_repeats"]
    assert [(n["row"], [r["id"] for r in n["repeats"]], n["same_as_row"]) for n in notes] == [
        (2, [earlier.id], None), (3, [earlier.id], 2), (5, [], 4)]


def test_every_petitioner_of_a_joint_letter_is_looked_up(earlier, admin, tmp_path):
    """A joint letter (联名信) whose second petitioner petitioned before is noted, as `add` notes
    it (repeats.find_repeats looks up every petitioner): the import looked at the first only."""
    joint = _row("李秀英、张建国", f"{ID_LI}、{ID_ZHANG}", 人数=2)
    by_add = petitions.find_repeats(
        [{"name": "李秀英", "id_number": ID_LI}, {"name": "张建国", "id_number": ID_ZHANG}], admin)
    report = _import(tmp_path / "p.xlsx", [joint, _row("王芳、李秀英", f"{ID_WANG}、{ID_LI}", 人数=2)],
                     admin, dry_run=True)
    assert report.imported == 2
    notes = report.as_dict()["possible_repeats"]
    assert [(n["row"], [(r["id"], r["reasons"]) for r in n["repeats"]], n["same_as_row"])
            for n in notes] == [(2, [(c.petition_id, c.reasons) for c in by_add], None),
                                (3, [], 2)]  # 李秀英, the first row's first petitioner
    assert by_add and by_add[0].petition_id == earlier.id
    assert f"第 2 行：{earlier.number}（同一身份证号）" in report.summary()
