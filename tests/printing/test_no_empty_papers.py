"""A paper is never 0 pages: `print namecards` of a meeting with nobody to seat wrote a PDF of no
page (pdfinfo: “Invalid page count 0”) and said 已生成桌签. Every form of `print --list`, built
for the barest record its registry takes (or from its options alone), is either refused with a
reason (an OfficeDeskError: the command line prints it, the window's preview shows it) or has
pages."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core import clock, records, registry, settings
from officedesk.core.errors import OfficeDeskError, ProcedureError
from officedesk.printing import forms

TODAY = dt.date(2025, 12, 15)  # a Monday
# the values a field kind takes when nothing else is known of it
PLAIN = {"text": "测试", "int": 1, "float": 1.0, "date": TODAY}
START = dt.datetime(2025, 12, 10, 9, 0)  # before today: an 报送时间 is no later than now


def _bare_values(spec, pick: int) -> dict:
    """The required fields of `spec`, each with the plainest value its kind takes (the
    `pick`th of a list's choices)."""
    values: dict = {}
    for field in spec.fields:
        if not field.required:
            continue
        if field.kind == "choice":
            choices = field.choices() if callable(field.choices) else field.choices
            values[field.label] = choices[pick]
        elif field.kind == "datetime":
            later = "结束" in field.label
            values[field.label] = START + dt.timedelta(hours=1 if later else 0)
        else:
            values[field.label] = PLAIN.get(field.kind, "测试")
    return values


@pytest.fixture
def office(db, admin):
    registry.load_all()
    settings.put("org.name", "中共某某县委办公室")
    settings.put("org.code", "某委办")
    clock.set_today(TODAY)
    yield admin
    clock.set_today(None)


def _record(name: str, admin) -> int:
    spec = registry.get(name)
    try:  # the last choice (其他 where a list has it), else the first (突发事件 wants a 事发时间)
        return records.create(spec, _bare_values(spec, -1), admin).id
    except OfficeDeskError:
        return records.create(spec, _bare_values(spec, 0), admin).id


def _pages(pdf: bytes) -> int:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return doc.page_count


@pytest.mark.parametrize("name", [f.name for f in forms.all_forms()])
def test_a_paper_is_refused_or_has_pages(office, name):
    form = forms.get(name)
    try:
        ids = [_record(form.registry, office)] if form.needs_ids else []
    except OfficeDeskError as exc:  # a registry whose barest record wants more than its fields
        pytest.skip(f"{form.registry}: {exc}")
    try:
        pdf = form.build(ids, office)
    except OfficeDeskError as exc:
        assert str(exc).strip(), name  # refused with a reason
        return
    assert _pages(pdf) >= 1, name


def test_namecards_of_a_meeting_with_nobody_to_seat_say_what_to_do(office):
    meeting = _record("meetings", office)
    with pytest.raises(ProcedureError, match="桌签") as refused:
        forms.get("namecards").build([meeting], office)
    assert "出席人员" in str(refused.value)  # what to fill in
