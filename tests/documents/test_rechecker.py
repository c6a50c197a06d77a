"""复核人 is a declared field of 发文 (it was only in the 办理过程 text): the 复核 step fills it,
and so it is a column of the list, searched, and given on the command line like any field. A
database from before it (schema 17) gets the column without any of its documents reading as
changed outside the program."""

from __future__ import annotations

import pytest

from officedesk.core import integrity, records, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import common, outgoing
from officedesk.core.errors import ValidationError
from officedesk.store import migrations
from officedesk.store.documents import OutgoingDoc

from .helpers import outgoing_to_signed


def test_the_recheck_fills_the_rechecker_a_column_searched_like_any_field(office, secretary):
    field = outgoing.OUTGOING.field("rechecker")
    assert (field.label, field.column, field.searchable, field.editable) == (
        "复核人", True, True, False)
    record = outgoing_to_signed(secretary)
    other = outgoing_to_signed(secretary, 标题="关于另一项工作的通知")
    steps.perform("outgoing", other.id, "复核", {}, secretary)  # by the clerk himself
    assert records.get(outgoing.OUTGOING, other.id, secretary).rechecker == "李文书"
    assert records.list_ids(outgoing.OUTGOING, secretary, text="周秘书") == []
    steps.perform("outgoing", record.id, "复核", {"复核人": "周秘书"}, secretary)
    assert records.get(outgoing.OUTGOING, record.id, secretary).rechecker == "周秘书"
    assert records.list_ids(outgoing.OUTGOING, secretary, text="周秘书") == [record.id]
    found = records.list_ids(outgoing.OUTGOING, secretary,
                             [records.Filter("rechecker", "eq", "周秘书")])
    assert found == [record.id]


def test_a_document_added_with_its_rechecker_is_rechecked(office, secretary):
    """`add` (and a sheet without 状态) with a 签发人 and a 复核人: signed and rechecked."""
    added = outgoing.OUTGOING.create_hook(
        {"文种": "通知", "标题": "已复核的通知", "签发人": "王建国", "签发日期": "2026-11-02",
         "复核人": "周秘书"}, secretary)
    assert (added.state, added.rechecker) == ("已复核", "周秘书")
    with pytest.raises(ValidationError, match="填了“复核人”，却没有“签发人”"):
        outgoing.OUTGOING.create_hook({"文种": "通知", "标题": "草稿", "复核人": "周秘书"}, secretary)


@pytest.fixture
def before_the_rechecker(any_office):
    """The office's database as schema 17 left it: no 复核人 column, and its 发文 written and
    audited (each entry digests the row as it then was) without one. Call the function it gives
    to bring the program of schema 18 back before migrating."""
    database = any_office
    column = OutgoingDoc._meta.fields["rechecker"]
    database.execute_sql("alter table outgoing_doc drop column rechecker")
    database.execute_sql("delete from schema_version where version = 18")
    OutgoingDoc._meta.remove_field("rechecker")

    def upgrade_program() -> None:
        if "rechecker" not in OutgoingDoc._meta.fields:
            OutgoingDoc._meta.add_field("rechecker", column)

    try:
        yield database, upgrade_program
    finally:
        upgrade_program()


def test_migration_18_adds_the_rechecker_and_no_document_reads_as_tampered_with(
        before_the_rechecker, secretary):
    database, upgrade_program = before_the_rechecker
    signed = outgoing_to_signed(secretary)
    rechecked = outgoing_to_signed(secretary, 标题="已复核的通知")
    # 复核 as schema 17 did it: a history row, nothing on the document
    common.run_step(outgoing.OUTGOING, rechecked.id, rechecked.version, secretary, "复核",
                    outgoing.FLOW, {}, outgoing.REVIEWED, person="周秘书", opinion="经复核无误")
    assert list(integrity.check_rows()) == []
    upgrade_program()
    assert migrations.migrate(database, backup=lambda db, version: None) == [18]
    assert "rechecker" in migrations.column_names(database, "outgoing_doc")
    # the rows written before keep matching their audit entries: nothing reads as changed
    assert [p.message for p in integrity.check_rows()] == []
    assert records.get(outgoing.OUTGOING, rechecked.id, secretary).rechecker == ""  # not made up
    steps.perform("outgoing", signed.id, "复核", {"复核人": "周秘书"}, secretary)
    assert records.get(outgoing.OUTGOING, signed.id, CLI_ACTOR).rechecker == "周秘书"
    assert [p.message for p in integrity.check_rows()] == []
    # and a 复核人 changed outside the program shows, emptied or filled in
    OutgoingDoc.update(rechecker="").where(OutgoingDoc.id == signed.id).execute()
    OutgoingDoc.update(rechecker="张三").where(OutgoingDoc.id == rechecked.id).execute()
    assert sorted(p.record_id for p in integrity.check_rows()) == [signed.id, rechecked.id]


def test_the_recheck_step_says_a_blank_rechecker_is_the_one_doing_it(office, secretary):
    """第二十五条 names no one who must do the 复核 (the office does it, not a 负责人): a blank
    复核人 is the doer, and the step's field says so before it is left blank."""
    step = steps.procedure("outgoing").find("复核")
    field = next(f for f in step.fields if f.name == "checker")
    assert not field.required
    assert field.placeholder == "留空即为办理人本人"
    record = outgoing_to_signed(secretary)
    steps.perform("outgoing", record.id, "复核", {"复核人": "  "}, secretary)
    assert records.get(outgoing.OUTGOING, record.id, secretary).rechecker == secretary.label
