"""Notes on rows an import takes in without refusing them (a possible 重复信访): the registry
finds them (RegistrySpec.import_notes) for all new rows at once; the report shows those of the
rows it imported (or, on a dry run, would import) after its summary, and in --json. So are the
cells of a date-only column that carried a time of day (fields.time_dropped): the date is
kept, and the report says so once per column, naming the rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from officedesk.core.actor import Actor
from officedesk.core.fields import DATE, time_dropped
from officedesk.core.i18n import Text, text
from officedesk.core.registry import RegistrySpec, RowNote
from officedesk.exchange.report import ImportReport

MAX_NOTES = 100  # rows listed in the text; --json has them all
MAX_TIMED_ROWS = 20  # rows a column's note on times left out names; --json has them all

# what the notes are, and what the clerk does about them, by registry (fixed texts of the
# catalogue: the window shows them translated)
HEADINGS = {
    "petitions": "以下各行可能是重复信访（不会自动标为重复件：请逐件核对，确属重复的在该信访件中标为重复件）：",
    "meetings": "以下各行与其他会议时间冲突，按往年台账原样导入，冲突记入该会议的历史（如系台账录入有误，"
                "请核对后修改该会议）：",
}
# the --json key of the notes, by registry (core.meetings.past_clashes: a past 台账's clashes)
JSON_KEYS = {"meetings": "clashes_as_recorded"}
OTHER_HEADING = "以下各行请核对："


@dataclass
class NotedReport(ImportReport):
    notes: list[RowNote] = field(default_factory=list)
    # a date-only column's label -> the rows whose cell carried a time of day (the date kept)
    times_dropped: dict[str, list[int]] = field(default_factory=dict)
    # the same on a sheet of sub-records (a 督查事项's 分解任务): sheet -> label -> its rows
    detail_times_dropped: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    # the labels of recomputed columns (RegistrySpec.recomputed) the sheet filled: not imported
    recomputed: list[str] = field(default_factory=list)

    def shown_notes(self) -> list[RowNote]:
        """The notes of the rows taken in: none when nothing was written."""
        if not self.dry_run and not self.imported:
            return []
        return [n for n in self.notes if n.row not in self.bad_rows]

    def shown_times_dropped(self) -> dict[str, list[int]]:
        """The rows taken in (or, on a dry run, that would be) whose date lost its time."""
        if not self.dry_run and not self.imported and not self.updated:
            return {}
        shown = {label: [row for row in rows if row not in self.bad_rows]
                 for label, rows in self.times_dropped.items()}
        return {label: rows for label, rows in shown.items() if rows}

    def shown_detail_times_dropped(self) -> dict[str, dict[str, list[int]]]:
        """A sub-record sheet's dates that lost their time, when anything was (or would be) taken."""
        if not self.dry_run and not self.imported and not self.updated:
            return {}
        return self.detail_times_dropped

    def shown_recomputed(self) -> list[str]:
        """The recomputed columns the sheet filled, when anything was (or would be) taken."""
        if not self.dry_run and not self.imported and not self.updated:
            return []
        return self.recomputed

    def told(self) -> list[Text]:
        """The sentences that follow the summary (texts of the catalogue): a column's times left
        out, “第 3、7 行”; a recomputed column's cells not taken."""
        said = [text("%1按规则重新计算，表中的%1未导入。", label) for label in self.shown_recomputed()]
        for sheet, columns in self.shown_detail_times_dropped().items():
            for label, rows in columns.items():
                named = tuple(rows[:MAX_TIMED_ROWS])
                if len(rows) > MAX_TIMED_ROWS:
                    said.append(text("“%1”表“%2”列有 %3 个单元格带时间，只保存了日期：第 %4 行等。",
                                     sheet, label, len(rows), named))
                else:
                    said.append(text("“%1”表“%2”列有 %3 个单元格带时间，只保存了日期：第 %4 行。",
                                     sheet, label, len(rows), named))
        for label, rows in self.shown_times_dropped().items():
            named = tuple(rows[:MAX_TIMED_ROWS])
            if len(rows) > MAX_TIMED_ROWS:
                said.append(text("“%1”列有 %2 个单元格带时间，只保存了日期：第 %3 行等。", label, len(rows), named))
            else:
                said.append(text("“%1”列有 %2 个单元格带时间，只保存了日期：第 %3 行。", label, len(rows), named))
        return said

    def summary_parts(self) -> tuple[str, list[str]]:
        """The report's own summary (with what `told` says), and the notes' heading and lines,
        each a text of the catalogue (core.i18n.text): the CLI prints them as they are
        (Chinese), the window through display()."""
        notes = self.shown_notes()
        if not notes:
            return super().summary(), []
        lines = [HEADINGS.get(self.registry, OTHER_HEADING)]
        lines += [n.text for n in notes[:MAX_NOTES]]
        if len(notes) > MAX_NOTES:
            lines.append(text("……另有 %1 行未列出（命令行：--json 列出全部）。", len(notes) - MAX_NOTES))
        return super().summary(), lines

    def summary(self) -> str:
        own, lines = self.summary_parts()
        own += "".join(self.told())
        if not lines:
            return own
        return "\n".join([own, lines[0], *(f"  {line}" for line in lines[1:])])

    def as_dict(self) -> dict[str, Any]:
        out = super().as_dict()
        if self.notes:  # only a registry that declares notes has this key
            out[JSON_KEYS.get(self.registry, "possible_repeats")] = [n.data for n in self.shown_notes()]
        if self.shown_times_dropped():
            out["times_dropped"] = self.shown_times_dropped()
        if self.shown_detail_times_dropped():
            out["detail_times_dropped"] = self.shown_detail_times_dropped()
        if self.shown_recomputed():
            out["recomputed_not_imported"] = self.shown_recomputed()
        return out


