"""A 续报 follows its first report (DOMAIN §7: 突发事件 一事一报, 续报 following): it is reported no
earlier than the first report, and by the first report's 报送单位 — another unit's report on the
event is its own item, else it would score that unit a 报送 point on another's event. Refused by
`add info 续报=…`, the window's 续报 and the import alike, naming the first report the actor may
see; a first report above his clearance stays unnamed."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, info
from officedesk.core.actor import Actor
from officedesk.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from officedesk.core.info import procedure
from officedesk.exchange import xlsx
from officedesk.store.info import InfoItem

from ..exchange.sheets import write_sheet

EVENT = {"category": "突发事件", "event_level": "较大", "event_at": "2026-03-01 09:00",
         "reported_at": "2026-03-01 09:31", "unit": "河口镇", "title": "河口镇化工厂泄漏"}
CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")


def test_a_followup_before_its_first_report_is_refused(report, admin):
    first = report(**EVENT)
    count = InfoItem.select().count()
    for add in (lambda raw: procedure.followup(first.id, raw, admin),  # the window's 续报
                lambda raw: info.SPEC.create_hook({"续报": first.number, **raw}, admin)):  # add
        with pytest.raises(ValidationError) as refused:
            add({"content": "事态进展", "reported_at": "2026-03-01 09:05"})
        assert refused.value.field == "reported_at"
        assert (f"续报的报送时间（2026-03-01 09:05）不能早于首报（{first.number}）的报送时间"
                "（2026-03-01 09:31）") in refused.value.message
    assert InfoItem.select().count() == count
    # the same minute, or later, is a 续报
    same = procedure.followup(first.id, {"content": "事态进展", "reported_at": "2026-03-01 09:31"},
                              admin)
    # a 续报 of a 续报 follows the first report too
    with pytest.raises(ValidationError, match="不能早于首报"):
        procedure.followup(same.id, {"content": "又一进展", "reported_at": "2026-03-01 09:20"}, admin)


def test_a_followup_by_another_unit_is_refused(report, admin):
    first = report(**EVENT)
    for add in (lambda raw: procedure.followup(first.id, raw, admin),
                lambda raw: info.SPEC.create_hook({"续报": first.number, **raw}, admin)):
        with pytest.raises(ValidationError) as refused:
            add({"content": "事态进展", "unit": "城关镇", "reported_at": "2026-03-01 10:00"})
        assert refused.value.field == "unit"
        assert f"首报（{first.number}）的报送单位是“河口镇”" in refused.value.message
    assert procedure.followup(first.id, {"reported_at": clock.now(), "content": "事态进展", "unit": "河口镇"}, admin).unit == "河口镇"


def test_the_import_names_row_and_column(report, admin, tmp_path):
    first = report(**EVENT)
    base = {"标题": "续报", "报送单位": "河口镇", "报送时间": dt.datetime(2026, 3, 1, 10),
            "类别": "突发事件", "正文": "明火已扑灭。", "事发时间": dt.datetime(2026, 3, 1, 9),
            "事件级别": "较大", "续报": first.number}
    rows = [base, base | {"标题": "早", "报送时间": dt.datetime(2026, 3, 1, 9, 5)},
            base | {"标题": "另一单位", "报送单位": "城关镇"}]
    path = write_sheet(info.SPEC, tmp_path / "i.xlsx", rows)
    done = xlsx.import_file(info.SPEC, path, admin, dry_run=True)
    assert [(p.row, p.column) for p in done.problems] == [(3, "报送时间"), (4, "报送单位")], [
        str(p) for p in done.problems]


def test_a_hidden_first_report_stays_unnamed(report, admin):
    first = report(secrecy="机密", **EVENT)
    with pytest.raises((NotFoundError, PermissionDeniedError)) as refused:
        procedure.followup(first.id, {"content": "事态进展", "reported_at": "2026-03-01 09:05",
                                      "unit": "城关镇"}, CLERK0)
    assert first.number not in refused.value.message and "09:31" not in refused.value.message


def test_a_correction_keeps_the_first_report_before_its_followups(report, admin):
    """Correcting a 报送时间 cannot undo the order the 续报 was checked in: a first report moved
    after its 续报, or a 续报 moved before its first report, is refused as on registering."""
    from officedesk.core import records

    first = report(**EVENT)
    later = procedure.followup(first.id, {"content": "事态进展", "reported_at": "2026-03-01 11:00"},
                               admin)
    with pytest.raises(ValidationError) as refused:
        records.update(info.SPEC, first.id, {"报送时间": "2026-03-01 11:30"}, first.version, admin)
    assert refused.value.field == "reported_at"
    assert "不能晚于它的续报的报送时间" in refused.value.message, refused.value.message
    with pytest.raises(ValidationError) as refused:
        records.update(info.SPEC, later.id, {"报送时间": "2026-03-01 09:10"}, later.version, admin)
    assert f"不能早于首报（{first.number}）的报送时间" in refused.value.message, refused.value.message
    # within the order a correction goes through
    moved = records.update(info.SPEC, first.id, {"报送时间": "2026-03-01 10:30"}, first.version, admin)
    assert moved.reported_at == dt.datetime(2026, 3, 1, 10, 30)
