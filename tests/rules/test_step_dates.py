"""One rule of step dates for every procedure (core.step_dates): a step is never dated before
the steps already done on the record; the refusal names the earlier step and its date. Steps
that run side by side (the readers' 阅, the tasks of a 督查 item, the events after an 信息's
编发) do not hold one another back."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import common, incoming
from officedesk.core.errors import ValidationError
from tests.cli_office import TODAY, Office, office  # noqa: F401 (the fixture)

D = dt.date
EARLIER = D(2026, 11, 10)  # TODAY is 2026-11-16


def _refused(office: Office, *args: str) -> str:  # noqa: F811
    _out, err = office(*args, code=1)
    return err


def _on(day: dt.date):
    """Run what follows on `day` (the clock), then come back to TODAY."""

    class Day:
        def __enter__(self):
            clock.set_today(day)

        def __exit__(self, *exc):
            clock.set_today(TODAY)

    return Day()


def test_a_signature_years_before_the_draft_is_refused(office):  # noqa: F811
    doc = office.json("add", "outgoing", "文种=通知", "标题=关于冬季防火的通知")["id"]
    office.step("outgoing", doc, "核稿", "核稿人=李科长")
    err = _refused(office, "step", "outgoing", str(doc), "签发", "签发人=李国强",
                   "签发日期=2020-01-01")
    assert "签发日期（2020-01-01）不能早于核稿日期（2026-11-16）" in err
    assert office.json("steps", "outgoing", str(doc))["state"] == "已核稿"  # nothing saved
    assert office.step("outgoing", doc, "签发", "签发人=李国强",
                       "签发日期=2026-11-16")["state"] == "已签发"


def test_a_back_entered_document_keeps_its_steps_in_order(office):  # noqa: F811
    with _on(EARLIER):
        doc = office.json("add", "outgoing", "文种=通知", "标题=关于补录的通知")["id"]
        office.step("outgoing", doc, "核稿", "核稿人=李科长")
    # signed on paper two days later, entered today: allowed, and its row carries that day
    office.step("outgoing", doc, "签发", "签发人=王主任", "签发日期=2026-11-12")
    signed = common.last_step("outgoing", doc, "签发", CLI_ACTOR)
    assert signed is not None and signed.at.date() == D(2026, 11, 12)
    office.step("outgoing", doc, "复核", "复核人=周秘书")
    office.step("outgoing", doc, "编号")
    # 复核 and 编号 take no date: done today, so the printing cannot come before them
    err = _refused(office, "step", "outgoing", str(doc), "印制", "印发日期=2026-11-13")
    assert "印发日期（2026-11-13）不能早于编号日期（2026-11-16）" in err


def test_an_incoming_document_s_instruction_assignment_and_close_follow_one_another(office):  # noqa: F811
    with _on(EARLIER):
        doc = office.json("add", "incoming", "文种=通知", "来文机关=市政府办公室", "标题=关于防汛的通知",
                          "收文日期=2026-11-09")["id"]
        office.step("incoming", doc, "登记")
        office.step("incoming", doc, "初审")
        office.step("incoming", doc, "拟办", "拟办意见=请王主任阅示", "拟办人=李文书")
    err = _refused(office, "step", "incoming", str(doc), "批办", "批示领导=王主任",
                   "批示内容=请落实", "--on", "2026-11-09T10:00")
    assert "批示时间（2026-11-09）不能早于拟办日期（2026-11-10）" in err
    # 王主任's 批示 entered for him (代录): his time with the day (a day alone is refused)
    office.step("incoming", doc, "批办", "批示领导=王主任", "批示内容=请落实", "--on", "2026-11-11T10:00")
    err = _refused(office, "step", "incoming", str(doc), "承办", "承办单位=县应急局",
                   "--on", "2026-11-10")
    assert "承办日期（2026-11-10）不能早于批办日期（2026-11-11）" in err
    office.step("incoming", doc, "承办", "承办单位=县应急局", "--on", "2026-11-12")
    err = _refused(office, "step", "incoming", str(doc), "办结", "办结结果=已落实",
                   "办结日期=2026-11-11")
    assert "办结日期（2026-11-11）不能早于承办日期（2026-11-12）" in err
    assert office.step("incoming", doc, "办结", "办结结果=已落实",
                       "办结日期=2026-11-13")["state"] == "已办结"


def _days(registry: str, doc: int) -> dict[str, dt.date]:
    """Each step's day as the 办理过程 holds it (the last row of each step)."""
    return {row.step: row.at.date() for row in common.steps(registry, doc, CLI_ACTOR)}