def find(spec: RegistrySpec, rows: list[tuple[int, dict[str, Any]]], actor: Actor) -> list[RowNote]:
    """The registry's notes on the new rows (file row, label -> raw value)."""
    if spec.import_notes is None or not rows:
        return []
    return spec.import_notes(rows, actor)


def find_recomputed(spec: RegistrySpec, rows: list[tuple[int, dict[str, Any]]]) -> list[str]:
    """The recomputed fields' labels (RegistrySpec.recomputed) whose column holds a filled cell."""
    labels = [spec.field(name).label for name in spec.recomputed]
    return [label for label in labels
            if any(str(raw.get(label) if raw.get(label) is not None else "").strip() for _, raw in rows)]


def find_times_dropped(spec: RegistrySpec, rows: list[tuple[int, dict[str, Any]]]) -> dict[str, list[int]]:
    """The rows (file row, label -> raw value: a new row's cells, an update's changed ones)
    whose cell in a date-only column carries a time of day, by column."""
    return times_dropped_in(spec.fields, rows)


def times_dropped_in(fields: list[Any], rows: list[tuple[int, dict[str, Any]]]) -> dict[str, list[int]]:
    """The same for any sheet's declared fields (a registry's, or its sub-records' sheet)."""
    dated = {f.label: f for f in fields if f.kind == DATE}
    found: dict[str, list[int]] = {}
    # a text cell's answer, by the text: the same for every date-only field (time_dropped reads
    # no more of the field than its kind), and a column's dates repeat
    texts: dict[str, bool] = {}
    for row, raw in rows:
        for label, field_spec in dated.items():
            value = raw.get(label)
            if value is None or type(value) is dt.date:  # most cells: no time to drop
                continue
            if type(value) is str:
                dropped = texts.get(value)
                if dropped is None:
                    dropped = texts[value] = time_dropped(field_spec, value) is not None
            else:
                dropped = time_dropped(field_spec, value) is not None
            if dropped:
                found.setdefault(label, []).append(row)
    return found
