"""Cells that hold exactly the batch's internal placeholders (private-use characters, which an
office may use for rare characters) are written as typed: the issued number and the id go only
into their own places in the audit entry, the row digest and the search index."""

from __future__ import annotations

import datetime as dt
import json

from officedesk.core import batch, batch_write, check, supervision
from officedesk.core import petitions as P
from officedesk.exchange import xlsx
from officedesk.store.models import AuditEntry
from officedesk.store.petitions import Petition
from officedesk.store.search_index import SearchDoc
from officedesk.store.supervision import SupervisionItem

from .sheets import write_sheet

# the private-use texts that stood, in a batch's texts, for the number issued and the id taken
# under the lock, before they were known (core.batch_rows)
PENDING = "\ue000number\ue000"
ID_MARK = "\ue000id\ue000"

# labels sorting before and after 信访编号 (the audit text), field names before and after
# "id" and "number" (the row digest), searchable fields and others
ROW = {"登记日期": dt.date(2026, 5, 1), "信访形式": "来信", "问题类别": "城乡建设",
       "住址": PENDING, "信访人": ID_MARK, "反映内容": ID_MARK, "诉求": PENDING, "涉及单位": PENDING}


def test_cells_equal_to_the_placeholders_are_written_as_typed(summer_office, admin, tmp_path):
    path = write_sheet(P.SPEC, tmp_path / "p.xlsx", [ROW, {**ROW, "住址": "昆明市"}])
    report = xlsx.import_file(P.SPEC, path, admin)
    assert report.ok and report.imported == 2, [str(p) for p in report.problems]
    for petition in Petition.select().order_by(Petition.id):
        assert petition.number.startswith("信"), petition.number
        assert (petition.name, petition.content, petition.demand, petition.region) == (
            ID_MARK, ID_MARK, PENDING, PENDING)
        entry = AuditEntry.get((AuditEntry.registry == "petitions") & (AuditEntry.record_id == petition.id))
        after = json.loads(entry.after)
        assert after["信访编号"] == petition.number
        assert after["住址"] == petition.address
        assert (after["信访人"], after["反映内容"], after["诉求"], after["涉及单位"]) == (
            ID_MARK, ID_MARK, PENDING, PENDING)
        doc = SearchDoc.get((SearchDoc.registry == "petitions") & (SearchDoc.record_id == petition.id))
        assert doc.body.split("\n") == [petition.number, ID_MARK, ID_MARK,
                                        PENDING, PENDING]
        assert doc.title.startswith(petition.number)
    assert [p.address for p in Petition.select().order_by(Petition.id)] == [PENDING, "昆明市"]
    assert check.check_rows() == [] and check.check_audit_chain() == []


def test_a_searched_number_goes_to_its_own_place(summer_office, admin):
    """督查编号 is searched (as every registry's number is), written by the batch's write itself:
    the issued number takes its place in the index, and a 事项名称 that reads like the
    placeholder stays as typed."""
    raw = {"事项名称": PENDING, "来源": "群众反映", "立项日期": "2026-06-01",
           "办结时限": "2026-06-20", "牵头单位": "县住房和城乡建设局"}
    [item_id] = batch_write.write(supervision.SPEC, [batch.prepare_plain(supervision.SPEC, raw)], admin)
    item = SupervisionItem.get_by_id(item_id)
    assert item.title == PENDING and item.number and item.number != PENDING
    after = json.loads(AuditEntry.get(AuditEntry.registry == "supervision").after)
    assert (after["督查编号"], after["事项名称"]) == (item.number, PENDING)
    doc = SearchDoc.get((SearchDoc.registry == "supervision") & (SearchDoc.record_id == item.id))
    assert doc.body.split("\n")[:2] == [item.number, PENDING]
    assert doc.title == f"{item.number} {PENDING}"
    assert check.check_rows() == [] and check.check_audit_chain() == []
