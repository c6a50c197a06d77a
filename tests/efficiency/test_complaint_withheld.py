"""保护投诉人: a 效能投诉 is not shown to whom it complains of (《信访工作条例》第四十七条's
principle). The 被投诉人 and the members of the 被投诉单位 (recusal's set) do not find it by any
path — the list, its word filter, the global search, the xlsx export, the papers, the history,
a linked record, a read by id, the drill-down behind a figure —, while the 效能 clerk does;
the figures per unit still count it (a count names no 投诉人)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, dashboard, global_search, record_lists, records
from officedesk.core.actor import Actor
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import drill
from officedesk.core.errors import HiddenRecordError
from tests.staff import make_staff
from tests.ui.test_translations import english  # noqa: F401 (the fixture)

from .conftest import complaint_staff

RAW = {"投诉方式": "电话", "登记日期": "2025-12-01", "投诉人": "王检举", "联系电话": "13812345678",
       "投诉类别": "办事拖拉", "被投诉单位": "县委办公室综合科", "被投诉人": "徐敏",
       "投诉内容": "徐敏拖延办理营业执照变更。"}


@pytest.fixture
def staff(any_office, admin):
    return complaint_staff(admin)


@pytest.fixture
def window_staff(office, admin):  # the window's tests run on app_ctx's SQLite database
    return complaint_staff(admin)


@pytest.fixture
def complaint(staff):
    return C.register_complaint(dict(RAW), staff["wzy"])


CONFLICTED = ("xm", "zyq")


def _ids(actor: Actor, text: str = "") -> list[int]:
    return record_lists.list_ids(C.SPEC, actor, text=text)


def test_the_list_and_its_word_filter_leave_it_out(staff, complaint):
    assert _ids(staff["wzy"]) == [complaint.id]
    assert _ids(staff["wzy"], "营业执照") == [complaint.id]
    assert record_lists.count(C.SPEC, staff["wzy"]) == 1
    # (a filter's values: the 投诉人 is offered to none of them, test_complainant_kept)
    assert "徐敏" in record_lists.distinct_values(C.SPEC, "person", staff["wzy"])
    for who in CONFLICTED:
        assert _ids(staff[who]) == [] and _ids(staff[who], "营业执照") == []
        assert _ids(staff[who], "王检举") == []
        assert record_lists.count(C.SPEC, staff[who]) == 0
        assert record_lists.count(C.SPEC, staff[who], text="营业执照") == 0
        assert "徐敏" not in record_lists.distinct_values(C.SPEC, "person", staff[who])


def test_the_global_search_leaves_it_out(staff, complaint):
    assert [(h.registry, h.record_id) for h in global_search.search("营业执照", staff["wzy"])] \
        == [("complaints", complaint.id)]
    for who in CONFLICTED:
        assert global_search.search("营业执照", staff[who]) == []
        assert global_search.search("王检举", staff[who]) == []


def test_the_global_searchs_limit_counts_only_what_he_may_see(staff, complaint):
    """The limit was applied before the hidden hits were left out: with more hidden hits than
    the limit, he was shown fewer (here none) of those he may see."""
    other = C.register_complaint({**RAW, "被投诉单位": "县纪委监委", "被投诉人": "李四",
                                  "投诉内容": "李四拖延办理营业执照变更。"}, staff["wzy"])
    for _ in range(3):  # newer hits the search lists first, all withheld from 徐敏
        C.register_complaint(dict(RAW), staff["wzy"])
    found = global_search.search("营业执照", staff["xm"], limit=2)
    assert [h.record_id for h in found] == [other.id]


def test_a_read_by_id_is_refused_as_an_id_that_is_not_there(staff, complaint):
    assert records.get(C.SPEC, complaint.id, staff["wzy"]).complainant == "王检举"
    for who in CONFLICTED:
        with pytest.raises(HiddenRecordError) as refused:
            records.get(C.SPEC, complaint.id, staff[who])
        assert str(refused.value) == f"没有找到记录号（id）为 {complaint.id} 的效能投诉记录。"
        assert records.get_if_visible(C.SPEC, complaint.id, staff[who]) is None
        assert records.shown(C.SPEC, complaint.id, staff[who]) is None
        assert records.linked_id("complaints", complaint.id, staff[who]) is None
    assert records.linked_id("complaints", complaint.id, staff["wzy"]) == complaint.id


def test_its_history_is_refused(staff, complaint):
    assert audit.history("complaints", complaint.id, staff["wzy"])
    for who in CONFLICTED:
        with pytest.raises(HiddenRecordError):
            audit.history("complaints", complaint.id, staff[who])


def test_the_export_leaves_it_out(staff, complaint, tmp_path):
    from officedesk.exchange import xlsx

    assert xlsx.export(C.SPEC, tmp_path / "a.xlsx", staff["wzy"]) == 1
    for who in CONFLICTED:
        assert xlsx.export(C.SPEC, tmp_path / f"{who}.xlsx", staff[who]) == 0
        # nor by its id (the window's export of the chosen rows)
        assert xlsx.export(C.SPEC, tmp_path / f"{who}-ids.xlsx", staff[who], ids=[complaint.id]) == 0


@pytest.mark.parametrize("name", ["complaint-verify", "complaint-warning"])
def test_its_papers_are_refused(staff, complaint, name):
    from officedesk.printing import forms

    forms.load_all()
    for who in CONFLICTED:
        with pytest.raises(HiddenRecordError):
            forms.get(name).build([complaint.id], staff[who])


def test_the_drill_down_leaves_it_out_while_the_figures_count_it(staff, complaint):
    first, last = dt.date(2025, 12, 1), dt.date(2025, 12, 15)
    behind = drill.records_behind(staff["wzy"], "complaints", first, last)
    assert [b.record_id for b in behind] == [complaint.id]
    period = type("P", (), {"first": first, "last": last})()
    counted = C.per_unit(staff["wzy"], period)["total"]["total"]
    for who in CONFLICTED:
        assert drill.records_behind(staff[who], "complaints", first, last) == []
        assert drill.records_behind(staff[who], "complaints", first, last, "unit",
                                    "县委办公室综合科") == []
        # the count per unit names no 投诉人: it stays the office's one figure
        assert C.per_unit(staff[who], period)["total"]["total"] == counted == 1


def test_the_workbench_leaves_it_out(staff, complaint):
    # what a provider returns, the 工作台 filters by this
    assert dashboard.visible_ids(C.SPEC, staff["wzy"], [complaint.id]) == {complaint.id}
    for who in CONFLICTED:
        assert dashboard.visible_ids(C.SPEC, staff[who], [complaint.id]) == set()


def test_an_administrator_cleared_for_everything_does_not_see_one_against_himself(staff, admin):
    boss = make_staff([("boss", "赵主任", "admin", "县委办公室秘书科", "主任", "", False)])["boss"]
    against_him = C.register_complaint({**RAW, "被投诉单位": "县纪委监委", "被投诉人": "赵主任"},
                                       staff["wzy"])
    other = C.register_complaint(dict(RAW), staff["wzy"])
    assert boss.clearance == 3
    assert _ids(boss) == [other.id]
    with pytest.raises(HiddenRecordError):
        records.get(C.SPEC, against_him.id, boss)
    assert dashboard.visible_ids(C.SPEC, boss, [against_him.id, other.id]) == {other.id}
    # the command line's administrator is no person: it sees both
    assert sorted(_ids(admin)) == sorted([against_him.id, other.id])


def test_a_clerk_with_no_post_in_it_sees_it_and_the_rule_is_recusals(staff, complaint):
    from officedesk.core.efficiency import recusal

    for who in ("xm", "zyq", "wzy"):
        conflicted = bool(recusal.step_refusal(staff[who], complaint))
        assert (complaint.id in _ids(staff[who])) is not conflicted


def test_who_registers_one_against_himself_is_told_it_leaves_his_list(window_staff, app_ctx, qtbot,
                                                                       monkeypatch):
    staff = window_staff
    from officedesk.core.efficiency import recusal
    from officedesk.ui.efficiency import complaints as page_module
    from officedesk.ui.efficiency.complaints import ComplaintsPage

    told: list[str] = []
    monkeypatch.setattr(page_module, "info", lambda _parent, _title, text: told.append(text))

    class Saved:  # the form dialog, as a clerk fills it and saves
        def __init__(self, *_args, save, **_kwargs):
            self.save = save
            self.saved_record = None

        def exec(self):
            self.saved_record = self.save(dict(RAW))
            return True

    monkeypatch.setattr(page_module, "RecordFormDialog", Saved)
    for who, listed in (("xm", False), ("wzy", True)):
        app_ctx.actor = staff[who]
        page = ComplaintsPage(app_ctx)
        qtbot.addWidget(page)
        page.new_record()
        record = page.list.current_record() if listed else None
        assert (record is not None) is listed
    assert len(told) == 1 and told[0].startswith("效能投诉效投2025-0001已登记。您是这件效能投诉的被投诉人（徐敏）")
    assert "今后不向您显示" in told[0]
    assert recusal.registered_note(staff["wzy"], C.SPEC.model.get_by_id(1)) == ""


def test_an_import_naming_it_is_answered_as_one_naming_none(staff, complaint, tmp_path):
    """import --update of a sheet holding it (as the 效能 clerk exported it): for whom it
    complains of there is no such complaint to update, as for one above his clearance."""
    from openpyxl import load_workbook

    from officedesk.exchange import xlsx

    xlsx.export(C.SPEC, tmp_path / "a.xlsx", staff["wzy"])
    book = load_workbook(tmp_path / "a.xlsx")
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    sheet.cell(2, header.index("投诉内容") + 1).value = "改过的内容"
    book.save(tmp_path / "b.xlsx")
    for who in CONFLICTED:
        report = xlsx.import_file(C.SPEC, tmp_path / "b.xlsx", staff[who], on_match="update")
        assert not report.ok and not report.updated
        assert [(p.row, p.column, p.reason) for p in report.problems] == [
            (2, "投诉编号", "没有投诉编号为“效投2025-0001”的效能投诉（或您无权查看），无法更新。")]
    assert C.SPEC.model.get_by_id(complaint.id).content == RAW["投诉内容"]
    report = xlsx.import_file(C.SPEC, tmp_path / "b.xlsx", staff["wzy"], on_match="update")
    assert report.ok and [u.record_id for u in report.updated] == [complaint.id]


def test_the_history_of_one_deleted_is_judged_by_what_it_recorded(staff, complaint, admin):
    records.delete(C.SPEC, complaint.id, complaint.version, admin)
    assert audit.history("complaints", complaint.id, staff["wzy"])
    for who in CONFLICTED:
        with pytest.raises(HiddenRecordError):
            audit.history("complaints", complaint.id, staff[who])


def test_the_note_reads_in_english(window_staff, english):  # noqa: F811
    from officedesk.core.efficiency import recusal
    from officedesk.core.i18n import display

    record = C.register_complaint(dict(RAW), window_staff["wzy"])
    assert display(recusal.registered_note(window_staff["xm"], record)) == (
        "Complaint 效投2025-0001 is registered. You are the person this complaint is about (徐敏): "
        "by the rules of standing aside and of protecting the complainant, it will not be shown "
        "to you from now on; staff unconnected with it handle it.")
    assert display(recusal.registered_note(window_staff["zyq"], record)).startswith(
        "Complaint 效投2025-0001 is registered. You are in 县委办公室综合科, the unit this "
        "complaint is about:")


def test_its_steps_are_read_as_no_record(staff, complaint):
    """core's reader of a complaint's steps asks the reader as the complaint's own read does
    (it took an id alone)."""
    assert [s.kind for s in C.steps_of(complaint.id, staff["wzy"])] == ["登记"]
    for who in CONFLICTED:
        with pytest.raises(HiddenRecordError):
            C.steps_of(complaint.id, staff[who])
