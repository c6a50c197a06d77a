"""Fixtures of the core tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import officedesk
from officedesk.core import i18n

sys.path.insert(0, str(Path(officedesk.__file__).parents[1] / "scripts"))

from fill_translations import load_glossary  # noqa: E402


@pytest.fixture
def english() -> Iterator[dict]:
    """Core's catalogue in English, from the glossaries the GUI's .qm is built from (no Qt):
    what `display()` shows in the English window."""
    glossary = load_glossary()

    def translate(context: str, source: str) -> str:
        found = glossary.get(source)
        return found if isinstance(found, str) else found[0] if found else source

    previous = i18n._translate
    i18n.install(translate)
    try:
        yield glossary
    finally:
        i18n.install(previous)
