"""信息 in a batch import (core.batch): the create hook's checks and values (exchange.create_item),
made without writing. One function reads a row as both paths do (exchange.parsed_row: the
续报's first report found in the database and followed — its 报送单位, event and 密级 — the
state settled from the row's columns, 代录 checked); the registry's rules (records.apply_rules:
the 报送 point, the report times, the 首报's order …) and the stored defaults follow as
records.create applies them, and a brought 上报时间 is checked as after the one-record create
(procedure.check_sent). The audit entry's summary is the create path's (续报：首报编号).

A brought 信息编号 is claimed by the batch, checked as claim_manual checks it for 信息 (of its
报送时间's year, next in its sequence row after row: batch._duplicates, _future_numbers,
_out_of_sequence); the others are issued under the write lock in each item's 报送时间's year.

A row bringing 采用情况, 采用级别 or 领导批示 is checked here too (their dates: procedure.
check_dated); the create path writes them as the item's steps after it (InfoAction rows and an
entry “导入：采用和批示” of their own), and so does the batch, under its lock once the rows are in
(NewRecord.after; a past 台账's mark after them). A file whose 续报 names a first report of the
same file is checked in its order in memory and written as checked (batch.links_within, core.
batch_in_order). A 续报 row without its 标题 is numbered （续报一）, （续报二）… after those in the
database the importer may see and the 续报 of the batch's rows before it, titled or not, a row
refused counting for none (first_reports.numbering, followed). Whether the approval chains are in force (代录) is read once for the
check (`scope`), as a batch reads its rules once."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

from officedesk.core import cleared_names, corrections, number_claims, records, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.info import exchange, first_reports, procedure, recorded


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """A batch's check (RegistrySpec.prepare_scope): whether the chains are in force (代录),
    read once, not a row; the 续报 titles numbered row after row."""
    with recorded.read_once(), first_reports.numbering():
        yield


def prepare_new(raw: dict[str, Any], actor: Actor) -> Any:
    """The batch import's create_item: the same checks and values, nothing written."""
    from officedesk.core.batch import NewRecord
    from officedesk.core.info import SPEC

    row = exchange.parsed_row(raw, actor)
    values = row.values
    # where create_item claims it: in a file checked one by one in memory (core.batch_in_order), a
    # row refused for its number and a rule below is refused for its number, as one by one
    number_claims.claim_here("info", row.number, typed_numbers.dated_by(SPEC, values))
    records.apply_rules(SPEC, values, None)
    corrections.check_new_level(SPEC, values, actor)  # as records.create, before what follows
    values = records.storable(SPEC, values)
    cleared_names.check_new(SPEC, values)
    # the item as it is made (no steps yet), for the checks its steps make of it
    item = SimpleNamespace(**{**dict.fromkeys(SPEC.model._meta.fields), **values, "id": None})
    if values.get("sent_at") is not None:  # as the step 上报 keeps it
        procedure.check_sent(item, values["sent_at"], "sent_at")
    number = typed_numbers.tidy_number(row.number) if row.number else ""
    made = NewRecord(values, number=number, summary=row.summary, dated=typed_numbers.dated_by(SPEC, values))
    if row.outcome.given:
        # its 采用 and 批示 checked now (no lock), written after it under the lock as the create
        # path writes them: steps of their own (exchange.write_outcome)
        exchange.check_outcome(item, row.outcome)
        outcome = row.outcome
        made.after = lambda record, by: exchange.write_outcome(record, outcome, by)
    return made
