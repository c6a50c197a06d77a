"""The English window reads what the program wrote in Chinese: a 收文's 保密期限 the rules set
(秘密: 10年) reads “10 years” in its detail, the 信息刊物 dialog names the periodicals as the
ranking does (Daily Digest, not 每日要情); the Chinese window shows them as stored."""

from __future__ import annotations

import html

from officedesk.core.documents import incoming


def _classified(actor):
    return incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "关于保密工作的通知", "密级": "秘密"}, actor)


def test_a_statutory_secrecy_term_reads_in_english_in_the_detail(app_ctx, qtbot, english):
    from officedesk.ui.documents.incoming_page import IncomingPage

    record = _classified(app_ctx.actor)
    assert record.secrecy_term == "10年"  # stored as the paper prints it
    page = IncomingPage(app_ctx)
    qtbot.addWidget(page)
    shown = html.unescape(page.detail_html(record))
    assert "10 years" in shown and "10年" not in shown


def test_the_chinese_detail_keeps_the_term_as_stored(app_ctx, qtbot):
    from officedesk.ui.documents.incoming_page import IncomingPage

    record = _classified(app_ctx.actor)
    page = IncomingPage(app_ctx)
    qtbot.addWidget(page)
    assert "10年" in html.unescape(page.detail_html(record))


def test_the_issues_dialog_names_periodicals_in_english_and_chooses_by_the_name_kept(app_ctx, qtbot, english):
    from officedesk.ui.info.dialogs import IssuesDialog

    dialog = IssuesDialog(app_ctx, lambda *args, **kwargs: None)
    qtbot.addWidget(dialog)
    names = [dialog.periodical.itemText(i) for i in range(dialog.periodical.count())]
    assert "Daily Digest" in names and "每日要情" not in names
    dialog.periodical.setCurrentIndex(names.index("Daily Digest"))
    assert dialog.periodical.currentData() == "每日要情"
    assert dialog.periodical_dialog().windowTitle()  # opened for the periodical kept
