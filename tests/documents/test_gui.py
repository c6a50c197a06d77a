"""The 公文 tab through the GUI: one 收文 from 签收 to 归档 and one 发文 from 拟稿 to 核发, every
form printed, and bad input refused in the dialog with what was typed kept."""

from __future__ import annotations

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from officedesk.core import clock, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import dispatch, incoming, outgoing
from officedesk.core.documents.common import steps
from officedesk.ui.documents import DocumentsTab
from officedesk.ui.documents.step_dialog import StepDialog
from officedesk.ui.widgets.mnemonics import plain
from officedesk.ui.widgets.record_form import RecordFormDialog
from officedesk.ui.widgets.step_form import SpecStepDialog

from .helpers import BODY, outgoing_to_rechecked, outgoing_to_signed


@pytest.fixture
def documents_tab(office, main_window, qtbot) -> DocumentsTab:
    tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(tab)
    return tab


def visible_steps(page) -> list[str]:
    return [name for name, button in page.step_buttons.items() if not button.isHidden()]


def click_step(qtbot, page, step: str):
    button = page.step_buttons[step]
    assert not button.isHidden(), f"{step} is not offered; offered: {visible_steps(page)}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return page.active_dialog


def accept(qtbot, dialog) -> None:
    if isinstance(dialog, StepDialog):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    elif isinstance(dialog, SpecStepDialog):  # a step's dialog from its declaration
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    else:
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), (
        getattr(dialog, "general_error", None) and dialog.general_error.text()
    )


def check_preview(preview, *texts: str) -> None:
    assert preview is not None
    with pymupdf.open(stream=preview.pdf_bytes, filetype="pdf") as pdf:
        assert len(pdf) >= 1
        short, long = sorted((pdf[0].rect.width, pdf[0].rect.height))  # A4, either way (归档文件目录 横向)
        assert abs(short - 595.28) < 1 and abs(long - 841.89) < 1
        text = "".join(page.get_text() for page in pdf).replace("\n", "")
    for wanted in texts:
        assert wanted in text, wanted
    preview.close()


def test_incoming_from_sign_in_to_archive(documents_tab, main_window, qtbot, monkeypatch):
    page = documents_tab.incoming
    documents_tab.setCurrentWidget(page)
    asked = []
    monkeypatch.setattr(
        "officedesk.ui.documents.incoming_page.confirm",
        lambda parent, title, text: asked.append(text) or True,
    )

    main_window._dispatch("new_record")  # Ctrl+N on the 收文 page is 签收
    dialog = page.active_dialog
    assert isinstance(dialog, RecordFormDialog) and dialog.windowTitle() == "收文签收"
    dialog.panel.inputs["from_org"].set_value("省委办公厅")
    dialog.panel.inputs["from_ref"].set_value("省委办发[2026]第045号")
    dialog.panel.inputs["title"].set_value("关于做好2026年岁末年初安全生产工作的通知")
    dialog.panel.inputs["urgency"].set_value("加急")
    dialog.panel.inputs["copies"].set_value(2)
    accept(qtbot, dialog)
    assert "省委办发〔2026〕45号" in asked[0]  # the correction was offered
    record = page.current_record()
    assert record.from_ref == "省委办发〔2026〕45号" and record.receive_no == "收〔2026〕1号"
    assert visible_steps(page) == ["登记"]

    dialog = click_step(qtbot, page, "登记")
    dialog.panel.inputs["kind"].set_value("通知")
    accept(qtbot, dialog)
    assert visible_steps(page) == ["初审", "退回"]
    accept(qtbot, click_step(qtbot, page, "初审"))
    dialog = click_step(qtbot, page, "拟办")
    dialog.set_value("proposal", "拟请王主任阅示，送市应急局办理。")
    accept(qtbot, dialog)
    dialog = click_step(qtbot, page, "批办")
    dialog.set_value("instruction", "请市应急局牵头抓好落实。")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no leader named: refused, kept
    assert dialog.isVisible() and "领导姓名" in dialog.errors["leader"].text()
    assert dialog.value("instruction") == "请市应急局牵头抓好落实。"
    dialog.set_value("leader", "王建国")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # 代录: his time from the paper
    assert dialog.isVisible() and "按纸面签批的时间填写" in dialog.errors["at"].text()
    dialog.set_value("at", clock.now())
    accept(qtbot, dialog)
    dialog = click_step(qtbot, page, "承办")
    dialog.set_value("unit", "市应急管理局")
    dialog.set_value("days", 5)
    accept(qtbot, dialog)
    dialog = click_step(qtbot, page, "传阅")
    dialog.set_value("readers", "王建国、刘志强")
    accept(qtbot, dialog)
    assert "传阅中（王建国）" in page.detail.toPlainText()
    row = page.list.model.row_of(record.id)
    holder_column = page.list.model.columnCount() - 1
    assert page.list.model.data(page.list.model.index(row, holder_column)) == "王建国 持有"
    dialog = click_step(qtbot, page, "阅")
    dialog.set_value("at", clock.now())
    accept(qtbot, dialog)
    dialog = click_step(qtbot, page, "阅")
    assert dialog.value("reader") == "刘志强"
    dialog.set_value("at", clock.now())
    accept(qtbot, dialog)
    accept(qtbot, click_step(qtbot, page, "催办"))
    dialog = click_step(qtbot, page, "办结")
    dialog.set_value("result", "已转发各县区，专项检查已部署。")
    accept(qtbot, dialog)
    dialog = click_step(qtbot, page, "归档")
    dialog.set_value("retention", "定期30年")
    accept(qtbot, dialog)

    record = records.get(incoming.INCOMING, record.id, CLI_ACTOR)
    assert record.state == "已归档" and record.archive_no == "Z021-WS·2026-D30-BGS-0001"
    assert [s.step for s in steps("incoming", record.id, CLI_ACTOR)] == [
        "签收",
        "登记",
        "初审",
        "拟办",
        "批办",
        "承办",
        "传阅",
        "阅",
        "阅",
        "催办",
        "办结",
        "归档",
    ]
    assert visible_steps(page) == []

    check_preview(page.print_form("incoming-slip"), "收文处理笺", "请市应急局牵头抓好落实。")
    check_preview(page.print_form("circulation"), "文件传阅单", "刘志强")
    check_preview(page.print_form("incoming-reminder"), "催办单", "市应急管理局")
    documents_tab.setCurrentWidget(documents_tab.stats)
    check_preview(documents_tab.stats.print_archive_list(), "归档文件目录", record.archive_no)


