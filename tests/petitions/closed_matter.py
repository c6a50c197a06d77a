"""A matter closed by 复核 and the same matter registered again (a 重复件 of it): shared by the
tests of the 不予受理告知书 and of what the 重复件 tells of its original."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions


def closed_again(register, admin, fixed_today):
    """A letter through 答复, 复查 and 复核, then the same matter registered again."""
    fixed_today(dt.date(2026, 12, 1))
    p = register(registered_on="2026-10-08", form="来信")
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-10-10")
    p = petitions.reply(p.id, p.version, admin, opinion="补偿款已按标准发放。", on="2026-10-30")
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-11-10")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持原答复。", on="2026-11-25")
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-11-26")
    p = petitions.answer_review(p.id, p.version, admin, opinion="复核维持。", on="2026-11-30")
    again = register(registered_on="2026-12-01", form="来信")
    assert again.repeat_of == p.id
    return again
