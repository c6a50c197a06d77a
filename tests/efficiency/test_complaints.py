"""效能投诉: 登记 → 核查 → 结论 → 处理, time limits from the settings, counted per unit."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, record_lists, records, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency.figures import Period
from officedesk.core.errors import ProcedureError, ValidationError

from .conftest import TODAY

D = dt.date


def _new(actor, unit="县自然资源局", day=D(2025, 9, 26)):
    clock.set_today(day)
    record = C.register_complaint(
        {"投诉方式": "电话", "登记日期": day.isoformat(), "投诉人": "钱女士", "联系电话": "13912345678",
         "被投诉单位": unit, "被投诉人": "吴某某", "投诉类别": "办事拖拉",
         "投诉内容": "不动产登记两周未办结。"},
        actor,
    )
    clock.set_today(TODAY)
    return record


def test_the_whole_flow_with_its_time_limits(office, admin):
    record = _new(admin)
    assert record.number.startswith("效投2025-") and record.state == C.TO_VERIFY
    # 20 working days from 9-26 over the National Day (9-28 and 10-11 worked, 10-1…8 off)
    assert record.due_on == D(2025, 10, 30)
    settings.put(C.VERIFY_DAYS.key, 3)
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-9-30")
    assert record.state == C.VERIFYING and record.verify_due == D(2025, 10, 11)
    clock.set_today(D(2025, 10, 13))
    record = C.conclude(record.id, record.version, admin, "部分属实", "材料齐全后拖延一周。")
    assert record.state == C.TO_DECIDE and record.verified_on == D(2025, 10, 13)
    record = C.dispose(record.id, record.version, admin, "效能告诫", "对吴某某予以效能告诫。")
    assert (record.state, record.action, record.closed_on) == (C.CLOSED, "效能告诫", D(2025, 10, 13))
    assert [s.kind for s in C.steps_of(record.id, CLI_ACTOR)] == ["登记", "核查", "结论", "处理"]


def test_steps_out_of_order_and_bad_input_are_refused(office, admin):
    record = _new(admin)
    with pytest.raises(ProcedureError, match="待核查"):
        C.conclude(record.id, record.version, admin, "属实", "核实。")
    with pytest.raises(ValidationError, match="核查单位"):
        C.send_for_verification(record.id, record.version, admin, " ")
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委")
    with pytest.raises(ValidationError, match="属实"):
        C.conclude(record.id, record.version, admin, "基本属实", "核实。")
    with pytest.raises(ValidationError, match="不能早于核查日期"):
        C.conclude(record.id, record.version, admin, "属实", "核实。", on="2025-09-01")
    record = C.conclude(record.id, record.version, admin, "属实", "核实。")
    with pytest.raises(ValidationError, match="写明处理意见"):
        C.dispose(record.id, record.version, admin, "其他")
    with pytest.raises(ValidationError, match="处理结果只能是"):
        C.dispose(record.id, record.version, admin, "批评教育")


def test_an_untrue_complaint_is_closed_without_action(office, admin):
    record = _new(admin)
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委")
    record = C.conclude(record.id, record.version, admin, "不属实", "系材料不全，已一次性告知。")
    with pytest.raises(ValidationError, match="不予处理"):
        C.dispose(record.id, record.version, admin, "效能告诫")
    record = C.dispose(record.id, record.version, admin, "")
    assert record.action == C.NO_ACTION and record.state == C.CLOSED


def test_a_readonly_user_cannot_register(office):
    from officedesk.core.actor import Actor
    from officedesk.core.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        _new(Actor("guest", "readonly", 0))


def test_counted_per_unit_and_listed_with_the_phone_masked(office, admin, clerk):
    first = _new(admin)
    _new(admin, unit="县住房和城乡建设局", day=D(2025, 10, 9))
    first = C.send_for_verification(first.id, first.version, admin, "县纪委监委", on="2025-10-9")
    first = C.conclude(first.id, first.version, admin, "属实", "核实。", on="2025-10-10")
    C.dispose(first.id, first.version, admin, "通报批评", on="2025-10-13")
    figures = C.per_unit(admin, Period(D(2025, 9, 1), D(2025, 10, 31)))
    rows = {r["unit"]: r for r in figures["by_unit"]}
    assert rows["县自然资源局"]["属实"] == 1 and rows["县自然资源局"]["通报批评"] == 1
    assert rows["县住房和城乡建设局"]["open"] == 1
    assert figures["total"]["total"] == 2
    texts = record_lists.row_texts(C.SPEC, records.get(C.SPEC, first.id, CLI_ACTOR))
    assert "13912345678" not in texts


def test_add_from_the_command_line_uses_the_flow(office, admin):
    record = C.SPEC.create_hook(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "孙先生", "被投诉单位": "县交通运输局", "投诉内容": "推诿。"}, admin
    )
    assert record.state == C.TO_VERIFY and C.steps_of(record.id, CLI_ACTOR)[0].kind == "登记"


def test_the_papers_of_the_flow(office, admin):
    import warnings

    from officedesk.printing import forms

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pymupdf as fitz

    record = _new(admin)
    with pytest.raises(ProcedureError, match="核查通知书"):
        forms.get("complaint-verify").build([record.id], admin)
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-9-30")
    record = C.conclude(record.id, record.version, admin, "属实", "拖延一周。")
    with pytest.raises(ProcedureError, match="效能告诫"):
        forms.get("complaint-warning").build([record.id], admin)
    record = C.dispose(record.id, record.version, admin, "效能告诫")
    for name, words in (
        ("complaint-verify", ["效能投诉核查通知书", "县纪委监委：", "2025年10月21日前"]),
        ("complaint-warning", ["效能告诫书", "吴某某同志：", "予以效能告诫"]),
    ):
        with fitz.open(stream=forms.get(name).build([record.id], admin), filetype="pdf") as doc:
            text = "".join(page.get_text().replace("\n", "") for page in doc)
        for word in words:
            assert word in text, (name, word)
        assert "13912345678" not in text  # the complainant stays confidential


def test_no_step_is_dated_before_the_step_before_it(office, admin):
    """登记 11-02, 核查 11-20: a 结论 of 11-05 or a 处理 before the 结论 would give the figures
    a span running backwards."""
    record = _new(admin, day=D(2025, 11, 3))
    with pytest.raises(ValidationError, match=r"核查日期（2025-11-02）不能早于登记日期（2025-11-03）"):
        C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-11-02")
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-11-20")
    with pytest.raises(ValidationError, match=r"结论日期（2025-11-05）不能早于核查日期（2025-11-20）"):
        C.conclude(record.id, record.version, admin, "属实", "核实。", on="2025-11-05")
    record = C.conclude(record.id, record.version, admin, "属实", "核实。", on="2025-11-24")
    with pytest.raises(ValidationError, match=r"处理日期（2025-11-21）不能早于结论日期（2025-11-24）") as refused:
        C.dispose(record.id, record.version, admin, "效能告诫", on="2025-11-21")
    assert refused.value.field == "on"
    record = C.dispose(record.id, record.version, admin, "效能告诫", on="2025-11-24")  # same day
    assert (record.verify_sent_on, record.verified_on, record.closed_on) == (
        D(2025, 11, 20), D(2025, 11, 24), D(2025, 11, 24))
    assert [s.on for s in C.steps_of(record.id, CLI_ACTOR)] == sorted(s.on for s in C.steps_of(record.id, CLI_ACTOR))


def test_the_steps_are_declared_for_the_command_line_and_the_window(office, admin):
    record = _new(admin)
    info = steps.describe("complaints", record.id, admin)
    assert info["state"] == C.TO_VERIFY and [s["step"] for s in info["steps"]] == ["核查"]
    verify = info["steps"][0]
    # registered long before the tests' today: its limit says how far past it is
    assert (verify["on"], verify["person"], verify["limit"]) == (
        True, True, "办结时限 2025-10-30（已逾期 32 个工作日）")
    assert [f["label"] for f in verify["fields"]] == ["核查单位", "核查时限（工作日）", "通知内容"]
    with pytest.raises(ValidationError, match="核查单位"):
        steps.perform("complaints", record.id, "核查", {}, admin)
    done = steps.perform("complaints", record.id, "核查", {"核查单位": "县纪委监委", "核查时限（工作日）": "3"},
                         CLI_ACTOR, on="2025-9-30", person="李干事")
    assert (done.state_before, done.state) == (C.TO_VERIFY, C.VERIFYING)
    record = records.get(C.SPEC, record.id, CLI_ACTOR)
    assert (record.verify_sent_on, record.verify_due) == (D(2025, 9, 30), D(2025, 10, 11))
    assert C.steps_of(record.id, CLI_ACTOR)[-1].person == "李干事"
    with pytest.raises(ProcedureError, match="现在是“核查中”，不能“处理”"):
        steps.perform("complaints", record.id, "处理", {"处理结果": "效能告诫"}, admin)
    with pytest.raises(ValidationError, match="不能早于核查日期"):
        steps.perform("complaints", record.id, "结论", {"核查结论": "不属实", "核查情况": "已告知。"},
                      admin, on="2025-9-29")
    steps.perform("complaints", record.id, "结论", {"核查结论": "不属实", "核查情况": "已告知。"},
                  admin, on="2025-10-9")
    # an untrue complaint: 处理 offers only 不予处理, and takes it without being told
    dispose = steps.describe("complaints", record.id, admin)["steps"][0]
    action = next(f for f in dispose["fields"] if f["name"] == "action")
    assert (action["choices"], action["default"]) == ([C.NO_ACTION], C.NO_ACTION)
    assert steps.perform("complaints", record.id, "处理", {}, admin).state == C.CLOSED
    assert records.get(C.SPEC, record.id, CLI_ACTOR).action == C.NO_ACTION
    # closed: only 答复 (the complainant told the result, test_complaint_reply) is left
    assert [s["step"] for s in steps.describe("complaints", record.id, admin)["steps"]] == ["答复"]


@pytest.mark.parametrize("label", ["投诉方式", "投诉类别"])
def test_the_clerk_chooses_how_and_what_a_complaint_is(office, admin, label):
    # a preset 投诉类别 a clerk leaves as it is would be counted in the 效能 category figures
    values = {"投诉人": "钱女士", "被投诉单位": "县水利局", "投诉内容": "拖延。",
              "投诉方式": "来信", "投诉类别": "推诿扯皮"}
    del values[label]
    with pytest.raises(ValidationError, match=label):
        C.register_complaint(values, admin)
    assert C.SPEC.field(C.SPEC.by_label(label).name).default is None


@pytest.mark.parametrize("days", [0, 366, 100000])
def test_the_close_limit_setting_is_a_number_of_working_days_like_the_check_limit(office, admin, days):
    """办结时限 0 would make a complaint due the day it is registered (overdue by the next), and
    100,000 working days is no limit: refused, as the 核查时限 (1 … 365) is."""
    with pytest.raises(ValidationError, match="1 到 365"):
        settings.put(C.CLOSE_DAYS.key, days, admin)
    assert settings.get(C.CLOSE_DAYS.key) == 20
