"""A 收文 or 发文 a past register brings 已归档 with its 档号 (`import --history`, `import`,
`add`): the 档号 is one 件's, so one the office holds already — a 目录 entry's, or another
收文/发文's — or another row of the file brings is refused by row and column.

A 档号 that reads as this office's (its 全宗号, written as archive_number writes it, of a year
the document's own dates allow: that of its 收文日期 or 成文日期 up to that of its 办结 or 印发,
DA/T 22-2015 filing a document that spans two years in the year it was finished) is entered in
the 归档文件目录 as the 归档 step enters a 件 (its 题名, 文号, 责任者, 日期 from the document; its
全宗号, 门类, 年度, 保管期限, 机构代码, 件号 from the 档号; 页数 not counted), its 件号 claimed so
that the class's next 归档 follows it, and the document's 保管期限 read from it. The audit entry
of that 归档 (action “archive”, as a 督查事项's) keeps the entry as filed: `check` holds the 目录
to it (archive_check). Any other 档号 (another 全宗's, an older form) is kept on the document
only, as before, and the import report says so of its row (`import_notes`): a note, no refusal.
A batch import writes the same (`prepare`, `written`: the 件号 claimed under the lock)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from officedesk.core import i18n, records, settings
from officedesk.core.actor import Actor
from officedesk.core.context_values import bound
from officedesk.core.documents import archive
from officedesk.core.documents.common import step_moment
from officedesk.core.documents.incoming_spec import INCOMING
from officedesk.core.documents.outgoing_spec import OUTGOING
from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.registry import RegistrySpec, RowNote
from officedesk.core.summary_texts import trail_text
from officedesk.store.documents import ArchiveItem

_SPECS: dict[str, RegistrySpec] = {"incoming": INCOMING, "outgoing": OUTGOING}

# the 档号 the file's rows checked so far bring (a batch's check): a second row's is refused
_brought: ContextVar[set[str] | None] = ContextVar("documents_brought", default=None)


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """RegistrySpec.prepare_scope: the 档号 the rows of a file bring, one each."""
    with bound(_brought, set()):
        yield


def _years(registry: str, record: Any) -> tuple[int, int]:
    """The years a 件 of this document may be filed in: that of its 收文日期 (成文日期) up to
    that of its 办结 (印发)."""
    if registry == "incoming":
        days = [record.received_on, record.finished_on]
    else:
        days = [record.doc_date, record.signed_on, record.print_date]
    years = [day.year for day in days if isinstance(day, dt.date)]
    return (min(years), max(years)) if years else (0, 0)


def kept_only(registry: str, record: Any, number: str) -> Any:
    """Why the 档号 is kept on the document only, with no 目录 entry (a text of the catalogue);
    None when it reads as this office's."""
    fonds = str(settings.get("org.fonds") or "").strip()
    parts = archive.read_number(number)
    if parts is None:
        return i18n.text("档号“%1”不是“全宗号-门类代码·年度-保管期限-机构代码-件号”的写法，按原样记在文件上，"
                         "未载入归档文件目录。", number)
    if parts.fonds != fonds:
        return i18n.text("档号“%1”的全宗号“%2”不是本机关的全宗号（%3），按原样记在文件上，未载入归档文件目录。",
                         number, parts.fonds, fonds or i18n.text("未填写"))
    first, last = _years(registry, record)
    if not first <= parts.year <= last:
        return i18n.text("档号“%1”的年度 %2 与这份%3的日期（%4—%5 年）不符，按原样记在文件上，未载入归档文件目录；"
                         "请核对档号。", number, parts.year, _SPECS[registry].label, first, last)
    return None


def refuse_taken(number: str, but: tuple[str, int] | None = None) -> None:
    """A 档号 the office holds already, or another row of the file brings, refused (which 件
    holds it is not said: its 题名 may be above the importer's clearance; `but`: the record
    that brings it, written already)."""
    brought = _brought.get()
    if archive.taken(number, but) or (brought is not None and number in brought):
        raise ValidationError(i18n.text("档号“%1”已有另一件文件使用（归档文件目录或另一份收文、发文），"
                                        "一个档号只能给一件文件。请核对档号。", number), "archive_no")
    if brought is not None:
        brought.add(number)


def take_pages(values: dict[str, Any]) -> int:
    """The 页数 a new record's values bring (taken out: the document holds none, its 目录 entry
    does), refused without a 档号 (0: not given)."""
    pages = values.pop("archive_pages", None) or 0
    if pages and not str(values.get("archive_no") or "").strip():
        raise ValidationError(i18n.text("填写了页数（%1）的文件须已归档：请填写档号，未归档的文件请删去页数。",
                                        pages), "archive_pages")
    return int(pages)


