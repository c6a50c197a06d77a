"""保护投诉人 within the office (《信访工作条例》第四十七条 as the model): the 投诉人's 姓名 and 联系电话
are personal data of the complaint, masked as a 信访人's 身份证号 and 电话 are — whole only for those
who handle complaints: the administrator, a leader, and the clerks of the section the setting
names (受理效能投诉的科室, 督查室 by default). A plain 科员 who may see the registry gets the
complainant by no path: the list, its word filter, the values a filter offers, a sort, the global
search, the xlsx export, the history, a correction, the papers."""

from __future__ import annotations

import pytest

from officedesk.core import audit, corrections, global_search, record_lists, settings
from officedesk.core.efficiency import complaints as C
from officedesk.core.errors import PermissionDeniedError
from officedesk.store.db import database

from .conftest import NAMED_COMPLAINT, section_staff

RAW = NAMED_COMPLAINT
NAME, PHONE = RAW["投诉人"], RAW["联系电话"]


@pytest.fixture
def staff(any_office, admin):
    people = section_staff(admin, [("ld", "钱主任", "leader", "县委办公室秘书科", "副主任", "", False)])
    people["admin"] = admin
    return people


@pytest.fixture
def complaint(staff):
    return C.register_complaint(dict(RAW), staff["wzy"])


PLAIN = ("wzy",)  # 秘书科's 科长, a clerk who handles no complaints
HANDLERS = ("dc", "ld", "admin")


def test_who_sees_the_complainant_whole(office):
    from officedesk.core.actor import Actor

    assert not C.sees_complainant(Actor("a", "clerk", 3))
    assert not C.sees_complainant(Actor("a", "readonly", 3))
    assert C.sees_complainant(Actor("a", "leader", 3))
    assert C.sees_complainant(Actor("a", "admin", 3))


def test_the_list_shows_it_masked_and_offers_no_filter_by_it(staff, complaint):
    shown = " ".join(record_lists.row_texts(C.SPEC, complaint))
    assert NAME not in shown and PHONE not in shown
    for who in PLAIN:
        assert record_lists.distinct_values(C.SPEC, "complainant", staff[who]) == []
        with pytest.raises(PermissionDeniedError):
            record_lists.list_ids(C.SPEC, staff[who], [record_lists.Filter("complainant", "eq", NAME)])
        with pytest.raises(PermissionDeniedError):
            record_lists.list_ids(C.SPEC, staff[who], sort="complainant")
    for who in HANDLERS:
        assert record_lists.distinct_values(C.SPEC, "complainant", staff[who]) == [NAME]


def test_no_search_finds_it_by_the_complainants_name(staff, complaint):
    for who in (*PLAIN, *HANDLERS):
        # a hit for the name would tell him who complained
        assert record_lists.list_ids(C.SPEC, staff[who], text=NAME) == []
        assert global_search.search(NAME, staff[who]) == []
    assert record_lists.list_ids(C.SPEC, staff["wzy"], text="营业执照") == [complaint.id]


def test_the_export_masks_it_and_refuses_it_whole(staff, complaint, tmp_path):
    from openpyxl import load_workbook

    from officedesk.exchange import xlsx

    assert xlsx.export(C.SPEC, tmp_path / "a.xlsx", staff["wzy"]) == 1
    cells = [str(c.value) for row in load_workbook(tmp_path / "a.xlsx").active.iter_rows() for c in row]
    assert not any(NAME in c or PHONE in c for c in cells)
    with pytest.raises(PermissionDeniedError):
        xlsx.export(C.SPEC, tmp_path / "b.xlsx", staff["wzy"], unmasked=True)
    assert xlsx.export(C.SPEC, tmp_path / "c.xlsx", staff["dc"], unmasked=True) == 1
    cells = [str(c.value) for row in load_workbook(tmp_path / "c.xlsx").active.iter_rows() for c in row]
    assert NAME in cells and PHONE in cells


def test_the_history_masks_it(staff, complaint):
    def texts(who):
        return " ".join(f"{e.summary} {e.before} {e.after}" for e in audit.history("complaints", complaint.id, staff[who]))

    for who in PLAIN:
        assert NAME not in texts(who) and PHONE not in texts(who)
    for who in HANDLERS:
        assert NAME in texts(who)


def test_a_plain_clerk_may_not_correct_it(staff, complaint):
    for who in PLAIN:
        assert {"complainant", "phone"} <= set(corrections.locks(C.SPEC, complaint, staff[who]))
    for who in HANDLERS:
        assert not {"complainant", "phone"} & set(corrections.locks(C.SPEC, complaint, staff[who]))


def test_the_section_is_a_setting(staff, complaint):
    settings.put(C.HANDLING_SECTION.key, "秘书科")
    assert C.sees_complainant(staff["wzy"]) and not C.sees_complainant(staff["dc"])
    assert record_lists.distinct_values(C.SPEC, "complainant", staff["wzy"]) == [NAME]


