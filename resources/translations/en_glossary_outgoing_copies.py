"""English for the 份数 dialog of a classified paper printed copy by copy (the 发文's 公文 and the
会议's notice and 纪要); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "逐份印制(&E)": "Print &every copy",
    "逐份印制": "Print every copy",
    "只补印一份(&R)": "&Reprint one copy only",
    "只补印一份": "Reprint one copy only",
    "补印的份号": "Copy number to reprint",
    "份数(&C)：": "&Copies:",
    "份号(&N)：": "Copy &no.:",
    "涉密公文逐份编份号。印制份数（默认为印制登记的份数），或只补印其中一份：": (
        "Each copy of a classified document carries its own copy number. Copies to print (by "
        "default as many as were recorded at printing), or reprint a single copy:"
    ),
}