def test_outgoing_from_draft_to_distribution(documents_tab, main_window, qtbot, monkeypatch):
    page = documents_tab.outgoing
    documents_tab.setCurrentWidget(page)
    main_window._dispatch("new_record")
    dialog = page.active_dialog
    dialog.panel.inputs["title"].set_value("关于进一步加强机关公文处理工作的通知")
    assert dialog.panel.inputs["kind"].value() == ""  # no default: the drafter chooses
    dialog.panel.inputs["kind"].set_value("通知")
    dialog.panel.inputs["drafting_unit"].set_value("秘书科")
    dialog.panel.inputs["drafter"].set_value("陈晓")
    dialog.panel.inputs["main_to"].set_value("各县（市、区）委办公室，市直各单位")
    dialog.panel.inputs["secrecy"].set_value("秘密")
    dialog.panel.inputs["secrecy_term"].set_value("1年")
    dialog.panel.inputs["copies"].set_value(10)
    dialog.body.set_text("为提高办文质量，现通知如下。")
    dialog.body.edit.moveCursor(QTextCursor.MoveOperation.End)
    dialog.body.insert_heading(1)
    dialog.body.edit.insertPlainText("规范办理程序\n各单位要严格审核把关。")
    dialog.body.insert_heading(1)
    dialog.body.edit.insertPlainText("加强督促检查")
    assert dialog.body.text().splitlines()[1] == "一、规范办理程序"
    assert dialog.body.text().splitlines()[3] == "二、加强督促检查"
    assert dialog.body.outline.count() == 2
    accept(qtbot, dialog)
    record = page.current_record()
    assert record.state == "拟稿中" and record.doc_no == ""

    dialog = click_step(qtbot, page, "核稿")
    dialog.set_value("checker", "周核稿")
    accept(qtbot, dialog)
    dialog = click_step(qtbot, page, "送会签")
    dialog.set_value("units", "市政府办公室、市档案馆")
    accept(qtbot, dialog)
    for person in ("孙一", "钱二"):
        dialog = click_step(qtbot, page, "会签")
        dialog.set_value("person", person)
        dialog.set_value("at", clock.now())
        accept(qtbot, dialog)
    assert page.current_record().state == "已会签"
    check_preview(page.print_form("outgoing-draft"), "发文稿纸", "孙一", "一、规范办理程序")
    assert not page.print_buttons["document"].isEnabled()  # not numbered yet
    dialog = click_step(qtbot, page, "签发")
    dialog.set_value("signer", "王建国")
    accept(qtbot, dialog)
    assert page.current_record().doc_no == ""  # no number before the 编号 step
    assert visible_steps(page) == ["复核", "退回复审"]  # 复核 before 编号
    dialog = click_step(qtbot, page, "复核")
    dialog.set_value("checker", "周秘书")
    accept(qtbot, dialog)
    assert page.current_record().state == "已复核"
    assert steps("outgoing", page.current_record().id, CLI_ACTOR)[-1].person == "周秘书"
    accept(qtbot, click_step(qtbot, page, "编号"))
    record = page.current_record()
    assert record.doc_no == "某委办发〔2026〕1号"
    accept(qtbot, click_step(qtbot, page, "印制"))

    dialog = click_step(qtbot, page, "核发")
    dialog.set_value("rows", [["各县（市、区）委办公室", "6", "", ""], ["市直各单位", "4", "", ""]])
    qtbot.mouseClick(
        dialog.ok_button, Qt.MouseButton.LeftButton
    )  # classified without 份号: refused
    assert dialog.isVisible() and "份号范围" in dialog.errors["rows"].text()
    assert dialog.value("rows")[1][0] == "市直各单位"  # nothing typed is lost
    dialog.set_value(
        "rows", [["各县（市、区）委办公室", "6", "1", "6"], ["市直各单位", "4", "7", "10"]]
    )
    accept(qtbot, dialog)
    record = page.current_record()
    assert record.state == "已核发"
    assert [(d.first_no, d.last_no) for d in dispatch.distribution(record.id, CLI_ACTOR)] == [(1, 6), (7, 10)]
    assert page.print_buttons["document"].isEnabled()
    offered: list[int] = []  # a classified 公文: the 份数 asked (tests/ui/test_document_copies.py)
    monkeypatch.setattr(page, "ask_copies", lambda n: offered.append(n) or {"copies": n})
    main_window._dispatch("print_current")  # Ctrl+P prints the 公文 once numbered
    check_preview(page.last_preview, "某委办发〔2026〕1号", "000001", "秘密")
    assert offered == [10]
    assert visible_steps(page) == ["归档"]


