"""A 来文字号 typed with full-width digits is stored tidied (云公发〔2026〕9号), so the lookup of
收文 already signed in with the same 来文机关 and 来文字号 tidies it too: the same document typed
either way is found, not signed in twice unwarned."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from officedesk.core.documents import incoming
from officedesk.store.documents import IncomingDoc

FIRST = {"文种": "通知", "来文机关": "市委办", "来文字号": "市委办〔2026〕99号", "标题": "关于年终工作的通知"}
WIDE = "市委办〔２０２６〕９９号"


def test_a_wide_typed_number_finds_the_one_signed_in(office, secretary):
    first = incoming.sign_in(FIRST, secretary)
    assert incoming.registered_before("市委办", WIDE, secretary) == [first.receive_no]
    assert incoming.registered_before("市委办", " 市委办〔２０２６〕９８号", secretary) == []


def test_one_signed_in_wide_is_found_by_the_plain_number(office, secretary):
    first = incoming.sign_in({**FIRST, "来文字号": WIDE}, secretary)
    assert first.from_ref == "市委办〔2026〕99号"
    assert incoming.registered_before("市委办", "市委办〔2026〕99号", secretary) == [first.receive_no]


def test_the_window_asks_though_the_number_was_typed_wide(office, main_window, qtbot, monkeypatch,
                                                          secretary):
    documents_tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(documents_tab)
    incoming.sign_in(FIRST, secretary)
    asked: list[str] = []

    def shown(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.No  # the number left as typed, and not signed in again

    monkeypatch.setattr(QMessageBox, "exec", shown)
    dialog = documents_tab.incoming.new_record()
    for key, value in (("from_org", "市委办"), ("from_ref", WIDE), ("title", "关于年终工作的通知")):
        dialog.panel.inputs[key].set_value(value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(asked) == 2 and "收〔2026〕1号" in asked[1], asked  # 改正吗？ then 重复登记？
    assert dialog.isVisible() and IncomingDoc.select().count() == 1
