"""A 收文 walked from 签收 to 承办 for tests of its 办理时限: one place for the five steps."""

from __future__ import annotations

from typing import Any

from officedesk.core.documents import incoming


def assigned(actor: Any, received: str, days: int, unit: str = "县水利局", person: str = "赵六",
             **fields: Any) -> Any:
    """A 收文 signed in on `received` (the clock at that day or later), registered, reviewed,
    proposed, instructed and given to `unit` with `days` working days; `fields` change its
    签收 values (密级, 标题 …)."""
    r = incoming.sign_in({"文种": "通知", "收文日期": received, "来文机关": "某市政府办公室",
                          "标题": "关于某事的通知", "密级": "非密", **fields}, actor)
    r = incoming.register_doc(r.id, r.version, {}, actor)
    r = incoming.review(r.id, r.version, actor)
    r = incoming.propose(r.id, r.version, actor, "拟呈领导阅批。")
    r = incoming.instruct(r.id, r.version, actor, "请抓紧办理。", "王书记")
    return incoming.assign(r.id, r.version, actor, unit, person, days)
