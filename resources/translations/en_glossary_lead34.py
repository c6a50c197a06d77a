"""English for the lead's strings of 6 Dec (evening)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # caught by the import, which then takes numbers one by one; English for the log and tests
    "导入期间其他工作站取用了编号，需重新取号。":
        "Another workstation took numbers during the import; numbers must be taken again.",
}
