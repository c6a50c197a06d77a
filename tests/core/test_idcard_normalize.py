"""normalize_id's shortcut for plain digits gives what the full normalisation gives."""

from __future__ import annotations

import itertools

from officedesk.core.idcard import normalize_id


def _full(text: str) -> str:
    """The normalisation spelled out: trim, no inner spaces, full-width digits, x to X."""
    text = (text or "").strip().replace(" ", "").replace("\u3000", "")
    text = text.translate({ord(c): ord("0") + i for i, c in enumerate("０１２３４５６７８９")})
    return text.replace("ｘ", "X").replace("Ｘ", "X").replace("x", "X")


PIECES = ["", "1", "110105194912310021", "11010519491231002x", "１１０", " ", "\u3000", "x", "ｘ", "Ｘ",
          "\t", "\n", "٣", "²", "①", "-", "X"]


def test_normalize_id_is_the_full_normalisation():
    texts = ["".join(p) for p in itertools.product(PIECES, repeat=3)]
    assert [normalize_id(text) for text in texts] == [_full(text) for text in texts]


def test_none_is_empty():
    assert normalize_id(None) == ""  # type: ignore[arg-type]
