"""The 督查事项 list's 办结时限 (the window's list and `list`, both record_lists' cells) marks
（暂按） by the one rule the task list, the item's detail and the 工作台 follow
(core.supervision.shown_deadlines): a 办结时限 the program counted (left blank at 立项) into a
year whose holidays are not entered is 暂按; one typed (a leader's date, a 延期 granted) is a
date. The list showed every 办结时限 as a bare date."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import record_lists, steps, workdays
from officedesk.core import supervision as sv
from officedesk.core.supervision import shown_deadlines
from officedesk.store.supervision import SupervisionItem

D = dt.date


@pytest.fixture
def office(counting_into_2027):
    return counting_into_2027


def _column(item: SupervisionItem) -> str:
    names = [f.name for f in sv.SPEC.columns()]
    return record_lists.row_texts(sv.SPEC, SupervisionItem.get_by_id(item.id))[names.index("deadline")]


def test_the_list_marks_a_counted_deadline_only(office, admin):
    counted = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, admin)
    assert counted.deadline.year == 2027  # 20 working days from 15 December
    typed = sv.create_item({"事项名称": "落实会议精神", "来源": "领导批示",
                            "办结时限": str(counted.deadline)}, admin)
    known = sv.create_item({"事项名称": "整治违规停车", "来源": "领导批示",
                            "办结时限": "2026-12-30"}, admin)

    assert _column(counted) == counted.deadline.isoformat() + workdays.MARK
    assert _column(typed) == counted.deadline.isoformat()
    assert _column(known) == "2026-12-30"
    # the same words as the item's detail
    for item in (counted, typed, known):
        assert _column(item) == shown_deadlines.item_deadline(SupervisionItem.get_by_id(item.id))
    # a page of the list asks once for all its rows, with the same cells
    names = [f.name for f in sv.SPEC.columns()]
    page = record_lists.rows_texts(sv.SPEC, [SupervisionItem.get_by_id(i.id)
                                             for i in (counted, typed, known)])
    assert [row[names.index("deadline")] for row in page] == [_column(counted), _column(typed),
                                                               _column(known)]


def test_an_extended_deadline_is_a_date_in_the_list(office, admin):
    item = sv.create_item({"事项名称": "整治违规停车", "来源": "领导批示"}, admin)
    sv.add_task(item.id, {"牵头单位": "县公安局"}, admin)
    new = item.deadline + dt.timedelta(days=7)
    steps.perform("supervision", item.id, "延期", {"办结时限": new.isoformat(), "延期理由": "等批复"},
                  admin)
    assert _column(item) == new.isoformat()
