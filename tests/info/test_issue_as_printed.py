"""A 简报 reprinted after its 印发 shows what went out (core.info.printed_items), one not yet
印发 is marked as a draft; schema 28 keeps past issues from the audit trail."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core import directory, records, registry
from officedesk.core.info import periodicals, printed_items
from officedesk.printing import forms
from officedesk.store.info import InfoPrintedItem

OLD, NEW = "县林业局", "县林业和草原局"


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


@pytest.fixture
def published(report, advance, admin, fixed_today):
    """An issue of two items 印发 on 2026-04-03, its first item's unit renamed since."""
    registry.load_all()
    for name in (OLD, "城关镇"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    fixed_today(dt.date(2026, 4, 3))
    first = advance(report(title="县林业局开展森林防火检查", unit=OLD))
    advance(report(title="城关镇推进老旧小区改造", unit="城关镇", content="第一段。\n第二段。"))
    periodicals.publish(first.issue, admin, dt.date(2026, 4, 3))
    unit = directory.unit_by_name(OLD)
    records.update(directory.UNITS, unit.id, {"单位名称": NEW}, unit.version, admin)
    return first.issue


def test_a_published_issue_reprints_the_unit_it_went_out_with(published, admin):
    text = _text(forms.get("info-issue").build([published], admin))
    assert f"（{OLD}）" in text and NEW not in text
    assert "征求意见稿" not in text and "未印发" not in text
    assert "2026年4月3日" in text


def test_publishing_keeps_each_item_as_printed(published):
    rows = list(InfoPrintedItem.select().where(InfoPrintedItem.issue == published)
                .order_by(InfoPrintedItem.position))
    assert [(r.position, r.title, r.unit, r.source) for r in rows] == [
        (1, "【编】县林业局开展森林防火检查", OLD, "印发"),
        (2, "【编】城关镇推进老旧小区改造", "城关镇", "印发")]
    assert rows[1].content == "第一段。\n第二段。"


def test_an_issue_being_edited_prints_the_records_marked_as_a_draft(report, advance, admin,
                                                                     fixed_today):
    fixed_today(dt.date(2026, 4, 3))
    first = advance(report(title="县林业局开展森林防火检查"))
    text = _text(forms.get("info-issue").build([first.issue], admin))
    assert "征求意见稿" in text and "（未印发）" in text
    assert "【编】县林业局开展森林防火检查" in text
    assert not InfoPrintedItem.select().where(InfoPrintedItem.issue == first.issue).exists()


def test_schema_28_keeps_past_issues_from_the_audit_trail(published, report, advance, admin, db):
    from officedesk.store.migrations import m0028_info_printed_items as m28

    InfoPrintedItem.delete().execute()  # as a database 印发 before schema 28 holds it
    m28.upgrade(db)
    rows = list(InfoPrintedItem.select().order_by(InfoPrintedItem.position))
    # the rename after the 印发 is taken back: the unit as the issue printed it
    assert [(r.title, r.unit, r.source) for r in rows] == [
        ("【编】县林业局开展森林防火检查", OLD, "审计记录"),
        ("【编】城关镇推进老旧小区改造", "城关镇", "审计记录")]
    assert [i.unit for i in printed_items.kept(published)] == [OLD, "城关镇"]
    m28.upgrade(db)  # run twice: nothing doubled
    assert InfoPrintedItem.select().count() == 2


def test_schema_28_takes_the_records_when_the_trail_holds_no_publishing(report, advance, admin,
                                                                          db, fixed_today):
    from officedesk.store.info import InfoIssue
    from officedesk.store.migrations import m0028_info_printed_items as m28

    fixed_today(dt.date(2026, 4, 3))
    first = advance(report(title="县林业局开展森林防火检查"))
    # 印发 in a database whose trail does not record it (kept so before, or brought in)
    InfoIssue.update(state=periodicals.ISSUED, issued_on=dt.date(2026, 4, 3)).where(
        InfoIssue.id == first.issue).execute()
    m28.upgrade(db)
    rows = list(InfoPrintedItem.select())
    assert [(r.title, r.unit, r.source) for r in rows] == [
        ("【编】县林业局开展森林防火检查", "县林业局", "现有数据")]