def test_a_rereview_goes_back_to_the_signer_from_the_window(documents_tab, secretary, qtbot):
    record = outgoing_to_signed(secretary)  # signed by 王建国
    page = documents_tab.outgoing
    documents_tab.setCurrentWidget(page)
    page.list.refresh()
    assert page.list.select_record(record.id)
    dialog = click_step(qtbot, page, "退回复审")
    assert not dialog.try_submit()  # no reason: refused next to the input
    assert dialog.isVisible() and "理由" in dialog.errors["reason"].text()
    dialog.set_value("reason", "附件名称与正文不一致")
    accept(qtbot, dialog)
    assert page.current_record().state == "复审中"
    assert visible_steps(page) == ["退回修改", "签发"]
    dialog = click_step(qtbot, page, "签发")
    assert dialog.value("signer") == "王建国"  # the original signer's 复审
    dialog.set_value("signer", "刘志强")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "应由王建国重新签发" in dialog.general_error.text()
    dialog.set_value("signer", "王建国")
    accept(qtbot, dialog)
    assert page.current_record().state == "已签发"
    assert visible_steps(page) == ["复核", "退回复审"]


def test_used_number_is_refused_in_the_dialog(documents_tab, secretary, qtbot):
    first = outgoing_to_rechecked(secretary)
    outgoing.assign_number(first.id, first.version, secretary)
    second = outgoing_to_rechecked(secretary, 标题="关于召开全市办公室工作会议的通知", 正文=BODY)
    page = documents_tab.outgoing
    documents_tab.setCurrentWidget(page)
    page.list.refresh()
    assert page.list.select_record(second.id)
    dialog = click_step(qtbot, page, "编号")
    dialog.set_value("manual", "某委办发〔2026〕1号")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "已经使用过" in dialog.general_error.text()
    assert dialog.value("manual") == "某委办发〔2026〕1号"
    assert records.get(outgoing.OUTGOING, second.id, CLI_ACTOR).doc_no == ""
    dialog.set_value("manual", "")
    accept(qtbot, dialog)
    assert records.get(outgoing.OUTGOING, second.id, CLI_ACTOR).doc_no == "某委办发〔2026〕2号"


def test_future_date_is_refused_and_input_kept(documents_tab, qtbot):
    import datetime as dt

    page = documents_tab.incoming
    dialog = page.new_record()
    dialog.panel.inputs["from_org"].set_value("省委办公厅")
    dialog.panel.inputs["title"].set_value("关于x的通知")
    dialog.panel.inputs["received_on"].set_value(dt.date(2027, 1, 5))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "将来" in dialog.panel.inputs["received_on"].error.text()
    assert dialog.panel.inputs["title"].value() == "关于x的通知"
    dialog.reject()
    assert records.count(incoming.INCOMING, Actor("x", "admin", 3)) == 0


def test_classified_records_hidden_from_lower_clearance(office, app_ctx, secretary, qtbot):
    from officedesk.ui.context import AppContext

    incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "机密件", "密级": "机密"}, secretary)
    incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "普通件"}, secretary)
    low = AppContext(Actor("ke", "clerk", 1, display_name="科员"), "x", app_ctx.settings)
    tab = DocumentsTab(low)
    qtbot.addWidget(tab)
    tab.show()
    tab.incoming.list.refresh()
    model = tab.incoming.list.model
    titles = {model.record_at(r).title for r in range(model.rowCount())}
    assert titles == {"普通件"}


