"""An import's problem rows (导入检查) and its rows that are records already (已有相同的记录)
are asked about in a dialog that fits a laptop's screen, its list scrolling inside; Enter takes
the first answer and Esc imports nothing."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from officedesk.core.directory import ROOMS
from officedesk.exchange import xlsx
from officedesk.store.models import Room
from officedesk.ui import actions
from officedesk.ui.widgets.mnemonics import plain
from tests.exchange.builders import build_xlsx

HEADER = ["名称", "容量", "位置"]


def _bad_rooms(path):
    # 40 problem rows whose reasons are long enough to wrap (容量 must be a whole number),
    # then one good row
    many = "很多" * 40
    rows = [[f"会议室{n}", many, "三楼"] for n in range(40)] + [["第一会议室", 60, "三楼"]]
    return build_xlsx(path, [HEADER] + rows)


def _answer_when_shown(qtbot, seen: dict, key, title: str) -> None:
    """When the question `title` opens: measure it, then press `key` on it."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog) or not box.isVisible() or box.windowTitle() != title:
            QTimer.singleShot(20, look)
            return
        if "ready" not in seen:  # let it lay out and place itself first
            seen["ready"] = True
            QTimer.singleShot(100, look)
            return
        seen["title"] = box.windowTitle()
        seen["frame"] = box.frameGeometry()
        buttons = [b for b in box.findChildren(QWidget) if b.metaObject().className() == "QPushButton"]
        seen["buttons"] = {
            plain(b.text()): QRect(b.mapToGlobal(b.rect().topLeft()), b.size()) for b in buttons
        }
        seen["text"] = "\n".join(
            w.toPlainText() if hasattr(w, "toPlainText") else w.text()
            for w in box.findChildren(QWidget)
            if hasattr(w, "toPlainText") or isinstance(w, QLabel)
        )
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, look)


def _import(main_window, qtbot, monkeypatch, path, infos):
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))
    monkeypatch.setattr(actions, "confirm_import", lambda *args: True)
    actions.check_then_import(main_window, ROOMS, str(path), "refuse")


def _inside_the_screen(seen: dict) -> None:
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert room.height() == 728  # the laptop profile the suite runs on
    assert room.contains(seen["frame"]), seen["frame"]
    for text, rect in seen["buttons"].items():
        assert room.contains(rect), (text, rect)
    # and it uses the room: 40 rows want more than the screen, so the list is not a slit
    assert seen["frame"].height() > room.height() * 2 // 3, seen["frame"]


def test_forty_problem_rows_fit_and_enter_skips_them(main_window, qtbot, tmp_path, monkeypatch):
    path = _bad_rooms(tmp_path / "rooms.xlsx")
    seen: dict = {}
    infos: list[str] = []
    _answer_when_shown(qtbot, seen, Qt.Key.Key_Return, "导入检查")
    _import(main_window, qtbot, monkeypatch, path, infos)
    qtbot.waitUntil(lambda: bool(infos), timeout=15000)
    _inside_the_screen(seen)
    assert "跳过有问题的行，导入其余" in seen["buttons"] and "不导入" in seen["buttons"]
    assert "第 41 行" in seen["text"]  # the last problem row is listed, not cut at 30
    assert Room.select().count() == 1  # Enter: the good row imported, the bad ones skipped


def test_escape_imports_nothing(main_window, qtbot, tmp_path, monkeypatch):
    path = _bad_rooms(tmp_path / "rooms.xlsx")
    seen: dict = {}
    infos: list[str] = []
    _answer_when_shown(qtbot, seen, Qt.Key.Key_Escape, "导入检查")
    _import(main_window, qtbot, monkeypatch, path, infos)
    qtbot.waitUntil(lambda: "frame" in seen, timeout=15000)
    qtbot.wait(300)
    assert not infos and Room.select().count() == 0


