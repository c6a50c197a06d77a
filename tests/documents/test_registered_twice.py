"""The same 来文 signed in twice (same 来文机关 and 来文字号) is one item counted and handled
twice: signing it in says so — the window asks first, `add` names the earlier one. One above
the clerk's clearance is neither named nor counted: the warning is no oracle for it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from officedesk.core.actor import Actor
from officedesk.core.documents import incoming
from officedesk.store.documents import IncomingDoc

FIRST = {"文种": "通知", "来文机关": "县公安局", "来文字号": "云公发〔2026〕9号", "标题": "关于冬季防火的通知"}


def test_registered_before_names_the_earlier_one(office, secretary):
    assert incoming.registered_before("县公安局", "云公发〔2026〕9号", secretary) == []
    first = incoming.sign_in(FIRST, secretary)
    assert incoming.registered_before("县公安局", " 云公发〔2026〕9号", secretary) == [first.receive_no]
    assert incoming.registered_before("县公安局", "", secretary) == []  # no 字号: no pair


LOW = Actor("ke", "clerk", 0, display_name="科员")


def test_a_classified_earlier_one_is_no_hint_to_a_clerk_below_it(office, secretary):
    secret = incoming.sign_in({**FIRST, "密级": "机密"}, secretary)
    # cleared: warned, the classified one named
    assert incoming.registered_before("县公安局", "云公发〔2026〕9号", secretary) == [secret.receive_no]
    # below it: nothing at all, as if no such 收文 existed
    assert incoming.registered_before("县公安局", "云公发〔2026〕9号", LOW) == []
    plain = incoming.sign_in(FIRST, secretary)
    found = incoming.registered_before("县公安局", "云公发〔2026〕9号", LOW)
    assert found == [plain.receive_no]  # only what he may see, and no count of the rest
    assert incoming.registered_before("县公安局", "云公发〔2026〕9号", secretary) == [
        secret.receive_no, plain.receive_no]


def test_the_command_line_names_the_earlier_one(office, tmp_path, monkeypatch, capsys):
    from tests.cli_office import new_office

    run = next(new_office(tmp_path, monkeypatch, capsys))
    pairs = ["文种=通知", "来文机关=县公安局", "来文字号=云公发〔2026〕9号", "标题=关于冬季防火的通知"]
    out, _ = run("add", "incoming", *pairs)
    assert "注意" not in out
    out, _ = run("add", "incoming", *pairs)
    assert "已登记过来文字号相同的收文" in out and "收〔2026〕1号" in out


def test_the_window_asks_before_signing_in_the_same_document_again(office, main_window, qtbot,
                                                                    monkeypatch, secretary):
    documents_tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(documents_tab)
    incoming.sign_in(FIRST, secretary)
    asked: list[str] = []
    answer = {"value": QMessageBox.StandardButton.No}

    def shown(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return answer["value"]

    monkeypatch.setattr(QMessageBox, "exec", shown)
    page = documents_tab.incoming
    dialog = page.new_record()
    for key, value in (("from_org", "县公安局"), ("from_ref", "云公发〔2026〕9号"), ("title", "关于冬季防火的通知")):
        dialog.panel.inputs[key].set_value(value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert asked and "收〔2026〕1号" in asked[0]
    assert dialog.isVisible() and IncomingDoc.select().count() == 1
    answer["value"] = QMessageBox.StandardButton.Yes
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible() and IncomingDoc.select().count() == 2


def test_the_window_asks_a_clerk_below_a_classified_one_nothing(office, main_window, qtbot,
                                                                 monkeypatch, secretary):
    incoming.sign_in({**FIRST, "密级": "机密"}, secretary)
    main_window.ctx.actor = LOW
    documents_tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(documents_tab)
    asked: list[str] = []

    def shown(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", shown)
    dialog = documents_tab.incoming.new_record()
    for key, value in (("from_org", "县公安局"), ("from_ref", "云公发〔2026〕9号"), ("title", "关于冬季防火的通知")):
        dialog.panel.inputs[key].set_value(value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert asked == []  # no 重复登记？ question: it would tell of the 机密 one
    assert not dialog.isVisible() and IncomingDoc.select().count() == 2
