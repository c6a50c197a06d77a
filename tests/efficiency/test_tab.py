"""The 效能 tab: figures, drill-down to the records, the 三多 page, the 效能投诉 steps."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock
from officedesk.core.efficiency import complaints as C

from .test_registries import _handled

D = dt.date


def _tab(app_ctx, qtbot):
    from officedesk.ui.efficiency import make_tab

    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.date_from.set_value(dt.date(2025, 10, 1))
    tab.date_to.set_value(dt.date(2025, 10, 31))
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_figures_and_drill_down(office, app_ctx, qtbot):
    first = _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    _handled(D(2025, 10, 13), D(2025, 10, 16), D(2025, 10, 20), "县水利局", limit=1)
    tab = _tab(app_ctx, qtbot)
    tab.refresh()
    model = tab.overview.table
    assert model.item(0, 0).text() == "收文" and model.item(0, 3).text() == "2"
    assert model.item(0, 7).text() == "50%"
    assert tab.bottleneck.text().endswith("批办")
    assert "批办" in tab.summary.text()
    tab.rank_group.setCurrentIndex(0)
    assert [tab.ranking.table.item(r, 1).text() for r in range(2)] == ["县财政局", "县水利局"]
    # double-click the first step row: the records behind it
    row = [k[2] for k in tab.steps.keys].index("批办")
    tab.steps.setCurrentIndex(tab.steps.table.index(row, 0))
    dialog = tab.drill(tab.steps)
    assert dialog is not None and dialog.table.table.rowCount() == 2
    opened = []
    app_ctx.navigate_requested.connect(lambda registry, rid: opened.append((registry, rid)))
    dialog.table.setCurrentIndex(dialog.table.table.index(0, 0))
    dialog.open_current()
    assert opened == [("incoming", first)]
    dialog.close()


def test_the_complaints_page_takes_the_steps(office, app_ctx, qtbot):
    clock.set_today(D(2025, 12, 1))
    record = C.register_complaint(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "钱女士", "被投诉单位": "县自然资源局", "被投诉人": "吴某某", "投诉内容": "拖延。"},
        app_ctx.actor,
    )
    clock.set_today(D(2025, 12, 15))
    tab = _tab(app_ctx, qtbot)
    tab.pages.setCurrentIndex(tab.pages.count() - 1)
    page = tab.complaints_page
    assert page is not None and tab.show_record("complaints", record.id)
    assert page.verify_button.isEnabled() and not page.dispose_button.isEnabled()
    # each step's dialog is built from its declaration and submitted through core.steps
    for step, values in (("核查", {"verifier_unit": "县纪委监委", "on": D(2025, 12, 10)}),
                         ("结论", {"finding": "属实", "finding_text": "核实。"}),
                         ("处理", {"action": "效能告诫"})):
        dialog = page.step_dialog(step)
        qtbot.addWidget(dialog)
        assert "person" in dialog.widgets  # a clerk may record it for the one who did it
        for key, value in values.items():
            dialog.set_value(key, value)
        assert dialog.try_submit(), dialog.general_error.text()
        page.after_step(dialog)
    saved = page.list.current_record()
    assert (saved.state, saved.verify_sent_on, saved.closed_on) == (
        C.CLOSED, D(2025, 12, 10), D(2025, 12, 15))
    assert not page.dispose_button.isEnabled() and page.warning_button.isEnabled()
    preview = page.print_form("complaint-warning")
    assert preview is not None
    preview.close()


def test_a_dashboard_flag_opens_the_sanduo_page(office, app_ctx, qtbot):
    tab = _tab(app_ctx, qtbot)
    assert tab.show_record("efficiency", 202511)
    assert tab.pages.currentIndex() == 3


def test_the_steps_page_shows_the_returns(office, app_ctx, qtbot):
    from officedesk.store.chain import StepSign

    first = _handled(D(2025, 10, 9), D(2025, 10, 13), D(2025, 10, 20), "县财政局")
    for day, source, target in ((9, "批办", "拟办"), (10, "批办", "拟办"), (14, "承办", "批办")):
        StepSign.create(registry="incoming", record_id=first, step="退回", mode="退回",
                        returned_from=source, returned_to=target,
                        at=dt.datetime(2025, 10, day, 9))
    tab = _tab(app_ctx, qtbot)
    tab.refresh()
    tab.pages.setCurrentIndex(1)
    tab.step_proc.setCurrentIndex(tab.step_proc.findData("incoming"))
    tab.show_steps()
    model = tab.returns.table
    assert [[model.item(r, c).text() for c in range(4)] for r in range(model.rowCount())] == [
        ["批办", "拟办", "2", "1"], ["承办", "批办", "1", "1"]]
    assert tab.returns_text.text().startswith("退回 3 次（1 件，每百件 300 次）")


def test_a_complaint_step_dated_before_the_one_before_it_is_refused_beside_its_date(
        office, app_ctx, qtbot):
    clock.set_today(D(2025, 12, 1))
    record = C.register_complaint(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "钱女士", "被投诉单位": "县自然资源局", "投诉内容": "拖延。"}, app_ctx.actor)
    clock.set_today(D(2025, 12, 15))
    record = C.send_for_verification(record.id, record.version, app_ctx.actor, "县纪委监委",
                                     on="2025-12-10")
    tab = _tab(app_ctx, qtbot)
    tab.pages.setCurrentIndex(tab.pages.count() - 1)
    page = tab.complaints_page
    assert page is not None and tab.show_record("complaints", record.id)
    dialog = page.step_dialog("结论")
    qtbot.addWidget(dialog)
    for key, value in (("finding", "属实"), ("finding_text", "核实。"), ("on", D(2025, 12, 5))):
        dialog.set_value(key, value)
    assert not dialog.try_submit()
    assert "不能早于核查日期（2025-12-10）" in dialog.errors["on"].text()
    assert page.list.current_record().state == C.VERIFYING


def test_the_bulletin_is_printed_with_the_number_typed_beside_it(office, app_ctx, qtbot, monkeypatch):
    """The 效能 page takes this issue's 发文字号 beside its print button (it was a setting to change
    before each issue), starting from the setting; core's refusal of a wrong one is shown."""
    import pymupdf

    from officedesk.core import settings
    from officedesk.printing import forms
    from officedesk.ui import print_preview
    from officedesk.ui.efficiency import tab as tab_module

    forms.load_all()
    settings.put("efficiency.bulletin.number", "某委办通〔2025〕3号")
    tab = _tab(app_ctx, qtbot)
    assert tab.number.text() == "某委办通〔2025〕3号"
    shown, errors = [], []
    monkeypatch.setattr(print_preview, "show_pdf_preview", lambda _parent, pdf, _title: shown.append(pdf))
    monkeypatch.setattr(tab_module, "show_error", lambda _parent, exc: errors.append(exc.message))
    tab.number.setText("某委办通〔2025〕4号")
    tab.print_bulletin()
    assert "某委办通〔2025〕4号" in pymupdf.open(stream=shown[-1], filetype="pdf")[0].get_text()
    tab.number.setText("第四期")
    tab.print_bulletin()
    assert len(shown) == 1 and "发文字号" in errors[-1]


