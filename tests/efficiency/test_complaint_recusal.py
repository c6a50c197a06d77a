"""回避: the 被投诉人 and the members of the 被投诉单位 neither handle a 效能投诉 (核查, 结论, 处理 —
refused by core, not offered by `steps` nor the window) nor have it recorded in their name
(代录) nor correct it; someone of another unit handles it. Once registered, the complaint does
not even exist for them (保护投诉人, test_complaint_withheld): a step or a correction by its id
is refused as an id that is not there; the recusal's own wording is what StepSpec.who says."""

from __future__ import annotations

import pytest

from officedesk.core import directory, records, steps
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import recusal
from officedesk.core.errors import HiddenRecordError, ProcedureError
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


NOT_THERE = "没有找到记录号（id）为 {} 的效能投诉记录。"


def _not_there(record, *attempts):
    for attempt in attempts:
        with pytest.raises(HiddenRecordError) as refused:
            attempt()
        assert refused.value.message == NOT_THERE.format(record.id)


def test_the_person_complained_of_may_not_handle_it(staff, admin):
    xm, wzy = staff["xm"], staff["wzy"]
    record = C.register_complaint(RAW, xm)  # 登记 records what came in, whoever takes the call
    assert recusal.step_refusal(xm, record) == (
        "您是这件效能投诉的被投诉人（徐敏），应当回避，不能办理这件投诉的核查、结论和处理。"
        "请由县委办公室综合科以外、与投诉无关的工作人员办理。")
    # from then on it is not there for him: no step offered, none done, by steps or core
    _not_there(record, lambda: _offered(record, xm),
               lambda: steps.perform("complaints", record.id, "核查", {"核查单位": "县委办公室综合科"}, xm),
               lambda: C.send_for_verification(record.id, record.version, xm, "县委办公室综合科"))
    assert C.SPEC.model.get_by_id(record.id).state == C.TO_VERIFY
    # someone of another unit handles it through to the end
    assert _offered(record, wzy) == ["核查"]
    steps.perform("complaints", record.id, "核查", {"核查单位": "县委办公室秘书科"}, wzy)
    _not_there(record, lambda: steps.perform("complaints", record.id, "结论",
                                             {"核查结论": "不属实", "核查情况": "经查无此事"}, xm))
    steps.perform("complaints", record.id, "结论", {"核查结论": "属实", "核查情况": "拖延一周"}, wzy)
    _not_there(record, lambda: steps.perform("complaints", record.id, "处理", {"处理结果": "效能告诫"}, xm))
    steps.perform("complaints", record.id, "处理", {"处理结果": "效能告诫"}, admin)
    assert C.SPEC.model.get_by_id(record.id).state == C.CLOSED


def test_his_unit_colleagues_may_not_handle_it_either(staff):
    zyq, wzy = staff["zyq"], staff["wzy"]
    record = C.register_complaint(RAW, wzy)
    assert "您所在的县委办公室综合科是这件效能投诉的被投诉单位" in recusal.step_refusal(zyq, record)
    _not_there(record, lambda: _offered(record, zyq),
               lambda: steps.perform("complaints", record.id, "核查", {"核查单位": "县委办公室秘书科"}, zyq))
    # a complaint about another unit is hers to handle
    other = C.register_complaint({**RAW, "被投诉单位": "县委办公室秘书科", "被投诉人": "王志远"}, zyq)
    assert _offered(other, zyq) == ["核查"]
    _not_there(other, lambda: _offered(other, wzy))


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
    assert "应当回避，不能修改这件投诉" in str(recusal.correction_lock(record, xm))
    _not_there(record, lambda: records.update(C.SPEC, record.id, {"被投诉人": "某某"}, record.version, xm))
    saved = records.update(C.SPEC, record.id, {"投诉内容": "徐敏拖延办理两周。"}, record.version, wzy)
    assert saved.person == "徐敏"


def test_the_window_greys_his_step_buttons(staff, app_ctx, qtbot):
    from officedesk.ui.efficiency.complaints import ComplaintsPage

    record = C.register_complaint(RAW, staff["wzy"])
    for username, listed in (("xm", False), ("zyq", False), ("wzy", True)):
        app_ctx.actor = staff[username]
        page = ComplaintsPage(app_ctx)
        qtbot.addWidget(page)
        page.list.refresh()
        # not even listed for whom it complains of: nothing to select, no step to offer
        assert page.list.select_record(record.id) is listed, username
        page.update_buttons()
        assert page.verify_button.isEnabled() is listed, username


def test_a_step_out_of_turn_does_not_offer_him_the_one_he_may_not_do(staff):
    xm, wzy = staff["xm"], staff["wzy"]
    record = C.register_complaint(RAW, wzy)
    _not_there(record, lambda: C.conclude(record.id, record.version, xm, "属实", "拖延一周"))
    with pytest.raises(ProcedureError, match="此时可以：核查。"):
        C.conclude(record.id, record.version, wzy, "属实", "拖延一周")
