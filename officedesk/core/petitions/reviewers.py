"""Who reviews an answer (《信访工作条例》arts. 35, 36), read from the 通讯录: the 复查 is done by
the 上一级 of the body that answered, the 复核 by the 上一级 of the 复查机关 — so the body that
issued the 复查意见书 never issues the 复核意见书.

For a 交办 matter the 承办单位 answers; this office issues the 复查意见书 only when the 通讯录 has
it as the 承办单位's 上级单位, and the 复核意见书 only when it is the 上级单位 of that 上级单位.
This office is the unit of the 通讯录 that the setting “机关名称” (org.name) names, by its 名称 or
简称 (the 通讯录 keeps no other name of a unit: a 机关名称 that is neither finds no unit, and
the refusals say to name the office so, `office_listed`)."""

from __future__ import annotations

from officedesk.core import directory, settings
from officedesk.store.db import guarded
from officedesk.store.models import Unit


def office_unit() -> str:
    """This office as the 通讯录 names it (its 名称), or the setting as written."""
    return directory.unit_key(str(settings.get("org.name") or ""))


def parent_of(unit: str) -> str:
    """The 上级单位 the 通讯录 gives `unit` (by its 名称 or 简称), or "" when it gives none."""
    name = directory.unit_key(unit)
    if not name:
        return ""
    with guarded("通讯录"):
        row = Unit.get_or_none(Unit.name == name)
        parent = row.parent if row is not None else None
        return str(parent.name) if parent is not None else ""


def office_listed() -> bool:
    """The 通讯录 has this office as a unit (the 机关名称 its 名称 or 简称)."""
    office = office_unit()
    if not office:
        return False
    with guarded("通讯录"):
        return bool(Unit.select().where(Unit.name == office).exists())


def is_office(unit: str) -> bool:
    office = office_unit()
    return bool(unit and office) and directory.unit_key(unit) == office


def reviewing_body(answered_by: str, stage: str) -> str:
    """The body that does the `stage` (复查 / 复核) of an answer `answered_by` gave: its 上一级,
    and that body's 上一级 for the 复核; "" when the 通讯录 does not say."""
    body = parent_of(answered_by)
    return parent_of(body) if stage == "复核" and body else body
