"""An original named in a stored text (a 重复件 note, a 复核终结 不予受理理由, their audit entries)
that has since been raised above what a reader may see: told him as the hidden original is told
(links.HIDDEN_NOTE), never by its number and the day of its 复核.

`links` names an original in a text only for readers who may see it, as the original stood when
the text was written. Raised later (a 密级 corrected upward), the text would still name it to
every reader of the 重复件, below the original's new level: its number, that it concerns the same
matter, the day of its 复核. The history and the audit trail are read through `redact`, and the
不予受理理由 — a field every list, export and paper shows — is rewritten when the original is
raised (`follow_raised_original`, a records.LEVEL_HOOK), as the audit trail of that change keeps."""

from __future__ import annotations

import re
from typing import Any

from officedesk.core import records, registry
from officedesk.core.actor import Actor
from officedesk.core.petitions import links
from officedesk.store.petitions import Petition

# “…已于2026年3月5日经复核终结（原件信访编号 信2026-00002）…” (paths.closed_matter_text)
_CLOSED = re.compile(r"已于[^（，。]*经复核终结（原件信访编号 (?P<number>[^）]+)）")
# “重复件，原件 信2026-00002” (links.link_note)
_LINKED = re.compile(r"，原件 (?P<number>[^\s，,。；：）)\"]+)")


def _hidden_numbers(text: str, readers: int) -> set[str]:
    """The numbers of originals `text` names that lie above `readers`' clearance."""
    numbers = {m["number"] for pattern in (_CLOSED, _LINKED) for m in pattern.finditer(text)}
    if not numbers:
        return set()
    return {p.number for p in Petition.select(Petition.number, Petition.secrecy)
            .where(Petition.number.in_(sorted(numbers))) if not links.named(p, readers)}


def redact_for(text: str, readers: int, staff: bool = True) -> str:
    """`text` with every original its readers may not see told as hidden: to staff with a note
    of what to do (links.HIDDEN_NOTE); in the 不予受理理由, which the petitioner's 告知书 prints,
    the rule alone (as paths.default_reject_reason words it)."""
    if not text or "原件" not in text:
        return text
    hidden = _hidden_numbers(text, readers)
    if not hidden:
        return text
    closed = f"已经复核终结（{links.HIDDEN_NOTE}）" if staff else "已经复核终结"
    text = _CLOSED.sub(lambda m: closed if m["number"] in hidden else m.group(0), text)
    return _LINKED.sub(lambda m: f"（{links.HIDDEN_NOTE}）" if m["number"] in hidden else m.group(0), text)


def redact(text: str, actor: Actor) -> str:
    """`text` as the actor may read it (his clearance)."""
    return redact_for(text, actor.clearance)


def follow_raised_original(spec: Any, record: Any, actor: Actor) -> None:
    """records.LEVEL_HOOKS: a petition raised; the 不予受理理由 of petitions below its new level
    that name it no longer do (their steps and audit entries are told through `redact`)."""
    if spec.name != "petitions" or not record.number:
        return
    petitions = registry.get("petitions")
    for other in Petition.select().where(Petition.reject_reason.contains(record.number)
                                         & (Petition.id != record.id)):
        reason = redact_for(other.reject_reason or "", links.level(other), staff=False)
        if reason != other.reject_reason:
            records.save_changes(petitions, other, {"reject_reason": reason}, other.version, actor,
                                 summary="原件密级提高：不予受理理由中不再写明原件编号")


records.LEVEL_HOOKS.append(follow_raised_original)
