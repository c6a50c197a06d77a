"""The window's 核稿 asks for its 核稿人: left empty, the dialog stays open with core's words
next to the input (it recorded the clerk at the keyboard as 核稿人)."""

from __future__ import annotations

from officedesk.core.documents import outgoing

from .test_gui import accept, click_step, documents_tab  # noqa: F401 (the fixture)


def test_a_check_without_its_checker_is_refused_in_the_dialog(documents_tab, secretary, qtbot):  # noqa: F811
    record = outgoing.draft({"标题": "关于做好防汛工作的通知", "文种": "通知", "拟稿人": "陈思雨"},
                            secretary)
    page = documents_tab.outgoing
    documents_tab.setCurrentWidget(page)
    page.list.refresh()
    assert page.list.select_record(record.id)
    dialog = click_step(qtbot, page, "核稿")
    assert not dialog.try_submit()
    assert dialog.isVisible() and "请填写核稿人" in dialog.errors["checker"].text()
    assert page.current_record().state == "拟稿中"
    dialog.set_value("checker", "周核稿")
    accept(qtbot, dialog)
    assert (page.current_record().state, page.current_record().checker) == ("已核稿", "周核稿")
