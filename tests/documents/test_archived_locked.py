"""A 收文 once 归档 is a 件 of the 归档文件目录: what that entry records (来文字号, 标题, 来文机关,
收文日期) takes no correction on any path (records.update: the window's 修改, import --update),
so the register and the 目录 never disagree; a 密级 change (升密/降密, a decision, not a
correction) is still taken and the 目录's copy follows it."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from officedesk.core import corrections, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import archive, incoming, outgoing
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from officedesk.store.documents import ArchiveItem

from .helpers import archive_it, incoming_to_done, outgoing_to_distributed

REF = "省委办发〔2026〕45号"
TITLE = "关于做好2026年岁末年初安全生产工作的通知"


def _archived(actor):
    return archive_it("incoming", incoming_to_done(actor), actor)


def _fresh(record):
    return incoming.INCOMING.model.get_by_id(record.id)


@pytest.mark.parametrize("label,value", [
    ("来文字号", "省委办发〔2026〕46号"),
    ("标题", "关于做好岁末年初安全生产工作的通知（更正）"),
    ("来文机关", "省政府办公厅"),
    ("收文日期", "2026-11-13"),
])
def test_an_archived_incoming_refuses_a_correction_of_its_entry(office, secretary, label, value):
    doc = _archived(secretary)
    with pytest.raises(ValidationError, match="已归档.*归档文件目录"):
        records.update(incoming.INCOMING, doc.id, {label: value}, doc.version, secretary)
    after = _fresh(doc)
    assert (after.from_ref, after.title, after.version) == (REF, TITLE, doc.version)


def test_the_form_leaves_the_locked_fields_out(office, secretary):
    doc = _archived(secretary)
    found = corrections.locks(incoming.INCOMING, _fresh(doc), secretary)
    assert {"from_ref", "title", "from_org", "received_on"} <= set(found)
    assert "档号" in found["title"] or "Z021-WS" in found["title"]
    # a 收文 not archived yet takes them
    open_doc = incoming_to_done(secretary, 来文字号="省委办发〔2026〕47号")
    assert not {"from_ref", "title"} & set(corrections.locks(incoming.INCOMING, open_doc, secretary))


def test_import_update_of_an_archived_incoming_is_refused(office, secretary, tmp_path):
    doc = _archived(secretary)
    path = tmp_path / "in.xlsx"
    xlsx.export(incoming.INCOMING, path, CLI_ACTOR)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    heads = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=heads.index("来文字号") + 1, value="省委办发〔2026〕46号")
    sheet.cell(row=2, column=heads.index("标题") + 1, value="关于安全生产工作的通知（更正）")
    book.save(path)
    report = xlsx.import_file(incoming.INCOMING, path, CLI_ACTOR, on_match="update")
    assert not report.ok
    assert any("已归档" in str(p) for p in report.problems), [str(p) for p in report.problems]
    assert (_fresh(doc).from_ref, _fresh(doc).title) == (REF, TITLE)


def test_the_catalogue_agrees_with_the_register(office, secretary, leader):
    doc = _archived(secretary)
    record = _fresh(doc)
    # a 密级 change is a decision on the 件 (here 升密 by a cleared clerk): taken, and the
    # 目录's own copy follows, so the entry and the record read the same
    records.update(incoming.INCOMING, doc.id, {"密级": "秘密"}, record.version, secretary)
    item = ArchiveItem.get(ArchiveItem.record_id == doc.id)
    assert item.secrecy == "秘密"
    [listed] = archive.archive_items(leader, year=2026)
    record = _fresh(doc)
    assert (listed.doc_ref, listed.title, listed.secrecy, listed.doc_date) == (
        record.from_ref, record.title, record.secrecy, record.received_on)
    assert listed.doc_date == dt.date(2026, 11, 16)


def test_an_archived_outgoing_takes_no_correction_either(office, secretary):
    doc = outgoing_to_distributed(secretary)
    doc = archive_it("outgoing", doc, secretary)
    found = corrections.locks(outgoing.OUTGOING, outgoing.OUTGOING.model.get_by_id(doc.id), secretary)
    assert "title" in found and "已归档" in found["title"]
