"""One calendar for the 督查 dates: a 反馈 due on a rest day moves to the next working day, a
时限 typed on a rest day is saved with a word to the clerk, 逾期 counts days as 剩 does, one
临期 rule for the lights and 催办, red-for-lag tasks are chased, and the 催办通知单 prints only a
催办 that was recorded."""

from __future__ import annotations

import datetime as dt
import re

import pymupdf
import pytest

from officedesk.core import settings, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.printing import forms

from .conftest import UNITS

D = dt.date


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace(" ", "").replace("\n", "")


def _item(admin, start: str, deadline: str, cycle: str = "每月"):
    return sv.create_item({"事项名称": "推进秋粮收购", "来源": "领导批示", "事项内容": "略",
                           "立项日期": start, "办结时限": deadline, "反馈周期": cycle}, admin)


# ---------------------------------------------------------------- 1. 反馈 due


def test_a_report_due_on_a_holiday_moves_to_the_next_working_day(db, admin, fixed_today):
    fixed_today(D(2026, 9, 1))
    item = _item(admin, "2026-09-01", "2026-10-30")
    task = sv.add_task(item.id, {"牵头单位": "县农业农村局", "时限": "2026-10-30"}, admin)
    # a month on is 10-01, 国庆节: the report is due on 10-08, the first working day after
    assert task.next_report_due == D(2026, 10, 8)
    fixed_today(D(2026, 3, 30))
    spring = _item(admin, "2026-03-30", "2026-04-30", "每周")
    task = sv.add_task(spring.id, {"牵头单位": "县水利局", "时限": "2026-04-30"}, admin)
    assert task.next_report_due == D(2026, 4, 7)  # 04-06 is 清明 (Monday off)
    # a report on Saturday's eve: a week on is a Saturday -> Monday
    fixed_today(D(2026, 4, 10))
    sv.add_report(task.id, {"report_date": D(2026, 4, 10), "进度": 20, "进展情况": "已部署"}, admin)
    assert sv.task_reads.get_task(task.id, admin).next_report_due == D(2026, 4, 17)  # a Friday: kept
    fixed_today(D(2026, 4, 11))
    sv.add_report(task.id, {"report_date": D(2026, 4, 11), "进度": 30, "进展情况": "推进中"}, admin)
    assert sv.task_reads.get_task(task.id, admin).next_report_due == D(2026, 4, 20)  # 04-18 Sat -> Mon


def test_a_report_due_on_the_deadline_stays_on_it(db, admin, fixed_today):
    """The 时限 is the last day a report can be due, whatever day it is (typed as it is)."""
    fixed_today(D(2026, 9, 20))
    item = _item(admin, "2026-09-20", "2026-10-03", "每月")
    task = sv.add_task(item.id, {"牵头单位": "县农业农村局", "时限": "2026-10-03"}, admin)
    assert task.next_report_due == D(2026, 10, 3)


# ---------------------------------------------------------------- 2. 时限 on a rest day


def test_a_deadline_on_a_rest_day_is_saved_with_a_note(db, admin, fixed_today):
    fixed_today(D(2026, 3, 2))
    item = _item(admin, "2026-03-02", "2026-04-30")
    split = steps.perform("supervision", item.id, "分解",
                          {"牵头单位": "县水利局", "时限": "2026-04-04"}, admin)
    note = split.extra["deadline_note"]
    assert "2026-04-04" in note and "休息日或法定节假日" in note and "修改任务" in note
    [task] = sv.tasks_of(item.id, CLI_ACTOR)
    assert task.deadline == D(2026, 4, 4)  # accepted as typed
    working = steps.perform("supervision", item.id, "分解",
                            {"牵头单位": "县财政局", "时限": "2026-04-03"}, admin)
    assert "deadline_note" not in working.extra
    edited = steps.perform("supervision", item.id, "修改任务",
                           {"任务序号": "2", "时限": "2026-04-05"}, admin)
    assert "2026-04-05" in edited.extra["deadline_note"]
    kept = steps.perform("supervision", item.id, "修改任务",
                         {"任务序号": "2", "办理要求": "落实资金"}, admin)
    assert "deadline_note" not in kept.extra  # the 时限 was not touched
    extended = steps.perform("supervision", item.id, "延期",
                             {"办结时限": "2026-05-01", "延期理由": "汛期", "任务序号": "1"}, admin)
    assert "2026-05-01" in extended.extra["deadline_note"] and "延期" in extended.extra["deadline_note"]


# ---------------------------------------------------------------- 3. 逾期 counted as 剩


