"""The 信访 tab: register a visit, see it flagged as a repeat, forward, extend, reply, print."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest
from PySide6.QtCore import Qt

from officedesk.core import audit, petitions, records, registry
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.store.petitions import Petition
from officedesk.ui.petitions import TITLE, make_tab
from officedesk.ui.petitions.register_dialog import RegistrationDialog

from .conftest import ID_ZHANG

MASKED_ID = "110101********" + ID_ZHANG[-4:]


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


def _cell(tab, row: int, title: str) -> str:
    model = tab.list.model
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return model.data(model.index(row, column))
    raise KeyError(title)


def test_register_visit_flagged_as_repeat_then_forward_extend_reply_print(
    tab, app_ctx, qtbot, register, fixed_today, monkeypatch
):
    fixed_today(dt.date(2026, 3, 2))
    earlier = register(registered_on="2026-01-05", form="来信")
    fixed_today(dt.date(2026, 3, 10))

    dialog = RegistrationDialog(app_ctx, tab)
    qtbot.addWidget(dialog)
    dialog.panel.inputs["form"].set_value("来访")
    dialog.panel.inputs["category"].set_value("征地拆迁")
    dialog.set_petitioner(0, name="张建国", id_number=ID_ZHANG, phone="13812345678")
    dialog.panel.inputs["content"].set_value(
        "再次反映青河村土地征收补偿款未足额发放、安置房停工的问题。"
    )
    dialog.refresh_repeats()
    assert [c.petition_id for c in dialog.candidates] == [earlier.id]
    assert "同一身份证号" in dialog.repeat_table.item(0, 3).text()
    assert "此前已信访 1 次" in dialog.person_count.text()
    dialog.link_to(earlier.id)
    assert dialog.try_save()
    visit = dialog.saved_record
    assert visit.repeat_of == earlier.id and visit.form == "来访"

    tab.list.refresh()
    assert tab.list.select_record(visit.id)
    tab.update_current()
    row = tab.list.model.row_of(visit.id)
    assert _cell(tab, row, "重复") == "重复件"
    assert _cell(tab, row, "身份证号") == MASKED_ID and _cell(tab, row, "联系电话") == "138****5678"
    assert "期限提示" in [
        tab.list.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(tab.list.model.columnCount())
    ]
    assert ID_ZHANG not in tab.detail.toPlainText() and MASKED_ID in tab.detail.toPlainText()
    assert tab.buttons["处理"].isEnabled() and not tab.buttons["答复"].isEnabled()

    # 交办 (a 转送 has no 60-day 办理 of this office: tests/rules/test_petition_paths.py) to a
    # town whose 镇长 approves the 延期 (《信访工作条例》第三十四条: the handling unit's 负责人)
    records.create(registry.get("units"), {"单位名称": "青河镇人民政府"}, CLI_ACTOR)
    records.create(registry.get("people"), {"姓名": "周青山", "单位": "青河镇人民政府", "职务": "镇长"},
                   CLI_ACTOR)
    step = tab.step_dialog("处理")
    step.set_value("handling", "交办")
    step.set_value("report_due", dt.date(2026, 4, 20))
    step.set_value("target_unit", "")
    assert not step.try_submit()  # no unit: refused next to the input, nothing lost
    assert step.errors["target_unit"].isVisible() or "去向单位" in step.errors["target_unit"].text()
    step.set_value("target_unit", "青河镇人民政府")
    assert step.try_submit()
    tab.after_change(visit.id)
    assert Petition.get_by_id(visit.id).state == petitions.TO_NOTIFY
    assert tab.buttons["告知"].isEnabled()

    step = tab.step_dialog("告知")
    assert step.try_submit()
    tab.after_change(visit.id)
    assert Petition.get_by_id(visit.id).handle_due == dt.date(2026, 5, 9)

    # 延期, once
    step = tab.step_dialog("延期")
    step.set_value("reason", "涉及多户补偿核算")
    step.set_value("approver", "周青山")
    assert step.try_submit()
    tab.after_change(visit.id)
    assert Petition.get_by_id(visit.id).handle_due == dt.date(2026, 6, 8)
    assert not tab.buttons["延期"].isEnabled()
    again = tab.step_dialog("延期")
    again.set_value("reason", "再延")
    again.set_value("approver", "周青山")
    assert not again.try_submit() and "只能延期一次" in again.general_error.text()

    # 答复: a date before the steps already done is refused, naming the last one, then a good one
    step = tab.step_dialog("答复")
    step.set_value("opinion", "补偿款已足额发放，安置房已复工。")
    step.set_value("on", dt.date(2026, 3, 1))
    assert not step.try_submit()
    assert step.errors["on"].text().startswith("答复日期（2026-03-01）不能早于延期日期（2026-03-10）：")
    step.set_value("on", dt.date(2026, 3, 10))
    assert step.try_submit()
    tab.after_change(visit.id)
    assert Petition.get_by_id(visit.id).state == petitions.REPLIED

    # print each paper (previews open without blocking)
    opened = []
    monkeypatch.setattr(
        "officedesk.ui.print_preview.show_pdf_preview",
        lambda parent, pdf, title: opened.append(title),
    )
    for name, title in (
        ("petition-notice", "信访事项受理告知书"),
        ("petition-transfer", "信访事项交办单"),
    ):
        text = _text(tab.print_form(name))
        assert title in text and "138****5678" in text and "13812345678" not in text
        assert ID_ZHANG not in text
        if name == "petition-transfer":
            assert MASKED_ID in text
    assert len(opened) == 2
    # a 交办 matter is answered by the 承办单位 (the 交办单 says so): no 答复意见书 of this office
    errors = []
    monkeypatch.setattr("officedesk.ui.petitions.tab.show_error",
                        lambda _parent, exc: errors.append(exc.message))
    assert tab.print_form("petition-reply") is None and len(opened) == 2
    assert "答复意见书由" in errors[0] and "不另出具" in errors[0]
    kinds = [s.kind for s in petitions.steps_of(visit.id, CLI_ACTOR)]
    assert kinds == ["登记", "交办", "受理告知", "延期", "答复"]


def test_registration_refuses_bad_input_and_keeps_it(app_ctx, qtbot):
    dialog = RegistrationDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.panel.inputs["category"].value() == ""  # no default: the clerk chooses
    dialog.panel.inputs["category"].set_value("征地拆迁")
    dialog.panel.inputs["form"].set_value("来信")
    dialog.panel.inputs["content"].set_value("反映问题")
    dialog.set_petitioner(
        0, name="张建国", id_number=ID_ZHANG[:17] + ("1" if ID_ZHANG[17] != "1" else "2")
    )
    assert not dialog.try_save()
    assert "校验位" in dialog.people_error.text()
    assert dialog.petitioners()[0]["name"] == "张建国"  # still there
    dialog.set_petitioner(0, id_number=ID_ZHANG)
    spin = dialog.panel.inputs["people_count"].widget  # the declared 1–100000; 0 is “not given”
    assert (spin.minimum(), spin.maximum()) == (0, 100_000)
    dialog.panel.inputs["people_count"].set_value(1)
    assert dialog.try_save()
    assert Petition.select().count() == 1


def test_reveal_is_for_allowed_roles_and_audited(tab, app_ctx, register, qtbot):
    p = register()
    tab.list.refresh()
    tab.list.select_record(p.id)
    tab.update_current()
    assert tab.reveal_button.isVisibleTo(tab)  # administrator
    shown = tab.reveal_current()
    assert shown["id_number"] == ID_ZHANG
    assert [e.action for e in audit.history("petitions", p.id)].count("view") == 1

    app_ctx.actor = Actor("clerk", "clerk", 1)
    clerk_tab = make_tab(app_ctx)
    qtbot.addWidget(clerk_tab)
    assert not clerk_tab.reveal_button.isVisibleTo(clerk_tab)


def test_stats_dialog_and_main_window(main_window, register, qtbot):
    register()
    titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert TITLE in titles
    main_window.tabs.setCurrentIndex(titles.index(TITLE))
    page = main_window.tabs.currentWidget()
    page.focus_search()
    assert page.list.search_box.hasFocus() or page.list.search_box.isVisible()
    from officedesk.ui.petitions.stats_dialog import StatsDialog

    dialog = StatsDialog(main_window.ctx)
    qtbot.addWidget(dialog)
    assert dialog.figures["total"] == 1 and "共 1 件" in dialog.summary.text()
    assert dialog.month_chart.series[0][1][2] == 1  # March
    assert "多次信访" in dialog.frequent.text()


def test_correct_a_registration(tab, register):
    p = register()
    tab.list.refresh()
    tab.list.select_record(p.id)
    tab.update_current()
    dialog = tab.edit_dialog()
    dialog.panel.inputs["region"].set_value("青河镇")
    assert dialog.try_save()
    assert Petition.get_by_id(p.id).region == "青河镇"
    assert Petition.get_by_id(p.id).id_number == ID_ZHANG  # untouched


def test_a_closed_registration_dialog_checks_no_more_repeats(app_ctx, qtbot, tab, monkeypatch):
    """Typing starts a 400 ms repeat check; closing the dialog within it must cancel the check,
    or it fires later against a database that may be closed (seen as a stray error in the
    next test)."""
    dialog = RegistrationDialog(app_ctx, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    calls = []
    monkeypatch.setattr(petitions, "find_repeats", lambda *a, **k: calls.append(a) or [])
    dialog.panel.inputs["content"].set_value("反映问题")
    assert dialog._debounce.isActive()
    dialog.reject()
    qtbot.wait(600)
    assert calls == []


def test_repeats_above_the_clearance_are_not_mentioned(app_ctx, qtbot, register, clerk):
    """A clerk below 机密 registering the same person again learns nothing of a classified
    petition, not even that there is one; he is matched by the name, which he sees (not by the
    ID number or phone, which he may not); the detail pane and 标为重复件 alike."""
    secret = register(secrecy="机密", registered_on="2026-03-02")
    visible = register(registered_on="2026-03-05", content="再次反映青河村土地征收补偿款未足额发放。")
    app_ctx.actor = clerk
    dialog = RegistrationDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.panel.inputs["category"].set_value("征地拆迁")
    dialog.set_petitioner(0, name="张建国", id_number=ID_ZHANG, phone="13812345678")
    dialog.panel.inputs["content"].set_value(secret.content)
    dialog.refresh_repeats()
    assert [c.petition_id for c in dialog.candidates] == [visible.id]
    shown = dialog.person_count.text() + " ".join(
        dialog.repeat_table.item(0, column).text() for column in range(6)
    )
    assert "同姓名（张建国）的信访此前有 1 件" in shown and "同一身份证号" not in shown
    assert "涉密" not in shown and "无权" not in shown
    assert secret.number not in shown and "2026-03-02" not in shown

    clerk_tab = make_tab(app_ctx)
    qtbot.addWidget(clerk_tab)
    clerk_tab.list.refresh()
    assert clerk_tab.list.select_record(visible.id)
    clerk_tab.update_current()
    detail = clerk_tab.detail.toPlainText()
    assert "涉密" not in detail and "无权" not in detail and secret.number not in detail
    assert "此前可能相同的信访" not in detail  # its only earlier petition is the secret one


def test_the_detail_pane_masks_the_address(tab, register):
    p = register()  # 北京市东城区和平里街道12号
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    tab.update_current()
    detail = tab.detail.toPlainText()
    assert "北京市" + "*" * 11 in detail and "和平里" not in detail


def test_history_shows_a_clerk_masked_data_and_audits_a_full_view(app_ctx, qtbot, register, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from officedesk.ui.widgets import history

    opened = []
    monkeypatch.setattr(history.HistoryDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # no dialog waits for a click
    p = register()

    def changes(actor) -> str:
        app_ctx.actor = actor
        page = make_tab(app_ctx)
        qtbot.addWidget(page)
        page.list.refresh()
        assert page.list.select_record(p.id)
        page.show_history()
        dialog = opened[-1]
        texts = []
        for row in range(dialog.table.rowCount()):
            dialog.table.selectRow(row)
            texts.append(dialog.detail.toPlainText())
        return "\n".join(texts)

    shown = changes(Actor("clerk", "clerk", 1))
    assert MASKED_ID in shown and "138****5678" in shown and "北京市" + "*" * 11 in shown
    assert ID_ZHANG not in shown and "13812345678" not in shown and "和平里" not in shown
    assert "view" not in [e.action for e in audit.history("petitions", p.id)]
    shown = changes(Actor("boss", "leader", 2))
    assert ID_ZHANG in shown and "北京市东城区和平里街道12号" in shown
    assert [e.actor for e in audit.history("petitions", p.id) if e.action == "view"] == ["boss"]


def test_the_detail_pane_marks_a_provisional_deadline(tab, register, fixed_today):
    fixed_today(dt.date(2026, 12, 20))
    p = register(registered_on="2026-12-20")  # its 15 days end in 2027, whose holidays are unknown
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    tab.update_current()
    assert "2027-01-04（暂按）" in tab.detail.toPlainText()  # dates in the pane as the 收文 pane's


def _print_items(tab) -> dict[str, tuple[bool, str]]:
    return {action.text(): (action.isEnabled(), action.toolTip())
            for action in tab.print_menu.actions() if not action.isSeparator()}


def test_print_menu_offers_only_the_papers_core_would_print(tab, register, admin, fixed_today):
    """Each item of 打印, the full-identity ones too, is greyed out when core refuses that paper
    for the record now, and says why: a 交办 matter's 答复意见书 is its unit's (it was offered,
    and the full-identity items were offered whatever the record)."""
    fixed_today(dt.date(2026, 3, 10))
    p = register()
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    items = _print_items(tab)
    assert items["答复意见书（含完整身份信息）"][0] is False  # nothing answered yet
    assert items["告知书（含完整身份信息）"][0] is False
    assert "还没有处理" in items["告知书"][1]

    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03",
                         target_unit="县人力资源和社会保障局", report_due="2026-04-10")
    p = petitions.notify(p.id, p.version, admin, on="2026-03-03")
    p = petitions.reply(p.id, p.version, admin, opinion="经县人社局调查核实，工资已支付。",
                        on="2026-03-05")
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    items = _print_items(tab)
    assert items["告知书"][0] and items["转送单/交办单（含完整身份信息）"][0]
    for name in ("答复意见书", "答复意见书（含完整身份信息）"):
        enabled, why = items[name]
        assert not enabled and "答复意见书由县人力资源和社会保障局出具" in why


def test_ctrl_p_prints_the_latest_paper_the_menu_offers(tab, register, admin, fixed_today,
                                                        monkeypatch):
    """文件 → 打印 (Ctrl+P) picks by core's paper_refusal, as the menu greys out: a 交办 matter
    answered by its unit prints the 告知书, not the 答复意见书 that core refuses; a matter not
    handled yet names each paper and why it cannot be printed."""
    printed: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(tab, "print_form", lambda name, unmasked=False: printed.append(name))
    monkeypatch.setattr("officedesk.ui.petitions.tab.info",
                        lambda _parent, _title, text: told.append(text))
    fixed_today(dt.date(2026, 3, 10))
    p = register()
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    tab.print_current()
    assert printed == [] and len(told) == 1
    for paper in ("告知书", "转送单/交办单", "答复意见书"):
        assert paper + "：" in told[0]
    assert petitions.paper_refusal("notice", p) in told[0]

    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03",
                         target_unit="县人力资源和社会保障局", report_due="2026-04-10")
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    tab.print_current()
    assert printed == ["petition-transfer"]  # the 交办单, made at 处理
    p = petitions.notify(p.id, p.version, admin, on="2026-03-03")
    p = petitions.reply(p.id, p.version, admin, opinion="经县人社局调查核实，工资已支付。",
                        on="2026-03-05")
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    assert petitions.paper_refusal("reply", p)  # the unit's 答复意见书, not this office's
    tab.print_current()
    assert printed == ["petition-transfer", "petition-notice"] and len(told) == 1


# the offscreen platform cannot grab the keyboard for a popup; harmless here
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_greyed_out_papers_say_why_to_the_keyboard(main_window, register, fixed_today, qtbot):
    """↓ in 打印 highlights a greyed-out paper too (Qt skips them otherwise, so ↓ selected
    nothing on an unhandled petition); its reason, core's paper_refusal, shows in the status bar
    and beside the item. Enter on it prints nothing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QToolTip

    fixed_today(dt.date(2026, 3, 10))
    p = register()
    window = main_window
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.tab_widgets["petitions"]))
    tab = window.tab_widgets["petitions"]
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    menu = tab.print_menu
    assert not any(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    printed: list[str] = []
    tab.print_form = lambda name, unmasked=False: printed.append(name)  # type: ignore[method-assign]
    seen: list[tuple[str, str]] = []
    tips: list[str] = []

    def walk() -> None:
        qtbot.waitUntil(menu.isVisible)
        qtbot.wait(100)  # opened and settled (its activation would hide an early tip)
        for _ in range(3):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            active = menu.activeAction()
            seen.append((active.text() if active else "", window.statusBar().currentMessage()))
            qtbot.wait(30)  # the tip shows once the key is up (a tool tip hides on any key)
            tips.append(QToolTip.text() if QToolTip.isVisible() else "")
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        menu.close()

    QTimer.singleShot(50, walk)
    tab.print_button.setFocus()
    qtbot.keyClick(tab.print_button, Qt.Key.Key_Space)  # opens the menu, until walk closes it
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert [name for name, _ in seen] == ["告知书", "转送单/交办单", "答复意见书"]
    for (_name, status), paper in zip(seen, ("notice", "transfer", "reply"), strict=True):
        assert status == petitions.paper_refusal(paper, p) != ""
    assert tips == [status for _name, status in seen]  # beside the item too
    assert printed == []