def test_forty_matched_rows_fit(main_window, qtbot, tmp_path, monkeypatch):
    path = build_xlsx(tmp_path / "rooms.xlsx", [HEADER] + [[f"会议室{n}", 20, "三楼"] for n in range(40)])
    assert xlsx.import_file(ROOMS, path, main_window.ctx.actor).imported == 40
    bad = [[f"小会议室{n}", "很多" * 80, "三楼"] for n in range(40)]  # long reasons too
    build_xlsx(path, [HEADER] + [[f"会议室{n}", 20, "五楼"] for n in range(40)] + bad)
    seen: dict = {}
    infos: list[str] = []
    then: dict = {}
    _answer_when_shown(qtbot, seen, Qt.Key.Key_Return, "已有相同的记录")
    # skipping the matched rows leaves the bad ones to ask about: Esc, nothing imported
    _answer_when_shown(qtbot, then, Qt.Key.Key_Escape, "导入检查")
    _import(main_window, qtbot, monkeypatch, path, infos)
    qtbot.waitUntil(lambda: "frame" in then, timeout=15000)
    qtbot.wait(200)
    _inside_the_screen(seen)
    assert {"跳过这些行", "用表中内容更新已有记录", "仍然新增", "不导入"} <= set(seen["buttons"])
    # Enter took the first answer, 跳过这些行: nothing changed
    assert not infos
    assert Room.select().where(Room.location == "三楼").count() == 40


def test_many_updated_rows_fit_and_are_all_listed(main_window, qtbot, tmp_path, monkeypatch):
    """导入确认 of an --update changing 59 records: a QMessageBox 1935 px tall on a 728 px
    screen, its buttons off it, listing 30 of the 59 without saying so."""
    path = build_xlsx(tmp_path / "rooms.xlsx", [HEADER] + [[f"会议室{n}", 20, "三楼"] for n in range(59)])
    assert xlsx.import_file(ROOMS, path, main_window.ctx.actor).imported == 59
    build_xlsx(path, [HEADER] + [[f"会议室{n}", 30, "五楼东侧" * 8] for n in range(59)])
    seen: dict = {}
    infos: list[str] = []
    _answer_when_shown(qtbot, seen, Qt.Key.Key_Escape, "导入确认")
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))
    actions.check_then_import(main_window, ROOMS, str(path), "update")
    qtbot.waitUntil(lambda: "frame" in seen, timeout=15000)
    qtbot.wait(300)
    _inside_the_screen(seen)
    assert "第 60 行" in seen["text"]  # the last changed row is listed, not cut at 30
    assert not infos and Room.select().where(Room.capacity == 30).count() == 0  # Esc: nothing


def test_enter_on_the_update_question_imports(main_window, qtbot, tmp_path, monkeypatch):
    path = build_xlsx(tmp_path / "rooms.xlsx", [HEADER, ["会议室1", 20, "三楼"]])
    xlsx.import_file(ROOMS, path, main_window.ctx.actor)
    build_xlsx(path, [HEADER, ["会议室1", 30, "三楼"]])
    seen: dict = {}
    infos: list[str] = []
    _answer_when_shown(qtbot, seen, Qt.Key.Key_Return, "导入确认")
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))
    actions.check_then_import(main_window, ROOMS, str(path), "update")
    qtbot.waitUntil(lambda: bool(infos), timeout=15000)
    assert "第 2 行" in seen["text"] and Room.get(Room.name == "会议室1").capacity == 30


def test_a_long_summary_without_a_list_is_shown_whole(main_window, qtbot):
    """导入确认 with nothing listed: a summary long enough to wrap (the notes on dates whose
    time was left out make it so) is shown to its last line, the question after it."""
    from officedesk.ui.widgets.list_question import ListQuestion

    summary = ("试导入：共 3 行信访，全部可以导入：新增 3 条（未写入数据库）。"
               + "“登记日期”列有 2 个单元格带时间，只保存了日期：第 2、4 行。" * 3 + "\n现在导入吗？")
    box = ListQuestion(main_window, "导入确认", summary, [], [("导入", "import")], "不导入", False)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    label = box.summary
    assert label.height() >= label.heightForWidth(label.width()), (label.height(), label.width())


def test_a_long_summary_over_one_problem_shows_all_its_lines(qtbot):
    """The list keeps its minimum height (four lines); the height was reckoned for one line of
    problems, and the summary above lost its last line to it."""
    from officedesk.ui.widgets.list_question import ListQuestion

    summary = "试导入：可导入 2 条信访，跳过 1 行有问题的行（见下）；未写入数据库。" + "按列的意思读取：“来访人”列作“信访人”。" * 8
    dialog = ListQuestion(None, "导入确认", summary, ["第 4 行，“身份证号”列：校验位不对。"], [("导入", "import")],
                          "不导入", False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.summary
    assert label.height() >= label.heightForWidth(label.width())
