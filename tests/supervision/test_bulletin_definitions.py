"""The 督查通报's 说明 prints every rule its figures follow, so a unit can check its own (DOMAIN
§4): whom a task with 协办单位 counts for, and which 时限 judges it when a 延期 came later."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz

from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.printing import forms

from .conftest import UNITS

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def _said(pdf: bytes) -> str:
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        whole = "".join(page.get_text() for page in doc).replace(" ", "").replace("\n", "")
    return whole[whole.index("说明："):]


def test_the_note_says_whom_and_by_which_time_limit(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks  # the 市住房和城乡建设局's task has 协办单位 各区政府
    fixed_today(dt.date(2026, 4, 3))
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-04-25", "延期理由": "规划审批需省厅批复", "单位": UNITS[2]}, admin)
    result = sv.bulletin(*MARCH, actor=admin)
    # counted for its 牵头单位 alone, and overdue in March by the 时限 then in force
    assert [u.unit for u in result.units if u.unit not in UNITS] == []
    assert {o.unit: o.deadline for o in result.overdue}[UNITS[2]] == dt.date(2026, 3, 20)
    note = _said(forms.get("bulletin").build([], admin, date_from=MARCH[0], date_to=MARCH[1]))
    assert "计入其牵头单位，协办单位不另计" in note
    assert "以期末有效的为准（延期自批准之日起生效，此前已结束的期间不受影响）" in note
    assert "已办结的任务以办结之日有效的时限判断是否按期" in note
