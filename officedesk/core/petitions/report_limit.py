"""The 回报期限 a 交办 gives its 承办单位 (《信访工作条例》第三十四条): not after the 办理期限 — 60 日
from 受理, 30 日 more with a 延期 in force — as deadlines.handle_due counts it, the one rule the
办理答复 deadline comes from. A 交办 is accepted when the petitioner is told (告知), at the
earliest on the day of the 交办: the limit of one not told yet is counted from that day, which a
later 告知 only moves on, so the 交办单 never gives the unit more time than the 受理告知书 gives
the petitioner."""

from __future__ import annotations

import datetime as dt

from officedesk.core import i18n
from officedesk.core.errors import ValidationError
from officedesk.core.petitions import spec as S
from officedesk.core.petitions.deadlines import handle_due, shown


def check(due: dt.date, decided_on: dt.date, accepted_on: dt.date | None = None,
          extended: bool = False) -> None:
    """Refuse a 回报期限 `due` after the 办理期限 of a 交办 made on `decided_on` (accepted on
    `accepted_on`, or not yet; `extended`: its 延期 in force)."""
    limit = handle_due(accepted_on or decided_on, extended)
    if due <= limit:
        return
    period = S.period_text(S.LIMIT_HANDLE)
    if extended:  # each period read in the window's language (15 days, extended by 30 days)
        period = i18n.text("%1，延期后再延长%2", period, S.period_text(S.LIMIT_EXTEND))
    raise ValidationError(
        i18n.text("回报期限（%1）不能晚于办理期限（%2）：信访事项应自受理之日起%3内办结"
                  "（《信访工作条例》第三十四条），承办单位应在此前回报。请填写此前的日期。",
                  due.isoformat(), shown(limit), period),
        "report_due")
