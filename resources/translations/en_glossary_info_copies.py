"""English for the 份数 asked before a classified issue of a 信息 periodical is printed; same
format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "涉密信息刊物逐份编份号。印制份数，或只补印其中一份：": (
        "Each copy of a classified issue carries its own copy number. Copies to print, or "
        "reprint a single copy:"
    ),
}
