"""突发事件报送时限 (the setting `info.sudden.limits`): per 事件级别 the minutes from the event to
the phone and to the written report, in dated versions as the 计分标准 keeps them
(core.info.scoring): the lines before any “2027-01-01起：” apply from the start, each such line
starts a version that keeps what it does not restate. An event is judged by the version in force
on the day of its 事发时间 (`limits_on`); a change that would alter the limits of an event already
registered — and so rewrite its 迟报 — is refused (core.info.sudden)."""

from __future__ import annotations

import datetime as dt
import json

from officedesk.core import clock, dated_versions, i18n, settings
from officedesk.core.errors import ValidationError
from officedesk.core.summary_texts import trail_text

# the four levels of 突发事件应对法 (an office may add its own beside them)
LEVELS = ("特别重大", "重大", "较大", "一般")
DEFAULT_LIMITS = {"特别重大": (30, 60), "重大": (30, 60), "较大": (30, 60), "一般": (60, 120)}
MAX_MINUTES = 7 * 24 * 60  # a week: anything longer is no 时限 of a 突发事件
LEVEL_LENGTH = 8  # an 信息's 事件级别 column holds 8 characters

SUDDEN_LIMITS = settings.declare(
    "info.sudden.limits", str,
    "\n".join(f"{level}={phone},{written}" for level, (phone, written) in DEFAULT_LIMITS.items()),
    "突发事件报送时限（分钟）", "信息",
    help="每行：事件级别=电话报告时限,书面报告时限（自事发时间起，分钟），特别重大、重大、较大、"
         "一般四级都要写，电话报告时限不长于书面报告时限。改时限时保留原时限，另起一行写"
         "“2027-01-01起：”，其下写自该日起改变的时限；已登记事件的时限不能改变（迟报不因改设置"
         "而消失）。",
)

Limits = dict[str, tuple[int, int]]  # 事件级别 -> (电话, 书面) minutes from the event
Version = tuple[dt.date, Limits]  # the day it applies from (dt.date.min: from the start)


def _refuse(said: str) -> ValidationError:
    return ValidationError(i18n.text("设置“%1”：%2", SUDDEN_LIMITS.label, said), SUDDEN_LIMITS.key)


def _limit_line(line: str) -> tuple[str, tuple[int, int]]:
    """较大=30,60 -> ("较大", (30, 60)), refused with what to write when it means nothing."""
    level, sign, minutes = line.partition("=")
    level = level.strip()
    try:
        phone, written = (int(x) for x in minutes.replace("，", ",").split(","))
    except ValueError:
        raise _refuse(i18n.text("一行“%1”看不懂，应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。", line)) from None
    if not sign or not level:
        raise _refuse(i18n.text("一行“%1”看不懂，应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。", line))
    if len(level) > LEVEL_LENGTH:
        raise _refuse(i18n.text("“%1”的事件级别不超过 %2 个字。", line, LEVEL_LENGTH))
    if phone <= 0 or written <= 0:
        raise _refuse(i18n.text("“%1”不对：时限应是大于 0 的整分钟数，应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。", line))
    if max(phone, written) > MAX_MINUTES:
        raise _refuse(i18n.text("“%1”不对：时限不超过 %2 分钟（7 天），应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。", line, MAX_MINUTES))
    if phone > written:
        raise _refuse(i18n.text("“%1”不对：电话报告时限（%2 分钟）不能晚于书面报告时限（%3 分钟），电话报告在先，如“%4”。",
                                line, phone, written, f"{level}={written},{phone}"))  # as typed: 较大 stays
    return level, (phone, written)


def versions(text: str | None = None) -> list[Version]:
    """The limits' versions, oldest first (`text`: as given, else the stored setting). Each
    version holds every level of `LEVELS`; a line it cannot read, or limits that mean nothing,
    are refused with what to write."""
    raw = settings.get(SUDDEN_LIMITS.key) if text is None else text

    def bad_since(line: str) -> ValidationError:
        return _refuse(i18n.text("“%1”不对：应是一个日期（如“2027-01-01起：”），且晚于前一段时限的起始日期。", line))

    found = dated_versions.parse(str(raw or ""), {}, _limit_line, bad_since)
    first = found[0][1]
    missing = [level for level in LEVELS if level not in first]
    if missing:
        lines = "、".join(f"“{level}={DEFAULT_LIMITS[level][0]},{DEFAULT_LIMITS[level][1]}”"
                         for level in missing)
        raise _refuse(i18n.text("缺少“%1”的时限：特别重大、重大、较大、一般每级写一行，如%2（电话报告时限,书面报告时限，分钟）。",
                                "”“".join(missing), lines))
    return found


def limits_on(day: dt.date, found: list[Version] | None = None) -> Limits:
    """The limits in force for an event of `day`."""
    return dated_versions.in_force(day, versions() if found is None else found)


def current() -> Limits:
    """The limits in force today (what a new event is judged by)."""
    return limits_on(clock.today())


@settings.check(SUDDEN_LIMITS.key)
def _check_limits(value: str) -> None:
    versions(value)


def mended(text: str) -> str | None:
    """A text kept before these checks, as they accept it (None: it passes them, or the program
    before read it as the default too — a line it could not read). Each level's limits it read
    stay; a level it lacked, or limits that mean nothing (negative, the phone after the written
    report), take the default's."""
    try:
        versions(text)
        return None
    except ValidationError:
        pass
    read: Limits = {}  # as the program before read it: the last line of a level
    for line in str(text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        level, sign, minutes = line.partition("=")
        try:
            phone, written = (int(x) for x in minutes.replace("，", ",").split(","))
        except ValueError:
            return None  # refused before too: the default was read, and is read now
        if not sign or not level.strip():
            return None
        read[level.strip()] = (phone, written)
    kept: Limits = {}
    for level, (phone, written) in read.items():
        try:
            kept[level] = _limit_line(f"{level}={phone},{written}")[1]
        except ValidationError:
            continue  # limits that meant nothing: the default's below
    if not read:
        return None
    levels = {level: kept.get(level, DEFAULT_LIMITS[level]) for level in LEVELS}
    levels |= {level: minutes for level, minutes in kept.items() if level not in levels}
    return "\n".join(f"{level}={phone},{written}" for level, (phone, written) in levels.items())


def bring_up_to_date() -> str | None:
    """Schema 25: the limits kept by a program before these checks, mended as `mended` says and
    audited as the system's change (a kept text these checks refuse would read as the default,
    losing every level the office set); the new text, or None when nothing changed."""
    from officedesk.core import audit
    from officedesk.store.models import AppSetting

    row = AppSetting.get_or_none(AppSetting.key == SUDDEN_LIMITS.key)
    if row is None:
        return None
    try:
        before = json.loads(row.value)
    except ValueError:
        return None
    after = mended(str(before))
    if after is None:
        return None
    AppSetting.update(value=json.dumps(after, ensure_ascii=False)).where(
        AppSetting.key == SUDDEN_LIMITS.key).execute()
    audit.record(settings.SYSTEM, "setting", "settings", None, {SUDDEN_LIMITS.key: before},
                 {SUDDEN_LIMITS.key: after},
                 trail_text("数据库升级：系统设置“%1”按新的检查补齐：%2 → %3", SUDDEN_LIMITS.label, before, after))
    settings.forget_cache()
    return after
