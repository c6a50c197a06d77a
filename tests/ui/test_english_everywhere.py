"""In the English interface no Chinese is left that is not the office's own data: labels,
buttons, headers, filter choices, and in the lists the states, choices (密级, 紧急程度 …),
deadline and light texts; core's composed texts and the login error too."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
)

from officedesk.core import clock, registry

CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def english(qapp):
    from officedesk.ui import i18n

    i18n.install(qapp, "en")
    yield qapp
    i18n.uninstall(qapp)


def data_words() -> list[str]:
    """What the office typed (names of units, people, rooms; titles, contents …): shown as is."""
    from officedesk.core.fields import CHOICE

    words: set[str] = set()
    for spec in registry.all_registries():
        free = [
            f.name for f in spec.fields
            if f.kind != CHOICE or f.free_choice
        ]
        for row in spec.model.select():
            for name in free:
                value = row.__data__.get(name)
                if isinstance(value, str) and value:
                    words.add(value)
    from officedesk.store.info import Periodical
    from officedesk.store.models import Person, Unit

    words.update(p.name for p in Periodical.select())  # the office names its periodicals

    words.update(p.name for p in Person.select())
    words.update(u.name for u in Unit.select())
    words.update(u.short_name for u in Unit.select() if u.short_name)
    return sorted(words, key=len, reverse=True)


def chinese_left(text: str, words: list[str]) -> str:
    for word in words:
        if word in text:
            text = text.replace(word, "")
    return text if CJK.search(text) else ""


def test_english_interface_has_no_chinese_but_the_office_s_data(demo_filled, english, app_ctx, qtbot):
    from officedesk.ui.main_window import MainWindow

    clock.set_today(dt.date(2026, 11, 30))
    try:
        demo_filled(6)
        words = data_words()
        window = MainWindow(app_ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        left: set[str] = set()

        def note(where: str, text: str) -> None:
            rest = chinese_left(text or "", words)
            if rest:
                left.add(f"{where}: {text[:50]}")

        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            tab = window.tabs.currentWidget()
            note("tab", window.tabs.tabText(index))
            holders = ([tab] if isinstance(tab, QTabWidget) else []) + tab.findChildren(QTabWidget)
            for holder in holders or [None]:
                for page in range(holder.count() if holder is not None else 1):
                    if holder is not None:
                        holder.setCurrentIndex(page)
                        note("page", holder.tabText(page))
                    qtbot.wait(50)
                    _collect(tab, note)
        assert sorted(left) == []
    finally:
        clock.set_today(None)


def _collect(tab, note) -> None:
    from officedesk.core.fields import CHOICE

    for label in tab.findChildren(QLabel):
        if label.isVisible():
            note("label", label.text())
    for button in tab.findChildren(QAbstractButton):
        note("button", button.text())
    for box in tab.findChildren(QGroupBox):
        note("group", box.title())
    for combo in tab.findChildren(QComboBox):
        for i in range(combo.count()):
            note(f"choice {combo.accessibleName()}", combo.itemText(i))
    for table in tab.findChildren(QTableView):
        if not table.isVisible():
            continue
        model = table.model()
        fields = getattr(model, "fields", None)
        metrics = table.horizontalHeader().fontMetrics()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            note("header", title)
            if fields is None:  # a table of figures or due items: every cell but the office's data
                for row in range(min(model.rowCount(), 40)):
                    note(f"cell {title}", str(model.data(model.index(row, column)) or ""))
                continue
            if table.columnWidth(column) < metrics.horizontalAdvance(title):
                note("cut header", f"{title} 被截断")  # reported as Chinese left: fails
            fixed = column >= len(fields) or fields[column].kind == CHOICE or (
                fields[column].name == "state"
            )
            if not fixed:
                continue
            for row in range(min(model.rowCount(), 40)):
                note(f"cell {model.headerData(column, Qt.Orientation.Horizontal)}",
                     str(model.data(model.index(row, column)) or ""))


def test_core_texts_are_translated_through_the_catalogue(english):
    from officedesk.core.i18n import display, text

    assert display(text("剩 %1 天", 3)) == "3 d left"
    assert display(text("● %1灯 %2", "红", text("逾期 %1 天", 5))) == "● Red 5 d overdue"
    assert str(text("剩 %1 天", 3)) == "剩 3 天"  # printed papers and the CLI stay Chinese
    assert display("机密") == "Confidential" and display("加急") == "Urgent"


def test_login_error_in_english(db, english, qtbot):
    from officedesk.ui.login import LoginDialog

    dialog = LoginDialog("test.db")
    qtbot.addWidget(dialog)
    dialog.username.setText("nobody")
    dialog.password.setText("wrong")
    dialog.try_login()
    assert dialog.error.text() and not CJK.search(dialog.error.text())


@pytest.mark.slow
def test_dialogs_in_english_have_no_chinese_but_data_and_rule_errors(
    demo_filled, english, app_ctx, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from officedesk.ui.main_window import MainWindow
    from tests.ui import fit_probe
    from tests.ui.test_fit_screen import visit_tab

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: ("", ""))
    demo_filled(6)
    # the office's data, and the heading marks of a 公文 body (一、（一）), are not interface text
    words = data_words() + ["（一）", "一、"]
    left: set[str] = set()

    def collect(window) -> None:
        if isinstance(window, QMessageBox) and window.icon() == QMessageBox.Icon.Warning:
            return  # a rule's refusal: its message may stay Chinese
        texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
        texts += [button.text() for button in window.findChildren(QAbstractButton)]
        texts += [box.title() for box in window.findChildren(QGroupBox)]
        for combo in window.findChildren(QComboBox):
            texts += [combo.itemText(i) for i in range(combo.count())]
        for text in texts:
            if chinese_left(text or "", words):
                words[:] = data_words() + ["（一）", "一、"]  # records the walk itself made
                if chinese_left(text or "", words):
                    left.add(f"{type(window).__name__}: {text[:60]}")

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    closer = fit_probe.Closer(window, collect)
    closer.start()
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            visit_tab(window, window.tabs.currentWidget(), closer, qtbot)
    finally:
        closer.stop()
    assert len(closer.seen) > 20 and sorted(left) == []


def test_what_is_due_next_is_translated(english):
    """The 工作台's 待办 column shows core's next-due texts: every one a petition can have."""
    import datetime as dt
    from types import SimpleNamespace

    from officedesk.core.i18n import display
    from officedesk.core.petitions import spec as S
    from officedesk.core.petitions.deadlines import next_due

    day = dt.date(2026, 12, 1)
    blank = dict(decide_due=day, notify_due=day, handle_due=day, accept_due=day, review_due=day,
                 report_due=None, reported_on=None, handling="转送", review_kind="复查")
    cases = [dict(state=S.PENDING), dict(state=S.TO_NOTIFY), dict(state=S.TO_NOTIFY, handling="不予受理"),
             dict(state=S.HANDLING), dict(state=S.TRANSFERRED), dict(state=S.IN_REVIEW),
             dict(state=S.IN_RECHECK, review_kind="复核"),
             dict(state=S.HANDLING, handling="交办", handle_due=None, report_due=day)]
    whats = {next_due(SimpleNamespace(**{**blank, **case}))[1] for case in cases}
    whats.add("承办时限")  # 收文's, from core.documents.reports
    assert len(whats) == 9  # 转送交办, 受理告知, 不予受理告知, 办理答复, 转送受理, 复查答复, 复核答复, 交办回报, 承办时限
    untranslated = sorted(w for w in whats if CJK.search(display(w)))
    assert untranslated == []


def test_a_record_is_named_with_its_registry_in_english(english):
    """“这件%1…” took the registry's English page name for a noun: “This Complaints is
    “Closed””, “This Petitions (信2026-00040) is already void”."""
    from officedesk.core.i18n import display, text

    refused = display(text("这件%1现在是“%2”，不能“%3”。此时可以：%4。", "效能投诉", "已办结", "核查", "无"))
    assert refused.startswith("This record (Complaints) is “") and "cannot be done now" in refused
    assert display(text("这件%1（%2）已经作废。", "信访", "信2026-00040")) == \
        "This record (Petitions 信2026-00040) is already void."