def brought_entry(registry: str, record: Any, actor: Actor,
                  pages: int = 0) -> tuple[dict[str, Any], dict[str, Any], str] | None:
    """The record's 目录 entry (but its record_id; `pages`: its 页数, 0 not counted), the 归档's
    noted facts and its summary, for a 档号 that reads as this office's; None for one kept on
    the document only (its 页数 with it: no entry holds it, the import report says so)."""
    number = str(record.archive_no or "").strip()
    if not number or kept_only(registry, record, number) is not None:
        return None
    parts = archive.read_number(number)
    assert parts is not None  # kept_only read it
    facts = archive._facts(registry, record)
    entry = {"registry": registry, "archive_no": number, "fonds": parts.fonds, "category": parts.category,
             "year": parts.year, "retention": parts.retention, "org_code": parts.org_code,
             "piece_no": parts.piece, "title": record.title, "doc_ref": facts["doc_ref"] or "",
             "responsible": facts["responsible"] or "", "doc_date": facts["doc_date"], "pages": pages,
             "secrecy": record.secrecy, "archived_at": step_moment(None), "archived_by": actor.username}
    retention = archive.RETENTION_LABELS[parts.retention]
    noted = {"档号": number, "保管期限": retention, **archive.filed_facts(entry)}
    label = _SPECS[registry].label
    return entry, noted, trail_text("%1归档（往年台账）：%2，档号 %3，保管期限%4", label, record.title, number,
                                    retention)


def file_brought(registry: str, record: Any, actor: Actor, pages: int = 0) -> Any:
    """One by one (the create hooks, inside their transaction): the 档号 the new record brings
    refused if held, and, if it reads as this office's, its 目录 entry, its 件号 claimed, its
    保管期限, and the 归档's audit entry. The record as saved."""
    number = str(record.archive_no or "").strip()
    if not number:
        return record
    refuse_taken(number, (registry, record.id))
    made = brought_entry(registry, record, actor, pages)
    if made is None:
        return record
    entry, noted, summary = made
    ArchiveItem.create(record_id=record.id, **entry)
    claim([entry])
    return records.save_changes(_SPECS[registry], record, {"retention": noted["保管期限"]}, record.version,
                                actor, action="archive", summary=summary, noted=noted)


def prepare(registry: str, new: Any, actor: Actor, pages: int = 0) -> None:
    """A batch's record (core.batch.NewRecord) bringing a 档号: refused if held or brought by an
    earlier row; its 目录 entry a child row and its 归档 a step, as file_brought writes them."""
    from officedesk.core.batch_new import Step

    number = str(new.values.get("archive_no") or "").strip()
    if not number:
        return
    refuse_taken(number)
    made = brought_entry(registry, _SPECS[registry].model(**new.values), actor, pages)
    if made is None:
        return
    entry, noted, summary = made
    new.children.append((ArchiveItem, "record_id", entry))
    ended = {name: value for step in new.steps for name, value in step.changes.items()}
    version = int(ended.get("version") or new.values.get("version") or 1) + 1
    new.steps.append(Step("archive", {}, noted, summary, {"retention": noted["保管期限"], "version": version}))


def claim(entries: list[dict[str, Any]]) -> None:
    """The 件号 of the entries brought: each class's next 归档 follows the highest."""
    for entry in entries:
        key = archive.class_key(entry["fonds"], entry["category"], entry["year"], entry["retention"],
                                entry["org_code"])
        archive.claim_piece(key, entry["year"], entry["piece_no"])


def written(ids: list[int], good: list[Any]) -> None:
    """RegistrySpec.batch_written: under the write lock, the 件号 of the records brought filed."""
    claim([values for new in good for model, _, values in new.children if model is ArchiveItem])


# the row's dates its 档号's year is read against (kept_only), by registry
_DATED = {"incoming": ("received_on", "finished_on"), "outgoing": ("doc_date", "signed_on", "print_date")}


def import_notes(registry: str) -> Any:
    """RegistrySpec.import_notes: each new row whose 档号 is kept on the document only."""
    spec = _SPECS[registry]

    def notes(rows: list[tuple[int, dict[str, Any]]], actor: Actor) -> list[RowNote]:
        label = spec.field("archive_no").label
        found = []
        for row, raw in rows:
            number = str(raw.get(label) or "").strip()
            if not number:
                continue
            values: dict[str, Any] = {name: None for name in _DATED[registry]}
            for name in _DATED[registry]:
                cell = raw.get(spec.field(name).label)
                with contextlib.suppress(ValidationError):  # a bad date refuses the row anyway
                    values[name] = parse_value(spec.field(name), cell) if cell not in (None, "") else None
            if registry == "outgoing" and values["doc_date"] is None:
                values["doc_date"] = values["signed_on"]  # 成文日期: the day of signing
            why = kept_only(registry, spec.model(**values), number)
            pages = raw.get(spec.field("archive_pages").label)
            if why is not None and pages not in (None, ""):
                why = i18n.text("%1页数（%2）只记在归档文件目录中，没有保存。", why, pages)
            if why is not None:
                found.append(RowNote(row, i18n.text("第 %1 行：%2", row, why), {"row": row, "archive_no": number}))
        return found

    return notes


for _name, _spec in _SPECS.items():
    _spec.prepare_scope = scope
    _spec.batch_written = written
    _spec.import_notes = import_notes(_name)
