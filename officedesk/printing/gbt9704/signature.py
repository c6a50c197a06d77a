"""Where the 发文机关署名 and the 成文日期 stand on their lines (GB/T 9704 §7.3.5), always
inside the 版心.

- Sealed (加盖印章): the date four characters in from the right; the 署名 centred over it. A
  署名 that would pass two characters from the right moves left, the date with it, still under
  its centre.
- Unsealed: the 署名 two characters in from the right, the date under it two characters in
  from the 署名's start (or two characters in from the right when the 署名 is short).
- 命令: the 签发人职务 and name four characters in from the right, the date a blank line lower.

Joint organs stand one per line. An organ too long for the room the 版心 leaves (its left edge
to the 署名's right limit) is wrapped between words into balanced lines (the titles' line
breaking), so no 署名 ever runs past the 版心's left edge."""

from __future__ import annotations

from officedesk.printing.gbt9704.geometry import (
    BODY_RIGHT,
    LEFT_MARGIN,
    SIZE_3,
    DocumentData,
    date_text,
)
from officedesk.printing.layout import compose_title, text_width


def _lines(organs: list[str], font: str, track: float, room: float) -> list[str]:
    """The 署名's lines: each organ on its own, one too long for ``room`` wrapped."""
    out: list[str] = []
    for organ in organs:
        if text_width(organ, font, SIZE_3, track) <= room + 1e-6:
            out.append(organ)
        else:
            out.extend(compose_title(organ, font, SIZE_3, room, track))
    return out


def place_signature(
    data: DocumentData, font: str, track: float, em: float
) -> list[tuple[str, float]]:
    """The 署名's lines and the date, each with its x, top to bottom ("" for a blank line);
    none for a 纪要 or a document without either."""
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
    return signature
