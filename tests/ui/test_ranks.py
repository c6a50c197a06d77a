"""级别 by name from the editable 职级 table; the old numbers map onto it (migration 10)."""

from __future__ import annotations

import pytest

from officedesk.core import ranks as rank_table
from officedesk.core import record_lists, records, registry
from officedesk.core.errors import ValidationError
from officedesk.store.models import Person, Rank


def test_standard_ranks_are_there_and_old_numbers_map_onto_them(db, admin):
    names = [r.name for r in Rank.select().order_by(Rank.sort_order)]
    assert names[0] == "省部级正职" and names[-4:] == ["正科级", "副科级", "科员", "办事员"]
    people = registry.get("people")
    by_name = records.create(people, {"姓名": "甲", "级别": "科员"}, admin)
    by_number = records.create(people, {"姓名": "乙", "级别": 3}, admin)  # an old number
    none = records.create(people, {"姓名": "丙"}, admin)
    assert (Person.get_by_id(by_name.id).rank, Person.get_by_id(by_number.id).rank) == (9, 3)
    rank = people.field("rank")
    assert rank_table.rank_name(Person.get_by_id(by_number.id).rank) == "厅局级正职"
    assert record_lists.row_texts(people, Person.get_by_id(by_name.id))[
        [f.name for f in people.columns()].index("rank")
    ] == "科员"
    assert rank_table.rank_name(Person.get_by_id(none.id).rank) == ""
    with pytest.raises(ValidationError, match="没有职级"):
        records.create(people, {"姓名": "丁", "级别": "处长"}, admin)
    assert rank.show is not None


def test_the_rank_table_is_editable_and_orders_seating(db, admin):
    ranks = registry.get("ranks")
    people = registry.get("people")
    clerk = Rank.get(Rank.name == "科员")
    records.update(ranks, clerk.id, {"职级名称": "一级科员"}, clerk.version, admin)
    rank_table.forget_rank_names()  # a rename is read again after 2 s, or at once when told
    person = records.create(people, {"姓名": "戊", "级别": "一级科员"}, admin)
    assert rank_table.rank_name(Person.get_by_id(person.id).rank) == "一级科员"
    first = records.create(people, {"姓名": "己", "级别": "正科级"}, admin)
    ids = records.list_ids(people, admin, sort="rank", descending=False)
    assert ids.index(first.id) < ids.index(person.id)  # 正科级 sits before 科员


def test_another_database_s_ranks_are_read_from_it_at_once(db, admin, tmp_path, _migrated_file):
    """The names cached for 2 s were another database's: a test (or a clerk opening another
    office's file) read 一级科员 where that one has 科员."""
    import shutil

    from officedesk.store import db as store_db

    clerk = Rank.get(Rank.name == "科员")
    records.update(registry.get("ranks"), clerk.id, {"职级名称": "一级科员"}, clerk.version, admin)
    rank_table.forget_rank_names()
    assert rank_table.rank_name(clerk.sort_order) == "一级科员"
    store_db.close_database()
    shutil.copyfile(_migrated_file, tmp_path / "other.db")
    store_db.open_database(str(tmp_path / "other.db"))
    assert rank_table.rank_name(clerk.sort_order) == "科员"


def test_people_form_offers_ranks_by_name(app_ctx, qtbot):
    from PySide6.QtWidgets import QComboBox

    from officedesk.ui.widgets.record_form import RecordFormDialog

    dialog = RecordFormDialog(app_ctx, registry.get("people"))
    qtbot.addWidget(dialog)
    combo = dialog.panel.inputs["rank"].widget
    assert isinstance(combo, QComboBox)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "科员" in items and "正科级" in items and not any(t.isdigit() for t in items)
    dialog.panel.inputs["name"].widget.setText("庚")
    dialog.panel.inputs["rank"].set_value(7)
    assert combo.currentText() == "正科级"
    assert dialog.try_save() and dialog.saved_record.rank == 7


def test_directory_has_a_rank_page(app_ctx, qtbot):
    from officedesk.ui.directory import make_tab

    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    assert "ranks" in tab.pages


def test_the_rank_page_offers_a_clerk_no_change(db, qtbot, tmp_path, clerk):
    """Core refuses a 科员's change of the 职级 table (spec.admin_only): the page offers none."""
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets.registry_page import RegistryPage

    qsettings = QSettings(str(tmp_path / "clerk.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(clerk, str(tmp_path / "officedesk.db"), qsettings)
    ranks = RegistryPage(ctx, registry.get("ranks"))
    people = RegistryPage(ctx, registry.get("people"))
    for page in (ranks, people):
        qtbot.addWidget(page)
    offered = [b.isVisibleTo(ranks) for b in (ranks.new_button, ranks.edit_button, ranks.delete_button)]
    assert offered == [False, False, False]
    assert people.new_button.isVisibleTo(people)  # the other lists stay a 科员's


def test_ctrl_n_and_enter_on_the_rank_page_offer_a_clerk_nothing_to_save(db, qtbot, tmp_path, clerk,
                                                                        monkeypatch):
    """文件 → 新建 (Ctrl+N) opened the 新建职级 form for a 科员, refused only after typing; Enter on a
    row opened it with 保存 and 取消 both greyed (only Esc closed it)."""
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets import registry_page
    from officedesk.ui.widgets.dialog_buttons import Button

    opened = []

    class Seen(registry_page.RecordFormDialog):
        def exec(self) -> int:
            opened.append((self.buttons.button(Button.Save).isEnabled(),
                           self.buttons.button(Button.Cancel).isEnabled()))
            return 0

    monkeypatch.setattr(registry_page, "RecordFormDialog", Seen)
    qsettings = QSettings(str(tmp_path / "clerk.ini"), QSettings.Format.IniFormat)
    page = registry_page.RegistryPage(AppContext(clerk, str(tmp_path / "officedesk.db"), qsettings),
                                      registry.get("ranks"))
    qtbot.addWidget(page)
    page.new_record()
    assert opened == []
    page.list.refresh()
    page.list.select_record(Rank.get(Rank.name == "科员").id)
    page.edit_current()
    assert opened == [(False, True)]
