"""The window's import shows the possible 重复信访 of the rows, before (the check) and after the
import, as the command line's report names them."""

from __future__ import annotations

from officedesk.core import petitions
from officedesk.ui import actions
from tests.exchange.sheets import write_sheet
from tests.petitions.conftest import ID_ZHANG


def _imported(main_window, qtbot, monkeypatch, path) -> tuple[list[str], list[str]]:
    """File → 导入 of the workbook into 信访, answering yes: the check's question and the result."""
    asked: list[str] = []
    infos: list[str] = []
    monkeypatch.setattr(actions, "choose_registry", lambda window, purpose: petitions.SPEC)
    monkeypatch.setattr(actions.QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    monkeypatch.setattr(actions, "confirm_import", lambda window, text, changes, *rest: asked.append(text) or True)
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))
    actions.import_xlsx(main_window)
    qtbot.waitUntil(lambda: bool(infos), timeout=10000)
    return asked, infos

def test_the_import_result_names_the_earlier_petition(main_window, qtbot, tmp_path, monkeypatch):
    admin = main_window.ctx.actor
    row = {"登记日期": "2026-03-05", "信访形式": "来信", "信访人": "张建国", "身份证号": ID_ZHANG,
           "问题类别": "劳动社保", "反映内容": "反映单位一直未缴纳社会保险，要求补缴。"}
    earlier = petitions.register_petition({**row, "登记日期": "2026-03-02"}, None, admin)
    path = write_sheet(petitions.SPEC, tmp_path / "p.xlsx", [row])
    asked, infos = _imported(main_window, qtbot, monkeypatch, path)
    for text in (asked[0], infos[0]):
        assert "可能是重复信访" in text and f"第 2 行：{earlier.number}（同一身份证号）" in text


def test_the_english_window_lists_the_possible_repeats_in_english(main_window, qtbot, tmp_path,
                                                                 monkeypatch, english):
    """Heading, reasons and 本文件第 N 行 in the interface's language (they were all Chinese);
    the command line's report stays Chinese."""
    from officedesk.core.i18n import display
    from officedesk.exchange import xlsx

    admin = main_window.ctx.actor
    row = {"登记日期": "2026-03-05", "信访形式": "来信", "信访人": "张建国", "身份证号": ID_ZHANG,
           "问题类别": "劳动社保", "反映内容": "反映单位一直未缴纳社会保险，要求补缴。"}
    earlier = petitions.register_petition({**row, "登记日期": "2026-03-02"}, None, admin)
    other = {**row, "信访人": "李秀英", "身份证号": "", "联系电话": "13900001111"}
    path = write_sheet(petitions.SPEC, tmp_path / "p.xlsx", [row, other, other])
    asked, infos = _imported(main_window, qtbot, monkeypatch, path)
    for text in (asked[0], infos[0]):
        notes = text[text.index("These rows may repeat earlier petitions"):]
        assert f"Row 2: {earlier.number} ({display('同一身份证号')})" in notes
        assert f"Row 4: row 3 of this file ({display('同姓名同电话')})" in notes
        assert display("同一身份证号") != "同一身份证号"
        shown = notes.replace(earlier.number, "")  # the number is data, 信… as the office gives it
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in shown), notes
    # again, now that they are stored: several parts to a row, joined as the language joins
    report = xlsx.import_file(petitions.SPEC, path, admin, dry_run=True, on_match="add")
    assert "、本文件第 3 行（同姓名同电话）" in report.summary()  # the CLI's words
    last = display(report.summary_parts()[1][-1])
    assert last.startswith("Row 4: ") and ", row 3 of this file (same name and phone)" in last


def test_the_window_says_which_dates_lost_their_time(main_window, qtbot, tmp_path, monkeypatch):
    """A 登记日期 given with a time of day: the check's question and the result say, as the
    command line's report does, that only the date was kept, naming the rows."""
    row = {"登记日期": "2026-03-05 10:30", "信访形式": "来信", "信访人": "张建国",
           "问题类别": "劳动社保", "反映内容": "反映单位一直未缴纳社会保险，要求补缴。"}
    path = write_sheet(petitions.SPEC, tmp_path / "p.xlsx", [row])
    asked, infos = _imported(main_window, qtbot, monkeypatch, path)
    for text in (asked[0], infos[0]):
        assert "“登记日期”列有 1 个单元格带时间，只保存了日期：第 2 行。" in text, text
