"""作废 on the papers of a voided record (README, 作废: the record stays, 已作废; its number is
recorded as voided and never issued again). A paper of a voided record must not look valid:

- the 公文 itself is not printed any more (``refusal``: it says 已作废, and that the 稿纸 may be
  printed for the file);
- every other paper of it (发文稿纸, 收文处理笺, 传阅单, 催办单) carries, on every page, a
  boxed “已作废” at the top right, opposite the 密级 (``FormDocument.void_stamp``, ``mark``),
  a line under its title with the 作废 date and reason (``note``), and its number as recorded
  with “（已作废）” after it (``number``).

Every paper marks a voided record with these helpers, none its own way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.core import lifecycle
from officedesk.core import registry as registries
from officedesk.core.actor import Actor
from officedesk.core.fields import chinese_date
from officedesk.printing import fonts
from officedesk.printing.gbt9704.geometry import ASCENT

if TYPE_CHECKING:
    from officedesk.printing.common import FormDocument

STAMP = "已作废"
STAMP_SIZE = 16.0  # 3号, as the 密级 opposite it
RED = (0.8, 0.0, 0.0)
PAD = 1.6 * mm  # between the stamp's box and its characters
# the registries whose 作废 is a step of the procedure (its date and reason on the step row)
_STEPPED = ("incoming", "outgoing")


@dataclass(frozen=True)
class Voided:
    """The 作废 of a record as its papers state it."""

    number: str  # the number as recorded (voided with the record)
    on: dt.date | None
    reason: str


def voided(registry: str, record: Any, actor: Actor) -> Voided | None:
    """The record's 作废 (None while it is not voided): its number, the day and the reason."""
    spec = registries.get(registry)
    if lifecycle.state_of(spec, record) != lifecycle.VOIDED:
        return None
    row = None
    if registry in _STEPPED:
        from officedesk.core.documents.common import last_step

        row = last_step(registry, record.id, "作废", actor)
    return Voided(lifecycle.number_of(spec, record), row.at.date() if row else None,
                  (row.opinion or "").strip() if row else "")


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


def refusal(title: str, v: Voided, draft: str) -> str:
    """Why the 公文 of a voided record is not printed, and what the clerk may print instead."""
    when = f"于{chinese_date(v.on)}" if v.on else ""
    why = f"，原因：{v.reason}" if v.reason else ""
    return (f"“{title}”（{v.number}）已{when}作废{why}，不能再打印正式文件。"
            f"存档可打印其{draft}，上面标明已作废。")


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
