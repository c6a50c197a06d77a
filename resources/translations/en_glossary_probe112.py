"""English for probe112: the printed 督查通报's words for a period with nothing due (the paper
itself stays Chinese; the entry keeps the glossary complete)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "本期无应办结的任务，不计办结率。": (
        "No task fell due in the period: no completion rate is given."
    ),
}
