"""English for the 补发会议通知 made after the 报名截止 (core.meetings.supplement)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "报名截止时间（%1）已过，补发的会议通知不再要求按期报名。": (
        "The registration deadline (%1) has passed: the supplementary meeting notice no "
        "longer asks for registration by it."
    ),
}
