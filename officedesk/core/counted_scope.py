"""What a 通报's figures cover. Figures count only the records the account may see (a count must
not reveal a classified record to someone not cleared for it), but a 通报 is an official paper that
units check their own figures against: one printed by an account not cleared for every 密级 says
on the paper, and tells the clerk, that it counts only the records of that clearance and below.

Whether it says so depends on the account alone, never on whether records above its clearance
exist in the period: a line printed only when some were left out would itself reveal them."""

from __future__ import annotations

from officedesk.core.actor import CLEARANCE_LABELS, Actor
from officedesk.core.i18n import Text, text

# the clearance that sees every 密级 (绝密): its figures count every record, and say nothing
FULL_CLEARANCE = len(CLEARANCE_LABELS) - 1


def counted_level(actor: Actor) -> int | None:
    """The highest 密级 level (0 非密 … 2 机密) the actor's figures count, None for every level."""
    level = actor.clearance
    return None if level >= FULL_CLEARANCE else max(level, 0)


def _records(level: int, what: str) -> Text:
    """“密级为秘密及以下的事项”, or “非密事项” for an account cleared for none (``what`` is in
    the pattern: 事项 or 信息, each translated whole)."""
    if level <= 0:
        return text("非密信息") if what == "信息" else text("非密事项")
    shown = CLEARANCE_LABELS[level]
    return text("密级为%1及以下的信息", shown) if what == "信息" else text("密级为%1及以下的事项", shown)


def scope_line(level: int | None, what: str = "事项") -> str:
    """The sentence a 通报 prints where it states its scope; "" when it counts every record."""
    if level is None:
        return ""
    return text("本通报统计范围：%1。", _records(level, what))


def scope_note(level: int | None, paper: str, what: str = "事项") -> str:
    """What the clerk is told (command line, print preview) of a 通报 that counts only part."""
    if level is None:
        return ""
    return text("%1只统计了%2（打印账号的密级权限为“%3”），通报上已写明这一统计范围。"
                "需要包含全部密级的数字时，请由密级权限为“%4”的人员打印。",
                paper, _records(level, what), CLEARANCE_LABELS[level], CLEARANCE_LABELS[FULL_CLEARANCE])


def shown_note(level: int | None, what: str = "事项") -> str:
    """What a window or the command line says beside figures it shows (效能, 信息工作得分,
    `stats`) counted for an account not cleared for every 密级: the same figures on a 通报 say
    their scope, and on the screen they are no less partial; "" when they count every record."""
    if level is None:
        return ""
    return text("这些数字只统计了%1（您的密级权限为“%2”）；包含全部密级的数字须由密级权限为“%3”的人员查看。",
                _records(level, what), CLEARANCE_LABELS[level], CLEARANCE_LABELS[FULL_CLEARANCE])
