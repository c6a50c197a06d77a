"""A change of the holiday table counts a 督查事项's 办结时限 again when it was counted (left blank
at 立项: 立项日期 + the default days) and is still running; the tasks that took it as their 时限
move with it. A 时限 typed by a clerk, an item 办结 and a limit already run out stay."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, registry, settings, workdays
from officedesk.core import supervision as sv
from officedesk.core.actor import Actor
from officedesk.core.supervision import items
from officedesk.store.supervision import SupervisionItem, SupervisionTask

D = dt.date
TODAY = D(2026, 12, 1)  # a Tuesday
CHIEF = Actor("chief", "admin", 3, display_name="管理员")


@pytest.fixture
def office(db, admin, fixed_today):
    registry.load_all()
    fixed_today(TODAY)
    settings.put(items.WORKING_DAYS.key, True, admin)
    settings.put(items.DEFAULT_DAYS.key, 20, admin)
    yield
    workdays.forget_overrides()


def _item(admin, title: str, **more: str) -> SupervisionItem:
    return sv.create_item({"事项名称": title, "来源": "领导批示", **more}, admin)


def _deadline(item: SupervisionItem) -> dt.date:
    return SupervisionItem.get_by_id(item.id).deadline


def test_a_counted_deadline_and_the_tasks_following_it_move_with_the_holidays(office, admin):
    counted = _item(admin, "推进老旧小区改造")
    assert counted.deadline == D(2026, 12, 29)  # 20 working days from 1 December
    follows = sv.add_task(counted.id, {"牵头单位": "市财政局"}, admin)  # no 时限: the item's
    own = sv.add_task(counted.id, {"牵头单位": "市住房和城乡建设局", "时限": "2026-12-20"}, admin)
    typed = _item(admin, "落实会议精神", 办结时限="2026-12-29")
    from_source = sv.create_item_from_source("other", None, "整治违规停车", "", admin)
    assert from_source.deadline == D(2026, 12, 29)

    # a Monday made a holiday: one working day fewer before the 29th
    assert workdays.set_override(D(2026, 12, 14), False, "临时放假（示例）", CHIEF) == 2
    assert _deadline(counted) == _deadline(from_source) == D(2026, 12, 30)
    assert SupervisionTask.get_by_id(follows.id).deadline == D(2026, 12, 30)
    assert SupervisionTask.get_by_id(own.id).deadline == D(2026, 12, 20)  # typed: stays
    assert _deadline(typed) == D(2026, 12, 29)  # typed: stays
    last = audit.history(sv.SPEC.name, counted.id)[-1]
    assert "2026年节假日安排变更" in last.summary and last.actor == "chief"

    # a Saturday made a working day (调休): earlier again — the task moves first, so no task
    # is ever due after its item
    assert workdays.set_override(D(2026, 12, 19), True, "调休上班（示例）", CHIEF) == 2
    assert _deadline(counted) == D(2026, 12, 29)
    assert SupervisionTask.get_by_id(follows.id).deadline == D(2026, 12, 29)


def test_an_item_closed_or_run_out_or_extended_keeps_its_deadline(office, admin, fixed_today):
    fixed_today(D(2026, 11, 2))
    ran_out = _item(admin, "已过期的事项")  # due 30 November, not closed
    assert ran_out.deadline == D(2026, 11, 30)
    fixed_today(TODAY)
    closed = _item(admin, "已办结的事项")
    task = sv.add_task(closed.id, {"牵头单位": "市财政局"}, admin)
    sv.complete_task(task.id, TODAY, "已完成。", admin)
    closed = sv.get_item(closed.id, admin)
    sv.close_item(closed.id, TODAY, "已办结。", closed.version, admin)
    extended = _item(admin, "延期的事项")
    extended = sv.get_item(extended.id, admin)
    from officedesk.core import records

    records.update(sv.SPEC, extended.id, {"deadline": D(2027, 1, 15)}, extended.version, admin,
                   parsed=True)
    # a holiday in the 30 November item's period: it ran out before the change, so it stays
    assert workdays.set_override(D(2026, 11, 16), False, "临时放假（示例）", CHIEF) == 0
    assert _deadline(ran_out) == D(2026, 11, 30)
    assert workdays.set_override(D(2026, 12, 14), False, "临时放假（示例）", CHIEF) == 0
    assert _deadline(closed) == D(2026, 12, 29)
    assert _deadline(extended) == D(2027, 1, 15)


def test_a_typed_task_after_the_new_deadline_keeps_the_item_where_it_was(office, admin):
    item = _item(admin, "推进老旧小区改造")
    workdays.set_override(D(2026, 12, 14), False, "临时放假（示例）", CHIEF)
    item = SupervisionItem.get_by_id(item.id)
    assert item.deadline == D(2026, 12, 30)
    sv.add_task(item.id, {"牵头单位": "市财政局", "时限": "2026-12-30"}, admin)
    # the holiday taken back would make the item due on the 29th, before its task's typed 30th
    assert workdays.remove_override(D(2026, 12, 14), CHIEF) == 0
    assert _deadline(item) == D(2026, 12, 30)


def _dates(item: SupervisionItem) -> tuple[dt.date, list[dt.date]]:
    tasks = SupervisionTask.select().where(SupervisionTask.item == item.id).order_by(
        SupervisionTask.id)
    return _deadline(item), [t.deadline for t in tasks]


def test_a_holiday_change_puts_no_running_item_into_overdue(office, admin):
    item = _item(admin, "推进老旧小区改造", 立项日期="2026-11-03")
    assert item.deadline == TODAY  # 20 working days: due today
    split = _item(admin, "整治违规停车", 立项日期="2026-11-03")
    sv.add_task(split.id, {"牵头单位": "市财政局", "交办日期": "2026-11-10"}, admin)  # follows it
    # a Saturday made a working day would end the period on 30 November, before today
    assert workdays.set_override(D(2026, 11, 14), True, "调休", CHIEF) == 0
    assert _dates(item) == (TODAY, []) and _dates(split) == (TODAY, [TODAY])
    assert workdays.remove_override(D(2026, 11, 14), CHIEF) == 0
    assert _dates(item) == (TODAY, []) and _dates(split) == (TODAY, [TODAY])


def test_a_holiday_change_undone_leaves_every_date_as_it_was(office, admin):
    made = [_item(admin, "推进老旧小区改造", 立项日期="2026-11-03"),
            _item(admin, "落实会议精神", 立项日期="2026-11-03"), _item(admin, "整治违规停车")]
    sv.add_task(made[1].id, {"牵头单位": "市财政局", "交办日期": "2026-11-10"}, admin)
    sv.add_task(made[2].id, {"牵头单位": "市财政局"}, admin)
    sv.add_task(made[2].id, {"牵头单位": "市住房和城乡建设局", "时限": "2026-12-20"}, admin)
    before = [_dates(item) for item in made]
    for day, working in ((D(2026, 11, 14), True), (D(2026, 12, 14), False),
                         (D(2026, 12, 19), True)):
        workdays.set_override(day, working, "示例", CHIEF)
        workdays.remove_override(day, CHIEF)
        assert [_dates(item) for item in made] == before


def test_a_task_done_keeps_its_own_deadline_and_pins_nothing(office, admin):
    item = _item(admin, "推进老旧小区改造")
    workdays.set_override(D(2026, 12, 14), False, "临时放假（示例）", CHIEF)
    assert _deadline(item) == D(2026, 12, 30)
    follows = sv.add_task(item.id, {"牵头单位": "市财政局"}, admin)
    done = sv.add_task(item.id, {"牵头单位": "市住房和城乡建设局", "时限": "2026-12-30"}, admin)
    sv.complete_task(done.id, TODAY, "已完成。", admin)
    # the holiday taken back: the item and its open task back to the 29th; the met task's
    # 时限 stays as it was, after the item's
    assert workdays.remove_override(D(2026, 12, 14), CHIEF) == 1
    assert _deadline(item) == D(2026, 12, 29)
    assert SupervisionTask.get_by_id(follows.id).deadline == D(2026, 12, 29)
    assert SupervisionTask.get_by_id(done.id).deadline == D(2026, 12, 30)


def test_a_counted_task_extended_with_its_item_keeps_the_extended_time_limit(office, admin):
    from officedesk.core import steps

    item = _item(admin, "推进老旧小区改造")
    follows = sv.add_task(item.id, {"牵头单位": "市财政局"}, admin)
    steps.perform("supervision", item.id, "延期",
                  {"办结时限": "2026-12-30", "延期理由": "工程量大"}, admin)
    # the task due with its item is extended with it (a 时限 decided by the 延期, not counted)
    assert (_deadline(item), SupervisionTask.get_by_id(follows.id).deadline) == (
        D(2026, 12, 30), D(2026, 12, 30))
    assert workdays.set_override(D(2026, 12, 14), False, "临时放假（示例）", CHIEF) == 0
    assert _dates(item) == (D(2026, 12, 30), [D(2026, 12, 30)])
    workdays.remove_override(D(2026, 12, 14), CHIEF)
    assert _dates(item) == (D(2026, 12, 30), [D(2026, 12, 30)])


def _low_admin(admin) -> Actor:
    """An administrator cleared for 秘密 only, logged in."""
    from officedesk.core import accounts, users

    accounts.create_user("adm2", "pass12345678", "admin", admin, display_name="秘密管理员",
                         clearance=1)
    return users.authenticate("adm2", "pass12345678")


def test_a_holiday_change_moves_what_its_changer_may_not_see_and_tells_him_nothing(office,
                                                                                   admin):
    adm2 = _low_admin(admin)
    secret = _item(admin, "机密事项甲", 密级="机密")
    follows = sv.add_task(secret.id, {"牵头单位": "市财政局"}, admin)
    alone = _item(admin, "机密事项乙", 密级="机密")
    plain = _item(admin, "公开事项")
    # the whole office's calendar: every running counted 时限 moves, the changer told of his own
    assert workdays.set_override(D(2026, 12, 14), False, "临时放假（示例）", adm2) == 1
    assert _dates(secret) == (D(2026, 12, 30), [D(2026, 12, 30)])
    assert _deadline(alone) == _deadline(plain) == D(2026, 12, 30)
    assert SupervisionTask.get_by_id(follows.id).deadline == D(2026, 12, 30)
    moved = [e for e in audit.history(sv.SPEC.name, secret.id) if e.actor == "adm2"]
    assert moved and all("机密事项" not in e.summary for e in moved)
    assert workdays.remove_override(D(2026, 12, 14), adm2) == 1
    assert _dates(secret) == (D(2026, 12, 29), [D(2026, 12, 29)])
    assert _deadline(alone) == _deadline(plain) == D(2026, 12, 29)
