"""Settings of the office, declared once with type, default and label, kept in the database.

Per-workstation things (window geometry, column widths, last filters) live in QSettings in the
ui layer; what the whole office shares (names, prefixes, time limits, warning thresholds, font
files) lives here so every workstation on a shared database agrees.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee

from officedesk.core.actor import ROLE_ADMIN, Actor
from officedesk.core.errors import PermissionDeniedError, ValidationError
from officedesk.store.models import AppSetting

# The program itself, when it sets a value (first-run setup, demo data): named in the audit.
SYSTEM = Actor(username="system", role=ROLE_ADMIN, clearance=0, display_name="系统")


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any
    label: str
    group: str = "通用"
    choices: tuple[Any, ...] = field(default=())
    help: str = ""
    # a whole number's bounds: a negative count of days, seats or attempts means nothing, and a
    # huge one overflows the spin box or the date arithmetic that reads it
    minimum: int = 0
    maximum: int = 1_000_000


_DECLARED: dict[str, Setting] = {}
_cache: dict[str, Any] = {}
# rules between settings: (keys, check(*their values) -> refusal or None), see `between`
_BETWEEN: list[tuple[tuple[str, ...], Callable[..., str | None]]] = []


def declare(key: str, kind: type, default: Any, label: str, group: str = "通用",
            choices: tuple[Any, ...] = (), help: str = "", minimum: int = 0,
            maximum: int = 1_000_000) -> Setting:
    setting = Setting(key, kind, default, label, group, tuple(choices), help, minimum, maximum)
    existing = _DECLARED.get(key)
    if existing is not None and existing != setting:
        raise ValueError(f"setting {key} declared twice differently")
    _DECLARED[key] = setting
    return setting


def between(*keys: str) -> Callable[[Callable[..., str | None]], Callable[..., str | None]]:
    """Declare a rule between settings (a decorator, in the module that declares them): the
    function gets the values of `keys`, in that order, as they would be after a change, and
    returns a refusal in words (or None). `put` and `put_many` refuse a change that breaks it,
    whichever of the settings is changed."""

    def register(check: Callable[..., str | None]) -> Callable[..., str | None]:
        _BETWEEN.append((tuple(keys), check))
        return check

    return register


def declared() -> list[Setting]:
    return sorted(_DECLARED.values(), key=lambda s: (s.group, s.key))


def _coerce(setting: Setting, value: Any, stored: bool = False) -> Any:
    try:
        if setting.kind is bool and isinstance(value, str):
            value = value.strip().lower() in ("1", "true", "yes", "是", "on")
        value = setting.kind(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"设置“{setting.label}”的值“{value}”不正确", setting.key) from exc
    if setting.kind is int and stored:  # kept before the bounds: read within them
        value = min(max(value, setting.minimum), setting.maximum)
    if setting.kind is int and not setting.minimum <= value <= setting.maximum:
        raise ValidationError(
            f"设置“{setting.label}”应在 {setting.minimum} 到 {setting.maximum} 之间，现在是 {value}。",
            setting.key,
        )
    if setting.choices and value not in setting.choices:
        options = "、".join(str(c) for c in setting.choices)
        raise ValidationError(f"设置“{setting.label}”只能是：{options}", setting.key)
    return value


def get(key: str) -> Any:
    setting = _DECLARED[key]
    if key in _cache:
        return _cache[key]
    try:
        row = AppSetting.get_or_none(AppSetting.key == key)
    except (peewee.OperationalError, peewee.InterfaceError, AttributeError):
        return setting.default  # no database open yet (e.g. tests of pure rules)
    value = setting.default if row is None else _coerce(setting, json.loads(row.value), stored=True)
    _cache[key] = value
    return value


def setting(key: str) -> Setting:
    """The declaration of `key`; an unknown key is refused with the known ones."""
    try:
        return _DECLARED[key]
    except KeyError:
        known = "、".join(sorted(_DECLARED))
        raise ValidationError(f"没有名为“{key}”的设置。可用的有：{known}", key) from None


def put(key: str, value: Any, actor: Actor | None = None) -> None:
    """Set an office setting, audited (who, old and new value).

    With an actor (the window's 系统设置, the command line) only an administrator may change
    it. Without one it is the program itself (first-run setup, demo data, tests), audited as
    “system”."""
    put_many({key: value}, actor)


def put_many(values: dict[str, Any], actor: Actor | None = None) -> None:
    """Set several settings at once (a dialog's 保存), each audited as `put` does: every value
    and every rule between settings (`between`) is checked against them all as they will be, so
    two settings that move together (预警 and 告警) are saved in either order, or not at all."""
    from officedesk.core import audit
    from officedesk.store.db import write_transaction

    declarations = {key: setting(key) for key in values}  # an unknown key is named first
    if actor is not None and not actor.is_admin:
        raise PermissionDeniedError("只有管理员可以修改系统设置。")
    wanted = {key: _coerce(declarations[key], value) for key, value in values.items()}
    with write_transaction():
        _check_between(wanted)
        for key, value in wanted.items():
            declared_setting = declarations[key]
            text = json.dumps(value, ensure_ascii=False)
            row = AppSetting.get_or_none(AppSetting.key == key)
            before = declared_setting.default if row is None else json.loads(row.value)
            AppSetting.insert(key=key, value=text).on_conflict(
                conflict_target=[AppSetting.key], update={AppSetting.value: text}).execute()
            if before != value or row is None:
                audit.record(actor or SYSTEM, "setting", "settings", None, {key: before},
                             {key: value}, f"系统设置“{declared_setting.label}”：{before} → {value}")
    _cache.update(wanted)


def _check_between(wanted: dict[str, Any]) -> None:
    """The rules between settings that a change touches, on the values as they will be."""
    for keys, check in _BETWEEN:
        touched = [key for key in keys if key in wanted]
        if not touched:
            continue
        refusal = check(*(wanted[key] if key in wanted else get(key) for key in keys))
        if refusal:
            raise ValidationError(refusal, touched[0])


def forget_cache() -> None:
    """Drop cached values (after opening another database, or in tests)."""
    _cache.clear()


ORG_NAME = declare("org.name", str, "", "机关名称", "机关")
ORG_CODE = declare("org.code", str, "", "机关代字（如 X委办）", "机关")
ORG_FONDS = declare("org.fonds", str, "", "全宗号", "机关")
DEADLINE_DAYS_MODE = declare(
    "deadlines.day_kind", str, "calendar", "信访期限按", "期限",
    choices=("calendar", "working"), help="calendar 自然日；working 工作日（按法定节假日和调休）")
DUE_SOON_DAYS = declare("deadlines.due_soon_days", int, 3, "临期提醒（天）", "期限", maximum=365)
LOCKOUT_ATTEMPTS = declare("security.lockout_attempts", int, 5, "连续输错密码几次后锁定", "安全", minimum=1, maximum=100)
LOCKOUT_MINUTES = declare("security.lockout_minutes", int, 15, "锁定时长（分钟）", "安全", minimum=1, maximum=10_080)