def test_outgoing_paper_steps_entered_late_carry_the_day_on_the_paper(office):  # noqa: F811
    """核稿, 复核, 编号 … have no date field: each takes the day it was done on paper (--on,
    default today), so a backlog entered late does not hold back the later steps dated on it."""
    with _on(D(2026, 11, 9)):
        doc = office.json("add", "outgoing", "文种=通知", "标题=关于补录的通知")["id"]
    err = _refused(office, "step", "outgoing", str(doc), "核稿", "核稿人=李科长", "--on", "2026-11-08")
    assert "核稿日期（2026-11-08）不能早于拟稿日期（2026-11-09）" in err
    err = _refused(office, "step", "outgoing", str(doc), "核稿", "核稿人=李科长", "--on", "2026-11-17")
    # the window's 日期 field gets the same words: no command-line option named in them
    assert "办理日期（2026-11-17）不能晚于今天" in err and "--on" not in err
    office.step("outgoing", doc, "核稿", "核稿人=李科长", "--on", "2026-11-10")
    office.step("outgoing", doc, "签发", "签发人=王主任", "签发日期=2026-11-11")
    err = _refused(office, "step", "outgoing", str(doc), "复核", "复核人=周秘书", "--on", "2026-11-10")
    assert "复核日期（2026-11-10）不能早于签发日期（2026-11-11）" in err
    office.step("outgoing", doc, "复核", "复核人=周秘书", "--on", "2026-11-12")
    office.step("outgoing", doc, "编号", "--on", "2026-11-12")
    assert office.step("outgoing", doc, "印制", "印发日期=2026-11-13")["state"] == "已印制"
    office.step("outgoing", doc, "核发", "分发=各乡镇 1", "--on", "2026-11-13")
    assert office.step("outgoing", doc, "归档", "保管期限=永久", "--on", "2026-11-14")["state"] == "已归档"
    days = _days("outgoing", doc)
    assert [days[s] for s in ("核稿", "签发", "复核", "编号", "印制", "核发", "归档")] == [
        D(2026, 11, 10), D(2026, 11, 11), D(2026, 11, 12), D(2026, 11, 12), D(2026, 11, 13),
        D(2026, 11, 13), D(2026, 11, 14)]


def test_countersign_and_returns_carry_the_day_on_the_paper(office):  # noqa: F811
    with _on(D(2026, 11, 9)):
        doc = office.json("add", "outgoing", "文种=通知", "标题=关于会签的通知")["id"]
    office.step("outgoing", doc, "核稿", "核稿人=李科长", "--on", "2026-11-10")
    office.step("outgoing", doc, "送会签", "会签单位=县财政局", "--on", "2026-11-10")
    office.step("outgoing", doc, "会签", "会签单位=县财政局", "会签人=钱科长", "会签结果=不同意",
                "会签意见=标准过高", "会签时间=2026-11-11 10:00")
    err = _refused(office, "step", "outgoing", str(doc), "协调", "签发人=王主任",
                   "协调意见=按县财政局意见修改", "--on", "2026-11-10")
    assert "协调日期（2026-11-10）不能早于会签日期（2026-11-11）" in err
    office.step("outgoing", doc, "协调", "签发人=王主任", "协调意见=按县财政局意见修改",
                "--on", "2026-11-12")
    office.step("outgoing", doc, "退回修改", "理由=按协调意见改稿", "--on", "2026-11-12")
    days = _days("outgoing", doc)
    assert (days["送会签"], days["协调"], days["退回修改"]) == (
        D(2026, 11, 10), D(2026, 11, 12), D(2026, 11, 12))


