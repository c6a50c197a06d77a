"""信息刊物 rows (periodical) edited in the file: the 编发单位 and 报/送/发 print on every issue's
head and 版记 and the 总期号 starts from total_start. Each change in the program is an audit
entry naming the periodical and its values (save_periodical); the three seeded ones start as
migration 16 made them. `check` reports a row that no longer agrees, by name."""

from __future__ import annotations

from officedesk.core import check
from officedesk.core.info import periodicals
from officedesk.store.info import Periodical


def _said() -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False)]


def test_periodicals_as_seeded_and_as_saved_check_clean(any_db, admin):
    assert _said() == []
    periodicals.save_periodical("每日要情", admin, unit="县委信息中心", send_up="市委办公室",
                                send_to="县委常委")
    periodicals.save_periodical("专题信息", admin, send_up="市委办公室")
    assert _said() == []


def test_a_saved_periodicals_recipients_changed_in_the_file_are_reported(any_db, admin):
    periodicals.save_periodical("每日要情", admin, send_up="市委办公室", send_to="县委常委")
    Periodical.update(send_to="某某公司").where(Periodical.name == "每日要情").execute()
    said = _said()
    assert any("每日要情" in s and "某某公司" in s and "县委常委" in s for s in said), said


def test_a_seeded_periodical_changed_in_the_file_is_reported(any_db, admin):
    Periodical.update(unit="假冒单位", total_start=40).where(Periodical.name == "信息专报").execute()
    said = _said()
    assert any("信息专报" in s and "假冒单位" in s for s in said), said
    assert any("信息专报" in s and "40" in s for s in said), said


def test_a_periodical_written_in_the_file_is_reported(any_db, admin):
    Periodical.create(name="内部参考", send_up="某处", created_by="x", updated_by="x")
    said = _said()
    assert any("内部参考" in s for s in said), said