@pytest.mark.parametrize("name", ["complaint-verify", "complaint-warning"])
def test_no_paper_prints_it(staff, complaint, name):
    import fitz

    from officedesk.printing import forms

    forms.load_all()
    record = C.send_for_verification(complaint.id, complaint.version, staff["dc"], "县委办公室督查室")
    record = C.conclude(record.id, record.version, staff["dc"], "属实", f"经查，{NAME}反映属实，电话{PHONE}。")
    C.dispose(record.id, record.version, staff["dc"], "效能告诫", f"对李四效能告诫，并告知{NAME}。")
    for who in (*PLAIN, "dc"):
        pdf = forms.get(name).build([complaint.id], staff[who])
        words = "".join(page.get_text() for page in fitz.open(stream=pdf, filetype="pdf"))
        assert NAME not in words and PHONE not in words


def test_the_migration_takes_the_name_out_of_an_office_indexed_with_it(staff, complaint):
    from officedesk.core import records
    from officedesk.store import search_index
    from officedesk.store.migrations import m0042_complainant_unsearched

    # the index as a version-41 office has it: the 投诉人 among the searched fields
    body = records.search_text(C.SPEC, complaint)
    search_index.upsert(C.SPEC.name, complaint.id, 0, complaint.unit, f"{body}\n{NAME}")
    assert [h.record_id for h in global_search.search(NAME, staff["admin"])] == [complaint.id]
    m0042_complainant_unsearched.upgrade(database)
    assert global_search.search(NAME, staff["admin"]) == []
    assert record_lists.list_ids(C.SPEC, staff["admin"], text=NAME) == []
    assert record_lists.list_ids(C.SPEC, staff["admin"], text="营业执照") == [complaint.id]


def test_an_import_may_not_write_over_the_masked_name(staff, complaint, tmp_path):
    from openpyxl import load_workbook

    from officedesk.exchange import xlsx

    xlsx.export(C.SPEC, tmp_path / "a.xlsx", staff["wzy"])
    book = load_workbook(tmp_path / "a.xlsx")
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    assert sheet.cell(2, header.index("投诉人") + 1).value == "****"
    sheet.cell(2, header.index("投诉人") + 1).value = "王某"  # a guess: told nothing, never written
    book.save(tmp_path / "b.xlsx")
    report = xlsx.import_file(C.SPEC, tmp_path / "b.xlsx", staff["wzy"], on_match="update")
    assert not report.updated
    assert [p.column for p in report.problems] == ["投诉人"]
    assert C.SPEC.model.get_by_id(complaint.id).complainant == NAME


def test_the_section_follows_its_units_rename(staff, admin):
    from officedesk.core import directory, records

    unit = directory.UNITS.model.get(directory.UNITS.model.name == "县委办公室督查室")
    settings.put(C.HANDLING_SECTION.key, "县委办公室督查室")
    records.update(directory.UNITS, unit.id, {"单位名称": "县委办公室效能督查室"}, unit.version, admin)
    assert settings.get(C.HANDLING_SECTION.key) == "县委办公室效能督查室"


def test_no_search_finds_it_by_a_name_typed_in_its_texts(staff, tmp_path):
    """The clerk wrote the 投诉人 into the 投诉内容 and the 核查情况: the index keeps them without
    him (complainant.searched), one by one and in a batch import alike; their words still find it."""
    from openpyxl import Workbook

    from officedesk.exchange import xlsx

    typed = {**RAW, "投诉人": "赵建国", "投诉内容": "来电人赵　建国反映：李四拖延办理营业执照变更，回电13987654321。"}
    one = C.register_complaint(typed, staff["wzy"])
    one = C.send_for_verification(one.id, one.version, staff["dc"], "县委办公室督查室")
    C.conclude(one.id, one.version, staff["dc"], "属实", "经查，赵建国反映属实。")
    book = Workbook()
    sheet = book.active
    sheet.append(list(typed))
    sheet.append([*{**typed, "投诉人": "钱立新", "投诉内容": "钱立新反映窗口推诿营业执照变更。"}.values()])
    book.save(tmp_path / "in.xlsx")
    assert xlsx.import_file(C.SPEC, tmp_path / "in.xlsx", staff["wzy"]).ok
    assert len(record_lists.list_ids(C.SPEC, staff["admin"], text="营业执照")) == 2
    for who in ("wzy", "admin"):
        for name in ("赵建国", "钱立新", "13987654321"):
            assert record_lists.list_ids(C.SPEC, staff[who], text=name) == [], name
            assert global_search.search(name, staff[who]) == [], name
    snippets = " ".join(h.snippet for h in global_search.search("营业执照", staff["admin"]))
    assert "赵" not in snippets and "钱立新" not in snippets and "投诉人" in snippets