def _attachments_dialog(documents_tab, secretary, qtbot):
    """A 收文 selected in the tab, its 附件 dialog opened by the button: (record, page, dialog)."""
    from officedesk.ui.documents.page import AttachmentsDialog

    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "带附件的通知"}, secretary)
    page = documents_tab.incoming
    page.list.refresh()
    assert page.list.select_record(record.id)
    qtbot.mouseClick(page.attach_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, AttachmentsDialog)
    return record, page, dialog


def test_attachments_dialog_stores_files(documents_tab, secretary, qtbot, tmp_path):
    from officedesk.core.documents import attachments

    record, page, dialog = _attachments_dialog(documents_tab, secretary, qtbot)
    source = tmp_path / "实施方案.docx"
    source.write_bytes(b"PK\x03\x04 demo")
    dialog.add_files([source])
    assert dialog.files.count() == 1 and "实施方案.docx" in dialog.files.item(0).text()
    stored = attachments.attachments("incoming", record.id, CLI_ACTOR)[0]
    assert attachments.verify_attachment(stored)
    dialog.reject()
    assert "实施方案.docx" in page.detail.toPlainText()


def test_readonly_user_sees_no_steps(office, app_ctx, secretary, qtbot):
    from officedesk.ui.context import AppContext

    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "只读可见"}, secretary)
    ro = AppContext(Actor("ro", "readonly", 3, display_name="只读"), "x", app_ctx.settings)
    tab = DocumentsTab(ro)
    qtbot.addWidget(tab)
    tab.show()
    page = tab.incoming
    page.list.refresh()
    assert page.list.select_record(record.id)
    assert visible_steps(page) == [] and page.new_button.isHidden()
    assert page.print_buttons["incoming-slip"].isEnabled()
    assert page.new_record() is None


def test_attachments_dialog_saves_a_copy_and_never_starts_a_program(documents_tab, secretary, qtbot, tmp_path,
                                                                     monkeypatch):
    from officedesk.ui.documents import attachments as dialog_module

    _record, _page, dialog = _attachments_dialog(documents_tab, secretary, qtbot)
    source = tmp_path / "通知附件.pdf.exe"
    source.write_bytes(b"MZ payload")
    dialog.add_files([source])
    dialog.files.setCurrentRow(0)
    started, shown = [], []
    monkeypatch.setattr(dialog_module.QDesktopServices, "openUrl", lambda url: started.append(url))
    monkeypatch.setattr(dialog_module, "show_error", lambda parent, exc: shown.append(str(exc)))
    dialog.open_selected()
    assert started == [] and "可执行程序" in shown[0]
    target = tmp_path / "隔离区" / "copy.bin"
    target.parent.mkdir()
    monkeypatch.setattr(dialog_module.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    save = next(b for b in dialog.findChildren(QPushButton) if plain(b.text()) == "另存为…")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"MZ payload"
    dialog.reject()


def test_the_attachments_of_a_signed_outgoing_document_are_not_offered_for_change(db, qtbot, secretary):
    """Core refuses adding and removing a 发文's annexes once it is past its draft: the dialog
    offers 打开 and 另存为 only, and says why (it offered 添加/删除 and then refused them)."""
    from PySide6.QtWidgets import QLabel, QPushButton

    from officedesk.core import steps
    from officedesk.core.documents import outgoing
    from officedesk.ui.documents.attachments import AttachmentsDialog

    doc = outgoing.draft({"文种": "通知", "标题": "关于附件的通知"}, secretary)
    draft = AttachmentsDialog(type("Ctx", (), {"actor": secretary})(), outgoing.OUTGOING, doc.id)
    qtbot.addWidget(draft)
    enabled = {b.text(): b.isEnabled() for b in draft.findChildren(QPushButton)}
    assert enabled["添加…"] and enabled["删除"]
    steps.perform("outgoing", doc.id, "核稿", {"核稿人": "周核稿"}, secretary)
    checked = AttachmentsDialog(type("Ctx", (), {"actor": secretary})(), outgoing.OUTGOING, doc.id)
    qtbot.addWidget(checked)
    buttons = {b.text(): b for b in checked.findChildren(QPushButton)}
    assert not buttons["添加…"].isEnabled() and not buttons["删除"].isEnabled()
    assert buttons["打开"].isEnabled() and buttons["另存为…"].isEnabled()
    why = [label.text() for label in checked.findChildren(QLabel) if "附件" in label.text()]
    assert why and "不能再增删" in why[0] and why[0] == buttons["添加…"].toolTip()
