"""The 催办's 报送期限 (3 calendar days on) that ends on a rest day or a holiday ends on the next
working day, on the 催办通知单 and in the reminder recorded by the 催办 step."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import forms


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace(" ", "").replace("\n", "")


def test_the_reply_date_is_not_a_holiday(db, admin, fixed_today):
    fixed_today(dt.date(2026, 9, 1))
    item = sv.create_item({"事项名称": "推进秋粮收购", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-09-01", "办结时限": "2026-09-20"}, admin)
    sv.add_task(item.id, {"牵头单位": "县农业农村局", "时限": "2026-09-20"}, admin)
    fixed_today(dt.date(2026, 9, 28))  # + 3 days is 10-01, 国庆节
    assert sv.reminders.reply_by(dt.date(2026, 9, 28)) == dt.date(2026, 10, 8)
    assert sv.reminders.reply_by(dt.date(2026, 9, 21)) == dt.date(2026, 9, 24)  # a working day
    steps.perform("supervision", item.id, "催办", {}, admin)
    [reminder] = sv.reminders.reminders_of(item.id, CLI_ACTOR)
    assert reminder.reply_by == dt.date(2026, 10, 8)
    text = _text(forms.get("supervision-reminder").build([], admin))  # the 催办 recorded
    assert "2026年10月8日前" in text and "2026年10月1日" not in text
