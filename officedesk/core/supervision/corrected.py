"""Corrections of a 督查 item (core.corrections): an item 办结 takes none; the 批示 it carries is
its source's when it was taken over from a linked record (a 收文's 批办 by 转督查, an 信息's
批示 …), and one typed at 立项 is corrected only before the item is 分解交办."""

from __future__ import annotations

from typing import Any

from officedesk.core import corrections
from officedesk.core.actor import Actor
from officedesk.core.supervision.items import DONE_STATUSES, PENDING, SPEC
from officedesk.core.supervision.sources import SOURCE_KINDS, SOURCE_REGISTRIES

INSTRUCTION_FIELDS = ("leader", "instruction")


def _locks(item: Any, actor: Actor) -> dict[str, str]:
    if item.status in DONE_STATUSES:
        return {corrections.ALL: (
            f"这件督查事项已{item.status}，办结的事项不能再修改（交办单、通报依据的是办结时的记录）。"
            "确需说明的，请在督查通报中说明或另行立项。")}
    found: dict[str, str] = {}
    linked = item.source_kind in SOURCE_REGISTRIES and item.source_id
    for name in INSTRUCTION_FIELDS:
        label = SPEC.field(name).label
        if linked:
            source = SOURCE_KINDS.get(item.source_kind, "来源记录")
            found[name] = (
                f"“{label}”取自来源记录（{source}：{item.source_label or item.source_id}），"
                "是来源记录的内容，不能在督查事项中修改。有误的，请在来源记录中核对更正。")
        elif item.status != PENDING:
            found[name] = (
                f"“{label}”只能在事项分解交办之前（{PENDING}）更正；这件事项现在是“{item.status}”，"
                "交办单已按原批示发出。确有错误的，请联系批示领导核实后另行立项。")
    return found


SPEC.correction_locks.append(_locks)
