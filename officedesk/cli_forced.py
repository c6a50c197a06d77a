"""`--force 理由` of `add`, `import` and `step`: refused where the registry has no conflict a
reason overrides, and after the command, said what it overrode (each meeting saved despite its
conflicts, as the audit trail recorded it) or that it overrode nothing — never taken silently."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from officedesk.cli_commands import PROG, UsageError, actor


def refuse_unless_forceable(command: str, registry: str, label: str, reason: str) -> None:
    """`add people … --force 理由`: nothing of a 人员 is ever overridden."""
    from officedesk.core.meetings.overridden import FORCEABLE

    if (reason or "").strip() and registry not in FORCEABLE:
        raise UsageError(f"{PROG} {command}：{label}没有可以强行通过的冲突，不接受 --force"
                         "（只有会议 meetings 的人员时间冲突、会议室容量不足可以写明理由后保存）。")


@contextlib.contextmanager
def told(reason: str, who: Any = None) -> Iterator[Any]:
    """Watch what `--force 理由` overrides within the block (`who`: the actor, the command
    line's administrator by default); nothing when no reason was given."""
    from officedesk.core.meetings.overridden import Watch, watched

    if not (reason or "").strip():
        yield Watch()
        return
    with watched(who or actor()) as found:
        yield found


def lines(reason: str, watch: Any, unwritten: bool = False) -> list[str]:
    """What the reason did, one line each: the meetings saved despite their conflicts, or that
    there was none to override. `unwritten`: the command saved nothing (a dry run, an import
    refused whole), so its reason overrode nothing yet: nothing is said."""
    reason = (reason or "").strip()
    if not reason or unwritten:
        return []
    if not watch.overridden:
        return [f"注意：没有需要强行通过的冲突，--force 的理由“{reason}”没有用上，未记入审计。"]
    said = []
    for item in watch.overridden:
        said.append(f"{item.summary}（已记入审计，id {item.record_id}）")
        said += [f"    冲突：{conflict}" for conflict in item.conflicts]
    return said


def as_json(reason: str, watch: Any, unwritten: bool = False) -> dict[str, Any]:
    """The --json keys of the same: `overridden` (each meeting: id, conflicts, reason), and
    `force_unused` when the reason overrode nothing."""
    if not (reason or "").strip() or unwritten:
        return {}
    if not watch.overridden:
        return {"force_unused": True}
    return {"overridden": [item.as_dict() for item in watch.overridden]}
