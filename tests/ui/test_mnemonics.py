"""Keyboard-first: the buttons a clerk presses have an Alt+letter (mnemonic), in Chinese
(保存(&S)) and in English (&Save) alike, and no two buttons that show together — nor a button
and the main window's menus — share one (Alt then only moves between them)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from officedesk.ui.widgets.fold_bar import FoldingBar
from officedesk.ui.widgets.mnemonics import key_of, plain

# buttons that may go without a letter: the folding bar's 更多, a calendar's arrows
UNKEYED = {"更多", "More", "◀", "▶"}


def _pages(tab: QWidget) -> list[QWidget]:
    holders = [tab] if isinstance(tab, QTabWidget) else []
    holders += tab.findChildren(QTabWidget)
    return [h.widget(i) for h in holders for i in range(h.count())]


def _shown_together(tab: QWidget) -> list[list[QWidget]]:
    """Each group of widgets that can show at once: what is outside every inner page, with
    one page (and what is inside it but outside its own inner pages, recursively)."""
    pages = _pages(tab)

    def own(root: QWidget, inner: list[QWidget]) -> list[QWidget]:
        return [
            w
            for w in root.findChildren(QAbstractButton) + root.findChildren(QLabel)
            if not any(p is w or p.isAncestorOf(w) for p in inner)
        ]

    outer_pages = [p for p in pages if not any(q is not p and q.isAncestorOf(p) for q in pages)]
    around = own(tab, outer_pages)
    if not outer_pages:
        return [around]
    return [around + group for page in outer_pages for group in _shown_together(page)]


def _clashes(widgets: list[QWidget], menus: dict[str, str]) -> list[str]:
    seen = dict(menus)
    found = []
    for widget in widgets:
        key = key_of(widget.text())
        if not key:
            continue
        if key in seen:
            found.append(f"{widget.text()!r} and {seen[key]!r}: Alt+{key}")
        seen[key] = widget.text()
    return found


def _no_letter_left(button: QWidget, groups: list[list[QWidget]], menus: dict[str, str]) -> bool:
    """English: every letter of the button's words is another's that shows with it (a row of
    more buttons than letters): it goes without rather than take “(&Q)”."""
    letters = {c.upper() for c in button.text() if c.isascii() and c.isalpha()}
    return all(
        letters <= set(menus) | {key for w in group if w is not button and (key := key_of(w.text()))}
        for group in groups if any(w is button for w in group)
    )


def _row_buttons(tab: QWidget) -> list[QAbstractButton]:
    """The buttons of the tabs' rows (folding bars) and the push buttons beside them."""
    found = []
    for bar in tab.findChildren(FoldingBar):
        found += [w for w in bar.widgets() if isinstance(w, QAbstractButton)]
    return found


def walk_tabs(window):
    """Each main tab's name, page and its buttons shown together, every page of its inner tab
    widgets built first."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        for holder in [tab] * isinstance(tab, QTabWidget) + tab.findChildren(QTabWidget):
            for page in range(holder.count()):
                holder.setCurrentIndex(page)  # a page built when first shown (效能投诉)
        yield window.tabs.tabText(index), tab, _shown_together(tab)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_tab_button_has_a_letter_no_two_alike(app_ctx, qtbot, language):
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    menus = {key_of(a.text()): a.text() for a in window.menuBar().actions() if key_of(a.text())}
    assert set(menus) == {"F", "E", "G", "T", "H"}  # mnemonics.RESERVED
    problems, keyed = [], 0
    for name, tab, groups in walk_tabs(window):
        for group in groups:
            problems += [f"{name}: {clash}" for clash in _clashes(group, menus)]
        for button in _row_buttons(tab):
            if plain(button.text()) in UNKEYED:
                continue
            keyed += 1
            if language == "en" and "(&" in button.text():
                problems.append(f"{name}: {button.text()!r}: a Chinese-style letter in brackets")
            elif not key_of(button.text()) and not (language == "en" and _no_letter_left(button, groups, menus)):
                problems.append(f"{name}: {button.text()!r} has no Alt+letter")
            elif "(&" in button.text():
                assert button.accessibleName() and "&" not in button.accessibleName()
    assert keyed > 60  # every tab's row was walked
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_usual_buttons_keep_their_usual_letters(app_ctx, qtbot, language):
    """新建 Alt+N, 删除 Alt+D on the 通讯录's rows; the same letter in both languages."""
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.go_to_tab(window.tabs.count() - 1)  # 通讯录: the plain registry pages
    tab = window.tabs.currentWidget()
    page = tab.currentWidget()
    texts = {plain(b.text()): key_of(b.text()) for b in _row_buttons(page)}
    new, delete = ("新建", "删除") if language == "zh_CN" else ("New", "Delete")
    assert texts[new] == "N" and texts[delete] == "D"


def _dialog_clashes(dialog) -> list[str]:
    widgets = [w for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
               if w.isVisibleTo(dialog)]
    return _clashes(widgets, {})


