"""Proofing: every form of `print --list` printed from the records of an open database, and
the checks a 文书 makes on them (every font embedded; every character in its own role's face).

``scripts/render_forms.py`` uses it for the pictures in docs/forms/; the tests use it over the
demo data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from officedesk.core import records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import NotFoundError, ProcedureError
from officedesk.core.registry import get as get_registry
from officedesk.printing import fonts, forms


def richest_ids(registry: str) -> list[int]:
    """Records by the text their values hold (long titles, long names), the hard case first."""
    spec = get_registry(registry)
    ids = records.list_ids(spec, CLI_ACTOR, limit=300)
    rows = list(records.fetch(spec, ids).values())
    rows.sort(key=lambda r: (-sum(len(str(v)) for v in r.__data__.values()), r.id))
    return [int(r.id) for r in rows]


def _richest_issues() -> list[int]:
    """`info-issue` takes the ids of periodicals' issues, not of information items: the issue
    with the most items first."""
    from officedesk.core.info import periodicals

    found = periodicals.issues()
    found.sort(key=lambda i: (-periodicals.held_by(i.id), i.id))
    return [int(i.id) for i in found]


def _printable_here(paper: str) -> Callable[[], list[int]]:
    """A 信访 paper only for a record this office issues it on (petitions.paper_refusal): the
    答复意见书 for a matter it answers itself, the 延期告知书 for one it extended."""

    def source() -> list[int]:
        from officedesk.core.petitions.paths import paper_refusal

        spec = get_registry("petitions")
        return [record_id for record_id in richest_ids("petitions")
                if not paper_refusal(paper, records.get(spec, record_id, CLI_ACTOR))]

    return source


# forms whose ids are not their registry's record ids, or only some of them
_ID_SOURCES = {"info-issue": _richest_issues, "petition-reply": _printable_here("reply"),
               "petition-extension": _printable_here("extension")}


def print_every_form(year: int = 2026, only: Iterable[str] | None = None) -> dict[str, bytes]:
    """Form name -> PDF bytes, one richest record each (period forms over the year)."""
    wanted = set(only) if only is not None else None
    out: dict[str, bytes] = {}
    for form in forms.all_forms():
        if wanted is not None and form.name not in wanted:
            continue
        options: dict[str, object] = {}
        if "year" in form.options:  # the year, or its period: a form taking both refuses the two
            options["year"] = year
        elif "date_from" in form.options:
            options.update(date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31))
        if not form.needs_ids:
            out[form.name] = form.build([], CLI_ACTOR, **options)
            continue
        # the richest record the form applies to (a 效能告诫书 only for a complaint so decided;
        # an 信息刊物 takes an issue's id, not an item's)
        source = _ID_SOURCES.get(form.name)
        candidates = source() if source is not None else richest_ids(form.registry)
        for found in candidates[:_TRIES]:
            try:
                out[form.name] = form.build([found], CLI_ACTOR, **options)
            except (ProcedureError, NotFoundError):
                continue
            break
    return out


_TRIES = 50


def font_problems(pdf: bytes) -> list[str]:
    """What a proof-reader would reject in the PDF's fonts: a font named but not embedded, a
    font that belongs to no role, characters the span's own face lacks (they would print as
    empty boxes or in a face of another role). Needs PyMuPDF (a test dependency)."""
    import pymupdf

    problems: list[str] = []
    fonts.register_fonts()
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for number, page in enumerate(doc, start=1):
            for _xref, ext, _type, name, *_rest in page.get_fonts(full=True):
                if ext in ("n/a", ""):
                    problems.append(f"第{number}页：字体 {name} 未嵌入")
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        text = span["text"]
                        if not text.strip():
                            continue
                        role = fonts.role_of_font_name(span["font"])
                        if role is None:
                            problems.append(f"第{number}页：“{text}”用了不属于任何角色的字体 {span['font']}")
                            continue
                        lacking = fonts.missing(role, text)
                        if lacking:
                            problems.append(
                                f"第{number}页：“{text}”中的“{lacking}”{fonts.ROLE_LABELS[role]}字体没有"
                            )
    return problems
