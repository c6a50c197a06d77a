"""A 续报's title is numbered from its first report: （续报一）, （续报二）…, whether it is added to
the first report or to a 续报 of it, by the command line or the window."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import batch, info, records
from officedesk.core.info import first_reports, procedure
from officedesk.exchange import xlsx
from officedesk.store.info import InfoItem

from ..exchange.sheets import write_sheet
from .test_ui import tab  # noqa: F401 (the fixture)

EVENT = {"category": "突发事件", "event_level": "较大", "event_at": "2026-03-01 09:00",
         "reported_at": "2026-03-01 09:31", "unit": "河口镇", "title": "河口镇化工厂泄漏"}


def test_followups_are_numbered_one_two_three(report, admin):
    first = report(**EVENT)
    one = procedure.followup(first.id, {"content": "事态进展", "reported_at": "2026-03-01 10:00"},
                             admin)
    two = procedure.followup(one.id, {"content": "又一进展", "reported_at": "2026-03-01 11:00"},
                             admin)
    assert (one.title, two.title) == ("河口镇化工厂泄漏（续报一）", "河口镇化工厂泄漏（续报二）")
    assert first_reports.followup_title(info.get(two.id, admin), admin) == \
        "河口镇化工厂泄漏（续报三）"
    # a title typed in is kept as it is
    three = procedure.followup(first.id, {"content": "处置完毕", "title": "泄漏已控制",
                                          "reported_at": "2026-03-01 12:00"}, admin)
    assert three.title == "泄漏已控制"
    assert first_reports.followup_title(first, admin) == "河口镇化工厂泄漏（续报四）"


def test_the_window_offers_the_numbered_title_for_a_followup_of_a_followup(report, admin, tab):  # noqa: F811
    first = report(**EVENT)
    one = procedure.followup(first.id, {"content": "事态进展", "reported_at": "2026-03-01 10:00"},
                             admin)
    tab.list.refresh()
    tab.list.select_record(one.id)
    dialog = tab.followup_dialog()
    assert dialog.panel.inputs["title"].value() == "河口镇化工厂泄漏（续报二）"


@pytest.mark.parametrize("by_rows", [False, True])
def test_followups_imported_without_titles_are_numbered_in_order(db, admin, tmp_path, monkeypatch,
                                                                 by_rows):
    if by_rows:
        monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    first = records.create(info.SPEC, {**EVENT, "reporter": "赵强", "content": "储罐泄漏。"}, admin)
    rows = [{"续报": first.number, "报送时间": dt.datetime(2026, 3, 1, h), "正文": f"{h}时进展。"}
            for h in (11, 15)]
    done = xlsx.import_file(info.SPEC, write_sheet(info.SPEC, tmp_path / "续报.xlsx", rows), admin)
    assert done.ok, [str(p) for p in done.problems]
    assert [i.title for i in InfoItem.select().where(InfoItem.followup_of == first.id)
            .order_by(InfoItem.reported_at)] == ["河口镇化工厂泄漏（续报一）", "河口镇化工厂泄漏（续报二）"]


@pytest.mark.parametrize("by_rows", [False, True])
@pytest.mark.parametrize("before", ["titled", "refused"])
def test_a_titled_followup_counts_and_a_refused_one_does_not(db, admin, tmp_path, monkeypatch, by_rows, before):
    """Imported (the batch, or one by one): a 续报 with a title of its own counts for the rows
    after it — one by one it was in the database for them —, and one refused (with --skip-bad,
    here of another unit) counts for none, as its savepoint took it back."""
    if by_rows:
        monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    first = records.create(info.SPEC, {**EVENT, "reporter": "赵强", "content": "储罐泄漏。"}, admin)
    earlier = ({"标题": "群众已疏散"} if before == "titled" else {"报送单位": "城关镇"})
    rows = [{"续报": first.number, "报送时间": dt.datetime(2026, 3, 1, 10), "正文": "已疏散。", **earlier},
            {"续报": first.number, "报送时间": dt.datetime(2026, 3, 1, 12), "正文": "明火已灭。"}]
    done = xlsx.import_file(info.SPEC, write_sheet(info.SPEC, tmp_path / "续报.xlsx", rows), admin, skip_bad=True)
    assert [i.title for i in InfoItem.select().where(InfoItem.followup_of == first.id)
            .order_by(InfoItem.reported_at)] == (["群众已疏散", "河口镇化工厂泄漏（续报二）"] if before == "titled"
                                                 else ["河口镇化工厂泄漏（续报一）"])
    assert done.imported == (2 if before == "titled" else 1), [str(p) for p in done.problems]