def test_days_overdue_count_as_days_left_in_working_days(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks  # the third task is due 2026-03-20, a Friday
    settings.put("supervision.working_days", True)
    third = sv.tasks_of(item.id, CLI_ACTOR)[2]
    sv.add_report(third.id, {"report_date": D(2026, 3, 2), "进度": 100, "进展情况": "基本完成"},
                  admin)
    third = sv.tasks_of(item.id, CLI_ACTOR)[2]
    assert "剩 1 天" in sv.task_light(third, D(2026, 3, 19)).reason
    assert "剩 5 天" in sv.task_light(third, D(2026, 3, 13)).reason  # Fri -> Fri: 5 working days
    # the Monday after: one working day late, as 剩 counts, not three calendar days
    assert sv.task_light(third, D(2026, 3, 23)).reason == "逾期 1 天"
    assert sv.task_light(third, D(2026, 3, 21)).reason == "逾期 1 天"  # Saturday: late already
    assert sv.task_light(third, D(2026, 3, 25)).reason == "逾期 3 天"
    fixed_today(D(2026, 3, 25))
    [chase] = [c for c in sv.overdue_chases(actor=admin) if c.task.id == third.id]
    assert (chase.days_overdue, chase.reason) == (3, "逾期 3 天未办结")
    # the 通报 counts as the lights do
    bulletin = sv.bulletin(D(2026, 3, 1), D(2026, 3, 31), actor=admin)
    assert [line.days for line in bulletin.overdue if line.unit == UNITS[2]] == [3]
    # in calendar days (the default) both count calendar days
    settings.put("supervision.working_days", False)
    assert sv.task_light(third, D(2026, 3, 23)).reason == "逾期 3 天"
    assert "剩 7 天" in sv.task_light(third, D(2026, 3, 13)).reason


# ---------------------------------------------------------------- 5. one 临期 rule


def test_lights_and_reminders_share_one_due_soon_rule(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    second = sv.tasks_of(item.id, CLI_ACTOR)[1]  # 市财政局, due 2026-03-31
    sv.add_report(second.id, {"report_date": D(2026, 3, 2), "进度": 100, "进展情况": "资金到位"},
                  admin)
    second = sv.tasks_of(item.id, CLI_ACTOR)[1]
    day = D(2026, 3, 27)  # 4 days left: within the default 5
    assert sv.task_light(second, day).level == "warn"
    assert second.id in {c.task.id for c in sv.chases(day, actor=admin)}
    settings.put("supervision.light.due_days", 2)
    assert sv.task_light(second, day).level == "normal"
    assert second.id not in {c.task.id for c in sv.chases(day, actor=admin)}
    settings.put("supervision.light.due_days", 10)
    day = D(2026, 3, 22)  # 9 days left
    assert sv.task_light(second, day).level == "warn"
    [chase] = [c for c in sv.chases(day, actor=admin) if c.task.id == second.id]
    assert (chase.kind, chase.reason) == ("soon", "剩 9 天到期")
    assert settings.get("deadlines.due_soon_days") == 3  # the other registries' rule is not it


# ---------------------------------------------------------------- 6. red for lag is chased


def test_a_task_red_for_its_lag_is_chased(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    first = sv.tasks_of(item.id, CLI_ACTOR)[0]  # 3-02 .. 4-15, no report: 0 %
    # 16 days of 44 gone: 36.36 points behind, said to one decimal
    day = D(2026, 3, 18)
    assert sv.task_light(first, day).level == "alert" and "进度滞后" in sv.task_light(first, day).reason
    [chase] = [c for c in sv.chases(day, actor=admin) if c.task.id == first.id]
    assert chase.kind == "lag" and chase.reason == "进度滞后 36.4 个百分点" and chase.overdue
    assert first.id in {c.task.id for c in sv.overdue_chases(day, actor=admin)}
    fixed_today(day)
    made = sv.generate_reminders(admin, unit=UNITS[0])
    assert [(r.unit, r.reason) for r in made] == [(UNITS[0], "进度滞后 36.4 个百分点")]


# ---------------------------------------------------------------- 7. the paper is the 催办 sent


def test_the_reminder_notice_prints_only_a_recorded_reminder(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(D(2026, 3, 25))  # the third task is 5 days overdue, never chased
    with pytest.raises(ValidationError, match="还没有登记催办") as refused:
        forms.get("supervision-reminder").build([], admin, unit=UNITS[2])
    assert "生成催办记录" in str(refused.value) and "催办" in str(refused.value)
    with pytest.raises(ValidationError, match="还没有登记催办"):
        forms.get("supervision-reminder").build([item.id], admin)
    steps.perform("supervision", item.id, "催办", {"单位": UNITS[2]}, admin)
    text = _text(forms.get("supervision-reminder").build([], admin, unit=UNITS[2]))
    assert "逾期5天未办结" in text and "第一次催办" in text and "2026年3月25日" in text
    # printed two days later, it is still the 催办 of 3-25, with its own 报送期限
    fixed_today(D(2026, 3, 27))
    later = _text(forms.get("supervision-reminder").build([], admin, unit=UNITS[2]))
    assert "催办日期：2026年3月25日" in later and "逾期5天未办结" in later
    assert "2026年3月30日前" in later  # 3-25 + 3 days is a Saturday: the Monday, as recorded
    # only the units chased are printed: the others were never chased
    pages = forms.get("supervision-reminder").build([], admin)
    with pymupdf.open(stream=pages, filetype="pdf") as doc:
        assert doc.page_count == 1
    # a task done since is not chased on paper any more
    sv.complete_task(tasks[2].id, D(2026, 3, 27), "已办完", admin)
    with pytest.raises(ValidationError, match="没有逾期"):
        forms.get("supervision-reminder").build([], admin, unit=UNITS[2])


def test_a_notice_of_a_due_soon_reminder_says_so(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(D(2026, 3, 17))  # the third task: 3 days left, reported on time
    sv.add_report(tasks[2].id, {"report_date": D(2026, 3, 17), "进度": 90, "进展情况": "基本完成"},
                  admin)
    steps.perform("supervision", item.id, "催办", {"单位": UNITS[2]}, admin)
    text = _text(forms.get("supervision-reminder").build([], admin, unit=UNITS[2]))
    assert "剩3天到期" in text and "催办事项" in text and "临近办理时限" in text


def test_the_command_line_tells_of_a_deadline_on_a_rest_day(tmp_path):
    from .test_cli import run_here as run

    run(tmp_path, "init", "--org", "中共云岭县委办公室", "--code", "云委办", "--password", "Abc12345678")
    run(tmp_path, "add", "supervision", "事项名称=推进秋粮收购", "来源=领导批示", "办结时限=2026-04-30")
    said = run(tmp_path, "step", "supervision", "1", "分解", "牵头单位=县水利局", "时限=2026-04-04")
    assert "注意：时限 2026-04-04 是休息日或法定节假日" in said.stdout
    quiet = run(tmp_path, "step", "supervision", "1", "分解", "牵头单位=县财政局", "时限=2026-04-03")
    assert "注意" not in quiet.stdout


def test_a_holiday_entered_later_moves_the_report_date(db, admin, fixed_today):
    """A year's holidays are published late: a 反馈 due on a day made a holiday moves on."""
    from officedesk.core import workdays

    fixed_today(D(2026, 3, 2))
    item = _item(admin, "2026-03-02", "2026-04-30")
    task = sv.add_task(item.id, {"牵头单位": "县水利局", "时限": "2026-04-30"}, admin)
    assert task.next_report_due == D(2026, 4, 2)  # a Thursday
    workdays.set_override(D(2026, 4, 2), False, "临时放假", admin)
    assert sv.task_reads.get_task(task.id, admin).next_report_due == D(2026, 4, 3)
    workdays.remove_override(D(2026, 4, 2), admin)
    assert sv.task_reads.get_task(task.id, admin).next_report_due == D(2026, 4, 2)


def test_a_deadline_on_a_sunday_is_not_due_today_on_friday(item_with_tasks, admin, fixed_today):
    """Working days counted, a 时限 on a Sunday has no working day left before it from Friday on:
    the light said 今日到期 on Friday and Saturday. It names the day; on it, 今日到期."""
    item, _tasks = item_with_tasks
    settings.put("supervision.working_days", True)
    fixed_today(D(2026, 3, 2))
    task = sv.add_task(item.id, {"牵头单位": UNITS[0], "责任人": "赵敏", "时限": "2026-03-22"}, admin)
    sv.add_report(task.id, {"report_date": D(2026, 3, 2), "进度": 100, "进展情况": "基本完成"}, admin)
    task = sv.SupervisionTask.get_by_id(task.id)
    for day in (D(2026, 3, 20), D(2026, 3, 21)):  # Friday, Saturday
        assert sv.task_light(task, day).reason == "2026-03-22 到期", day
        fixed_today(day)
        [chase] = [c for c in sv.chases(actor=admin) if c.task.id == task.id]
        assert chase.reason == "2026-03-22 到期"
    assert sv.task_light(task, D(2026, 3, 22)).reason == "今日到期"
    assert "剩 1 天" in sv.task_light(task, D(2026, 3, 19)).reason


def test_the_reminder_notice_writes_figures_next_to_their_chinese(item_with_tasks, admin,
                                                                   fixed_today):
    """The stored reason 逾期 5 天未办结 (the interface's words) prints 逾期5天未办结, as the
    notice's own 公文 text writes figures (it printed “逾期 5 天”, “逾期6 天未报”)."""
    item, _ = item_with_tasks
    fixed_today(D(2026, 3, 25))
    steps.perform("supervision", item.id, "催办", {"单位": UNITS[2]}, admin)
    data = forms.get("supervision-reminder").build([], admin, unit=UNITS[2])
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        text = "".join(page.get_text().replace("\n", "") for page in pdf)
    assert "逾期5天未办结" in text
    assert not re.search(r"逾期 ?[0-9]+ 天|[0-9] 天未", text), text