def test_incoming_paper_steps_entered_late_carry_the_day_on_the_paper(office):  # noqa: F811
    with _on(D(2026, 11, 9)):
        doc = office.json("add", "incoming", "文种=通知", "来文机关=市政府办公室", "标题=关于补录的来文",
                          "收文日期=2026-11-09")["id"]
    office.step("incoming", doc, "登记", "--on", "2026-11-09")
    office.step("incoming", doc, "初审", "--on", "2026-11-10")
    office.step("incoming", doc, "拟办", "拟办意见=请王主任阅示", "拟办人=李文书", "--on", "2026-11-10")
    # 王主任's 批示 entered for him (代录): his time with the day (a day alone is refused)
    office.step("incoming", doc, "批办", "批示领导=王主任", "批示内容=请落实", "--on", "2026-11-11T10:00")
    office.step("incoming", doc, "承办", "承办单位=县应急局", "--on", "2026-11-11")
    err = _refused(office, "step", "incoming", str(doc), "传阅", "传阅人=王主任", "--on", "2026-11-10")
    assert "传阅日期（2026-11-10）不能早于承办日期（2026-11-11）" in err
    office.step("incoming", doc, "传阅", "传阅人=王主任", "--on", "2026-11-12")
    office.step("incoming", doc, "阅", "阅文人=王主任", "阅毕时间=2026-11-12 16:00")
    office.step("incoming", doc, "办结", "办结结果=已落实", "办结日期=2026-11-13")
    office.step("incoming", doc, "归档", "保管期限=永久", "--on", "2026-11-13")
    days = _days("incoming", doc)
    assert [days[s] for s in ("登记", "初审", "拟办", "批办", "承办", "传阅", "阅", "办结", "归档")] == [
        D(2026, 11, 9), D(2026, 11, 10), D(2026, 11, 10), D(2026, 11, 11), D(2026, 11, 11),
        D(2026, 11, 12), D(2026, 11, 12), D(2026, 11, 13), D(2026, 11, 13)]
    sent, = incoming.circulation(doc, CLI_ACTOR)
    assert sent.sent_at.date() == D(2026, 11, 12)  # the reader has held it since then


def _instructed(admin, title):
    record = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": title}, admin)
    record = incoming.register_doc(record.id, record.version, {}, admin)
    record = incoming.review(record.id, record.version, admin)
    record = incoming.propose(record.id, record.version, admin, "请王主任阅示。", "李文书")
    return incoming.instruct(record.id, record.version, admin, "请阅。", "王主任")


def test_readers_who_read_side_by_side_do_not_hold_one_another_back(db, admin, fixed_today):
    fixed_today(EARLIER)
    record = _instructed(admin, "传阅件")
    record = incoming.circulate(record.id, record.version, admin, ["王主任", "赵副主任"],
                                parallel=True)
    fixed_today(TODAY)
    record = incoming.mark_read(record.id, record.version, admin, "赵副主任",
                                dt.datetime(2026, 11, 13, 10, 0))
    record = incoming.mark_read(record.id, record.version, admin, "王主任",
                                dt.datetime(2026, 11, 12, 10, 0))  # earlier: allowed
    assert record.state != incoming.CIRCULATING
    # but no reader before it was sent round
    again = _instructed(admin, "又一件")
    again = incoming.circulate(again.id, again.version, admin, ["王主任"], parallel=True)
    with pytest.raises(ValidationError, match="阅毕时间（2026-11-15）不能早于传阅日期（2026-11-16）"):
        incoming.mark_read(again.id, again.version, admin, "王主任", dt.datetime(2026, 11, 15, 10))


