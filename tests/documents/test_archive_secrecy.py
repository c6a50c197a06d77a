"""The 归档文件目录 follows the live 密级 of each archived document, not the one it had when
it was archived: raised, it disappears for those below it, in the list and on paper."""

from __future__ import annotations

import pymupdf

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.documents import archive, incoming
from officedesk.printing import forms
from officedesk.store.documents import ArchiveItem

from .helpers import archive_it, incoming_to_done, outgoing_to_distributed

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
TITLE = "关于表彰全市信访工作先进集体的决定"


def _listed(actor) -> list[tuple[str, int, str]]:
    return [(i.registry, i.record_id, i.secrecy) for i in archive.archive_items(actor, year=2026)]


def _printed(actor) -> str:
    forms.load_all()
    pdf = forms.get("archive-list").build([], actor, year=2026)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "").replace(" ", "")


def test_a_document_raised_after_archiving_leaves_the_low_clerks_catalogue(office, secretary):
    doc = archive_it("incoming", incoming_to_done(secretary, 标题=TITLE), secretary)
    other = archive_it("outgoing", outgoing_to_distributed(secretary), secretary)
    assert ("incoming", doc.id, "非密") in _listed(CLERK0)
    assert "信访工作先进集体" in _printed(CLERK0)

    doc = incoming.INCOMING.model.get_by_id(doc.id)
    records.update(incoming.INCOMING, doc.id, {"密级": "机密"}, doc.version, secretary)

    assert _listed(CLERK0) == [("outgoing", other.id, "非密")]
    printed = _printed(CLERK0)
    assert "信访工作先进集体" not in printed and "省委办发〔2026〕45号" not in printed
    # those cleared for it see it, with the 密级 it has now
    assert ("incoming", doc.id, "机密") in _listed(secretary)
    assert "信访工作先进集体" in _printed(secretary)


def test_stale_copies_of_an_existing_database_do_not_govern(office, secretary, leader):
    """A database archived before this fix keeps the 密级 of the day in its rows."""
    doc = archive_it("incoming", incoming_to_done(secretary, 标题=TITLE), secretary)
    record = incoming.INCOMING.model.get_by_id(doc.id)
    records.update(incoming.INCOMING, doc.id, {"密级": "秘密"}, record.version, secretary)
    ArchiveItem.update(secrecy="非密").where(ArchiveItem.record_id == doc.id).execute()
    assert _listed(CLERK0) == []
    assert "信访工作先进集体" not in _printed(CLERK0)
    # and lowered again (降密: a leader's), the 件 is listed once more
    record = incoming.INCOMING.model.get_by_id(doc.id)
    records.update(incoming.INCOMING, doc.id, {"密级": "非密"}, record.version, leader)
    ArchiveItem.update(secrecy="机密").where(ArchiveItem.record_id == doc.id).execute()
    assert _listed(CLERK0) == [("incoming", doc.id, "非密")]


def test_a_period_that_ends_before_it_starts_is_refused(office, secretary):
    import datetime as dt

    import pytest

    from officedesk.core.errors import ValidationError

    with pytest.raises(ValidationError, match="早于开始日期"):
        archive.archive_items(secretary, date_from=dt.date(2027, 1, 1), date_to=dt.date(2026, 1, 1))
