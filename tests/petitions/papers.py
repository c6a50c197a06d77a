"""A 信访 paper printed and read back as one line of text (its spaces and line breaks gone)."""

from __future__ import annotations

from typing import Any

import pymupdf

from officedesk.printing import forms


def paper_text(name: str, record: Any, actor: Any, **options: Any) -> str:
    with pymupdf.open(stream=forms.get(name).build([record.id], actor, **options), filetype="pdf") as doc:
        return "".join("".join(page.get_text().split()) for page in doc)
