"""A clerk scanning a registry's list for what waits on him sees, at 1366×768 with the window's
default dividers and without scrolling sideways, each record's 编号, 标题 (事由), 状态 and its
deadline light — in Chinese and in English. Long free text (反映内容) and contact data come
after them. The order is core's (RegistrySpec.list_first), the widths the clerk's once he set
them: an old remembered header, saved when the order was another, keeps its widths, not its
order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTabWidget

from officedesk.core import registry
from officedesk.ui.widgets.records_table import RegistryListView

LIGHT = "light"  # registry.LIGHT: the computed deadline light (持有/时限, 预警, 期限提示, 报送计时)

# registry -> the columns that must be in view: its declared fields, and its deadline light
MUST_SEE = {
    "incoming": ("receive_no", "title", "state", LIGHT),
    "outgoing": ("doc_no", "title", "state"),
    "meetings": ("title", "start", "status"),
    "supervision": ("number", "title", "status", LIGHT),
    "petitions": ("number", "category", "state", "next_due", LIGHT),
    "complaints": ("number", "unit", "state", "due_on"),
    "info": ("number", "title", "state", LIGHT),
}


def _lists(window, qtbot) -> dict[str, RegistryListView]:
    """Every registry list of the window, each shown once in its tab (and inner page)."""
    found: dict[str, RegistryListView] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        tab = window.tabs.currentWidget()
        holders = ([tab] if isinstance(tab, QTabWidget) else []) + tab.findChildren(QTabWidget)
        pages = [(holder, i) for holder in holders for i in range(holder.count())] or [(None, 0)]
        for holder, page in pages:
            if holder is not None:
                holder.setCurrentIndex(page)
                qtbot.wait(20)
            for view in tab.findChildren(RegistryListView):
                if view.isVisible() and view.spec.name not in found:
                    found[view.spec.name] = view
    return found


def _out_of_view(view: RegistryListView, wanted: tuple[str, ...]) -> list[str]:
    """The wanted columns not wholly inside the list's viewport (title, right edge, viewport)."""
    header = view.table.horizontalHeader()
    model = view.model
    # a computed column by its name (the light was each list's first before it had one)
    names = [f.name for f in model.fields] + [
        getattr(c, "name", LIGHT if i == 0 else "") for i, c in enumerate(model.extra_columns)]
    width = view.table.viewport().width()
    missing = []
    for name in wanted:
        assert name in names, (view.spec.name, name)
        section = names.index(name)
        right = header.sectionViewportPosition(section) + header.sectionSize(section)
        if header.isSectionHidden(section) or header.sectionViewportPosition(section) < 0 or right > width:
            title = model.headerData(section, Qt.Orientation.Horizontal)
            missing.append(f"{view.spec.name}: {title} ends at {right} px, the list shows {width}")
    return missing


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_registry_list_shows_number_title_state_and_light_without_scrolling(
        demo_filled, app_ctx, qtbot, language):
    from officedesk.ui.main_window import MainWindow

    demo_filled(6)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.showMaximized()
    qtbot.waitExposed(window)
    assert window.width() <= 1366
    lists = _lists(window, qtbot)
    assert set(MUST_SEE) <= set(lists), sorted(lists)
    missing = []
    for name, wanted in MUST_SEE.items():
        missing += _out_of_view(lists[name], wanted)
        missing += _states_cut(lists[name], wanted)
    assert not missing, "\n".join(missing)


def _states_cut(view: RegistryListView, wanted: tuple[str, ...]) -> list[str]:
    """The 状态 read whole: its column as wide as its longest state in the interface's
    language (English ones are long: Under re-examination, Awaiting publication)."""
    from officedesk.core.i18n import display

    metrics = view.table.fontMetrics()
    cut = []
    for section, field in enumerate(view.model.fields):
        if field.name in wanted and field.name in ("state", "status"):
            widest = max(metrics.horizontalAdvance(display(c)) for c in field.choices)
            if view.table.horizontalHeader().sectionSize(section) < widest + 8:
                cut.append(f"{view.spec.name}: {field.label} cut ({widest} px of words)")
    return cut


