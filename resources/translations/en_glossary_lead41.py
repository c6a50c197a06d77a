"""English for the lead's strings of session 41."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the drill-down's state of each record at the period's end (a later end date still shown)
    "期末情况": "At period end",
}
