"""A list opens in its registry's own order, newest first, and its header's arrow says which:
发文 on 成文日期 (a draft by the time it was 拟稿), 督查事项 on 立项日期, 收文 on 收文日期 — also after
a clerk's last sort was saved with the header's widths. A record entered later with an older
date (a past 台账 imported) sits below this week's work, not on top."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, Qt

from officedesk.core import records, settings
from officedesk.core import supervision as sv
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.ui.documents import DocumentsTab
from officedesk.ui.supervision import SupervisionTab

TODAY = dt.date(2026, 12, 4)


def _arrow(view) -> tuple[str, Qt.SortOrder]:
    header = view.table.horizontalHeader()
    section = header.sortIndicatorSection()
    return (view.model.fields[section].name if section >= 0 else ""), header.sortIndicatorOrder()


def _titles(view) -> list[str]:
    view.refresh()
    return [view.model.record_at(row).title for row in range(view.model.rowCount())]


def test_the_outgoing_and_supervision_lists_show_their_own_order(app_ctx, qtbot, fixed_today, admin):
    settings.put("org.name", "中共云岭县委办公室")
    fixed_today(TODAY, dt.time(9, 0))
    records.create(OUTGOING, {"标题": "本周拟稿的通知", "文种": "通知"}, admin)
    records.create(sv.SPEC, {"事项名称": "本周立项的事项", "来源": "领导批示", "立项日期": TODAY,
                             "办结时限": dt.date(2027, 1, 29)}, admin)
    fixed_today(dt.date(2019, 3, 5), dt.time(9, 0))  # entered after them, dated long before
    records.create(OUTGOING, {"标题": "旧稿", "文种": "通知"}, admin)
    records.create(sv.SPEC, {"事项名称": "旧事项", "来源": "领导批示", "立项日期": dt.date(2019, 3, 5),
                             "办结时限": dt.date(2019, 5, 5)}, admin)
    fixed_today(TODAY, dt.time(10, 0))

    documents = DocumentsTab(app_ctx)
    supervision = SupervisionTab(app_ctx)
    for tab in (documents, supervision):
        qtbot.addWidget(tab)
        tab.show()
    assert _arrow(documents.outgoing.list) == ("doc_date", Qt.SortOrder.DescendingOrder)
    assert _arrow(documents.incoming.list) == ("received_on", Qt.SortOrder.DescendingOrder)
    assert _arrow(supervision.list) == ("start_date", Qt.SortOrder.DescendingOrder)
    assert _titles(documents.outgoing.list) == ["本周拟稿的通知", "旧稿"]
    assert _titles(supervision.list) == ["本周立项的事项", "旧事项"]

    # the arrow clicked: oldest first, by the same dates
    documents.outgoing.list.table.sortByColumn(documents.outgoing.list.table.horizontalHeader()
                                               .sortIndicatorSection(), Qt.SortOrder.AscendingOrder)
    assert _titles(documents.outgoing.list) == ["旧稿", "本周拟稿的通知"]

    # a header saved sorted by 标题 (with its widths): the pages still open on their own order
    for view in (documents.outgoing.list, supervision.list):
        view.table.sortByColumn([f.name for f in view.model.fields].index("title"), Qt.SortOrder.AscendingOrder)
        app_ctx.settings.setValue(view._header_key(), QByteArray(view.table.horizontalHeader().saveState()))
    documents, supervision = DocumentsTab(app_ctx), SupervisionTab(app_ctx)
    for tab in (documents, supervision):
        qtbot.addWidget(tab)
    assert _arrow(documents.outgoing.list) == ("doc_date", Qt.SortOrder.DescendingOrder)
    assert _arrow(supervision.list) == ("start_date", Qt.SortOrder.DescendingOrder)
    assert _titles(supervision.list) == ["本周立项的事项", "旧事项"]