def test_a_task_is_closed_after_its_reports_and_tasks_run_side_by_side(office):  # noqa: F811
    with _on(EARLIER):
        item = office.json("add", "supervision", "事项名称=老旧小区改造", "来源=会议议定事项",
                           "办结时限=2026-12-30")["id"]
        office.step("supervision", item, "分解", "牵头单位=县住建局", "时限=2026-12-20")
    office.step("supervision", item, "反馈", "进度=60", "进展情况=已开工", "反馈日期=2026-11-14")
    err = _refused(office, "step", "supervision", str(item), "任务办结", "单位=县住建局",
                   "办结情况=已完成", "办结日期=2026-11-12")
    assert "办结日期（2026-11-12）不能早于反馈日期（2026-11-14）" in err
    # a second task given later does not hold back the first one's close
    office.step("supervision", item, "分解", "牵头单位=县财政局", "时限=2026-12-20",
                "--on", "2026-11-15")
    office.step("supervision", item, "任务办结", "单位=县住建局", "办结情况=已完成",
                "办结日期=2026-11-14")
    office.step("supervision", item, "任务办结", "单位=县财政局", "办结情况=已拨付",
                "办结日期=2026-11-15")
    err = _refused(office, "step", "supervision", str(item), "办结", "办结报告=均已完成",
                   "办结日期=2026-11-14")
    assert "办结日期（2026-11-14）不能早于任务办结日期（2026-11-15）" in err


def test_no_minutes_before_the_meeting(office):  # noqa: F811
    meeting = office.json("add", "meetings", "会议名称=安全生产会议", "会议类型=工作会议",
                          "开始时间=2026-11-12 09:00", "结束时间=2026-11-12 10:00")["id"]
    err = _refused(office, "step", "meetings", str(meeting), "纪要", "纪要正文=会议研究了安全生产。",
                   "纪要日期=2026-11-11")
    assert "纪要日期（2026-11-11）不能早于会议日期（2026-11-12）" in err
    office.step("meetings", meeting, "纪要", "纪要正文=会议研究了安全生产。", "纪要日期=2026-11-13")


def test_an_information_item_s_steps_follow_one_another_its_later_events_do_not(office):  # noqa: F811
    with _on(EARLIER):
        item = office.json("add", "info", "标题=某镇抓好秸秆禁烧", "报送单位=某镇", "报送人=李明",
                           "类别=工作动态", "正文=近日开展巡查。", "报送时间=2026-11-09 16:00")["id"]
        office.step("info", item, "接收")
        office.step("info", item, "初审", "结论=采")
        office.step("info", item, "编辑")
    err = _refused(office, "step", "info", str(item), "签发", "签发人=钱志刚", "职务=信息科长",
                   "--on", "2026-11-09")
    assert "签发日期（2026-11-09）不能早于编辑日期（2026-11-10）" in err
    office.step("info", item, "签发", "签发人=钱志刚", "职务=信息科长", "--on", "2026-11-11")
    office.step("info", item, "编发", "刊物=每日要情", "--on", "2026-11-12")
    err = _refused(office, "step", "info", str(item), "批示", "批示领导=王书记", "批示内容=好",
                   "批示日期=2026-11-11")
    assert "批示日期（2026-11-11）不能早于编发日期（2026-11-12）" in err
    office.step("info", item, "采用", "采用级别=市", "采用刊物=市委办《每日要情》第3期",
                "采用日期=2026-11-15")
    # a 批示 made before that adoption but entered after it: the two are apart
    office.step("info", item, "批示", "批示领导=王书记", "批示内容=好", "批示日期=2026-11-13")


@pytest.mark.parametrize("day", [D(2026, 11, 16), None])
def test_a_step_of_today_or_without_a_date_is_never_refused(office, day):  # noqa: F811
    doc = office.json("add", "outgoing", "文种=通知", "标题=今天的通知")["id"]
    office.step("outgoing", doc, "核稿", "核稿人=周核稿")
    dated = [f"签发日期={day.isoformat()}"] if day else []
    assert office.step("outgoing", doc, "签发", "签发人=王主任", *dated)["state"] == "已签发"


def test_the_rule_names_the_latest_step(db):
    from officedesk.core import step_dates

    done = [("登记", D(2026, 11, 2)), ("处理", dt.datetime(2026, 11, 5, 9)), ("告知", None),
            ("延期", D(2026, 11, 5))]
    assert step_dates.latest(done) == ("延期", D(2026, 11, 5))  # of equal days, the later one
    step_dates.not_before("答复", D(2026, 11, 5), done)
    step_dates.not_before("答复", None, done)
    with pytest.raises(ValidationError, match=r"答复日期（2026-11-04）不能早于延期日期（2026-11-05）"):
        step_dates.not_before("答复", D(2026, 11, 4), done)
