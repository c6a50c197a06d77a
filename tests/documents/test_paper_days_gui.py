"""In the window, a step without a date field of its own (登记, 核稿, 复核, 编号, 核发 …) asks the
day it was done — today at first — so a clerk entering old paper steps records their real days,
as `officedesk step … --on` does; a day before the step already done is refused in the dialog,
and what was typed stays."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from officedesk.core import clock, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming, outgoing
from officedesk.core.documents.common import steps
from officedesk.ui.documents import DocumentsTab
from officedesk.ui.widgets.date_input import DateInput

from .conftest import TODAY

PAPER = dt.date(2026, 11, 10)  # TODAY is 2026-11-16


@pytest.fixture
def tab(office, app_ctx, qtbot) -> DocumentsTab:
    widget = DocumentsTab(app_ctx)
    qtbot.addWidget(widget)
    return widget


def _select(page, record_id: int) -> None:
    page.list.refresh()
    assert page.list.select_record(record_id)


def _day_of(registry: str, record_id: int, step: str) -> dt.date:
    return [s for s in steps(registry, record_id, CLI_ACTOR) if s.step == step][-1].at.date()


def test_outgoing_steps_take_the_day_on_the_paper(tab, secretary):
    clock.set_today(dt.date(2026, 11, 9))
    doc = outgoing.draft({"标题": "关于补录的通知", "文种": "通知", "主送": "各乡镇"}, secretary)
    clock.set_today(TODAY)
    page = tab.outgoing
    _select(page, doc.id)
    dialog = page.step_handlers()["核稿"]()
    assert dialog.value("on") == TODAY  # today, unless the paper says otherwise
    dialog.set_value("on", dt.date(2026, 11, 8))
    dialog.set_value("checker", "李科长")
    assert not dialog.try_submit()
    assert "核稿日期（2026-11-08）不能早于拟稿日期（2026-11-09）" in dialog.errors["on"].text()
    assert dialog.value("checker") == "李科长"
    dialog.set_value("on", PAPER)
    assert dialog.try_submit(), dialog.general_error.text()
    assert _day_of("outgoing", doc.id, "核稿") == PAPER
    signed = outgoing.sign(doc.id, records.get(outgoing.OUTGOING, doc.id, CLI_ACTOR).version, secretary,
                           "王建国", signed_on=dt.date(2026, 11, 11))
    _select(page, signed.id)
    dialog = page.step_handlers()["复核"]()
    dialog.set_value("checker", "周秘书")
    dialog.set_value("on", dt.date(2026, 11, 12))
    assert dialog.try_submit(), dialog.general_error.text()
    _select(page, signed.id)
    dialog = page.step_handlers()["编号"]()
    dialog.set_value("on", dt.date(2026, 11, 12))
    assert dialog.try_submit(), dialog.general_error.text()
    record = records.get(outgoing.OUTGOING, doc.id, CLI_ACTOR)
    assert (record.rechecker, record.numbered_at.date()) == ("周秘书", dt.date(2026, 11, 12))
    record = outgoing.mark_printed(record.id, record.version, secretary, 5, dt.date(2026, 11, 13))
    _select(page, record.id)
    dialog = page.step_handlers()["核发"]()  # the page's own dialog (the 分发 table)
    dialog.set_value("rows", [["各乡镇", "5", "", ""]])
    dialog.set_value("on", dt.date(2026, 11, 12))
    assert not dialog.try_submit()
    assert "核发日期（2026-11-12）不能早于印制日期（2026-11-13）" in dialog.errors["on"].text()
    dialog.set_value("on", dt.date(2026, 11, 14))
    assert dialog.try_submit(), dialog.general_error.text()
    assert [(s, _day_of("outgoing", doc.id, s)) for s in ("复核", "编号", "核发")] == [
        ("复核", dt.date(2026, 11, 12)), ("编号", dt.date(2026, 11, 12)),
        ("核发", dt.date(2026, 11, 14))]


def test_the_registration_takes_the_day_on_the_paper(tab, secretary, qtbot):
    clock.set_today(dt.date(2026, 11, 9))
    doc = incoming.sign_in({"收文日期": "2026-11-09", "来文机关": "省委办公厅", "文种": "通知",
                            "标题": "关于补录的来文"}, secretary)
    clock.set_today(TODAY)
    page = tab.incoming
    _select(page, doc.id)
    dialog = page.step_handlers()["登记"]()
    day = dialog.findChild(DateInput, "register_day")
    assert day.value() == TODAY
    day.selectAll()
    qtbot.keyClicks(day, "2026-11-10")  # the day on the paper, typed
    qtbot.keyClick(day, Qt.Key.Key_Down)  # a day back, and up again
    qtbot.keyClick(day, Qt.Key.Key_Up)
    assert day.value() == PAPER
    assert dialog.try_save(), dialog.general_error.text()
    assert _day_of("incoming", doc.id, "登记") == PAPER
    _select(page, doc.id)
    dialog = page.step_handlers()["初审"]()
    dialog.set_value("on", dt.date(2026, 11, 11))
    assert dialog.try_submit(), dialog.general_error.text()
    assert _day_of("incoming", doc.id, "初审") == dt.date(2026, 11, 11)
