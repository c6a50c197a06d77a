"""Where the 发文机关署名 and the 成文日期 stand on their lines (GB/T 9704 §7.3.5), always
inside the 版心.

- Sealed (加盖印章): the date four characters in from the right; the 署名 centred over it. A
  署名 that would pass two characters from the right moves left, the date with it, still under
  its centre.
- Unsealed: the 署名 two characters in from the right, the date under it two characters in
  from the 署名's start (or two characters in from the right when the 署名 is short).
- 命令: the 签发人职务 and name four characters in from the right, the date a blank line lower.

- Sealed and joint (§7.3.5.1 and its 联合行文末页版式 figure): the organs side by side in rows,
  in their order, each 署名 centred in its column of the 版心 so that its 印章 (about 42 mm)
  can be centred on it without touching the next; rows far enough apart that the seals of
  one row never touch those of the next; the date on the line under the last organ (in the
  rightmost column), four characters in from the right as a single organ's, the last 署名
  centred over it as far as its seal keeps clear of its neighbour's, so its seal covers both.

Otherwise joint organs stand one per line. An organ too long for the room the 版心 leaves (its
left edge to the 署名's right limit) is wrapped between words into balanced lines (the titles'
line breaking), so no 署名 ever runs past the 版心's left edge.

The result is the signature's lines, top to bottom; each line holds one text or (the sealed
joint rows) several side by side, or none for a blank line."""

from __future__ import annotations

import math

from reportlab.lib.units import mm

from officedesk.printing.gbt9704.geometry import (
    BODY_RIGHT,
    BODY_WIDTH,
    LEFT_MARGIN,
    SIZE_3,
    DocumentData,
    date_text,
    line_pitch,
)
from officedesk.printing.layout import text_width
from officedesk.printing.titles import compose_title

SEAL = 42 * mm  # an organ's 印章: a circle about 42 mm across
SEAL_GAP = 2 * mm  # seals must neither overlap nor touch (§7.3.5.1): keep them this far apart
MAX_COLUMNS = 3  # 4 seals of 42 mm do not fit side by side in the 156 mm 版心

Line = list[tuple[str, float]]


def _lines(organs: list[str], font: str, track: float, room: float) -> list[str]:
    """The 署名's lines: each organ on its own, one too long for ``room`` wrapped."""
    out: list[str] = []
    for organ in organs:
        if text_width(organ, font, SIZE_3, track) <= room + 1e-6:
            out.append(organ)
        else:
            out.extend(compose_title(organ, font, SIZE_3, room, track))
    return out


