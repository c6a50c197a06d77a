"""密级 on the printed papers: a paper of a classified record never prints unmarked (公文处理工作
条例 art. 9; DOMAIN.md §1–2). Every form uses these helpers, none marks a paper its own way.

- A 公文-style paper (the 公文, the 会议通知, the 会议纪要) carries 份号 and 密级 (★保密期限) top
  left as GB/T 9704 places them: the page engine prints ``DocumentData.copy_number`` and
  ``secret_level``; ``copy_number`` gives the 份号 as 发文 numbers its copies (000001 unless the
  clerk asks for another copy's number).
- A paper laid out as a 公文 on the FormDocument engine (``efficiency_bulletin.BulletinDocument``:
  the 督查通报, an issue of a 信息 periodical in 简报 format) carries its 份号 and 密级 in the
  版头 of its first page only, on the 版心's first lines as the page engine places them
  (``gbt9704.corner_lines``, ``efficiency_bulletin.place_corner``): pages 2 on carry none.
- Every other paper of classified records (registers, forms, tables, 签到表, 座次表, 桌签 …: no
  公文, so each sheet is marked) carries the 密级 at the top left of every page in 3号黑体
  (``draw``): a paper of one record its record's, a paper that names several records the
  highest among them (``highest``). A paper of several
  sections numbered through (the 归档文件目录) is one compilation (汇编): every page carries the
  strictest mark of its sections (``strictest``), never a section's own.
- A paper of figures only (counts and rates per unit, naming no record) carries no mark: its
  form is declared ``FIGURES`` in the print registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.core import i18n
from officedesk.core.actor import clearance_of
from officedesk.core.documents.common import secrecy_mark
from officedesk.core.errors import ValidationError
from officedesk.printing import fonts
from officedesk.printing.gbt9704.geometry import ASCENT

if TYPE_CHECKING:
    from officedesk.printing.common import FormDocument

Doc = TypeVar("Doc", bound="FormDocument")

# how a form marks a classified record (``forms.form(..., secrecy=…)``)
MARKED = "marked"  # 密级 top left of every page
COPY_NUMBERED = "copy-numbered"  # a 公文: 份号 and 密级 top left of its first page
FIGURES = "figures"  # counts and rates only, no record named: no mark
# a paper served on a private person (a 信访人's 告知书, 答复意见书 with its 送达回证): never
# marked, whatever the record's 密级 — what is handed to a citizen cannot be a classified document
SERVED = "served"

SIZE = 16.0  # 3号, as the 公文's 密级
GAP_ABOVE_CONTENT = 6 * mm  # from the mark's foot to the top of a form's content


def level_of(record: Any) -> str:
    """The record's 密级 as printed: 秘密 / 机密 / 绝密, or "" for 非密 (or no 密级 at all)."""
    level = str(getattr(record, "secrecy", "") or "").strip()
    return level if clearance_of(level) > 0 else ""


def mark_of(record: Any) -> str:
    """The record's mark: 密级, with ★保密期限 when the record has one (机密★10年)."""
    level = level_of(record)
    return secrecy_mark(level, str(getattr(record, "secrecy_term", "") or "").strip()) if level else ""


def highest(levels: Iterable[str]) -> str:
    """The highest 密级 among several records' (a list prints under the strictest); "" if none
    is classified."""
    best = ""
    for level in levels:
        level = (level or "").strip()
        if clearance_of(level) > clearance_of(best):
            best = level
    return best


def strictest(marks: Iterable[str]) -> str:
    """The mark of a compilation of papers marked ``marks`` (机密★20年, 秘密, "" …): the highest
    密级, with the longest 保密期限 among the marks at that level (长期 the longest). A level
    marked once without a term, or with a term that cannot be weighed (a date, a condition),
    gives the level alone: the term is then read from the 密级 (《保密法》), never shortened."""
    split = [(mark.partition("★")[0].strip(), mark.partition("★")[2].strip())
             for mark in marks if (mark or "").strip()]
    level = highest(lv for lv, _ in split)
    if not level:
        return ""
    terms = [term for lv, term in split if lv == level]
    if not all(terms):
        return level
    if "长期" in terms:
        return f"{level}★长期"
    years = [_years(term) for term in terms]
    if any(y is None for y in years):
        return level
    return f"{level}★{terms[years.index(max(y for y in years if y is not None))]}"