def _keys(dialog) -> dict[str, str | None]:
    return {plain(b.text()): key_of(b.text()) for b in dialog.findChildren(QAbstractButton)
            if b.text() and b.isVisibleTo(dialog)}


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
@pytest.mark.parametrize("name", ["incoming", "units", "people", "supervision"])
def test_a_record_form_saves_on_alt_s_cancels_on_alt_c(app_ctx, qtbot, language, name):
    from officedesk.core import registry
    from officedesk.ui.widgets.record_form import RecordFormDialog
    from tests.ui.forms import shown

    dialog = RecordFormDialog(app_ctx, registry.get(name))
    shown(dialog, qtbot)
    keys = _keys(dialog)
    save, cancel = ("保存", "取消") if language == "zh_CN" else ("Save", "Cancel")
    assert keys[save] == "S" and keys[cancel] == "C", keys
    assert not _dialog_clashes(dialog)
    dialog.reject()


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_import_questions_buttons_have_letters(qapp, qtbot, language):
    """导入检查 (写明冲突原因… / 跳过有问题的行 / 不导入), 导入确认, 已有相同的记录: every
    button a letter, none alike; and the 冲突原因 and 修改密码 dialogs."""
    from PySide6.QtCore import QCoreApplication

    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.conflict_reason import ConflictReasonDialog
    from officedesk.ui.password_dialog import PasswordDialog
    from officedesk.ui.widgets.list_question import ListQuestion
    from tests.ui.forms import shown

    def tr(text):
        return QCoreApplication.translate("actions", text)

    questions = [
        ([(tr("写明冲突原因…"), "reason"), (tr("跳过有问题的行，导入其余"), "skip")], tr("不导入")),
        ([(tr("导入"), "import")], tr("不导入")),
        ([(tr("跳过这些行"), "skip"), (tr("用表中内容更新已有记录"), "update"),
          (tr("仍然新增"), "add")], tr("不导入")),
        ([], tr("关闭")),
    ]
    dialogs = [ListQuestion(None, "t", "s", ["第 2 行：…"], choices, reject)
               for choices, reject in questions]
    dialogs += [ConflictReasonDialog(None, [2]), PasswordDialog(CLI_ACTOR.username, CLI_ACTOR)]
    for dialog in dialogs:
        shown(dialog, qtbot)
        keys = _keys(dialog)
        assert keys and all(keys.values()), keys
        assert not _dialog_clashes(dialog), keys
        dialog.reject()


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_menus_entries_have_letters_none_alike(app_ctx, qtbot, language):
    """文件 → 导入 Excel(&I)…, 导出 Excel(&E)… (Alt+F, I imports); 转到's pages have Alt+1 …"""
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    bar = window.menuBar().actions()
    for menu in (bar[0], bar[1], bar[3], bar[4]):
        entries = [a.text() for a in menu.menu().actions() if not a.isSeparator()]
        keys = [key_of(text) for text in entries]
        assert all(keys) and len(set(keys)) == len(keys), entries
    file_keys = {plain(a.text()): key_of(a.text()) for a in bar[0].menu().actions()}
    imports, exports = ("导入 Excel…", "导出 Excel…") if language == "zh_CN" else ("Import Excel…", "Export Excel…")
    assert file_keys[imports] == "I" and file_keys[exports] == "E"


def test_alt_and_the_letter_presses_the_button(app_ctx, qtbot, monkeypatch):
    """Alt+N on the 通讯录 opens 新建 (the form), as a click does."""
    from PySide6.QtCore import Qt

    from officedesk.ui.main_window import MainWindow
    from officedesk.ui.widgets import record_form

    opened = []
    monkeypatch.setattr(record_form.RecordFormDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.go_to_tab(window.tabs.count() - 1)
    qtbot.wait(50)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=2000)
    assert opened[0].windowTitle().startswith("新建")


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_tool_dialogs_buttons_have_letters_none_alike(app_ctx, qtbot, language):
    """信息刊物's 刊物设置/删除空期/印发/打印/关闭, 排名's, 信访统计's, 用户与岗位's, 全局搜索's …
    had no Alt+letter: only the forms (GuardedDialog) were given them."""
    from PySide6.QtWidgets import QPushButton

    from officedesk.ui.admin import UsersDialog
    from officedesk.ui.info.dialogs import IssuesDialog, RankingDialog
    from officedesk.ui.petitions.stats_dialog import StatsDialog
    from officedesk.ui.search_dialog import SearchDialog

    def printer(*args, **kwargs):
        return None

    dialogs = [IssuesDialog(app_ctx, printer), RankingDialog(app_ctx, printer), StatsDialog(app_ctx),
               UsersDialog(app_ctx), SearchDialog(app_ctx)]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and plain(b.text()) not in UNKEYED]
        keys = [key_of(b.text()) for b in buttons]
        problems += [f"{type(dialog).__name__}: {b.text()!r}" for b, key in zip(buttons, keys, strict=True) if not key]
        keyed = [key for key in keys if key]
        if len(set(keyed)) != len(keyed):
            problems.append(f"{type(dialog).__name__}: letters alike {keyed}")
        dialog.close()
    assert not problems, "\n".join(problems)
