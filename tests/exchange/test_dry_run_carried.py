"""import --update of a 信息 workbook that corrects a 首报 and its 续报 in the same file: the 首报's
save carries its 报送单位 and a 密级 raised down to its 续报 (core.info.carried), so the 续报's row
is checked as that save leaves it — a plan made before the lock (core.correction_plan), the 续报's
checks reading the 首报 as its row corrects it. A dry run, and a file refused by row, take no
lock and say what the import says; a good file holds it only for the write. Before, such rows
were written one by one under the lock and undone (another workstation holding it, the dry run
failed with 数据库正被其他程序占用), and a 续报 row with a cell of its own beside the carried ones
was refused as changed by another."""

from __future__ import annotations

import json
from typing import Any

import pytest

from officedesk.core import audit, check, clock, info, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import procedure
from officedesk.exchange import xlsx

from .test_dry_run_routed import _dry_then_real, _edited, _told


def _event(n: int) -> tuple[Any, Any]:
    """A 突发事件's 首报 of 河口镇 and its 续报."""
    first = records.create(info.SPEC, {
        "category": "突发事件", "event_level": "较大", "event_at": f"2026-03-0{n + 1} 09:00",
        "reported_at": f"2026-03-0{n + 1} 09:31", "unit": "河口镇", "title": f"河口镇突发事件{n}",
        "content": f"事件{n}的首报。"}, CLI_ACTOR)
    return first, procedure.followup(first.id, {"reported_at": clock.now(), "content": f"事件{n}的事态进展。"}, CLI_ACTOR)


def _now(item: Any) -> tuple[str, str, str]:
    item = info.get(item.id, CLI_ACTOR)
    return item.unit, item.secrecy, item.content


def _entries(item: Any) -> list[tuple[str, dict[str, Any]]]:
    """The item's audit entries after its registration: (summary, the fields they changed to)."""
    return [(e.summary, json.loads(e.after or "{}")) for e in audit.history("info", item.id) if e.action != "create"]


