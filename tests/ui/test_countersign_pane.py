"""The 发文 detail pane's 会签 table says what the 稿纸 says of an answer given before the draft
was sent back and rewritten: not a 会签 of the text now (tests/chain/test_countersign_before_edit.py)."""

from __future__ import annotations

import html

from officedesk.core import records, steps
from officedesk.core.documents import outgoing
from tests.chain.test_countersign_before_edit import _countersigned
from tests.staff import staffed  # noqa: F401  (a fixture)


def _pane(app_ctx, qtbot, doc) -> str:
    from officedesk.ui.documents.outgoing_page import OutgoingPage

    page = OutgoingPage(app_ctx)
    qtbot.addWidget(page)
    return html.unescape(page.extra_html(records.get(outgoing.OUTGOING, doc, app_ctx.actor)))


def test_the_pane_says_an_answer_was_given_to_the_text_before(app_ctx, qtbot, staffed):  # noqa: F811
    doc = _countersigned(staffed)
    assert "未会签" not in _pane(app_ctx, qtbot, doc)
    steps.perform("outgoing", doc, "退回修改", {"理由": "重写"}, staffed["fuzhuren"])
    steps.perform("outgoing", doc, "修改", {"正文": "一、重写"}, staffed["kuiyuan"])
    shown = _pane(app_ctx, qtbot, doc)
    assert "未会签修改后的稿件（退回修改后未再送会签）" in shown and "吴处长" in shown, shown