def _years(term: str) -> int | None:
    found = re.fullmatch(r"\s*(\d+)\s*年\s*", term.translate(_FULL_WIDTH))
    return int(found.group(1)) if found else None


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def highest_of(records: Iterable[Any]) -> str:
    return highest(level_of(r) for r in records)


def mark(doc: Doc, *records: Any) -> Doc:
    """``doc`` (a FormDocument) marked for the records it prints: one record's mark with its
    保密期限, or the highest 密级 among several (none classified: no mark)."""
    doc.secrecy = mark_of(records[0]) if len(records) == 1 else highest_of(records)
    return doc


def copy_number(level: str, copy: Any = None) -> str:
    """The 份号 of a classified 公文-style paper: six digits, copy 1 unless ``copy`` is given;
    "" for an unclassified one (it carries none)."""
    if not level or clearance_of(level) == 0:
        return ""
    return f"{int(copy or 1):06d}"


COPY_OPTIONS = {"copy": "份号", "copies": "份数", "all_copies": "全部份数"}
# the most a paper's 份数 and 份号 may be (the command line's --copies and --copy, the window's
# boxes): 份号 has six digits
COPY_LIMITS = {"copies": 9999, "copy": 999_999}


def _given(value: Any) -> bool:
    """A copy option given: 0 is (a 份数 of 0 is refused, never taken for “not asked”)."""
    return value is not None and value is not False and value != ""


def copy_count(value: Any, asked: str, most: int | None = None, whose: str = "") -> int:
    """The 份数 or 份号 (``asked``: "copies" / "copy") given, a whole number from 1 to ``most``
    (default ``COPY_LIMITS``); refused otherwise with the bounds and what to do. ``whose``
    says where ``most`` comes from (a 发文's 印制份数)."""
    label = COPY_OPTIONS[asked]
    top = COPY_LIMITS[asked] if most is None else most
    text = str(value).strip()
    number = int(text) if text.isascii() and text.isdigit() else 0
    if not 1 <= number <= top:
        raise ValidationError(i18n.text(
            "%1%2只能在 1 到 %3 之间（整数），现在是“%4”：请改为这个范围内的%2再打印。",
            whose, label, top, text))
    return number


def copy_options_clash(options: dict[str, Any]) -> str | None:
    """Why the copy options given cannot go together (a reprint of copy K, N copies, or all the
    copies: one of them), None when they can. The command line says it as wrong usage."""
    given = [name for name in COPY_OPTIONS if _given(options.get(name))]
    if len(given) < 2:
        return None
    return ("份号（只印一份）、份数（逐份印 N 份）和全部份数只能选一种，现在同时指定了"
            f"{'、'.join(COPY_OPTIONS[name] for name in given)}。")


def copy_request(options: dict[str, Any], title: str, classified: bool) -> str | None:
    """Which of the copy options a paper is printed by ("copy", "copies", "all_copies"), None
    for none. Refused: two of them at once, and a 份号 or 份数 asked of an unclassified paper,
    which carries no 份号 and prints once (``all_copies`` over several papers prints each such
    one once)."""
    clash = copy_options_clash(options)
    if clash:
        raise ValidationError(clash)
    asked = next((n for n in COPY_OPTIONS if _given(options.get(n))), None)
    if not classified and asked in ("copy", "copies"):
        raise ValidationError(i18n.text(
            "“%1”不是涉密文件，不编份号，只印一份：不能指定%2。请去掉份号、份数再打印。", title, COPY_OPTIONS[asked]))
    return asked


def draw(canvas: Canvas, text: str, x: float, top: float, rotate: bool = False) -> None:
    """Draw the mark in 3号黑体 with its left edge at ``x`` and the top of its characters at
    ``top`` (points, reportlab's y upwards). ``rotate`` turns it 180° about its own box (the
    upper face of a folded 桌签), keeping the box where it is."""
    if not text:
        return
    face = fonts.font(fonts.HEITI)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(face, SIZE)
    if rotate:
        width = canvas.stringWidth(text, face, SIZE)
        canvas.translate(x + width, top - SIZE)
        canvas.rotate(180)
        canvas.drawString(0, -ASCENT * SIZE, text)
    else:
        canvas.drawString(x, top - ASCENT * SIZE, text)
    canvas.restoreState()
