"""保密 of a 督查 item's 责任人 (core.cleared_names): each task names its own 责任人, and the item's
责任人 is only their summary, cut to its 200 characters. The people of every task — the 12th as the
1st — are cleared for the item while it is in work: a task naming one below it is refused (分解,
修改任务, import), he is not lowered, renamed or re-enabled below it, `check` lists him, and the
item is not raised above him."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import accounts, cleared_names, records
from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError
from officedesk.core.supervision.added import create_from_row
from officedesk.store.models import User

# eleven tasks naming five people each who are no users of the program: 11 × 5 × 6 characters
# with their 、, far past the 200 the item's 责任人 keeps
CROWD = ["、".join(f"群众{task:02}{n}" for n in range(5)) for task in range(11)]


@pytest.fixture
def staff(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    accounts.create_user("low", "pass12345678", "clerk", admin, display_name="吕小低", clearance=0)
    accounts.create_user("mid", "pass12345678", "clerk", admin, display_name="徐明", clearance=2)
    return admin


def _crowded(admin, secrecy: str, last: str) -> sv.SupervisionItem:
    """An item of 11 tasks naming the crowd, and a 12th naming `last`."""
    item = sv.create_item({"事项名称": "机密督查", "来源": "领导批示", "密级": secrecy,
                           "立项日期": "2026-03-02"}, admin)
    for people in [*CROWD, last]:
        sv.add_task(item.id, {"牵头单位": "县水利局", "责任人": people, "时限": "2026-03-30"}, admin)
    item = sv.get_item(item.id, admin)
    assert len(item.responsible) <= 200 and last not in item.responsible  # past the cut
    return item


def test_a_late_task_names_no_uncleared_responsible(staff):
    item = _crowded(staff, "机密", "徐明")
    with pytest.raises(ValidationError, match="责任人吕小低（公开）的密级权限低于它") as caught:
        sv.add_task(item.id, {"牵头单位": "县水利局", "责任人": "陈红、吕小低"}, staff)
    assert caught.value.field == "responsible"
    last = sv.tasks_of(item.id, staff)[-1]
    with pytest.raises(ValidationError, match="责任人吕小低（公开）"):
        sv.update_task(last.id, {"责任人": "徐明；吕小低"}, last.version, staff)
    assert [t.responsible for t in sv.tasks_of(item.id, staff)][-1] == "徐明"


def test_a_late_task_s_responsible_is_not_lowered_renamed_or_re_enabled(staff):
    item = _crowded(staff, "机密", "徐明、群众甲")
    with pytest.raises(ValidationError, match="责任人徐明"):
        accounts.set_clearance("mid", 1, staff)
    with pytest.raises(ValidationError, match="责任人群众甲"):  # nor renamed onto one it names
        accounts.set_display_name("low", "群众甲", staff)
    accounts.deactivate("mid", staff)
    User.update(clearance=1).where(User.username == "mid").execute()
    with pytest.raises(ValidationError, match="责任人徐明"):
        accounts.activate("mid", staff)
    # lowered outside the program: `check` says so
    User.update(active=True).where(User.username == "mid").execute()
    [said] = cleared_names.uncleared_in_work()
    assert f"id {item.id}" in said and "责任人“徐明”" in said


def test_an_item_is_not_raised_above_a_late_task_s_responsible(staff):
    item = _crowded(staff, "非密", "吕小低")
    with pytest.raises(ValidationError, match="责任人吕小低（公开）.*定为秘密"):
        records.update(sv.SPEC, item.id, {"密级": "秘密"}, item.version, staff)
    assert sv.get_item(item.id, staff).secrecy == "非密"


def test_the_item_s_summary_names_nobody_its_tasks_do_not(staff):
    """The item's 责任人 is cut at a whole name: “吕小低明” (no user) cut to “吕小低” named a 公开
    user the tasks never named — a 分解 refused for him, and `check` listing him."""
    names = [f"群众{n:03}" for n in range(32)] + ["群众甲乙"]  # 196 characters joined
    item = sv.create_item({"事项名称": "机密督查", "来源": "领导批示", "密级": "机密",
                           "立项日期": "2026-03-02"}, staff)
    for start in range(0, len(names), 10):
        sv.add_task(item.id, {"牵头单位": "县水利局", "责任人": "、".join(names[start:start + 10])}, staff)
    sv.add_task(item.id, {"牵头单位": "县水利局", "责任人": "吕小低明"}, staff)
    item = sv.get_item(item.id, staff)
    assert item.responsible == "、".join(names)
    assert cleared_names.uncleared_in_work() == []


def test_an_imported_item_names_no_uncleared_responsible(staff):
    row = {"事项名称": "机密督查", "来源": "领导批示", "密级": "机密", "立项日期": "2026-03-02",
           "牵头单位": "县水利局、县财政局", "责任人": "徐明、吕小低"}
    with pytest.raises(ValidationError, match="责任人吕小低（公开）"):
        create_from_row(row, staff)
    assert create_from_row({**row, "责任人": "徐明"}, staff).responsible == "徐明"
