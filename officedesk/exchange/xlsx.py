"""Spreadsheet templates, export and import for any registry, driven by its field declarations.

The headers are the Chinese labels of `spec.exchange_fields()`, the same words the form shows
and `add` takes. The work is cut into modules; this one keeps the names callers use:
- template.py: the empty sheet to fill in (drop-downs, hints, text columns);
- writing.py and cells.py: export (typed dates and numbers, text always text, masking);
- guard.py and reading.py: reading .xlsx/.xls/.ods safely (caps, error cells);
- importing.py (import_checks.py, import_rows.py, import_batch.py), matching.py and
  report.py: check every row, then write; rows that are records already; what the import found.
"""

from __future__ import annotations

from officedesk.exchange.common import BATCH, TEMPLATE_ROWS, Cancelled, Progress, hint
from officedesk.exchange.importing import import_file
from officedesk.exchange.reading import READABLE, ErrorCell, Sheet, normalise, read_rows
from officedesk.exchange.report import (
    MATCH_ADD,
    MATCH_CHOICES,
    MATCH_REFUSE,
    MATCH_SKIP,
    MATCH_UPDATE,
    ImportReport,
    RowChange,
    RowProblem,
)
from officedesk.exchange.template import write_template
from officedesk.exchange.writing import ExportResult, export, export_values

__all__ = [
    "BATCH",
    "MATCH_ADD",
    "MATCH_CHOICES",
    "MATCH_REFUSE",
    "MATCH_SKIP",
    "MATCH_UPDATE",
    "READABLE",
    "TEMPLATE_ROWS",
    "Cancelled",
    "ErrorCell",
    "ExportResult",
    "ImportReport",
    "Progress",
    "RowChange",
    "RowProblem",
    "Sheet",
    "export",
    "export_values",
    "hint",
    "import_file",
    "normalise",
    "read_rows",
    "write_template",
]
