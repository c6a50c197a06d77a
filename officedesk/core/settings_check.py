"""Tamper evidence for the office's settings and its 节假日调整 (`check`).

Every change of a setting (`settings.put_many`, the office id of `exchange.identity`, the
migration mending the 突发事件 limits) and of a 节假日调整 (`workdays`) leaves a 系统设置 audit
entry naming the key and the value after it. A value edited, a row added or deleted in the file
outside the program (a 密级-related rule, the log-in lockout, the 纪检监察机关 petitions go to, a
day turned into a holiday so that a deadline moves) no longer agrees with the key's last entry.

A database set up before settings were audited (its first audit entry is not a setting's) kept
rows no entry names: there only values that differ from their last entry and rows deleted after
one are told, not rows without any entry.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from officedesk.core import audit, i18n
from officedesk.store.models import AppSetting, AuditEntry

OFFICE_ID = "exchange.office_id"  # exchange.identity's key (no declaration: nobody sets it)
HOLIDAY = "节假日调整 "  # workdays.audit_key's start


def _last_values() -> tuple[dict[str, tuple[Any, int]], bool]:
    """key -> (its value after the last 系统设置 entry naming it, the entry's id) — None when the
    entry took it away —, and whether settings were audited from the office's first entry."""
    last: dict[str, tuple[Any, int]] = {}
    first = AuditEntry.select(AuditEntry.action, AuditEntry.registry).order_by(AuditEntry.id).first()
    from_start = first is not None and first.action == "setting" and first.registry == "settings"
    query: Any = (AuditEntry.select(AuditEntry.id, AuditEntry.before, AuditEntry.after)
                  .where((AuditEntry.registry == "settings") & (AuditEntry.action == "setting"))
                  .order_by(AuditEntry.id).tuples())
    for entry_id, before_text, after_text in query.iterator():
        before, after = audit.fields_of(before_text), audit.fields_of(after_text)
        for key in before:
            last[key] = (None, entry_id)  # taken away unless the entry's after names it
        for key, value in after.items():
            last[key] = (value, entry_id)
    return last, from_start



def _named(key: str) -> str:
    """系统设置“连续输错密码几次后锁定”（security.lockout_attempts）, or 节假日调整（2026-10-08）."""
    from officedesk.core import settings

    if key.startswith(HOLIDAY):
        return i18n.text("节假日调整（%1）", key[len(HOLIDAY):])
    try:
        label = settings.setting(key).label
    except Exception:  # noqa: BLE001  (an undeclared key: named by itself)
        return i18n.text("系统设置（%1）", key)
    return i18n.text("系统设置“%1”（%2）", label, key)


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"“{value}”"


def problems() -> Iterator[str]:
    """Settings and 节假日调整 that differ from their last audit entry, in words."""
    from officedesk.core import settings
    from officedesk.core.workdays import audit_key, described_row
    from officedesk.store.models import CalendarOverride

    last, from_start = _last_values()
    stored: dict[str, Any] = {row.key: _parsed_value(row.value) for row in AppSetting.select()}
    for day_row in CalendarOverride.select():
        stored[audit_key(day_row.day)] = described_row(day_row)
    for key, value in sorted(stored.items()):
        named = _named(key)
        entry = last.get(key)
        if entry is None:
            if from_start:
                yield i18n.text("%1没有任何审计记录（在程序之外写入），现为 %2", named, _shown(value))
            continue
        kept, entry_id = entry
        if kept is None:
            yield i18n.text("%1已在审计记录 %2 中删除，却仍在数据库中，现为 %3（在程序之外写入）",
                            named, entry_id, _shown(value))
        elif kept != value:
            yield i18n.text("%1现为 %2，与审计记录 %3 中的 %4 不符（在程序之外被改动）",
                            named, _shown(value), entry_id, _shown(kept))
    declared = {item.key for item in settings.declared()} | {OFFICE_ID}
    for key, (kept, entry_id) in sorted(last.items()):
        if key in stored or kept is None or not (key in declared or key.startswith(HOLIDAY)):
            continue
        if key in declared and key != OFFICE_ID and _same(kept, settings.setting(key).default):
            continue  # gone, it reads as the value it had: nothing changes
        yield i18n.text("%1不见了（审计记录 %2 中设为 %3，在程序之外被删除）",
                        _named(key), entry_id, _shown(kept))


def _parsed_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text  # not JSON at all: differs from any value the program kept


def _same(a: Any, b: Any) -> bool:
    if isinstance(b, dt.date):
        b = b.isoformat()
    return bool(json.loads(json.dumps(a, ensure_ascii=False, default=str))
                == json.loads(json.dumps(b, ensure_ascii=False, default=str)))
