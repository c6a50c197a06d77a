"""`check`: the 信息刊物 (periodical rows) against the audit trail.

A periodical's 编发单位 and 报/送/发 print on every issue's head and 版记, and its 总期号 counts on
from total_start. The program changes them only through `periodicals.save_periodical`, whose
audit entry (registry info) names the periodical (刊物) and the values it saved; the three
periodicals migration 16 seeded start as it made them. A row that differs from its last entry,
a seeded one changed with no entry, or one no entry names, was written outside the program.
(Its 启用 and 排序 are no entry's: not judged.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from officedesk.core import audit, i18n

# the columns save_periodical writes and names in its entry, as `check` names them
JUDGED = {"unit": "编发单位", "send_up": "报", "send_to": "送", "send_down": "发", "total_start": "总期号起点"}


def _saved() -> dict[str, tuple[dict[str, Any], int]]:
    """name -> (the values its last save named, that entry's id)."""
    from officedesk.store.models import AuditEntry as A

    last: dict[str, tuple[dict[str, Any], int]] = {}
    query: Any = (A.select(A.id, A.after)
                  .where((A.registry == "info") & (A.action == "update") & A.record_id.is_null()
                         & A.after.contains('"刊物": '))
                  .order_by(A.id).tuples())
    for entry_id, after in query.iterator():
        data = audit.fields_of(after)
        name = data.get("刊物")
        if isinstance(name, str):
            last[name] = (data, entry_id)
    return last


def _seeded() -> dict[str, dict[str, Any]]:
    from officedesk.store.migrations.m0016_info import DEFAULT_PERIODICALS

    return {name: {"unit": "", "send_up": up, "send_to": to, "send_down": down, "total_start": 0}
            for name, up, to, down in DEFAULT_PERIODICALS}


def _shown(value: Any) -> str:
    return f"“{value}”" if isinstance(value, str) else str(value)


def problems() -> Iterator[str]:
    """Each periodical whose judged columns differ from its last save (or from the seed), and
    each no entry names, in words naming it."""
    from officedesk.store.info import Periodical

    saved, seeded = _saved(), _seeded()
    for row in Periodical.select().order_by(Periodical.id):
        kept = saved.get(row.name)
        if kept is None and row.name not in seeded:
            yield i18n.text("信息刊物“%1”没有任何审计记录（在程序之外写入）", row.name)
            continue
        values = kept[0] if kept is not None else seeded[row.name]
        for column, label in JUDGED.items():
            if column not in values or values[column] == getattr(row, column):
                continue
            now, was = _shown(getattr(row, column)), _shown(values[column])
            if kept is None:
                yield i18n.text("信息刊物“%1”的%2现为 %3，与程序建库时写入的 %4 不符，却没有任何审计记录（在程序之外被改动）",
                                row.name, label, now, was)
            else:
                yield i18n.text("信息刊物“%1”的%2现为 %3，与审计记录 %4 中的 %5 不符（在程序之外被改动）",
                                row.name, label, now, kept[1], was)
