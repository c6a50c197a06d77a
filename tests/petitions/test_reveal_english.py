"""查看完整身份信息 in English reads as English: one translated pattern per petitioner. The
English window showed “张秀英：ID card no. 5390…，Telephone …，Address …” with the Chinese
colon and commas built around the translated words."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPlainTextEdit


def test_the_full_identity_reads_in_the_interface_language(tab, register, qapp, qtbot):
    from officedesk.ui import i18n

    p = register()
    tab.list.refresh()
    tab.list.select_record(p.id)
    tab.update_current()
    i18n.install(qapp, "en")
    try:
        assert tab.reveal_current() is not None
        boxes = [w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and w.findChild(QPlainTextEdit) is not None
                 and w.findChild(QPlainTextEdit).accessibleName() == "Full identity"]
        assert boxes, [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        text = boxes[-1].findChild(QPlainTextEdit).toPlainText()
        boxes[-1].close()
    finally:
        i18n.install(qapp, "zh_CN")
    assert "ID card no." in text and "：" not in text and "，" not in text, text
