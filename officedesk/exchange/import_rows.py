"""An import's second phase row by row: each planned row created or updated in its own
savepoint inside the import's transaction, so that a rule refusing one row leaves nothing of it
behind and the refusal is reported by row and column."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import peewee

from officedesk.core import (
    batch,
    batch_corrections,
    correction_plan,
    directory,
    read_once,
    records,
    state_facts,
    typed_numbers,
)
from officedesk.core.actor import Actor
from officedesk.core.errors import DatabaseError, OfficeDeskError, StaleRecordError, ValidationError
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.exchange import edited, matching
from officedesk.exchange.common import Cancelled, Progress
from officedesk.exchange.import_checks import Planned, column_label
from officedesk.exchange.report import ImportReport, RowChange, RowProblem
from officedesk.store.db import database


def _integrity_reason(spec: RegistrySpec, exc: Exception) -> tuple[str, str]:
    text = str(exc)
    lowered = text.lower()
    for field_spec in spec.fields:
        if f".{field_spec.name}" in lowered or f"({field_spec.name})" in lowered:
            if "unique" in lowered or "duplicate" in lowered:
                return field_spec.label, f"“{field_spec.label}”与已有记录重复。"
            return field_spec.label, f"“{field_spec.label}”不符合数据库的要求：{text}"
    if "unique" in lowered or "duplicate" in lowered:
        return "", "与已有记录重复。"
    return "", f"数据库拒绝了这一行：{text}"



def preparable(spec: RegistrySpec, planned: list[Planned], history: bool) -> bool:
    """Whether an import --update's rows are corrections checked before the write lock
    (`prepare_corrections`): every row edits a record of a registry saved as `edit` saves it
    (no hook of its own, one that says which rows are such corrections: plain_update, or one
    that checks its rows ahead: prepare_update, a 会议's schedule verified under the lock). Rows
    whose links move or that edit records linked to each other (`linked_rows`), and sub-records
    on a sheet of their own (details.changing_rows), are the caller's to write under the lock."""
    saved_as_edit = spec.update_hook is None or spec.plain_update is not None or spec.prepare_update is not None
    return bool(planned) and not history and saved_as_edit and all(row.record is not None for row in planned)


def linked_rows(spec: RegistrySpec, planned: list[Planned]) -> set[int]:
    """The rows written one by one under the lock, in their order (matching.
    updates_after_their_links): those that change a link to another record (a 续报's 首报) and,
    in a registry that does not say what a save carries to others (RegistrySpec.carries), those
    that edit a record linked to another the file edits. With it, a first report's correction
    and its 续报's are checked before the lock, the 续报 as the first report's save carries it
    (`prepare_corrections`, core.correction_plan)."""
    links = {spec.field(name).label for name in spec.links_by_number}
    if not links:
        return set()
    moving = {row.row for row in planned if links & row.raw.keys()}
    if spec.carries is not None:
        return moving
    linked = matching.linked_among(spec, [row.record for row in planned])
    return moving | {row.row for row in planned if row.record.id in linked}


def write_order(spec: RegistrySpec, planned: list[Planned]) -> list[Planned]:
    """The rows in the order they are written (and checked before the lock): a row naming
    another new row of the file by its 编号 (a 续报's first report) after it, and a record
    linked to another the file edits after that one (its save may carry this record along)."""
    order = matching.link_order(spec, [(row.raw, row.record is None) for row in planned])
    planned = [planned[index] for index in order]
    order = matching.updates_after_their_links(spec, [row.record for row in planned])
    return [planned[index] for index in order]


def prepare_corrections(spec: RegistrySpec, planned: list[Planned], actor: Actor,
                        report: ImportReport, progress: Progress | None) -> dict[int, records.Correction]:
    """Each edited row checked against its record as `edit` checks it (records.
    prepare_correction), with no write and no lock: by row, what the save would refuse, and
    the corrections to save (`write_rows(..., prepared=)`)."""
    prepared: dict[int, records.Correction] = {}
    plain = spec.plain_update if spec.update_hook is not None else None
    # nothing is written: what the rows ask alike (the users' posts, the 通讯录's units) is read
    # once for the file, as the batch check reads it
    scope = spec.prepare_scope if spec.prepare_update is not None and spec.prepare_scope is not None \
        else contextlib.nullcontext
    # in the order they are written: a row whose record an earlier row's save carries along (a
    # 续报 after its 首报) checked as that save leaves it
    plan = correction_plan.Plan(spec, actor)
    with read_once.reading(), directory.names_held(), scope(), correction_plan.holding(plan):
        _prepare_rows(spec, write_order(spec, planned), actor, report, progress, plain, prepared, plan)
    # rows that met later rows of the file (a 会议 booking what another moves): saved by the
    # registry's update_hook under the lock, in the file's order
    return {row: correction for row, correction in prepared.items() if not correction.one_by_one}


def _prepare_rows(spec: RegistrySpec, planned: list[Planned], actor: Actor, report: ImportReport,
                  progress: Progress | None, plain: Any, prepared: dict[int, records.Correction],
                  plan: correction_plan.Plan) -> None:
    for index, row in enumerate(planned):
        if progress is not None and index % 500 == 499 and progress(0, len(planned)) is False:
            raise Cancelled("已取消导入，没有写入任何数据。")
        with _refusals(spec, row, report):
            if spec.prepare_update is not None:  # the registry's own checks, no write (会议)
                # one that meets another row of the file is left to update_hook under the lock
                with contextlib.suppress(batch.OneByOne):
                    prepared[row.row] = spec.prepare_update(row.record, row.raw, actor)
            elif plain is None or plain(row.record, row.raw):
                prepared[row.row] = _prepared(spec, row, actor, plan)
                plan.add(prepared[row.row])
            # a row the registry's own update saves otherwise (a joint letter's people): checked
            # by its check_update now, written by its update_hook under the lock
            elif spec.check_update is not None:
                checked = spec.check_update(row.record, row.raw, actor)
                prepared[row.row] = records.Correction(row.record, {}, {}, route_checked=checked,
                                                       by_hook=True)


def _prepared(spec: RegistrySpec, row: Planned, actor: Actor, plan: correction_plan.Plan) -> records.Correction:
    """The row's correction checked as `edit` checks it, against its record as the saves of the
    rows before it carry it (a 续报 after its 首报's 报送单位): only the cells they leave to it."""
    record, carried = plan.carried_copy(row.record)
    if carried is None:
        return records.prepare_correction(spec, row.record, row.raw, actor, ahead=True)
    cells = {label: cell for label, cell in row.raw.items() if not edited.reached(spec, record, {label: cell})}
    correction = records.prepare_correction(spec, record, cells, actor, ahead=True) if cells \
        else records.Correction(record, {}, {})
    correction.carried = carried
    return correction


def tell_prepared(spec: RegistrySpec, planned: list[Planned], prepared: dict[int, records.Correction],
                  report: ImportReport) -> set[int]:
    """A dry run's report of prepared corrections, with no write: the rows it could not tell
    (a row saved by the registry's own update with no check_update, or by a route of its own
    whose checks it cannot make ahead, is told by writing it; a unit renamed, a petitioner's
    name corrected are checked ahead: RegistrySpec.correction_route_check, and a joint letter's
    lists: RegistrySpec.check_update)."""
    untold = {row.row for row in planned if row.row not in prepared
              or prepared[row.row].routed and prepared[row.row].route_checked is None}
    for row in write_order(spec, planned):  # told in the order the import writes them
        if row.row in untold or row.diff is None:
            continue
        correction = prepared[row.row]
        saved = correction.saved_values  # as the route saves them
        title = records.pick(saved, correction.existing, spec.title_field) or ""
        number = getattr(correction.existing, spec.number_field, "") if spec.number_field else ""
        report.updated.append(RowChange(row.row, correction.existing.id,
                                        f"{number or ''} {title}".strip(), row.diff.shown,
                                        correction.told or {}))
    return untold


def write_rows(
    spec: RegistrySpec,
    planned: list[Planned],
    actor: Actor,
    report: ImportReport,
    progress: Progress | None,
    history: bool = False,
    prepared: dict[int, records.Correction] | None = None,
) -> None:
    """Create or update each planned row in its own savepoint (inside the caller's transaction).
    prepared: rows' corrections checked before the lock (`prepare_corrections`), saved as they
    are unless their record changed since."""
    planned = write_order(spec, planned)
    total = len(planned)
    # (a row checked by the registry's check_update is its update_hook's to save)
    prepared = _as_read({row: c for row, c in (prepared or {}).items() if not c.by_hook})
    # the corrections that may be, saved together; the others row by row (one checked as an
    # earlier row's save carries its record: after it, in its turn); what their saves carry to
    # other records (a 首报's 报送单位 to its 续报) saved as checked with them
    with correction_plan.carrying(spec, prepared.values()):
        saved = batch_corrections.save(spec, [
            batch_corrections.Pending(row.row, prepared[row.row], row.record.version, _summary(spec, row))
            for row in planned if row.row in prepared and prepared[row.row].carried is None], actor) if prepared else {}
        for done, row in enumerate(planned, start=1):
            record = saved[row.row] if row.row in saved else _write_row(spec, row, actor, report, prepared.get(row.row))
            if record is not None and row.record is None:
                report.imported += 1
                report.ids.append(record.id)
                if history:
                    state_facts.mark_imported(spec, record, actor)
            elif record is not None and row.diff is not None:
                title = getattr(record, spec.title_field, "") or ""
                number = getattr(record, spec.number_field, "") if spec.number_field else ""
                # a correction saved as checked: what its check told (a 会议's notes), not read again
                # under the lock
                ahead = prepared[row.row].told if row.row in saved else None
                told = ahead if ahead is not None else spec.update_notes(row.record, record) if spec.update_notes else {}
                report.updated.append(
                    RowChange(row.row, record.id, f"{number or ''} {title}".strip(), row.diff.shown,
                              told)
                )
            if (
                progress is not None
                and (done % 100 == 0 or done == total)
                and progress(done, total) is False
            ):
                raise Cancelled("已取消导入，没有写入任何数据。")


def _as_read(prepared: dict[int, records.Correction]) -> dict[int, records.Correction]:
    """Under the write lock: the corrections whose check read what others may change (a 会议's
    schedule, Correction.read) are saved as checked only if it is still as read; else none of
    them is, and each row is checked again by the registry's update_hook as things are now
    (another workstation booked the room meanwhile: the row is refused, never booked twice)."""
    reads = {id(c.read): c.read for c in prepared.values() if c.read is not None}
    if all(read.verify() for read in reads.values()):
        return prepared
    return {row: correction for row, correction in prepared.items() if correction.read is None}


def _refused_for_want_of_reason(row: Planned, exc: OfficeDeskError, report: ImportReport) -> None:
    if exc.needs_reason:  # the window offers to give the reason (meetings.forcing)
        report.need_reason.append(row.row)


def _done_meanwhile(spec: RegistrySpec, row: Planned, actor: Actor) -> Any:
    """An edited row's record as it is now, when a change since the row was checked already
    made every cell the row changes what the row says (a first report's correction carried its
    续报 along earlier in this import): nothing of the row to write, and nobody's change lost.
    None: the row is to be written (and refused as stale when the record changed otherwise)."""
    if row.record is None:
        return None
    current = records.get(spec, row.record.id, actor)
    if current.version == row.record.version:
        return None
    return current if edited.reached(spec, current, row.raw) else None


def _summary(spec: RegistrySpec, row: Planned, correction: records.Correction | None = None) -> str:
    """A row's audit entry's words: the cells it changes (of a record an earlier row's save
    carried along, those it saves itself)."""
    cells = list(row.raw)
    if correction is not None and correction.carried is not None:
        cells = [label for label in cells if spec.by_label(label).name in correction.values]
    return trail_text("导入更新%1：%2", spec.label, cells)


def _write_row(spec: RegistrySpec, row: Planned, actor: Actor, report: ImportReport,
               correction: records.Correction | None = None) -> Any:
    with _refusals(spec, row, report):
        if correction is not None:
            try:
                with database.atomic():  # a savepoint: a refused row leaves nothing behind
                    version = row.record.version
                    if correction.carried is not None:  # carried along by an earlier row's save
                        current = correction_plan.as_planned(spec, correction)
                        if not correction.values:  # nothing of its own left to save
                            return current
                        version = current.version
                    return records.save_correction(spec, correction, version, actor,
                                                   summary=_summary(spec, row, correction))
            except StaleRecordError:
                pass  # changed since it was checked (another workstation, an earlier row): below
        with database.atomic():  # a savepoint: a refused row leaves nothing behind
            if row.record is not None and spec.update_hook is not None:
                return spec.update_hook(row.record, row.raw, actor)
            done = _done_meanwhile(spec, row, actor)
            if done is not None:
                return done
            if row.record is not None:
                return records.update(spec, row.record.id, row.raw, row.record.version, actor,
                                      summary=_summary(spec, row))

            def create(raw: dict[str, Any]) -> Any:
                if spec.create_hook is not None:
                    return spec.create_hook(raw, actor)
                return records.create(spec, raw, actor)

            if state_facts.voided_row(spec, row.raw):  # made, then voided: its number too
                return state_facts.create_voided(spec, row.raw, actor, create)
            return create(row.raw)
    return None


@contextlib.contextmanager
def _refusals(spec: RegistrySpec, row: Planned, report: ImportReport) -> Iterator[None]:
    """A rule refusing the row: said in the report by row and column, and the import goes on
    (a database that fails is no row's refusal: it stops the import)."""
    try:
        yield
    except DatabaseError:
        raise
    except ValidationError as exc:
        _refused_for_want_of_reason(row, exc, report)
        report.add(RowProblem(row.row, column_label(spec, exc.field), exc.message))
    except OfficeDeskError as exc:
        _refused_for_want_of_reason(row, exc, report)
        # a typed number refused (out of sequence, used …): said in its column
        column = spec.number_field if isinstance(exc, typed_numbers.NumberRefused) else None
        report.add(RowProblem(row.row, column_label(spec, column), exc.message))
    except peewee.IntegrityError as exc:
        column, reason = _integrity_reason(spec, exc)
        report.add(RowProblem(row.row, column, reason))
