"""A 督查事项's 来源 is chosen, never defaulted: the form opens with nothing chosen and asks for
it, `add supervision` and the core refuse an item without it naming the choices, and an
imported row without it is refused by row and column, as every required choice is (会议类型,
信访形式, 文种 …). Sheets that carry their 来源 (every export does) come back as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import settings
from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.supervision import SupervisionItem
from officedesk.ui import supervision as tab_module
from tests.cli_office import Office, office  # noqa: F401 (the fixture)
from tests.exchange.sheets import write_sheet

TODAY = dt.date(2026, 5, 6)
CHOICES = "上级决策部署、领导批示、会议议定事项、收文批办、群众反映、信息批示、其他"


@pytest.fixture
def today(db, fixed_today):
    fixed_today(TODAY)
    return db


def test_an_item_without_its_source_is_refused_naming_the_choices(today, admin):
    with pytest.raises(ValidationError) as refused:
        sv.create_item({"事项名称": "做好防汛抗旱准备工作"}, admin)
    assert (refused.value.field, refused.value.message) == ("source", f"请选择“来源”：{CHOICES}。")
    with pytest.raises(ValidationError, match=f"请选择“来源”：{CHOICES}"):
        sv.SPEC.create_hook({"事项名称": "做好防汛抗旱准备工作", "牵头单位": "县水务局"}, admin)
    assert SupervisionItem.select().count() == 0
    # a cell given wrong is named first, as it is for any field
    with pytest.raises(ValidationError, match="办结时限"):
        sv.create_item({"事项名称": "修路", "办结时限": "2026-13-01"}, admin)
    item = sv.create_item({"事项名称": "做好防汛抗旱准备工作", "来源": "上级决策部署"}, admin)
    assert (item.source, item.source_kind) == ("上级决策部署", "decision")
    assert not sv.SPEC.field("source").default_value()


def test_the_command_line_refuses_an_item_without_its_source(office):  # noqa: F811
    _out, err = office("add", "supervision", "事项名称=冬季安全大检查", "办结时限=2026-12-31",
                       code=1)
    assert f"请选择“来源”：{CHOICES}" in err
    added = office.json("add", "supervision", "事项名称=冬季安全大检查", "来源=其他",
                        "办结时限=2026-12-31")
    assert added["number"]


def test_the_form_opens_with_no_source_chosen_and_asks_for_it(app_ctx, qtbot, today, monkeypatch):
    tab = tab_module.make_tab(app_ctx)
    qtbot.addWidget(tab)
    shown: list = []

    def fill(dialog) -> bool:
        combo = dialog.panel.inputs["source"].widget
        shown.append((combo.currentIndex(), combo.currentText(), combo.placeholderText()))
        dialog.panel.inputs["title"].set_value("做好防汛抗旱准备工作")
        first = dialog.try_save()
        shown.append((first, dialog.panel.inputs["source"].error.text()))
        dialog.panel.inputs["source"].set_value("领导批示")
        return dialog.try_save()

    monkeypatch.setattr(tab_module.RecordFormDialog, "exec", fill)
    tab.new_record()
    assert shown[0] == (-1, "", "请选择")
    assert shown[1] == (False, f"请选择“来源”：{CHOICES}。")
    item = SupervisionItem.get(SupervisionItem.title == "做好防汛抗旱准备工作")
    assert (item.source, item.source_kind) == ("领导批示", "instruction")


def test_an_imported_row_without_its_source_is_refused_by_row_and_column(today, admin, tmp_path):
    rows = [{"事项名称": "整治背街小巷", "来源": "群众反映", "立项日期": TODAY},
            {"事项名称": "修缮县城道路", "立项日期": TODAY}]
    report = xlsx.import_file(sv.SPEC, write_sheet(sv.SPEC, tmp_path / "s.xlsx", rows), admin)
    assert [(p.row, p.column, p.reason) for p in report.problems] == [
        (3, "来源", f"请选择“来源”：{CHOICES}。")]
    assert SupervisionItem.select().count() == 0
    # a sheet without the column is told what it lacks
    report = xlsx.import_file(sv.SPEC, _without_source(tmp_path / "old.xlsx"), admin)
    assert any("缺少必填列“来源”" in p.reason for p in report.problems), [
        str(p) for p in report.problems]
    assert SupervisionItem.select().count() == 0


def _without_source(path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["事项名称", "立项日期", "办结时限"])
    book.active.append(["整治背街小巷", TODAY, dt.date(2026, 6, 30)])
    book.save(path)
    return path


def test_an_export_comes_back_with_its_sources(today, admin, tmp_path):
    settings.put("org.code", "云委办")
    for title, source in (("整治背街小巷", "群众反映"), ("修缮县城道路", "其他"),
                          ("落实防汛责任", "上级决策部署")):
        sv.create_item({"事项名称": title, "来源": source}, admin)
    xlsx.export(sv.SPEC, tmp_path / "out.xlsx", admin)
    store_db.close_database()
    settings.forget_cache()
    store_db.open_database(str(tmp_path / "another-office.db"))
    # the export lists the newest first (3, 2, 1): another office's register, its numbers as they come
    report = xlsx.import_file(sv.SPEC, tmp_path / "out.xlsx", admin, history=True)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]
    assert sorted((i.title, i.source, i.source_kind) for i in SupervisionItem.select()) == [
        ("修缮县城道路", "其他", "other"), ("整治背街小巷", "群众反映", "petition"),
        ("落实防汛责任", "上级决策部署", "decision")]
