"""保密: a unit's rename, or a 职级's new order, refused because records above the changer's
clearance name it, says who can do it without saying how secret those records are: before, it
named the highest 密级 among them (“须由涉密权限不低于‘绝密’的管理员办理”), telling a 秘密
administrator that a 绝密 record names the unit."""

from __future__ import annotations

import pytest

from officedesk.core import records, unit_renames
from officedesk.core.actor import Actor
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError

LOW = Actor(username="admin1", role="admin", clearance=1, display_name="管理员乙")


def _refusal(admin, level: str) -> str:
    doc = records.create(INCOMING, {"收文日期": "2026-03-01", "来文机关": "县林业局", "来文字号": f"林发〔2026〕{len(level)}号",
                                    "标题": "关于森林防火的通知", "文种": "通知", "密级": level, "份数": 1}, admin)
    with pytest.raises(ValidationError) as refused:
        unit_renames.refuse_above_clearance(INCOMING.name, "县林业局", [doc.id], LOW)
    records.delete(INCOMING, doc.id, doc.version, admin)
    return refused.value.message


def test_a_rename_refused_for_hidden_records_says_nothing_of_their_level(db, admin, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 3, 2))
    secret, top = _refusal(admin, "机密"), _refusal(admin, "绝密")
    assert secret == top and "绝密" not in top and "机密" not in top
    assert "涉密权限足够的管理员" in top