@pytest.mark.parametrize("bad", [False, True], ids=["good", "a-followup-refused"])
@pytest.mark.parametrize("skip_bad", [False, True], ids=["whole", "skip-bad"])
def test_a_first_report_and_its_followup_corrected_together_are_checked_before_the_lock(
        db, tmp_path, monkeypatch, bad, skip_bad):
    (moved, moved_later), (raised, raised_later), (third, third_later) = (_event(n) for n in range(3))
    also = {(moved.id, "报送单位"): "城关镇", (moved_later.id, "报送单位"): "城关镇",  # as the rule asks
            (raised.id, "密级"): "秘密", (raised_later.id, "正文"): "事态进展（更正）",  # its own cell beside
            (third.id, "报送单位"): "青河镇",
            # a 续报 under another unit than its 首报's as corrected: refused naming that one
            (third_later.id, "报送单位"): "城关镇" if bad else "青河镇", (third_later.id, "正文"): "第三件更正"}
    path = _edited(info.SPEC, tmp_path, "正文", {}, also)
    dry, done, locks = _dry_then_real(info.SPEC, path, monkeypatch, skip_bad)
    refused = bad and not skip_bad
    assert _told(dry, refused) == _told(done, refused)
    assert [(p.column, p.reason) for p in dry.problems] == ([(
        "报送单位", f"续报的报送单位随首报：首报（{third.number}）的报送单位是“青河镇”，续报不能改为“城关镇”。"
                "报送单位有误的，请更正首报的报送单位，它的续报随之更正。")] if bad else [])
    told = [change.record_id for change in dry.updated]
    all_six = [moved.id, moved_later.id, raised.id, raised_later.id, third.id, third_later.id]
    assert sorted(told) == sorted(all_six[:5] if bad else all_six)
    assert told.index(moved.id) < told.index(moved_later.id)  # in the order they are written
    kept = not refused
    assert locks == (["lock"] if kept else [])
    old = ("河口镇", "非密")
    assert _now(moved)[:2] == _now(moved_later)[:2] == (("城关镇", "非密") if kept else old)
    assert _now(raised)[:2] == _now(raised_later)[:2] == (("河口镇", "秘密") if kept else old)
    assert _now(raised_later)[2] == ("事态进展（更正）" if kept else "事件1的事态进展。")
    # the third 首报 carries its 续报 along even when the 续报's own row is refused
    assert _now(third)[0] == _now(third_later)[0] == ("青河镇" if kept else "河口镇")
    assert _now(third_later)[2] == ("第三件更正" if kept and not bad else "事件2的事态进展。")
    if kept:  # the carry's entry, then the row's own with what it saved itself
        assert [summary for summary, _ in _entries(raised_later)] == ["随首报提高密级为秘密", "导入更新信息：正文"]
        assert [after for _, after in _entries(moved_later)] == [{"报送单位": "城关镇"}]
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_the_dry_run_says_what_the_import_does_of_bad_followups_under_a_corrected_first(db, tmp_path, monkeypatch):
    """Each 续报 row checked against its 首报 as the file corrects it: one under another unit than
    the corrected 首报's, one below the 密级 it is raised to, one put before its corrected 报送时间;
    --skip-bad writes the others, and the dry run says exactly what the import says."""
    events = [_event(n) for n in range(4)]
    (unit, unit_later), (level, level_later), (time, time_later), (good, good_later) = events
    also = {(unit.id, "报送单位"): "城关镇", (unit_later.id, "报送单位"): "青河镇",
            (level.id, "密级"): "机密", (level_later.id, "密级"): "秘密",
            (time.id, "报送时间"): "2026-03-03 10:00", (time_later.id, "报送时间"): "2026-03-03 09:45",
            (good.id, "报送单位"): "城关镇", (good_later.id, "正文"): "事态进展（更正）"}
    path = _edited(info.SPEC, tmp_path, "正文", {}, also)
    dry, done, locks = _dry_then_real(info.SPEC, path, monkeypatch, skip_bad=True)
    assert _told(dry) == _told(done)
    assert [row.record_id for row in dry.updated] == [row.record_id for row in done.updated]
    reasons = {p.column: p.reason for p in dry.problems}
    assert sorted(reasons) == ["密级", "报送单位", "报送时间"], reasons
    assert "“城关镇”" in reasons["报送单位"] and "不能低于“机密”" in reasons["密级"]
    assert "2026-03-03 10:00" in reasons["报送时间"]
    assert locks == ["lock"]
    assert [_now(item)[:2] for item in (unit, unit_later)] == [("城关镇", "非密")] * 2  # carried, the row refused
    assert [_now(item)[:2] for item in (level, level_later)] == [("河口镇", "机密")] * 2
    assert _now(good_later) == ("城关镇", "非密", "事态进展（更正）")
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_followup_carried_then_corrected_on_either_database(any_db, tmp_path):
    """The 续报's own cell saved after the carry, its record compared as planned by its stored
    values (dates and all), on SQLite and PostgreSQL alike."""
    first, later = _event(0)
    also = {(first.id, "报送单位"): "城关镇", (first.id, "密级"): "秘密", (later.id, "报送单位"): "城关镇",
            (later.id, "正文"): "事态进展（更正）"}
    path = _edited(info.SPEC, tmp_path, "正文", {}, also)
    dry = xlsx.import_file(info.SPEC, path, CLI_ACTOR, on_match="update", dry_run=True)
    done = xlsx.import_file(info.SPEC, path, CLI_ACTOR, on_match="update")
    assert done.ok and _told(dry) == _told(done), [str(p) for p in done.problems]
    assert _now(first)[:2] == ("城关镇", "秘密") and _now(later) == ("城关镇", "秘密", "事态进展（更正）")
    assert [summary for summary, _ in _entries(later)][-1] == "导入更新信息：正文"
    assert audit.verify_chain() == []
