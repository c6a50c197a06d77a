"""English for the 份数 asked before a classified 督查通报 is printed; same format as
en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "涉密督查通报逐份编份号。印制份数，或只补印其中一份：": (
        "Each copy of a classified supervision bulletin carries its own copy number. Copies to "
        "print, or reprint a single copy:"
    ),
}
