"""Batch printing without Qt: many records' papers in one PDF, with progress and cancel.

``combine(pdfs)`` joins finished PDFs. ``build_batch(jobs, actor, progress, cancelled)`` runs
the registered forms (printing/forms.py) over many ids in chunks, calling
``progress(done, total, label)`` after each chunk and stopping as soon as ``cancelled()``
returns True. The GUI runs it in a worker thread (ui/batch_print.py); the CLI can call it as is.
"""

from __future__ import annotations

import io
import multiprocessing
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pypdf import PdfReader, PdfWriter

from officedesk.core.actor import Actor
from officedesk.core.i18n import text
from officedesk.printing import forms

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")


class BatchCancelled(Exception):
    """Raised inside a batch when the user cancelled; callers usually get a BatchResult."""


def combine(pdfs: Sequence[bytes]) -> bytes:
    """One PDF with the pages of all ``pdfs`` in order (same output for the same input)."""
    pdfs = [p for p in pdfs if p]
    if len(pdfs) == 1:
        return pdfs[0]
    issued = [record for pdf in pdfs for record in getattr(pdf, "on_issue", ())]
    combined = forms.Printed(_combined(pdfs))
    # what the parts tell the clerk is told of the whole: the characters any part lacked,
    # each part's notes (each once, in order)
    combined.missing = "".join(sorted({c for pdf in pdfs for c in getattr(pdf, "missing", "")}))
    combined.notes = tuple(dict.fromkeys(n for pdf in pdfs for n in getattr(pdf, "notes", ())))
    for record in issued:  # handing the whole out hands out each part
        combined = forms.issuing(combined, record)
    return combined


def _combined(pdfs: Sequence[bytes]) -> bytes:
    writer = PdfWriter()
    for data in pdfs:
        writer.append(PdfReader(io.BytesIO(data)))
    writer.add_metadata({"/Producer": "OfficeDesk", "/Creator": "OfficeDesk 机关办公桌面"})
    # a fixed file identifier keeps the output byte-for-byte reproducible
    import hashlib

    from pypdf.generic import ArrayObject, ByteStringObject

    digest = hashlib.md5(b"".join(hashlib.md5(p).digest() for p in pdfs)).digest()
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class BatchJob:
    """One form over some ids, e.g. BatchJob("notice", [3, 5, 8])."""

    form: str
    ids: list[int]
    options: dict[str, Any] = field(default_factory=dict)


class BatchError(tuple):  # type: ignore[type-arg]
    """A record left out: (form, id, message) as before, and for people ``paper`` (the form's
    label, e.g. 督查事项交办单) and ``about`` (the record's number and title, when it still
    exists and the actor may see it; "" otherwise, so only the id is left to name it)."""

    paper: str
    about: str

    def __new__(cls, form: str, rid: int, message: str, paper: str = "", about: str = "") -> BatchError:
        made = super().__new__(cls, (form, rid, message))
        made.paper, made.about = paper, about
        return made

    @property
    def form(self) -> str:
        return str(self[0])

    @property
    def id(self) -> int:
        return int(self[1])

    @property
    def message(self) -> str:
        return str(self[2])


def _about(form: forms.Form, rid: int, actor: Actor) -> str:
    """The record as a clerk knows it: 督查〔2026〕5号 全县安全生产大检查; "" when it is gone or
    above the actor's clearance (its title is not told then)."""
    from officedesk.core import records, registry

    try:
        spec = registry.get(form.registry)
        record = records.get_if_visible(spec, rid, actor)
    except Exception:  # deleted meanwhile, unknown registry: the id is all there is
        return ""
    if record is None:
        return ""
    number = str(getattr(record, spec.number_field, "") or "") if spec.number_field else ""
    title = str(getattr(record, spec.title_field, "") or "") if spec.title_field else ""
    if len(title) > 40:
        title = title[:40] + "…"
    return " ".join(part for part in (number, title) if part)


def _error(form: forms.Form, rid: int, exc: Exception, actor: Actor) -> BatchError:
    return BatchError(form.name, rid, _message(exc), form.label, _about(form, rid, actor))


def _record(form: forms.Form, rid: int, actor: Actor) -> str:
    """The record as a BatchError names it: its number and title, else its id."""
    return _about(form, rid, actor) or text("记录号 %1", rid)


def _named(form: forms.Form, rid: int, actor: Actor, note: str) -> str:
    """``note`` naming the record it is about: 公文（正式文件） 云委办发〔2026〕17号 关于…：note."""
    return text("%1 %2：%3", form.label, _record(form, rid, actor), note)


