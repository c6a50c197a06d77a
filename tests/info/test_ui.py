"""The 信息 tab: a unit's report from 接收 to 采用 and 批示 through the generic step dialog, the
批示 made a 督查 item, the issue of 每日要情 printed; a sudden event's clock turns red."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest
from PySide6.QtCore import Qt

from officedesk.core import clock, info, supervision
from officedesk.store.info import InfoItem
from officedesk.ui.info import TITLE, make_tab


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


@pytest.fixture
def tab(app_ctx, qtbot):
    widget = make_tab(app_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _column(tab, title: str) -> int:
    model = tab.list.model
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return column
    raise KeyError(title)


def _step(tab, name: str, **values) -> None:
    assert tab.buttons[name].isEnabled(), name
    dialog = tab.step_dialog(name)
    for key, value in values.items():
        dialog.set_value(key, value)
    assert dialog.try_submit(), dialog.general_error.text()
    tab.after_step(dialog)


def test_report_to_adoption_instruction_supervision_and_printed_issue(
        tab, app_ctx, qtbot, fixed_today, monkeypatch):
    assert TITLE == "信息"
    fixed_today(dt.date(2026, 3, 10))
    dialog = tab.new_dialog()
    qtbot.addWidget(dialog)
    inputs = dialog.panel.inputs
    inputs["title"].set_value("县林业局扎实开展秋冬季森林防火检查")
    inputs["unit"].set_value("县林业局")
    inputs["reporter"].set_value("李明")
    inputs["phone"].set_value("13812345678")
    inputs["category"].set_value("工作动态")
    inputs["content"].set_value("县林业局组织3个检查组排查隐患12处。")
    # 报送时间 is the unit's: given from the item, never the time the clerk registers it
    assert inputs["reported_at"].widget.text() == ""
    assert not dialog.try_save() and "报送时间" in dialog.general_error.text() + inputs["reported_at"].error.text()
    inputs["reported_at"].set_value(dt.datetime(2026, 3, 9, 16, 30))
    assert dialog.try_save(), dialog.general_error.text()
    item = dialog.saved_record
    assert item.reported_at == dt.datetime(2026, 3, 9, 16, 30)
    assert item.event_at is None and item.written_at == item.reported_at  # not a sudden event
    tab.after_change(item.id)
    assert tab.list.current_id() == item.id
    assert [n for n, b in tab.buttons.items() if b.isEnabled()] == ["接收"]

    _step(tab, "接收")
    dialog = tab.step_dialog("初审")
    dialog.set_value("result", "不采")
    assert not dialog.try_submit() and "理由" in dialog.errors["reason"].text()  # shown by it
    dialog.set_value("result", "采")
    assert dialog.try_submit()
    tab.after_step(dialog)
    dialog = tab.step_dialog("编辑")
    assert dialog.value("title") == "县林业局扎实开展秋冬季森林防火检查"  # the original to edit
    dialog.set_value("title", "我县扎实开展森林防火检查")
    assert dialog.try_submit()
    tab.after_step(dialog)
    _step(tab, "签发", signer="钱志刚", post="信息科长")
    _step(tab, "编发", periodical="每日要情")
    _step(tab, "上报", level="市")
    dialog = tab.step_dialog("采用")
    assert dialog.widgets["day"].text() == ""  # the day the higher periodical printed it: given
    dialog.set_value("level", "市")
    dialog.set_value("periodical", "市委办《每日要情》第12期")
    assert not dialog.try_submit() and "采用日期" in dialog.errors["day"].text() + dialog.general_error.text()
    dialog.set_value("day", dt.date(2026, 3, 10))
    assert dialog.try_submit(), dialog.general_error.text()
    tab.after_step(dialog)
    _step(tab, "批示", leader="县委书记 李建华", text="请县林业局抓好整改，结果报我。",
          day=dt.date(2026, 3, 10))
    _step(tab, "转督查", deadline=dt.date(2026, 4, 10))

    done = InfoItem.get_by_id(item.id)
    assert done.state == "已采用" and done.supervision_id
    task = supervision.SPEC.model.get_by_id(done.supervision_id)
    assert (task.source_kind, task.source_id, task.deadline) == ("info", item.id,
                                                                 dt.date(2026, 4, 10))
    assert not tab.buttons["转督查"].isEnabled()
    html = tab.detail.toPlainText()
    assert "原稿" in html and "编辑稿" in html and "李建华" in html and "138" not in html

    opened = []
    monkeypatch.setattr("officedesk.ui.print_preview.show_pdf_preview",
                        lambda parent, pdf, title: opened.append(title))
    text = _text(tab.print_issue())
    assert "每日要情" in text and "2026年第1期（总第1期）" in text
    assert "我县扎实开展森林防火检查" in text and opened == ["信息刊物（简报）"]
    issues = tab.show_issues()
    qtbot.addWidget(issues)
    monkeypatch.setattr("officedesk.ui.info.dialogs.confirm", lambda *a, **k: True)  # asks first
    issues.publish_current()
    assert info.periodicals.issue(done.issue).state == "已印发"
    ranking = tab.show_ranking()
    qtbot.addWidget(ranking)
    assert ranking.table.item(0, 1).text() == "县林业局"
    assert ranking.table.item(0, 8).text() == str(1 + 3 + 10 + 10)
    # how the figures are counted, and what they cover, as the 通报 says it
    said = ranking.counted.text()
    assert "县级采用按刊物印发日期计分" in said and "每日要情（印发1期）" in said
    assert "2026年1月1日起，截至2026年3月10日" in said and "报送单位1个" in said
    printed = _text(ranking.print_ranking())
    assert "信息工作情况的通报" in printed and "县级采用按刊物印发日期计分" in printed
    assert "每日要情（印发1期）" in printed


def test_sudden_event_goes_red_when_written_report_is_late(tab, fixed_today, admin):
    from officedesk.core import records

    fixed_today(dt.date(2026, 7, 1))
    event = clock.now() - dt.timedelta(minutes=20)
    item = records.create(info.SPEC, {
        "title": "河口镇发生山火", "unit": "河口镇", "category": "突发事件", "event_level": "较大",
        "event_at": event, "phoned_at": event + dt.timedelta(minutes=10),
        "reported_at": event + dt.timedelta(minutes=10), "content": "明火面积约20亩。"}, admin)
    tab.list.refresh()
    tab.list.select_record(item.id)
    model, column = tab.list.model, _column(tab, "报送计时")
    index = model.index(tab.list.model.row_of(item.id), column)
    assert "书面报告剩" in model.data(index)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).name() == "#27ae60"
    assert tab.buttons["书面报告"].isEnabled() and tab.followup_button.isEnabled()

    fixed_today(dt.date(2026, 7, 2))  # the written report is now late
    tab._tick()
    index = model.index(tab.list.model.row_of(item.id), column)
    assert "书面报告超时" in model.data(index)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).name() == "#c0392b"
    assert "书面报告超时" in tab.detail.toPlainText()

    dialog = tab.followup_dialog()
    dialog.panel.inputs["content"].set_value("明火已扑灭。")
    dialog.panel.inputs["reported_at"].set_value(clock.now() - dt.timedelta(minutes=1))
    assert dialog.try_save(), dialog.general_error.text()
    assert dialog.saved_record.followup_of == item.id


def test_periodical_settings_dialog(tab, qtbot):
    issues = tab.show_issues()
    qtbot.addWidget(issues)
    issues.periodical.setCurrentText("信息专报")
    dialog = issues.periodical_dialog()
    qtbot.addWidget(dialog)
    assert dialog.name.currentText() == "信息专报" and dialog.send_up.text() == "市委办公室"
    dialog.send_down.setText("各乡镇党委")
    dialog.total_start.setValue(40)
    assert dialog.try_save()
    found = info.periodicals.periodical("信息专报")
    assert (found.send_down, found.total_start) == ("各乡镇党委", 40)
    dialog = issues.periodical_dialog()
    dialog.name.setCurrentText("  ")
    assert not dialog.try_save() and "刊物名称" in dialog.error.text()


def test_the_clocks_tick_only_while_the_tab_is_shown(tab, app_ctx, qtbot):
    # a closed tab must not keep reading the database (and the account's standing) every
    # half minute for the rest of the session
    assert tab.ticker.isActive()
    tab.hide()
    assert not tab.ticker.isActive()
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.ticker.isActive()
    tab.close()
    assert not tab.ticker.isActive()
    unshown = make_tab(app_ctx)
    qtbot.addWidget(unshown)
    assert not unshown.ticker.isActive()


def test_a_hidden_dashboard_asks_nothing_on_its_timer(app_ctx, qtbot, monkeypatch):
    from officedesk.ui.dashboard import DashboardTab

    asked = []
    monkeypatch.setattr(DashboardTab, "refresh_in_background", lambda self: asked.append(self))
    board = DashboardTab(app_ctx)
    qtbot.addWidget(board)
    board._on_timer()
    assert asked == [] and board._stale


def test_a_phone_report_after_registration_is_recorded_in_the_window(tab, fixed_today, admin):
    from officedesk.core import records

    fixed_today(dt.date(2026, 7, 1))
    event = clock.now() - dt.timedelta(minutes=20)
    item = records.create(info.SPEC, {
        "title": "河口镇发生山火", "unit": "河口镇", "category": "突发事件", "event_level": "较大",
        "event_at": event, "reported_at": event + dt.timedelta(minutes=10),
        "content": "明火面积约20亩。"}, admin)
    tab.list.refresh()
    tab.list.select_record(item.id)
    assert tab.buttons["书面报告"].isEnabled()
    _step(tab, "电话报告", when=clock.now() - dt.timedelta(minutes=5))  # the time it came, given
    assert info.get(item.id, admin).phoned_at is not None
    tab.list.select_record(item.id)
    tab.update_current()
    assert not tab.buttons["电话报告"].isEnabled() and tab.buttons["书面报告"].isEnabled()


def test_an_item_not_yet_received_says_so_under_its_handling_record(tab, app_ctx):
    """Its 办理过程 heading stood over nothing (an item waiting to be received has no step of
    the office's yet): the pane says there is none yet."""
    from officedesk.core import records

    item = records.create(info.SPEC, {
        "title": "全县秋粮收购进度过半", "unit": "县发改局", "reporter": "李明", "phone": "13812345678",
        "category": "工作动态", "content": "截至目前，全县收购秋粮过半。", "reported_at": clock.now()},
        app_ctx.actor)
    tab.after_change(item.id)
    shown = tab.detail.toPlainText()
    assert shown[shown.index("办理过程"):].split("\n")[1].strip() == "尚无办理记录", shown


def test_the_handling_record_says_placed_then_adopted_on_the_issue_day(
        tab, app_ctx, report, advance, issue_out, fixed_today):
    """编发 placed the item in an issue (编入); its 县级采用 is the 印发's, on that day — the
    pane said “采用 … 县级 …” on both days."""
    fixed_today(dt.date(2026, 5, 6))
    item = advance(report(), on=dt.date(2026, 5, 6))
    fixed_today(dt.date(2026, 5, 8))
    issue_out(item, on=dt.date(2026, 5, 8))
    tab.after_change(item.id)
    shown = tab.detail.toPlainText()
    lines = shown[shown.index("办理过程"):].split("\n")
    label = item.issue_label
    assert any(line.strip().startswith("2026-05-06 编发（") and line.strip().endswith(f"编入{label}")
               for line in lines), shown
    assert any(line.strip().startswith("2026-05-08 县级采用（") and line.strip().endswith(f"{label}印发")
               for line in lines), shown
    assert not any("采用" in line and "2026-05-06" in line for line in lines), shown
