"""The window's import shows the possible 重复信访 of the rows, before (the check) and after the
import, as the command line's report names them."""

from __future__ import annotations

from officedesk.core import petitions
from officedesk.ui import actions
from tests.exchange.sheets import write_sheet
from tests.petitions.conftest import ID_ZHANG


def test_the_import_result_names_the_earlier_petition(main_window, qtbot, tmp_path, monkeypatch):
    admin = main_window.ctx.actor
    row = {"登记日期": "2026-03-05", "信访形式": "来信", "信访人": "张建国", "身份证号": ID_ZHANG,
           "问题类别": "劳动社保", "反映内容": "反映单位一直未缴纳社会保险，要求补缴。"}
    earlier = petitions.register_petition({**row, "登记日期": "2026-03-02"}, None, admin)
    path = write_sheet(petitions.SPEC, tmp_path / "p.xlsx", [row])
    asked, infos = [], []
    monkeypatch.setattr(actions, "choose_registry", lambda window, purpose: petitions.SPEC)
    monkeypatch.setattr(actions.QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    monkeypatch.setattr(actions, "confirm", lambda window, title, text: asked.append(text) or True)
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))

    actions.import_xlsx(main_window)
    qtbot.waitUntil(lambda: bool(infos), timeout=10000)
    for text in (asked[0], infos[0]):
        assert "可能是重复信访" in text and f"第 2 行：{earlier.number}（同一身份证号）" in text
