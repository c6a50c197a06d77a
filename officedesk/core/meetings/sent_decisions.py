"""A 纪要's 议定事项 once sent to 督查 (core.meetings.proceedings.save_minutes): written only as read
(not one another workstation changed or sent meanwhile), its 内容, 牵头单位 and 时限 kept, never
removed — each refusal naming the 督查 item only to who may see it."""

from __future__ import annotations

from typing import Any

from officedesk.core import i18n, records
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError
from officedesk.store.meetings import MeetingDecision


def shortened(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_SENT_FIELDS = {"content": "内容", "lead_unit": "牵头单位", "deadline": "时限"}


def write_unchanged_since(row: MeetingDecision, query: Any) -> None:
    """Update or delete a decision as read: not one another workstation changed or sent to 督查
    since (read committed, PostgreSQL: its transfer committed meanwhile would be rewritten or
    deleted under the 督查 item made from it)."""
    if query.where((MeetingDecision.id == row.id)
                   & (MeetingDecision.version == row.version)).execute() != 1:
        raise ProcedureError(i18n.text("议定事项“%1”刚在另一台电脑上修改或转督查，纪要没有保存。"
                                       "请刷新后重新填写纪要。", row.content[:20]))


def removal_refused(row: MeetingDecision, item_id: int, actor: Actor) -> ProcedureError:
    """A decision sent to 督查 is not deleted; the way back is said (a numbered item is voided,
    not deleted: release_voided). Who may see the item is told which and sent to it; who may not
    is told who can void it, not sent to an item he cannot find."""
    from officedesk.core import supervision

    item = records.get_if_visible(supervision.SPEC, item_id, actor)
    if item is None:
        return ProcedureError(i18n.text(
            "议定事项“%1”已转督查，不能删除。如属误转，请可查看该督查事项的人员在“督查”中作废它，"
            "此项即可删除或重新转督查；如需调整，也请他们在督查事项中办理。", row.content[:20]))
    return ProcedureError(i18n.text(
        "议定事项“%1”已转督查（%2），不能删除。如属误转，请在“督查”中作废其督查事项，"
        "此项即可删除或重新转督查；如需调整，请在督查事项中办理。", row.content[:20],
        item.number or i18n.text("督查事项第 %1 号", item.id)))


def keep_sent(row: MeetingDecision, seq: int, changed: dict[str, Any], actor: Actor) -> None:
    """A decision transferred to 督查 keeps its 内容, 牵头单位 and 时限: its 督查 item was made of
    them and would keep the old ones while the 纪要 printed the new (its 序号 may change). The
    item is named to who may see it (its 督查编号), else only the transfer is said."""
    what = [label for name, label in _SENT_FIELDS.items() if name in changed]
    if row.supervision_id is None or not what:
        return
    from officedesk.core import supervision

    item = records.get_if_visible(supervision.SPEC, row.supervision_id, actor)
    named = f"（{item.number or f'督查事项第 {item.id} 号'}）" if item is not None else ""
    raise ProcedureError(
        i18n.text("第 %1 项议定事项“%2”已转督查%3，不能修改其%4；请按原样保留这项"
                  "议定事项，如需调整，请在督查事项中办理。",
                  seq, shortened(row.content, 20), named, '、'.join(what)))