def build_named(form: forms.Form, ids: Sequence[int], actor: Actor, **options: Any) -> bytes:
    """``form.build(ids)`` whose notes (print_notes) each name the record they are about, for
    papers of several records in one file. Only when there are notes and several ids is each
    record built again alone, to learn whose they are; a note no record brings alone (a list
    over them all) stays as it is."""
    made = form.build(ids, actor, **options)
    notes = tuple(getattr(made, "notes", ()))
    if not notes:
        return made
    named: dict[str, None] = {}
    placed: set[str] = set()
    for rid in ids if len(ids) > 1 else ():
        try:
            alone = getattr(form.build([rid], actor, **options), "notes", ())
        except Exception:  # noqa: BLE001 - built with the others, only its notes are asked here
            continue
        for note in alone:
            named[_named(form, rid, actor, note)] = None
            placed.add(note)
    if len(ids) == 1:
        named.update(dict.fromkeys(_named(form, ids[0], actor, note) for note in notes))
        placed.update(notes)
    pdf = made if isinstance(made, forms.Printed) else forms.Printed(made)
    pdf.notes = (*named, *(note for note in notes if note not in placed))
    return pdf


@dataclass
class BatchResult:
    pdf: bytes
    done: int  # ids printed
    total: int
    cancelled: bool = False
    errors: list[BatchError] = field(default_factory=list)  # (form, id, message)

    @property
    def ok(self) -> bool:
        return not self.cancelled and not self.errors


def run_batch(
    items: Sequence[T],
    render: Callable[[Sequence[T]], bytes],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    chunk: int = 10,
    label: str = "",
    workers: int = 1,
) -> BatchResult:
    """Render ``items`` in chunks with ``render(chunk) -> pdf`` and combine the results.

    ``workers`` > 1 renders the chunks in that many processes (plain data only: ``render``
    and the items must pickle; ``render`` a module-level function). Pages keep the order of
    ``items`` whatever order the chunks finish in."""
    total = len(items)
    chunks = [items[start : start + chunk] for start in range(0, total, max(1, chunk))]
    if workers > 1 and len(chunks) > 1:
        return _run_parallel(chunks, render, progress, cancelled, label, workers, total)
    parts: list[bytes] = []
    done = 0
    for part in chunks:
        if cancelled is not None and cancelled():
            return BatchResult(b"", done, total, cancelled=True)
        parts.append(render(part))
        done += len(part)
        if progress is not None:
            progress(done, total, label)
    if cancelled is not None and cancelled():
        return BatchResult(b"", done, total, cancelled=True)
    return BatchResult(combine(parts), done, total)


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork (children inherit the registered fonts) unless Qt is loaded or fork is missing."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and not any(m.startswith("PySide6") for m in sys.modules):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _run_parallel(
    chunks: list[Sequence[T]],
    render: Callable[[Sequence[T]], bytes],
    progress: Progress | None,
    cancelled: Cancelled | None,
    label: str,
    workers: int,
    total: int,
) -> BatchResult:
    parts: list[bytes | None] = [None] * len(chunks)
    done = 0
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context()) as pool:
        futures = {pool.submit(render, part): k for k, part in enumerate(chunks)}
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                k = futures[future]
                parts[k] = future.result()
                done += len(chunks[k])
                if progress is not None:
                    progress(done, total, label)
            if cancelled is not None and cancelled():
                for future in pending:
                    future.cancel()
                return BatchResult(b"", done, total, cancelled=True)
    return BatchResult(combine([p for p in parts if p is not None]), done, total)


def build_batch(
    jobs: Sequence[BatchJob],
    actor: Actor,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    chunk: int = 10,
    stop_on_error: bool = False,
) -> BatchResult:
    """Print every job's ids with its registered form into one PDF.

    A record whose paper cannot be built (deleted meanwhile, no permission) is skipped and
    reported in ``errors`` unless ``stop_on_error``; the rest still prints."""
    total = sum(len(j.ids) for j in jobs)
    parts: list[bytes] = []
    errors: list[BatchError] = []
    done = 0
    for job in jobs:
        form = forms.get(job.form)
        for start in range(0, len(job.ids), max(1, chunk)):
            if cancelled is not None and cancelled():
                return BatchResult(b"", done, total, cancelled=True, errors=errors)
            ids = job.ids[start : start + chunk]
            try:
                parts.append(build_named(form, ids, actor, **job.options))
            except Exception as exc:
                if stop_on_error or len(ids) == 1:
                    if stop_on_error:
                        raise
                    errors.append(_error(form, ids[0], exc, actor))
                else:  # find the bad record(s): build the chunk one by one
                    for one in ids:
                        try:
                            parts.append(build_named(form, [one], actor, **job.options))
                        except Exception as inner:
                            errors.append(_error(form, one, inner, actor))
            done += len(ids)
            if progress is not None:
                progress(done, total, form.label)
    if cancelled is not None and cancelled():
        return BatchResult(b"", done, total, cancelled=True, errors=errors)
    return BatchResult(combine(parts) if parts else b"", done, total, errors=errors)


def build_form_batch(
    form_name: str,
    ids: Sequence[int],
    actor: Actor,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    **options: Any,
) -> BatchResult:
    """One form over many ids (the usual case)."""
    return build_batch([BatchJob(form_name, list(ids), options)], actor, progress, cancelled)


def _message(exc: Exception) -> str:
    return getattr(exc, "message", None) or str(exc) or exc.__class__.__name__
