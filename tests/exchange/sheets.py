"""Workbooks the exchange tests write by hand: a registry's template headers and the given rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl


def write_sheet(spec: Any, path: Path, rows: list[dict[str, Any]]) -> Path:
    """A sheet with the registry's exchange headers and `rows` (by label; a label the sheet does
    not have is a mistake in the test)."""
    labels = [f.label for f in spec.exchange_fields()]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(labels)
    for row in rows:
        assert set(row) <= set(labels), set(row) - set(labels)
        sheet.append([row.get(label) for label in labels])
    book.save(path)
    return path
