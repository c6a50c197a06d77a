"""The window's import offers every format core reads (.xlsx, .xls, .ods) and says what to do
with a .csv; rows that are records already are offered skip / update / add; an export that had
to split a cell says so."""

from __future__ import annotations

from officedesk.core import records
from officedesk.core.directory import ROOMS, UNITS
from officedesk.exchange import xlsx
from officedesk.store.models import Room, Unit
from officedesk.ui import actions
from tests.exchange.builders import build_xlsx


def test_import_offers_every_format_and_the_matched_choice(main_window, qtbot, tmp_path, monkeypatch):
    path = build_xlsx(tmp_path / "rooms.xlsx", [["名称", "容量", "位置"], ["第一会议室", 60, "三楼"]])
    admin = main_window.ctx.actor
    assert xlsx.import_file(ROOMS, path, admin).imported == 1
    build_xlsx(path, [["名称", "容量", "位置"], ["第一会议室", 60, "五楼"]])  # edited since

    seen: dict[str, object] = {}

    def open_name(parent, caption, folder, filters):
        seen["caption"], seen["filters"] = caption, filters
        return str(path), filters

    asked, infos = [], []
    monkeypatch.setattr(actions, "choose_registry", lambda window, purpose: ROOMS)
    monkeypatch.setattr(actions.QFileDialog, "getOpenFileName", open_name)
    monkeypatch.setattr(actions, "ask_matched", lambda window, report: asked.append(report) or "update")
    monkeypatch.setattr(actions, "confirm_import", lambda *args: True)
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))

    actions.import_xlsx(main_window)
    qtbot.waitUntil(lambda: bool(infos), timeout=10000)
    for pattern in ("*.xlsx", "*.xls", "*.ods"):
        assert pattern in str(seen["filters"])
    assert ".csv" in str(seen["caption"]) and "另存为 .xlsx" in str(seen["caption"])
    assert len(asked) == 1 and asked[0].matched == 1
    assert "更新 1 条" in infos[0]
    assert Room.select().count() == 1 and Room.get().location == "五楼"


def test_export_says_what_excel_could_not_hold(main_window, qtbot, tmp_path, monkeypatch):
    unit = records.create(UNITS, {"单位名称": "县档案馆"}, main_window.ctx.actor)
    Unit.update(short_name="长" * 40000).where(Unit.id == unit.id).execute()
    target = tmp_path / "units.xlsx"
    infos = []
    monkeypatch.setattr(actions, "choose_registry", lambda window, purpose: UNITS)
    monkeypatch.setattr(
        actions.QFileDialog, "getSaveFileName", lambda *args: (str(target), "Excel (*.xlsx)")
    )
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))
    actions.export_xlsx(main_window)
    qtbot.waitUntil(lambda: bool(infos), timeout=10000)
    assert target.exists() and "超长内容" in infos[0] and "40000 字" in infos[0]


def test_the_row_cap_is_shown_and_kept_by_the_settings_dialog(db, qtbot):
    from officedesk.core import settings
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    assert dialog.inputs["exchange.max_rows"].value() == 200_000  # was cut to 100,000
    assert dialog.values()["exchange.max_rows"] == 200_000
    assert settings.get("exchange.max_rows") == 200_000
