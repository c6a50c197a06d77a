"""A 督查事项 named in a stored text of the record it was made from, raised since above what a
reader may see: told him as hidden (`HIDDEN_ITEM`), never by its 编号 or id.

转督查 names the new item in its source's texts, for readers who could see it then (an item is
never below its source's 密级): a 信访's 办理过程 “转为督查事项（督〔2026〕5号）”, an 信息's
“督查事项 督〔2026〕5号”, their audit entries “转督查：督查事项 12” / “批示转督查：督查事项 12”,
a 会议's {"督查事项": 12}. Raised later (a 密级 corrected upward), those texts would still name
it to every reader of the source below its new level, though every other view of the source
leaves it out (records.linked_id). The source's history rows and audit trail are read through
`untold` (for reading only: nothing stored changes, the chain still holds)."""

from __future__ import annotations

import re
from typing import Any

from officedesk.core.actor import SECRECY_LABELS, Actor

HIDDEN_ITEM = "涉密督查事项，请联系有权限的同事查看"
TOP_LEVEL = len(SECRECY_LABELS) - 1  # 绝密: a reader cleared for it is hidden nothing

# “转为督查事项（督〔2026〕5号）” (信访), “督查事项 督〔2026〕5号” (信息): by its 编号, or by its id
# where it had none (`number or id`); “转督查：督查事项 12”, “批示转督查：督查事项 12” (audit
# summaries): by its id
_IN_ROW = re.compile(r"督查事项(?:（(?P<closed>[^）\s]+)）| (?P<ref>[^）\s，。；,;\"]+))")
# {"督查事项": 12} (a 议定事项 sent to 督查: the meeting's entry)
_IN_ENTRY = re.compile(r"(?P<head>\"督查事项\": )(?P<ref>\d+)(?!\d)")


def _hidden(refs: set[str], actor: Actor) -> set[str]:
    """The refs (编号, or ids as digits) of items above the actor's clearance."""
    from officedesk.core import record_lists
    from officedesk.store.supervision import SupervisionItem

    numbers = sorted(refs)
    ids = [int(ref) for ref in refs if ref.isdigit()]
    visible = record_lists.level_condition(SupervisionItem.secrecy, actor)
    if visible is None:
        return set()
    found = SupervisionItem.number.in_(numbers)
    if ids:
        found = found | SupervisionItem.id.in_(ids)
    hidden: set[str] = set()
    rows: Any = (SupervisionItem.select(SupervisionItem.id, SupervisionItem.number)
                 .where(found & ~visible).tuples())
    for item_id, number in rows:
        hidden.add(str(item_id))
        if number:
            hidden.add(number)
    return hidden


def untold(text: str, actor: Actor) -> str:
    """`text` with every 督查事项 it names that lies above the actor's clearance told as hidden."""
    if not text or "督查事项" not in text or actor.clearance >= TOP_LEVEL:
        return text
    refs = {m["closed"] or m["ref"] for m in _IN_ROW.finditer(text)}
    refs |= {m["ref"] for m in _IN_ENTRY.finditer(text)}
    hidden = _hidden(refs, actor) if refs else set()
    if not hidden:
        return text

    def row(m: re.Match[str]) -> str:
        return f"督查事项（{HIDDEN_ITEM}）" if (m["closed"] or m["ref"]) in hidden else m.group(0)

    def entry(m: re.Match[str]) -> str:
        return f'{m["head"]}"{HIDDEN_ITEM}"' if m["ref"] in hidden else m.group(0)

    return _IN_ROW.sub(row, _IN_ENTRY.sub(entry, text))


def untold_rows(rows: list[Any], actor: Actor) -> list[Any]:
    """History rows (their `content`) as the actor may read them; for reading only."""
    for row in rows:
        row.content = untold(row.content or "", actor)
    return rows
