"""The 办理过程 of a 信息, a row a line: what each step did, in core's words.

编发 writes a 县级 采用 row (content scoring.PLACED) that counts nothing: the item is only
placed in an issue still being edited; the 县级采用 is the row 印发 writes (scoring.ISSUED, on the
印发 day: core.info.issued). Read by their kind alone both said “采用 … 县级 …”, as if the item
were adopted twice: they say 编入 the issue, and 县级采用 when it went out."""

from __future__ import annotations

from typing import Any

from officedesk.core.i18n import Text, text
from officedesk.core.info import scoring
from officedesk.core.summary_texts import read_value

PLACED_WORDS = "编发（%1）：编入%2"  # the issue's label (每日要情 2026年第3期)
ISSUED_WORDS = "县级采用（%1）：%2印发"


def own_words(action: Any) -> Text | None:
    """A 采用 row's line when its kind alone misreads it (the row 编发 or 印发 wrote), else None:
    the window says the others as kind（person） level periodical content."""
    if action.kind != "采用" or action.content not in (scoring.PLACED, scoring.ISSUED):
        return None
    issue = read_value(action.periodical or "")  # read in the window's language (2026年第3期)
    return text(PLACED_WORDS if action.content == scoring.PLACED else ISSUED_WORDS,
                action.person, issue)