def _joint_sealed(
    organs: list[str], date_str: str, font: str, track: float, em: float, pitch: float
) -> list[Line]:
    """Sealed joint organs in rows (§7.3.5.1), the date under the last one."""
    n = len(organs)
    widest = max(text_width(o, font, SIZE_3, track) for o in organs)
    # as many columns as the 署名 allow (a character's space between neighbours), fewest rows
    # and balanced; two columns at least: a long name is wrapped inside its column
    columns = 2
    for candidate in range(min(MAX_COLUMNS, n), 2, -1):
        balanced = math.ceil(n / math.ceil(n / candidate))
        if widest <= BODY_WIDTH / balanced - em + 1e-6:
            columns = balanced
            break
    column_w = BODY_WIDTH / columns
    blocks = [_lines([o], font, track, column_w - em) for o in organs]
    # the date four characters in from the right (§7.3.5.1, as a single organ's); the last
    # 署名 centred over it as far as its seal keeps clear of its neighbour's on the row
    date_w = text_width(date_str, font, SIZE_3, track) if date_str else 0.0
    date_x = max(LEFT_MARGIN, BODY_RIGHT - 4 * em - date_w)
    if n % columns == 1 and date_str:
        # the last organ alone on its row is no column's: whole when, centred over the date,
        # it stays inside the 版心 (云岭县人力资源和社会保障局, not 云岭县人力资源 / 和社会保障局)
        centre = min(LEFT_MARGIN + (columns - 0.5) * column_w,
                     max(date_x + date_w / 2, LEFT_MARGIN + SEAL / 2))
        half = text_width(organs[-1], font, SIZE_3, track) / 2
        if centre - half >= LEFT_MARGIN - 1e-6 and centre + half <= BODY_RIGHT + 1e-6:
            blocks[-1] = [organs[-1]]
    # the last row may be short: it keeps to the right, the last organ (and the date under
    # it) in the rightmost column
    rows = [blocks[i : i + columns] for i in range(0, n, columns)]
    lines: list[Line] = []
    centre_prev = None  # the previous row's seal centre, in lines from the first row's top
    for r, row in enumerate(rows):
        height, lowest = max(len(b) for b in row), min(len(b) for b in row)
        start = len(lines)
        if centre_prev is not None:
            # the first line where this row's highest seal clears the previous row's lowest
            while (start + lowest / 2 - centre_prev) * pitch < SEAL + SEAL_GAP:
                start += 1
        lines.extend([] for _ in range(start + height - len(lines)))
        first_column = columns - len(row) if r == len(rows) - 1 else 0
        for k, block in enumerate(row):
            centre = LEFT_MARGIN + (first_column + k + 0.5) * column_w
            if date_str and r == len(rows) - 1 and k == len(row) - 1:
                clear = centre - column_w + SEAL + SEAL_GAP if len(row) > 1 else LEFT_MARGIN
                centre = min(centre, max(date_x + date_w / 2, clear, LEFT_MARGIN + SEAL / 2))
            for i, text in enumerate(block):
                width = text_width(text, font, SIZE_3, track)
                lines[start + i].append((text, centre - width / 2))
        centre_prev = start + height / 2
    if date_str:
        lines.append([(date_str, date_x)])
    return lines


def joint_sealed(data: DocumentData) -> bool:
    """Sealed by several organs: the 署名 in rows of seals (§7.3.5.1)."""
    organs = [s for s in data.signer_organs if s.strip()]
    return data.sealed and len(organs) > 1 and data.variant not in ("minutes", "command")


def place_signature(data: DocumentData, font: str, track: float, em: float,
                    pitch: float | None = None) -> list[Line]:
    """The 署名's lines and the date, top to bottom, each text with its x ("" for a blank
    line of a 命令); none for a 纪要 or a document without either. ``pitch``: the line pitch of
    the page they go on (rows of joint seals are so many lines apart), the setting's if None."""
    date_str = date_text(data.date)
    organs = [s for s in data.signer_organs if s.strip()]
    if data.variant == "minutes" or not (organs or date_str):
        return []
    date_w = text_width(date_str, font, SIZE_3, track)
    if data.variant == "command":
        # 签发人职务 and 签名章 four characters in from the right, the date one blank line
        # under them (GB/T 9704 §7.3.5.3)
        right = BODY_RIGHT - 4 * em
        lines = _lines(organs, font, track, right - LEFT_MARGIN)
        signature = [(s, right - text_width(s, font, SIZE_3, track)) for s in lines]
        if signature and date_str:
            signature.append(("", right))
        date_x = right - date_w
    elif joint_sealed(data):
        return _joint_sealed(organs, date_str, font, track, em,
                             line_pitch() if pitch is None else pitch)
    elif data.sealed:
        limit = BODY_RIGHT - 2 * em  # no 署名 closer than two characters to the right edge
        lines = _lines(organs, font, track, limit - LEFT_MARGIN)
        date_x = BODY_RIGHT - 4 * em - date_w
        centre = date_x + date_w / 2
        widths = [text_width(s, font, SIZE_3, track) for s in lines]
        overflow = max([centre + w / 2 - limit for w in widths] + [0.0])
        centre -= overflow
        date_x -= overflow
        signature = [(s, centre - w / 2) for s, w in zip(lines, widths, strict=True)]
    else:
        right = BODY_RIGHT - 2 * em
        lines = _lines(organs, font, track, right - LEFT_MARGIN)
        signature = [(s, right - text_width(s, font, SIZE_3, track)) for s in lines]
        first_x = min((x for _, x in signature), default=right - date_w)
        date_x = min(first_x + 2 * em, right - date_w)
    if date_str:
        signature.append((date_str, date_x))
    return [[entry] for entry in signature]