def _complaint_shown(app_ctx, qtbot):
    """A complaint registered on 1 Dec, shown on the tab's 投诉 page two weeks later."""
    clock.set_today(D(2025, 12, 1))
    record = C.register_complaint(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "钱女士", "被投诉单位": "县自然资源局",
         "投诉内容": "拖延。"}, app_ctx.actor)
    clock.set_today(D(2025, 12, 15))
    tab = _tab(app_ctx, qtbot)
    tab.pages.setCurrentIndex(tab.pages.count() - 1)
    assert tab.show_record("complaints", record.id)
    return tab, tab.complaints_page


def test_a_greyed_out_complaint_step_says_why(office, app_ctx, qtbot):
    """As on the 信访 and 督查 tabs (probe59): the step the complaint's state does not allow yet
    says what may be done now; the one offered has no such note."""
    tab, page = _complaint_shown(app_ctx, qtbot)
    assert not page.conclude_button.isEnabled()
    assert "不能“结论”" in page.conclude_button.toolTip() and "此时可以：核查" in page.conclude_button.toolTip()
    assert page.verify_button.isEnabled() and "不能" not in page.verify_button.toolTip()


def test_enter_on_a_complaint_opens_the_step_it_waits_for(office, app_ctx, qtbot, monkeypatch):
    """It opened 修改, the complaint's correction; as on a 信访, the next step (probe59)."""
    from PySide6.QtCore import Qt

    tab, page = _complaint_shown(app_ctx, qtbot)
    opened: list[str] = []
    monkeypatch.setattr(page, "run_step", lambda step: opened.append(step))
    monkeypatch.setattr(page, "edit_current", lambda: opened.append("修改"))
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert opened == ["核查"]


def test_the_overview_names_the_months_of_documents_over_target_too(office, app_ctx, qtbot):
    """The 概况's summary named the months of meetings over target and left 发文 out, though the
    工作台 flags them and the 效能通报 names them."""
    from .test_sanduo_period import _documents

    _documents(D(2024, 10, 9), 5)
    _documents(D(2025, 10, 9), 5)  # 5 > 5 × 0.9
    tab = _tab(app_ctx, qtbot)
    tab.refresh()
    october = tab._month_labels(["2025-10"])[0]  # as the locale abbreviates it
    assert f"发文超过控制目标的月份：{october}。" in tab.summary.text()
    assert "会议超过控制目标" not in tab.summary.text()


def test_the_drill_down_of_one_unit_s_figures_lists_its_records(office, app_ctx, qtbot):
    """probe108: with 单位 filled in, the 环节 figures were the unit's and their rows every
    unit's."""
    _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    water = _handled(D(2025, 10, 13), D(2025, 10, 16), D(2025, 10, 20), "县水利局", limit=1)
    tab = _tab(app_ctx, qtbot)
    tab.unit.setText("县水利局")
    tab.refresh()
    # the unit's own steps (probe138): from its 承办 on, the office's 批办 is not among them
    assert [k[2] for k in tab.steps.keys] == ["办结"]
    row = [k[2] for k in tab.steps.keys].index("办结")
    assert tab.steps.table.item(row, 1).text() == "1"
    tab.steps.setCurrentIndex(tab.steps.table.index(row, 0))
    dialog = tab.drill(tab.steps)
    assert dialog is not None and [r.record_id for r in dialog.rows] == [water]
    dialog.close()


def test_the_drill_down_is_of_the_period_shown(office, app_ctx, qtbot):
    """probe108: dates typed after 刷新 changed the rows behind the figures still shown."""
    _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    tab = _tab(app_ctx, qtbot)
    tab.refresh()
    row = [k[2] for k in tab.steps.keys].index("批办")
    tab.date_from.set_value(D(2025, 11, 1))
    tab.date_to.set_value(D(2025, 11, 30))
    tab.steps.setCurrentIndex(tab.steps.table.index(row, 0))
    dialog = tab.drill(tab.steps)
    assert dialog is not None and len(dialog.rows) == int(tab.steps.table.item(row, 1).text()) == 1
    dialog.close()
