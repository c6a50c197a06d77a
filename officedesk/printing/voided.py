"""作废 on the papers of a voided record (README, 作废: the record stays, 已作废; its number is
recorded as voided and never issued again). A paper of a voided record must not look valid; one
rule for every paper of a registry whose records may be voided (``PAPERS``):

- ``REFUSED``: a paper addressed outside the office about one record — the 公文 itself, the
  信访 告知书 and 答复意见书 (with their 送达回证) served on the petitioner, the 转送单 / 交办单,
  the 督查事项交办单 and 督查催办通知单 sent to the units, the 信息接收回执 — is not printed for
  a voided record (``refuse``: it says 已作废, when and why, and what may be printed instead);
- ``MARKED``: a paper kept on file (发文稿纸, 收文处理笺, 传阅单, 催办单) carries, on every page,
  a boxed “已作废” at the top right, opposite the 密级 (``FormDocument.void_stamp``, ``mark``),
  a line under its title with the 作废 date and reason (``note``), and its number as recorded
  with “（已作废）” after it (``number``);
- ``LEFT_OUT``: a compilation (信息刊物, 督查通报, 信息工作通报) lists and counts no voided
  record (core.lifecycle.counted, core.info.periodicals).

The 作废 date and reason are read where the 作废 was recorded (core.lifecycle.void_recorded).
Every paper marks or refuses a voided record with these helpers, none its own way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.core import i18n, lifecycle
from officedesk.core import registry as registries
from officedesk.core.errors import ProcedureError
from officedesk.core.fields import chinese_date
from officedesk.printing import fonts
from officedesk.printing.gbt9704.geometry import ASCENT

if TYPE_CHECKING:
    from officedesk.printing.common import FormDocument

STAMP = "已作废"
STAMP_SIZE = 16.0  # 3号, as the 密级 opposite it
RED = (0.8, 0.0, 0.0)
PAD = 1.6 * mm  # between the stamp's box and its characters

REFUSED = "refused"  # addressed outside the office: not printed for a voided record
MARKED = "marked"  # kept on file: stamped, noted, its number marked
LEFT_OUT = "left-out"  # a compilation: no voided record in it
PAPERS: dict[str, str] = {
    "document": REFUSED, "outgoing-draft": MARKED,
    "incoming-slip": MARKED, "circulation": MARKED, "incoming-reminder": MARKED,
    "petition-notice": REFUSED, "petition-reply": REFUSED, "petition-transfer": REFUSED,
    "petition-extension": REFUSED,
    "supervision-item": REFUSED, "supervision-reminder": REFUSED, "bulletin": LEFT_OUT,
    "info-receipt": REFUSED, "info-issue": LEFT_OUT, "info-ranking": LEFT_OUT,
}
# what a voided record is called in a refusal when it has no title of its own
_NOUNS = {"petitions": "信访事项", "supervision": "督查事项", "info": "信息"}


@dataclass(frozen=True)
class Voided:
    """The 作废 of a record as its papers state it."""

    number: str  # the number as recorded (voided with the record)
    on: dt.date | None
    reason: str


def voided(registry: str, record: Any) -> Voided | None:
    """The record's 作废 (None while it is not voided): its number, the day and the reason.
    ``record`` was read for the paper's actor (its 密级 checked) by the paper."""
    spec = registries.get(registry)
    if lifecycle.state_of(spec, record) != lifecycle.VOIDED:
        return None
    on, reason = lifecycle.void_recorded(registry, record)
    return Voided(lifecycle.number_of(spec, record), on, reason)


def note(v: Voided, number_label: str) -> str:
    """The lines under a paper's title: 本件已于…作废（原因：…）。 and, on a line of its own,
    <编号>…随之作废，不再使用。"""
    when = f"于{chinese_date(v.on)}" if v.on else ""
    why = f"（原因：{v.reason}）" if v.reason else ""
    number = f"\n{number_label}{v.number}随之作废，不再使用。" if v.number else ""
    return f"本件已{when}作废{why}。{number}"


def number(text: str, v: Voided | None) -> str:
    """A voided record's number as recorded, marked: 云委办发〔2026〕17号（已作废）."""
    return f"{text}（{STAMP}）" if v is not None and text else text


def _said(subject: str, v: Voided) -> str:
    """<subject>已于2026年3月10日作废，原因：… — a whole clause of the catalogue for each case."""
    if v.on:
        day = i18n.text("%1年%2月%3日", v.on.year, v.on.month, v.on.day)  # chinese_date's words
        return (i18n.text("%1已于%2作废，原因：%3", subject, day, v.reason) if v.reason
                else i18n.text("%1已于%2作废", subject, day))
    return i18n.text("%1已作废，原因：%2", subject, v.reason) if v.reason else i18n.text("%1已作废", subject)


def refusal(title: str, v: Voided, draft: str) -> str:
    """Why the 公文 of a voided record is not printed, and what the clerk may print instead."""
    subject = i18n.text("“%1”（%2）", title, v.number)
    return i18n.text("%1，不能再打印正式文件。存档可打印其%2，上面标明已作废。", _said(subject, v), draft)


def refuse(registry: str, record: Any, paper: str, instead: str = "") -> None:
    """A paper addressed outside the office (``REFUSED``) for a voided record: refused, naming
    the record, 已作废 with the day and the reason, and ``instead``, what the clerk may print
    in its place. A record not voided: nothing."""
    v = voided(registry, record)
    if v is None:
        return
    title = str(getattr(record, "title", "") or "").strip()
    noun = _NOUNS.get(registry, registries.get(registry).label)
    if not title:
        subject = i18n.text("%1（%2）", noun, v.number)
    else:
        subject = (i18n.text("%1《%2》（%3）", noun, title, v.number) if registry == "info"
                   else i18n.text("%1“%2”（%3）", noun, title, v.number))
    raise ProcedureError(i18n.text("%1，不能再打印%2：已作废的登记不再对外发出文书。%3", _said(subject, v), paper,
                                   instead or "登记有误已重新登记的，请打印重新登记的那一件。"))


def mark(doc: FormDocument, v: Voided | None, number_label: str) -> FormDocument:
    """``doc`` (just made: its title laid out) marked voided: the stamp on every page and the
    note under its title. A record not voided: ``doc`` as it is."""
    if v is None:
        return doc
    doc.void_stamp = STAMP
    doc.text(note(v, number_label), align="center", size=12.0, role=fonts.HEITI, color=RED)
    doc.spacer(2)
    return doc


def draw_stamp(canvas: Canvas, text: str, right: float, top: float) -> None:
    """The boxed stamp with its right edge at ``right`` and its box's top at ``top``."""
    if not text:
        return
    face = fonts.font(fonts.HEITI)
    width = canvas.stringWidth(text, face, STAMP_SIZE) + 2 * PAD
    height = STAMP_SIZE + 2 * PAD
    canvas.saveState()
    canvas.setStrokeColorRGB(*RED)
    canvas.setFillColorRGB(*RED)
    canvas.setLineWidth(1.2)
    canvas.rect(right - width, top - height, width, height, stroke=1, fill=0)
    canvas.setFont(face, STAMP_SIZE)
    canvas.drawString(right - width + PAD, top - PAD - ASCENT * STAMP_SIZE, text)
    canvas.restoreState()
