"""Notes on rows an import takes in without refusing them (a possible 重复信访): the registry
finds them (RegistrySpec.import_notes) for all new rows at once; the report shows those of the
rows it imported (or, on a dry run, would import) after its summary, and in --json."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from officedesk.core.actor import Actor
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec, RowNote
from officedesk.exchange.report import ImportReport

MAX_NOTES = 100  # rows listed in the text; --json has them all

# what the notes are, and what the clerk does about them, by registry (fixed texts of the
# catalogue: the window shows them translated)
HEADINGS = {
    "petitions": "以下各行可能是重复信访（不会自动标为重复件：请逐件核对，确属重复的在该信访件中标为重复件）：",
}
OTHER_HEADING = "以下各行请核对："


@dataclass
class NotedReport(ImportReport):
    notes: list[RowNote] = field(default_factory=list)

    def shown_notes(self) -> list[RowNote]:
        """The notes of the rows taken in: none when nothing was written."""
        if not self.dry_run and not self.imported:
            return []
        return [n for n in self.notes if n.row not in self.bad_rows]

    def summary_parts(self) -> tuple[str, list[str]]:
        """The report's own summary, and the notes' heading and lines, each a text of the
        catalogue (core.i18n.text): the CLI prints them as they are (Chinese), the window
        through display()."""
        notes = self.shown_notes()
        if not notes:
            return super().summary(), []
        lines = [HEADINGS.get(self.registry, OTHER_HEADING)]
        lines += [n.text for n in notes[:MAX_NOTES]]
        if len(notes) > MAX_NOTES:
            lines.append(text("……另有 %1 行未列出（见 --json）。", len(notes) - MAX_NOTES))
        return super().summary(), lines

    def summary(self) -> str:
        own, lines = self.summary_parts()
        if not lines:
            return own
        return "\n".join([own, lines[0], *(f"  {line}" for line in lines[1:])])

    def as_dict(self) -> dict[str, Any]:
        out = super().as_dict()
        if self.notes:  # only a registry that declares notes has this key
            out["possible_repeats"] = [n.data for n in self.shown_notes()]
        return out


def find(spec: RegistrySpec, rows: list[tuple[int, dict[str, Any]]], actor: Actor) -> list[RowNote]:
    """The registry's notes on the new rows (file row, label -> raw value)."""
    if spec.import_notes is None or not rows:
        return []
    return spec.import_notes(rows, actor)
