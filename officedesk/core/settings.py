"""Settings of the office, declared once with type, default and label, kept in the database.

Per-workstation things (window geometry, column widths, last filters) live in QSettings in the
ui layer; what the whole office shares (names, prefixes, time limits, warning thresholds, font
files) lives here so every workstation on a shared database agrees.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee

from officedesk.core import i18n
from officedesk.core.actor import ROLE_ADMIN, Actor
from officedesk.core.errors import PermissionDeniedError, StaleRecordError, ValidationError
from officedesk.core.summary_texts import trail_text
from officedesk.store.models import AppSetting

log = logging.getLogger(__name__)

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
    # a number's bounds: a negative count of days, seats or attempts means nothing, and a huge
    # one overflows the spin box or the date arithmetic that reads it; a fraction (行距, 字高)
    # declares the range its reader can draw or count with
    minimum: float = 0
    maximum: float = 1_000_000
    # a text that may not be left empty (机关名称, 机关代字: printed and numbered with)
    required: bool = False
    # a text read one item a line (可签发的负责人): typed in lines, not in one line
    lines: bool = False
    # a text's example or what leaving it empty means, shown in its empty box (the placeholder):
    # an empty box says what it does rather than looking like a value forgotten
    blank: str = ""


_DECLARED: dict[str, Setting] = {}
_cache: dict[str, Any] = {}
# rules between settings: (keys, when, check(*their values) -> refusal or None), see `between`
_BETWEEN: list[tuple[tuple[str, ...], tuple[str, ...], Callable[..., str | None]]] = []
# a setting's own syntax (审批链, 计分标准 …): key -> checks(value) -> refusal or None, see `check`
_CHECKS: dict[str, list[Callable[[Any], str | None]]] = {}
# the checks of a value that may go wrong after it was saved (a font file removed since): made
# when it is saved, never when it is read — the value is kept, and its reader says the trouble
_SAVE_ONLY: set[Callable[[Any], str | None]] = set()
# what follows a setting's change (a petition's limits recomputed in another kind of day): key ->
# fn(before, after, actor) -> what was done, for the user (or None); see `after_change`
_AFTER: dict[str, list[Callable[[Any, Any, Actor], str | None]]] = {}
# the words a yes/no setting is given in (the command line, an import); anything else is refused
TRUE_WORDS = ("是", "true", "1", "yes", "y", "on")
FALSE_WORDS = ("否", "false", "0", "no", "n", "off")


def declare(key: str, kind: type, default: Any, label: str, group: str = "通用",
            choices: tuple[Any, ...] = (), help: str = "", minimum: float = 0,
            maximum: float = 1_000_000, required: bool = False, lines: bool = False,
            blank: str = "") -> Setting:
    setting = Setting(key, kind, default, label, group, tuple(choices), help, minimum, maximum,
                      required, lines, blank)
    existing = _DECLARED.get(key)
    if existing is not None and existing != setting:
        raise ValueError(f"setting {key} declared twice differently")
    _DECLARED[key] = setting
    return setting


def between(*keys: str, when: tuple[str, ...] = ()) -> Callable[[Callable[..., str | None]], Callable[..., str | None]]:
    """Declare a rule between settings (a decorator, in the module that declares them): the
    function gets the values of `keys`, in that order, as they would be after a change, and
    returns a refusal in words (or None). `put` and `put_many` refuse a change that breaks it,
    whichever of the settings is changed — or only when one of `when` is (a list that names
    items of another, where an item gone from that one only stops counting)."""

    def register(check: Callable[..., str | None]) -> Callable[..., str | None]:
        _BETWEEN.append((tuple(keys), tuple(when) or tuple(keys), check))
        return check

    return register


def check(key: str, *, on_read: bool = True
          ) -> Callable[[Callable[[Any], str | None]], Callable[[Any], str | None]]:
    """Declare a setting's own syntax (a decorator, in the module whose reader parses it, so
    this module imports neither it nor what it needs): the function gets the value as it would
    be stored and returns a refusal (or None), or raises the reader's own ValidationError.
    `put` and `put_many` refuse a value it refuses; `get` reads the default instead of one kept
    from before the check — unless `on_read` is False: a value that was right when saved and
    went wrong outside the program (a font file deleted) is kept as it is, never erased by
    reading it, and its reader falls back and says why."""

    def register(fn: Callable[[Any], str | None]) -> Callable[[Any], str | None]:
        _CHECKS.setdefault(key, []).append(fn)
        if not on_read:
            _SAVE_ONLY.add(fn)
        return fn

    return register


def after_change(key: str) -> Callable[[Callable[[Any, Any, Actor], str | None]],
                                        Callable[[Any, Any, Actor], str | None]]:
    """Declare what follows a change of `key` (a decorator, in the module whose records depend
    on it, so this module imports none of them): called inside the change's transaction with
    the old and new value and the actor, once the new value reads back; it returns what it did
    in words (`put` and `put_many` return them, the command line and the window show them).
    Raising refuses the change, and all it wrote is rolled back with it."""

    def register(fn: Callable[[Any, Any, Actor], str | None]) -> Callable[[Any, Any, Actor], str | None]:
        _AFTER.setdefault(key, []).append(fn)
        return fn

    return register


# where str.splitlines ends a line, besides "\n" (a lone carriage return of a pasted text, a
# Word line separator): a line of a list setting ends there too (list_items)
LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# what one item of a list setting is separated by, as its readers split it
LIST_SEPARATORS = "、，,；;\n"


def list_items(text: Any, separators: str = LIST_SEPARATORS) -> list[str]:
    """The items of a list setting (one a line, or separated by 、), as its reader reads them. A
    line ends wherever str.splitlines ends one (a lone carriage return of a pasted text, a Word line
    separator), as the readers that part lines themselves read it (check_signer, the 代字)."""
    text = str(text or "")
    if "\n" in separators:
        text = "\n".join(text.splitlines())
    parts = re.split("[" + re.escape(separators) + "]", text) if separators else [text]
    return [part.strip() for part in parts if part.strip()]


def list_check(key: str, item: str, *, max_length: int, separators: str = "、\n",
               required: bool = False) -> None:
    """Declare the shape of a list setting (类别, 职务, 姓名 …), checked on `put` as its reader
    splits it (`separators`): no item twice, none longer than its column holds, none holding
    another list mark (a “，” the reader would keep inside one item), at least one if
    `required`."""
    others = "".join(c for c in LIST_SEPARATORS if c not in separators and c != "\n")
    how = (("每行写一个" + item + ("（也可用“、”分开）" if "、" in separators else ""))
           if separators else f"只写一个{item}")

    def refusal(value: Any) -> str | None:
        items = list_items(value, separators)
        if required and not items:
            return f"至少要有一个{item}。{how}。"
        for text in items:
            mark = next((c for c in text if c in others), None)
            if mark is not None:
                return f"“{text[:40]}”中有“{mark}”，会被当作一个{item}。{how}。"
            if len(text) > max_length:
                return (f"{item}“{text[:40]}…”太长（{len(text)} 个字，最多 {max_length} 个）："
                        f"{how}。")
        twice = next((text for n, text in enumerate(items) if text in items[:n]), None)
        if twice is not None:
            return f"{item}“{twice}”写了两次，请删去一个。"
        return None

    check(key)(refusal)


def list_within(key: str, whole_key: str, read: Callable[[Any], list[str]],
                read_whole: Callable[[Any], list[str]]) -> None:
    """Declare that the items of list setting `key` are items of `whole_key` (检举控告类别 of
    the 问题类别, 职务 of the 职务表), checked when `key` changes, on both as they will be
    (`read`, `read_whole`: their readers' splits). An item later taken out of `whole_key` only
    stops counting."""

    def rule(whole: Any, value: Any) -> str | None:
        allowed = read_whole(whole)
        unknown = [text for text in read(value) if text not in allowed]
        if not unknown:
            return None
        name, label = setting(whole_key).label, setting(key).label
        return (f"设置“{label}”：{'、'.join(unknown)}不在“{name}”中（现有：{'、'.join(allowed)}）。"
                f"请改正，或先在“{name}”中添加。")

    between(whole_key, key, when=(key,))(rule)


def declared() -> list[Setting]:
    return sorted(_DECLARED.values(), key=lambda s: (s.group, s.key))


def _number(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0")


def bounds_text(setting: Setting) -> str:
    """The allowed range in words, for messages and tooltips."""
    return f"{_number(setting.minimum)} 到 {_number(setting.maximum)}"


def _boolean(setting: Setting, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValidationError(
        i18n.text("设置“%1”是“是/否”，值“%2”看不懂：请写 是 或 否（也可写 tr"
                  "ue/false、yes/no、1/0）。",
                  setting.label, value), setting.key)


def _coerce(setting: Setting, value: Any, stored: bool = False) -> Any:
    if setting.kind is bool:
        value = _boolean(setting, value)
    else:
        try:
            value = setting.kind(value)
        except (TypeError, ValueError, OverflowError) as exc:
            raise ValidationError(
                i18n.text("设置“%1”的值“%2”不正确，应是一个数。", setting.label, value)
                if setting.kind in (int, float) else i18n.text("设置“%1”的值“%2”不正确。", setting.label, value),
                setting.key) from exc
    if setting.kind is float and not math.isfinite(value):
        raise ValidationError(
            i18n.text("设置“%1”应是 %2 之间的数，“%3”不是。",
                      setting.label, bounds_text(setting), value),
            setting.key)
    # a number kept out of its bounds (before them, by hand) is refused as any other: read as
    # the default (`_stored`), since a bound stretched to (a 0-day 办结时限 as 1) is a limit
    # nobody chose
    if setting.kind in (int, float) and not setting.minimum <= value <= setting.maximum:
        raise ValidationError(
            i18n.text("设置“%1”应在 %2 之间，现在是 %3。",
                      setting.label, bounds_text(setting), _number(value)),
            setting.key,
        )
    if setting.kind is str and not stored:  # pasted from a Windows text: lines as a dialog gives them
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if setting.required and not stored and not str(value).strip():  # kept empty: as before setup
        raise ValidationError(i18n.text("设置“%1”不能为空，请填写。", setting.label), setting.key)
    if setting.choices and value not in setting.choices:
        options = "、".join(str(c) for c in setting.choices)
        raise ValidationError(i18n.text("设置“%1”只能是：%2", setting.label, options), setting.key)
    for fn in _CHECKS.get(setting.key, ()):
        if stored and fn in _SAVE_ONLY:
            continue
        try:
            refusal = fn(value)
        except ValidationError as exc:  # the reader's own parser: its words, named by label
            refusal = exc.message
        if refusal:
            if setting.label not in refusal:
                refusal = f"设置“{setting.label}”：{refusal}"
            raise ValidationError(refusal, setting.key)
    return value


def _stored(setting: Setting, text: str) -> Any:
    """A value kept in the table, as its readers may see it: one kept before today's checks
    (行距 nan, a 是/否 of “maybe”, a 办结时限 of 0 days) reads as the default, never as itself."""
    value, refusal = read_stored(setting, text)
    if refusal is not None:  # said in words by `check`, the dialog and `settings KEY`
        log.info("setting %s: stored value %r refused (%s); reading the default",
                    setting.key, text, refusal)
    return value


def kept_value(text: str) -> Any:
    """A kept value as the table has it: its JSON read, or the text itself when written by
    hand as no JSON at all (a change over it is not refused by a traceback)."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def read_stored(setting: Setting, text: str) -> tuple[Any, str | None]:
    """A kept value as `get` reads it, and why its declaration refuses it (None: it does not);
    a refused one reads as the default (`settings_refused` says so in `check` and the window)."""
    try:
        return _coerce(setting, json.loads(text), stored=True), None
    except ValidationError as exc:
        return setting.default, exc.message
    except ValueError:
        return setting.default, i18n.text("设置“%1”保存的内容不是程序写下的格式。", setting.label)


def get(key: str) -> Any:
    setting = _DECLARED[key]
    if key in _cache:
        return _cache[key]
    try:
        row = AppSetting.get_or_none(AppSetting.key == key)
    except (peewee.OperationalError, peewee.InterfaceError, AttributeError):
        return setting.default  # no database open yet (e.g. tests of pure rules)
    value = setting.default if row is None else _stored(setting, row.value)
    _cache[key] = value
    return value


def setting(key: str) -> Setting:
    """The declaration of `key`; an unknown key is refused with the known ones."""
    try:
        return _DECLARED[key]
    except KeyError:
        known = "、".join(sorted(_DECLARED))
        raise ValidationError(i18n.text("没有名为“%1”的设置。可用的有：%2", key, known), key) from None


def put(key: str, value: Any, actor: Actor | None = None) -> list[str]:
    """Set an office setting, audited (who, old and new value); returns what followed it
    (`after_change`), in words.

    With an actor (the window's 系统设置, the command line) only an administrator may change
    it. Without one it is the program itself (first-run setup, demo data, tests), audited as
    “system”."""
    return put_many({key: value}, actor)


def put_many(values: dict[str, Any], actor: Actor | None = None,
             expected: dict[str, Any] | None = None) -> list[str]:
    """Set several settings at once (a dialog's 保存), each audited as `put` does: every value
    and every rule between settings (`between`) is checked against them all as they will be, so
    two settings that move together (预警 and 告警) are saved in either order, or not at all.
    `expected`: the values the dialog read when it opened; one another administrator has
    changed since is refused (StaleRecordError: nothing saved), not silently put back.
    Returns what followed the changes (`after_change`), in words."""
    from officedesk.core import audit
    from officedesk.store.db import write_transaction

    declarations = {key: setting(key) for key in values}  # an unknown key is named first
    if actor is not None and not actor.is_admin:
        raise PermissionDeniedError("只有管理员可以修改系统设置。")
    wanted = _wanted(declarations, values)
    changed: dict[str, tuple[Any, Any]] = {}
    notes: list[str] = []
    with write_transaction():
        _check_between(wanted)
        for key, value in wanted.items():
            declared_setting = declarations[key]
            text = json.dumps(value, ensure_ascii=False)
            row = AppSetting.get_or_none(AppSetting.key == key)
            before = declared_setting.default if row is None else kept_value(row.value)
            if expected is not None and key in expected and not _as_read(declared_setting, row, expected[key]):
                raise StaleRecordError(i18n.text(
                    "系统设置“%1”已被其他管理员改为“%2”（您打开设置时是“%3”）。您的修改都没有保存；"
                    "请关闭设置后重新打开，再改。", declared_setting.label, before, expected[key]))
            AppSetting.insert(key=key, value=text).on_conflict(
                conflict_target=[AppSetting.key], update={AppSetting.value: text}).execute()
            if before != value or row is None:
                audit.record(actor or SYSTEM, "setting", "settings", None, {key: before},
                             {key: value}, trail_text("系统设置“%1”：%2 → %3", declared_setting.label, str(before), str(value)))
                # what follows sees the value the program read (a refused one's default), as
                # the records it counts were counted by it
                read = before if row is None else read_stored(declared_setting, row.value)[0]
                if _as_stored(read) != _as_stored(value):  # else nothing read changes
                    changed[key] = (read, value)
        _cache.update(wanted)  # what follows reads the new values
        try:
            for key, (before, value) in changed.items():
                for fn in _AFTER.get(key, ()):
                    note = fn(before, value, actor or SYSTEM)
                    if note:
                        notes.append(note)
        except BaseException:
            forget_cache()  # rolled back: so are the values read
            raise
    _cache.update(wanted)
    return notes


def _as_read(setting: Setting, row: Any, expected: Any) -> bool:
    """The kept value is what a dialog read when it opened: as kept, or — a kept value refused
    on read — the default it was shown as."""
    before = setting.default if row is None else kept_value(row.value)
    if _as_stored(before) == _as_stored(expected):
        return True
    return row is not None and _as_stored(read_stored(setting, row.value)[0]) == _as_stored(expected)


def _wanted(declarations: dict[str, Setting], values: dict[str, Any]) -> dict[str, Any]:
    return {key: _coerce(declarations[key], value) for key, value in values.items()}


def check_many(values: dict[str, Any]) -> None:
    """What `put_many` would refuse these values for (each value, the rules between settings),
    checked without writing: a change that others make the settings follow (a unit's rename)
    is refused before its question, not after."""
    wanted = _wanted({key: setting(key) for key in values}, values)
    _check_between(wanted)


def _check_between(wanted: dict[str, Any]) -> None:
    """The rules between settings that a change touches, on the values as they will be."""
    for keys, when, check in _BETWEEN:
        if not any(key in wanted for key in when):
            continue
        refusal = check(*(wanted[key] if key in wanted else get(key) for key in keys))
        if refusal:
            raise ValidationError(refusal, next(key for key in when if key in wanted))


def _as_stored(value: Any) -> Any:
    """A value as the table keeps it (a default read back equals itself stored)."""
    return json.loads(json.dumps(value, ensure_ascii=False))


def forget_cache() -> None:
    """Drop cached values (after opening another database, or in tests)."""
    _cache.clear()


ORG_NAME = declare("org.name", str, "", "机关名称", "机关", required=True,
                   blank="必填，如 中共云岭县委办公室：印在公文和各种单据上")
# the longest real organ's name is about 30 characters (中国共产党西双版纳傣族自治州勐海县委员会办公室
# is 22); 200 were taken and printed the 发文机关标志 too small to read
ORG_NAME_LONGEST = 40


@check(ORG_NAME.key, on_read=False)  # a longer name kept from before still prints, as it did
def _organ_name_length(value: Any) -> Any:
    name = str(value or "").strip()
    if len(name) > ORG_NAME_LONGEST:
        return i18n.text("机关名称最多 %1 个字，现在是 %2 个（“%3…”）：请填写本机关的全称，如 中共某某县委办公室。",
                         ORG_NAME_LONGEST, len(name), name[:12])
    return None


ORG_CODE = declare("org.code", str, "", "机关代字（如 X委办）", "机关", required=True,
                   blank="必填，如 云委办：只写代字，程序加“发”、年份和序号")
ORG_CODE_LONGEST = 10


@check(ORG_CODE.key, on_read=False)  # one kept from before numbers as it did
def _organ_code_form(value: Any) -> Any:
    """The 代字 alone: the 发文字号 adds 发, the year and the number (云委办 → 云委办发〔2026〕1号)."""
    code = str(value or "").strip()
    if not code:
        return None  # required: said as any required setting
    if any(char.isspace() or char.isdigit() or char in "〔〕[]【】()（）〈〉〖〗号" for char in code):
        return i18n.text("机关代字只写代字，如 云委办（发文字号由程序加“发”、年份和序号：云委办发〔2026〕1号），"
                         "不写空格、数字、括号或“号”：现在是“%1”。", code)
    if len(code) > ORG_CODE_LONGEST:
        return i18n.text("机关代字最多 %1 个字，现在是 %2 个（“%3”）：请填写本机关的代字，如 云委办。",
                         ORG_CODE_LONGEST, len(code), code)
    if code.endswith("发"):
        return i18n.text("机关代字不带“发”：发文字号由程序在代字后加“发”（%1发〔2026〕1号）。请填写“%1”。",
                         code[:-1])
    return None
ORG_FONDS = declare("org.fonds", str, "", "全宗号", "机关",
                    blank="如 Z107：档案馆给的全宗号，档号以它开头")
DEADLINE_DAYS_MODE = declare(
    "deadlines.day_kind", str, "calendar", "信访期限按", "期限",
    choices=("calendar", "working"), help="calendar 自然日；working 工作日（按法定节假日和调休）")
DUE_SOON_DAYS = declare(
    "deadlines.due_soon_days", int, 3, "临期提醒（天）", "期限", maximum=365,
    help="距期限这么多天以内为临期（信访、收文的提示灯和工作台）；按工作日计算的期限（收文办理时限，信访期限按工作日时）为工作日数。")
LOCKOUT_ATTEMPTS = declare("security.lockout_attempts", int, 5, "连续输错密码几次后锁定", "安全", minimum=1, maximum=100)
LOCKOUT_MINUTES = declare("security.lockout_minutes", int, 15, "锁定时长（分钟）", "安全", minimum=1, maximum=10_080)
