"""A 督查室 with its 科长 and 副科长 (分解's holders) and others, and an item split into one task
that is overdue on 2026-12-01 (today then): what the 分解-held steps are tried on."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import passwords, settings, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from tests.staff import make_staff

SPLITTERS = [("dc", "何斌", "clerk", "督查室", "科长", "", False),
             ("dfk", "马丽", "clerk", "督查室", "副科长", "", False)]


def split_office(fixed_today: Any, monkeypatch: Any,
                 others: list[tuple[str, str, str, str, str, str, bool]]) -> dict[str, Any]:
    """Actors by username (the splitters and `others`), and "item": the item's id."""
    fixed_today(dt.date(2026, 11, 2))
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    settings.put("org.code", "某委办")
    people = make_staff(SPLITTERS + others)
    item = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-11-02", "办结时限": "2026-11-20"}, CLI_ACTOR)
    steps.perform("supervision", item.id, "分解", {"牵头单位": "综合处", "时限": "2026-11-15"},
                  people["dc"])
    fixed_today(dt.date(2026, 12, 1))  # the task is overdue: 催办 has something to chase
    return {**people, "item": item.id}
