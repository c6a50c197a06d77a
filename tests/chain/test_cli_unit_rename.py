"""The demo office renames its 秘书科 in the 通讯录 (as the window's 修改 saves it): the section's
staff keep their steps — the 科长 still 核稿s a draft of the section under its new 名称, and a
draft of before the rename — and `check` finds every changed row in the audit trail."""

from __future__ import annotations

from officedesk.core import directory, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.store import db as store_db
from officedesk.store.documents import OutgoingDoc
from tests.cli_office import office  # noqa: F401 (the fixture)

OLD, NEW = "县委办公室秘书科", "县委办公室文秘科"


def _rename(path) -> None:
    store_db.open_database(str(path))
    try:
        unit = directory.unit_by_name(OLD)
        records.update(directory.UNITS, unit.id, {"单位名称": NEW}, unit.version, CLI_ACTOR)
    finally:
        store_db.close_database()


def _left_under_old_name(path) -> int:
    store_db.open_database(str(path))
    try:
        return OutgoingDoc.select().where(OutgoingDoc.drafting_unit == OLD).count()
    finally:
        store_db.close_database()


def _steps(office, doc_id: int, username: str) -> list[str]:  # noqa: F811
    shown = office.json("steps", "outgoing", str(doc_id), "--as", username)
    return [step["step"] for step in shown["steps"]]


def test_cli_the_staff_of_a_renamed_section_keep_their_steps(office):  # noqa: F811
    office("demo", "--size", "6")  # the demo's people and drafts; the default size took 40 s
    office("add", "units", f"单位名称={OLD}", "简称=秘书科", "上级单位=县委办公室")
    earlier = office.json("add", "outgoing", "文种=通知", "标题=关于更名前起草的通知",
                          f"拟稿单位={OLD}", "拟稿人=张晓燕")["id"]
    assert "核稿" in _steps(office, earlier, "wzy")  # 王志远, 秘书科科长
    assert _left_under_old_name(office.db) > 1  # the demo's drafts and the one added
    _rename(office.db)
    later = office.json("add", "outgoing", "文种=通知", "标题=关于更名后起草的通知",
                        f"拟稿单位={NEW}", "拟稿人=张晓燕")["id"]
    for doc_id in (earlier, later):
        assert "核稿" in _steps(office, doc_id, "wzy")
    users = {row["username"]: row for row in office.json("users", "list")}
    assert users["wzy"]["unit"] == NEW and NEW in users["wzg"]["in_charge"]
    assert _left_under_old_name(office.db) == 0  # the demo's drafts followed
    out, _err = office("check")
    assert "数据库完好" in out
