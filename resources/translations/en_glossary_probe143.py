"""English for probe143: a past 台账's meeting told of a person's clash in the past tense."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1在 %2 另%3了“%4”，地点：%5。": "%1 was also at “%4” (%3) at %2, place: %5.",
    "%1在 %2 另%3了“%4”。": "%1 was also at “%4” (%3) at %2.",
}
