"""The 公文 steps write their composed notes so the English window reads them (core/summary_
texts.py): 核发's rows, 承办's 主办/时限 and 催办's words leave no program word in Chinese in
the trail's summaries nor in the 办理过程's 意见; the units and titles stay as typed."""

from __future__ import annotations

import re

from officedesk.core import i18n, summary_texts
from officedesk.core.i18n import Text, Verbatim
from officedesk.store.documents import DocStep
from officedesk.store.models import AuditEntry
from tests.core.conftest import english  # noqa: F401  (the fixture: core's catalogue in English)
from tests.documents.helpers import incoming_to_done, outgoing_to_distributed

_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _program_words(value: object) -> str:
    """The English the window shows with every typed part (Verbatim) left out: what Chinese is
    left there comes from the program."""
    if isinstance(value, Text):
        shown = []
        for argument in value.args:
            if isinstance(argument, Verbatim):
                shown.append("…")
            elif isinstance(argument, (list, tuple)):
                shown.append(", ".join(_program_words(a) for a in argument))
            elif isinstance(argument, str):
                shown.append(_program_words(argument))
            else:
                shown.append(str(argument))
        return i18n._put_in(i18n.tr(value.pattern), shown)
    return i18n.display(value)


def test_distribute_assign_and_remind_notes_read_english(office, secretary, english):  # noqa: F811
    received = incoming_to_done(secretary)
    sent = outgoing_to_distributed(secretary)
    summaries = {e.summary for e in AuditEntry.select() if e.summary.startswith(("发文核发：", "收文承办：", "收文催办："))}
    notes = {s.opinion for s in DocStep.select() if s.step in ("核发", "承办", "催办")}
    assert len(summaries) == 3 and len(notes) == 3, (summaries, notes)
    left = {text: _program_words(summary_texts.read_back(text)) for text in summaries | notes}
    assert {text: shown for text, shown in left.items() if _CHINESE.search(shown)} == {}
    # as the 办理过程 shows them: the units typed, the rest English
    shown = sorted(i18n.display(summary_texts.read_back(note)) for note in notes)
    assert shown == [
        "各县（市、区）委办公室, 20 copies (nos. 000001–000020); 市直各单位, 10 copies (nos. 000021–000030)",
        "市应急管理局, please handle it promptly; deadline 2026-11-23",
        "市应急管理局（赵科长） in charge; 5 working day(s), to be concluded by 2026-11-23",
    ]
    assert received.id and sent.id
