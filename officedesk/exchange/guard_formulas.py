"""The import guard's look at an .xlsx sheet's formula cells (guard.py hands it the blocks of
rows that hold one): a formula saved without its computed value reads as blank to every reader,
so the import names each such cell rather than take it as empty."""

from __future__ import annotations

import html
import re

from officedesk.exchange import guard
from officedesk.exchange.guard import _P

# a formula cell: <c …><f>…</f><v>…</v></c>, or <f …/> when it shares another cell's formula
_FORMULA_CELL = re.compile(
    rb"<" + _P + rb"c\b([^>]*?)(?<!/)>((?:(?!</" + _P + rb"c>).)*?<" + _P + rb"f\b.*?)</" + _P + rb"c>", re.S)
_FORMULA = re.compile(rb"<" + _P + rb"f\b[^>]*?(?:/>|>(.*?)</" + _P + rb"f>)", re.S)
_EMPTY_VALUE = re.compile(rb"<" + _P + rb"v/>")
_STRING_RESULT = re.compile(rb'\bt="str"')


def uncomputed(block: bytes, scan: guard.Scan) -> None:
    """Formula cells without a cached value. A formula whose result is empty text is saved as
    t="str" with an empty <v>: that one is a real blank."""
    for match in _FORMULA_CELL.finditer(block):
        attributes, body = match.group(1), match.group(2)
        value = guard._CELL_VALUE.search(body)
        if value is not None and (value.group(1).strip() or _STRING_RESULT.search(attributes)):
            continue
        if _EMPTY_VALUE.search(body) and _STRING_RESULT.search(attributes):
            continue
        ref = guard._CELL_REF.search(attributes)
        if ref is None or b't="e"' in attributes:
            continue
        formula = _FORMULA.search(body)
        text = (formula.group(1) or b"") if formula else b""
        shown = html.unescape(text.decode("utf-8", "replace")).strip()
        scan.uncomputed[(int(ref.group(2)), guard._column_index(ref.group(1)))] = shown
