"""回避: the 被投诉人 and the members of the 被投诉单位 neither handle a 效能投诉 (核查, 结论, 处理 —
refused by core, not offered by `steps` nor the window) nor have it recorded in their name
(代录) nor correct it; someone of another unit handles it."""

from __future__ import annotations

import pytest

from officedesk.core import directory, records, steps
from officedesk.core.efficiency import complaints as C
from officedesk.core.errors import PermissionDeniedError, ProcedureError
from tests.staff import make_staff

RAW = {"投诉方式": "电话", "登记日期": "2025-12-15", "投诉人": "群众甲", "投诉类别": "办事拖拉",
       "被投诉单位": "县委办公室综合科", "被投诉人": "徐敏", "投诉内容": "徐敏拖延办理。"}


@pytest.fixture
def staff(office, admin):
    for name in ("县委办公室综合科", "县委办公室秘书科"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    return make_staff([
        ("xm", "徐敏", "clerk", "县委办公室综合科", "科员", "", False),
        ("zyq", "周雅琴", "clerk", "县委办公室综合科", "科员", "", False),
        ("wzy", "王志远", "clerk", "县委办公室秘书科", "科长", "", True),
    ])


def _offered(record, actor):
    return [s.name for s in steps.available_steps("complaints", record.id, actor)]


def test_the_person_complained_of_may_not_handle_it(staff, admin):
    xm, wzy = staff["xm"], staff["wzy"]
    record = C.register_complaint(RAW, xm)  # 登记 records what came in, whoever takes the call
    assert _offered(record, xm) == []
    with pytest.raises(ProcedureError, match=r"您是这件效能投诉的被投诉人（徐敏），应当回避.*"
                                             r"请由县委办公室综合科以外"):
        steps.perform("complaints", record.id, "核查", {"核查单位": "县委办公室综合科"}, xm)
    with pytest.raises(ProcedureError, match="被投诉人（徐敏），应当回避"):  # the core function too
        C.send_for_verification(record.id, record.version, xm, "县委办公室综合科")
    assert C.SPEC.model.get_by_id(record.id).state == C.TO_VERIFY
    # someone of another unit handles it through to the end
    assert _offered(record, wzy) == ["核查"]
    steps.perform("complaints", record.id, "核查", {"核查单位": "县委办公室秘书科"}, wzy)
    with pytest.raises(ProcedureError, match="被投诉人"):
        steps.perform("complaints", record.id, "结论",
                      {"核查结论": "不属实", "核查情况": "经查无此事"}, xm)
    steps.perform("complaints", record.id, "结论", {"核查结论": "属实", "核查情况": "拖延一周"}, wzy)
    with pytest.raises(ProcedureError, match="被投诉人"):
        steps.perform("complaints", record.id, "处理", {"处理结果": "效能告诫"}, xm)
    steps.perform("complaints", record.id, "处理", {"处理结果": "效能告诫"}, admin)
    assert C.SPEC.model.get_by_id(record.id).state == C.CLOSED


def test_his_unit_colleagues_may_not_handle_it_either(staff):
    zyq, wzy = staff["zyq"], staff["wzy"]
    record = C.register_complaint(RAW, wzy)
    assert _offered(record, zyq) == []
    with pytest.raises(ProcedureError, match="您所在的县委办公室综合科是这件效能投诉的被投诉单位"):
        steps.perform("complaints", record.id, "核查", {"核查单位": "县委办公室秘书科"}, zyq)
    # a complaint about another unit is hers to handle
    other = C.register_complaint({**RAW, "被投诉单位": "县委办公室秘书科", "被投诉人": "王志远"}, zyq)
    assert _offered(other, zyq) == ["核查"] and _offered(other, wzy) == []


def test_no_step_is_recorded_for_him_and_he_corrects_nothing(staff, admin):
    xm, wzy = staff["xm"], staff["wzy"]
    record = C.register_complaint(RAW, wzy)
    with pytest.raises(ProcedureError, match="经办人徐敏是这件效能投诉的被投诉人"):
        steps.perform("complaints", record.id, "核查", {"核查单位": "县委办公室秘书科"}, wzy,
                      person="徐敏")
    with pytest.raises(ProcedureError, match="经办人周雅琴所在的县委办公室综合科是"):
        steps.perform("complaints", record.id, "核查", {"核查单位": "县委办公室秘书科"}, admin,
                      person="周雅琴")
    # nor may he take his name off it by a correction, then handle it
    with pytest.raises(PermissionDeniedError, match="应当回避，不能修改这件投诉"):
        records.update(C.SPEC, record.id, {"被投诉人": "某某"}, record.version, xm)
    saved = records.update(C.SPEC, record.id, {"投诉内容": "徐敏拖延办理两周。"}, record.version, wzy)
    assert saved.person == "徐敏"


def test_the_window_greys_his_step_buttons(staff, app_ctx, qtbot):
    from officedesk.ui.efficiency.complaints import ComplaintsPage

    record = C.register_complaint(RAW, staff["wzy"])
    for username, enabled in (("xm", False), ("zyq", False), ("wzy", True)):
        app_ctx.actor = staff[username]
        page = ComplaintsPage(app_ctx)
        qtbot.addWidget(page)
        page.list.refresh()
        assert page.list.select_record(record.id)
        page.update_buttons()
        assert page.verify_button.isEnabled() is enabled, username


def test_a_step_out_of_turn_does_not_offer_him_the_one_he_may_not_do(staff):
    xm, wzy = staff["xm"], staff["wzy"]
    record = C.register_complaint(RAW, wzy)
    with pytest.raises(ProcedureError) as caught:  # the core function, as the runner says it
        C.conclude(record.id, record.version, xm, "属实", "拖延一周")
    assert caught.value.message == ("这件效能投诉现在是“待核查”，不能“结论”。"
                                    "此时可以办理的核查都不由您办理。")
    with pytest.raises(ProcedureError, match="此时可以：核查。"):
        C.conclude(record.id, record.version, wzy, "属实", "拖延一周")
