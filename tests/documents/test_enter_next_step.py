"""Enter on a record opens its next step, as core offers it: a 收文 已批办 opened 批办 again
(the first step its state allows, a further 批示 being allowed there) instead of 承办; a 信访
row's Enter only refreshed its details (tests/petitions/test_enter_next_step.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.step_offered import next_step


def _instructed():
    record = incoming.sign_in({"收文日期": "2026-11-16", "来文机关": "省委办公厅", "来文字号": "省委办发〔2026〕45号",
                               "标题": "关于做好安全生产工作的通知", "文种": "通知", "密级": "非密"}, CLI_ACTOR)
    record = incoming.register_doc(record.id, record.version, {}, CLI_ACTOR)
    record = incoming.review(record.id, record.version, CLI_ACTOR)
    record = incoming.propose(record.id, record.version, CLI_ACTOR, "拟请王主任阅示。")
    return incoming.instruct(record.id, record.version, CLI_ACTOR, "请应急局落实。", "王建国")


def test_the_next_step_is_the_one_the_record_waits_for(office):
    record = _instructed()
    assert record.state == incoming.INSTRUCTED
    assert next_step("incoming", record, ("批办", "承办", "传阅", "办结")) == "承办"
    assert next_step("incoming", record, ("批办",)) is None  # only a further 批示: the button's


def test_enter_on_a_收文_已批办_opens_承办(office, main_window, qtbot, monkeypatch):
    record = _instructed()
    tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(tab)
    page = tab.incoming
    tab.setCurrentWidget(page)
    opened: list[str] = []
    monkeypatch.setattr(page, "step_handlers",
                        lambda: {name: (lambda n=name: opened.append(n)) for name in page.step_buttons})
    page.list.refresh()
    assert page.list.select_record(record.id)
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert opened == ["承办"]