def _saved_state_of_the_old_order(tmp_path, spec, widths: dict[int, int]) -> QSettings:
    """A header saved before the order was core's: every column in declared order (the lights
    after them), the last one stretched wide."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    settings = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    table = QTableView()
    columns = len(spec.columns()) + 2
    table.setModel(QStandardItemModel(0, columns, table))
    header = table.horizontalHeader()
    for section in range(columns):
        header.resizeSection(section, widths.get(section, 100))
    settings.setValue(f"tables/{spec.name}/header", header.saveState())
    table.deleteLater()
    return settings


def test_an_old_remembered_header_keeps_its_widths_and_takes_the_new_order(app_ctx, qtbot, tmp_path):
    from officedesk.ui.widgets.records_model import Column

    spec = registry.get("petitions")
    fields = [f.name for f in spec.columns()]
    content, state = fields.index("content"), fields.index("state")
    last = len(fields) + 1  # the 重复 column, last of the old state, stretched to 600 px
    app_ctx.settings = _saved_state_of_the_old_order(tmp_path, spec, {content: 333, last: 600})
    view = RegistryListView(app_ctx, spec, [Column("期限提示", str, name=registry.LIGHT),
                                            Column("重复", str, name=registry.REPEAT)])
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    header = view.table.horizontalHeader()
    assert header.sectionSize(content) == 333  # the clerk's width kept
    assert header.visualIndex(state) < header.visualIndex(content)  # core's order, not the old
    assert header.visualIndex(len(fields)) == 1  # the light by the number
    assert header.sectionSize(last) < 200  # no longer last: not the width it was stretched to


def test_a_header_saved_with_other_columns_is_not_put_back(app_ctx, qtbot, tmp_path):
    """A column added or dropped since the header was saved would give its widths to other
    columns (a header saved for more columns than there are kept sections of no column)."""
    spec = registry.get("outgoing")
    app_ctx.settings = _saved_state_of_the_old_order(tmp_path, spec, {0: 444})
    view = RegistryListView(app_ctx, spec)  # two columns fewer than saved: not put back
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    assert header.count() == len(spec.columns())
    assert header.sectionSize(0) != 444
    header.resizeSection(0, 222)  # the clerk's width, saved with its columns named
    again = RegistryListView(app_ctx, spec)
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sectionSize(0) == 222
    app_ctx.settings.setValue("tables/outgoing/header-columns", "doc_no title")  # others then
    other = RegistryListView(app_ctx, spec)
    qtbot.addWidget(other)
    assert other.table.horizontalHeader().sectionSize(0) != 222


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_incoming_light_reads_a_time_limit_whole(app_ctx, qtbot, language):
    """The 收文 持有/时限 column is as wide as a 时限 in words at two digits: in English
    “15 working days left” was cut to “15 working days…”."""
    from officedesk.core.i18n import display, text
    from officedesk.ui.documents.incoming_page import IncomingPage

    page = IncomingPage(app_ctx)
    qtbot.addWidget(page)
    view = page.findChild(RegistryListView)
    light = len(view.model.fields)  # the first computed column
    metrics = view.table.fontMetrics()
    for words in ("剩 %1 个工作日", "逾期 %1 个工作日"):
        needed = metrics.horizontalAdvance(display(text(words, 15)))
        assert view.table.horizontalHeader().sectionSize(light) >= needed + 8, words


def test_a_time_limit_in_working_days_reads_as_english(english):
    """The 收文 list's and the 工作台's 时限 in working days: “1 working d overdue” was English cut
    short where the column is as wide as its words (and one English form serves 1 and 15)."""
    from officedesk.core.i18n import display, text

    assert display(text("逾期 %1 个工作日", 1)) == "1 working day(s) overdue"
    assert display(text("%1 个工作日", 15)) == "15 working day(s)"
