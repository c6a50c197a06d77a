"""The printed papers: 督查催办通知单 per unit, 督查通报 for a period, 督查事项交办单."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import settings
from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError
from officedesk.printing import forms

from .conftest import UNITS


def pages_text(pdf: bytes) -> list[str]:
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return [page.get_text().replace(" ", "").replace("\n", "") for page in doc]


def test_forms_are_registered_with_their_options(db):
    reminder = forms.get("supervision-reminder")
    assert (reminder.registry, reminder.options, reminder.needs_ids) == (
        "supervision",
        ("unit",),
        False,  # `print supervision-reminder --unit 单位 -o F`: no ids needed
    )
    bulletin = forms.get("bulletin")
    # a classified 通报 is a 公文 printed copy by copy: `--copies N`, `--copy K`
    assert (bulletin.options, bulletin.needs_ids) == (
        ("date_from", "date_to", "number", "copy", "copies"), False)
    assert forms.get("supervision-item").label == "督查事项交办单"


def test_reminder_notice_one_per_unit_with_its_overdue_tasks(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    settings.put("org.name", "中共某某市委办公室")
    fixed_today(dt.date(2026, 3, 19))
    # due tomorrow and far behind, but not chased yet: the notice is the 催办 recorded
    with pytest.raises(ValidationError, match="还没有登记催办"):
        forms.get("supervision-reminder").build([], admin, unit=UNITS[2])
    fixed_today(dt.date(2026, 3, 25))
    sv.generate_reminders(admin)
    pdf = forms.get("supervision-reminder").build([], admin, unit=UNITS[2])
    text = pages_text(pdf)
    assert len(text) == 1
    assert "督查催办通知单" in text[0] and UNITS[2] in text[0]
    assert "推进城区老旧小区改造" in text[0] and "逾期5天未办结" in text[0]
    assert "中共某某市委办公室督查室" in text[0] and "督查催办回执" in text[0]
    assert UNITS[1] not in text[0]  # another unit's task is not on this unit's notice
    # without a unit: one notice for every unit with overdue tasks (3-31 passed for 财政局 too)
    fixed_today(dt.date(2026, 4, 3))
    sv.generate_reminders(admin)
    all_pages = pages_text(forms.get("supervision-reminder").build([], admin))
    assert len(all_pages) == 3  # 财政局, 住建局 (report missing since 4-02), 自然资源局
    # each unit's second: 住建局 and 财政局 were chased on 3-25 too, red for their lag
    assert sum("（再次催办）" in p for p in all_pages) == 3
    assert any("反馈" in p and UNITS[0] in p for p in all_pages)
    # deterministic: the same data prints the same bytes
    assert forms.get("supervision-reminder").build([], admin, unit=UNITS[2]) == forms.get(
        "supervision-reminder"
    ).build([], admin, unit=UNITS[2])


def test_bulletin_names_units_rates_and_overdue_items(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 25))
    sv.complete_task(tasks[1].id, "2026-03-25", "资金已拨付", admin)
    pdf = forms.get("bulletin").build(
        [], admin, date_from="2026-01-01", date_to=dt.date(2026, 12, 31)
    )
    text = "".join(pages_text(pdf))
    assert "关于2026年督查工作情况的通报" in text  # the period named: the whole year
    for unit in UNITS:
        assert unit in text
    assert "50.0%" in text  # 1 done on time of the 2 due (the third is not due yet)
    assert "逾期未办结事项" in text and "推进城区老旧小区改造" in text
    assert "办结率对比" in text  # the chart
    with pytest.raises(ValidationError, match="不是有效日期"):
        forms.get("bulletin").build([], admin, date_from="2026-13-01")
    empty = "".join(
        pages_text(
            forms.get("bulletin").build([], admin, date_from="2025-01-01", date_to="2025-12-31")
        )
    )
    assert "本期无交办任务" in empty and "本期无逾期未办结事项" in empty


def test_item_paper(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 10))
    sv.add_report(tasks[0].id, {"进度": 30, "进展情况": "方案已起草"}, admin)
    text = "".join(pages_text(forms.get("supervision-item").build([item.id], admin)))
    assert item.number.replace(" ", "") in text and "方案已起草" in text and "王建国" in text
    with pytest.raises(ValidationError):
        forms.get("supervision-item").build([], admin)


def test_the_printed_bulletin_counts_items_by_xiang_and_tasks_by_jian(item_with_tasks, admin,
                                                                      fixed_today):
    """The 通报 says what its rates count as `stats` does: 督查事项 are 项 (按项计), 分解任务 件
    (按件计) — it printed the items as 件 and the tasks as 项, and its rates without a basis."""
    import re

    _item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 25))
    sv.complete_task(tasks[1].id, "2026-03-25", "资金已拨付", admin)
    pdf = forms.get("bulletin").build([], admin, date_from="2026-01-01", date_to="2026-12-31")
    text = re.sub(r"\s+", "", "".join(pages_text(pdf)))
    assert "本期立项督查事项1项" in text and "在办督查事项" in text
    assert re.search(r"承办任务截至期末在办\d+件、逾期未办结\d+件；本期应办结\d+件，办结\d+件", text), text
    assert "办结率（按件计）" in text and "按期办结率（按件计）" in text
    assert "督查事项1件" not in text
    # the table's header says it whole: “（按件计）” on a line of its own, not “（按件 / 计）”
    import pymupdf

    lines = [ln for page in pymupdf.open(stream=pdf, filetype="pdf") for ln in page.get_text().splitlines()]
    assert sum(line.strip() == "（按件计）" for line in lines) >= 1, [ln for ln in lines if "按件" in ln]
