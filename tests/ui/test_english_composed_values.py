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
    # the 办理过程's headings and the 签收 row's note the program wrote
    assert "<th>By</th>" in page.detail_html(record) and "Status after" in shown and "Attachments: None" in shown
    assert "1 copies received" in shown and "签收" not in shown


def test_the_chinese_detail_keeps_the_term_as_stored(app_ctx, qtbot):
    from officedesk.ui.documents.incoming_page import IncomingPage

    record = _classified(app_ctx.actor)
    page = IncomingPage(app_ctx)
    qtbot.addWidget(page)
    shown = html.unescape(page.detail_html(record))
    assert "<td>10年</td>" in shown and "保密期限）" not in shown


def test_the_issues_dialog_names_periodicals_in_english_and_chooses_by_the_name_kept(app_ctx, qtbot, english):
    from officedesk.ui.info.dialogs import IssuesDialog

    dialog = IssuesDialog(app_ctx, lambda *args, **kwargs: None)
    qtbot.addWidget(dialog)
    names = [dialog.periodical.itemText(i) for i in range(dialog.periodical.count())]
    assert "Daily Digest" in names and "每日要情" not in names
    dialog.periodical.setCurrentIndex(names.index("Daily Digest"))
    assert dialog.periodical.currentData() == "每日要情"
    assert dialog.periodical_dialog().windowTitle()  # opened for the periodical kept


def test_an_info_items_issue_and_adoptions_read_in_english(app_ctx, qtbot, english, fixed_today):
    """编发期号 (每日要情 2026年第3期) and 采用情况, labels core composes, in the list and the detail."""
    import datetime as dt

    from PySide6.QtGui import QTextDocument

    from officedesk.core import info, records
    from officedesk.store.info import InfoItem
    from officedesk.ui.info.tab import InfoTab

    fixed_today(dt.date(2026, 11, 16))
    item = records.create(info.SPEC, {
        "title": "县林业局开展森林防火检查", "unit": "县林业局", "reporter": "李明", "category": "工作动态",
        "content": "近日开展防火检查。", "reported_at": "2026-11-15 16:00"}, app_ctx.actor)
    # as 编发 and 县级采用 write them (the values, not the steps, are what this reads)
    InfoItem.update(issue_label="每日要情 2026年第3期",
                    adopted="县级：每日要情 2026年第3期（2026-11-16）").where(InfoItem.id == item.id).execute()
    tab = InfoTab(app_ctx)
    qtbot.addWidget(tab)
    document = QTextDocument()
    document.setHtml(tab.describe(info.get(item.id, app_ctx.actor)))
    shown = document.toPlainText()
    assert "Daily Digest 2026 No. 3" in shown and "County level: Daily Digest 2026 No. 3 (2026-11-16)" in shown
    model = tab.list.model
    column = [f.name for f in model.fields].index("issue_label")
    tab.list.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, column)) == "Daily Digest 2026 No. 3"
    assert InfoItem.get_by_id(item.id).issue_label == "每日要情 2026年第3期"  # stored as printed


def test_the_circulation_heading_reads_in_english_with_its_readers_as_written(app_ctx, qtbot, english):
    from officedesk.ui.documents.incoming_page import IncomingPage

    actor = app_ctx.actor
    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "关于传阅的通知"}, actor)
    record = incoming.register_doc(record.id, record.version, {}, actor)
    record = incoming.review(record.id, record.version, actor)
    record = incoming.propose(record.id, record.version, actor, "拟请王主任阅示。")
    record = incoming.instruct(record.id, record.version, actor, "请市应急局牵头抓好落实。", "王建国")
    record = incoming.assign(record.id, record.version, actor, "县委办公室", "", 5)
    record = incoming.circulate(record.id, record.version, actor, ["王建国", "刘志强"])
    assert incoming.state_text(record) == "传阅中（王建国）"  # the list's 状态, as stored words
    page = IncomingPage(app_ctx)
    qtbot.addWidget(page)
    shown = html.unescape(page.extra_html(record))
    assert "Circulate (In circulation (王建国))" in shown, shown


def test_an_info_items_handling_record_reads_its_notes_in_english(app_ctx, qtbot, english, fixed_today):
    """办理过程: 初审 不采 with its reason, as the window's language writes it (“Do not use: …”)."""
    import datetime as dt

    from PySide6.QtGui import QTextDocument

    from officedesk.core import info, records, steps
    from officedesk.ui.info.tab import InfoTab

    fixed_today(dt.date(2026, 11, 16))
    item = records.create(info.SPEC, {
        "title": "县林业局开展森林防火检查", "unit": "县林业局", "reporter": "李明", "category": "工作动态",
        "content": "近日开展防火检查。", "reported_at": "2026-11-15 16:00"}, app_ctx.actor)
    steps.perform("info", item.id, "接收", {}, app_ctx.actor)
    steps.perform("info", item.id, "初审", {"result": "不采", "reason": "时效性不强"}, app_ctx.actor)
    tab = InfoTab(app_ctx)
    qtbot.addWidget(tab)
    document = QTextDocument()
    document.setHtml(tab.describe(info.get(item.id, app_ctx.actor)))
    shown = document.toPlainText()
    assert ") Do not use: 时效性不强" in shown, shown
