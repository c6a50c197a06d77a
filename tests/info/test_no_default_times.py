"""No misleading defaults (probe80): a time that happened elsewhere — the unit's 报送时间, the day a
higher periodical 采用 an item, a leader's 批示日期, the 突发事件 report times — is given by the
clerk. It defaulted to now (today): one registered the next morning carried a false time, and a
突发事件's report time decides a 迟报. Left empty it is refused, in core, so the window and the
command line say the same; a time of the office's own act (上报) may still be left empty, saying so."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, info, records, steps
from officedesk.core.errors import ValidationError
from officedesk.core.fields import DATE, DATETIME
from officedesk.core.step_values import BLANK_NOW, BLANK_NOW_SIGNED
from officedesk.store.info import InfoAction, InfoItem

DAY = dt.date(2026, 11, 16)
ITEM = {"title": "县林业局开展森林防火检查", "unit": "县林业局", "reporter": "李明",
        "category": "工作动态", "content": "组织检查组排查隐患12处。"}


def test_an_item_without_its_report_time_is_refused(db, admin, fixed_today):
    fixed_today(DAY)
    with pytest.raises(ValidationError, match="请填写“报送时间”"):
        records.create(info.SPEC, ITEM, admin)
    assert InfoItem.select().count() == 0
    item = records.create(info.SPEC, {**ITEM, "报送时间": "2026-11-15 16:30"}, admin)
    assert item.reported_at == dt.datetime(2026, 11, 15, 16, 30)  # as given, not now


def test_the_command_line_add_asks_for_it_too(db, admin, tmp_path, capsys, fixed_today):
    from officedesk import cli

    fixed_today(DAY)
    target = str(tmp_path / "officedesk.db")
    pairs = ["标题=县教育局推进集团化办学", "报送单位=县教育局", "类别=经验做法", "正文=全县组建教育集团5个。"]
    assert cli.main(["--db", target, "add", "info", *pairs]) != 0
    said = capsys.readouterr()
    assert "报送时间" in said.out + said.err and "Traceback" not in said.out + said.err
    assert cli.main(["--db", target, "add", "info", *pairs, "报送时间=2026-11-15 10:20"]) == 0


def _published(report, advance):
    return advance(report(reported_at=clock.now() - dt.timedelta(hours=2)), "编发")


@pytest.mark.parametrize(("step", "values", "label"), [
    ("采用", {"采用级别": "市", "采用刊物": "市委办《每日要情》第12期"}, "采用日期"),
    ("批示", {"批示领导": "县委书记 李建华", "批示内容": "请抓好整改。"}, "批示日期"),
])
def test_an_adoption_or_an_instruction_without_its_day_is_refused(report, advance, admin, fixed_today,
                                                                  step, values, label):
    fixed_today(DAY)
    item = _published(report, advance)
    before = InfoAction.select().where(InfoAction.item == item.id).count()
    with pytest.raises(ValidationError, match=f"请填写“{label}”"):
        steps.perform("info", item.id, step, values, admin)
    assert InfoAction.select().where(InfoAction.item == item.id).count() == before
    steps.perform("info", item.id, step, {**values, label: "2026-11-16"}, admin)


def test_a_written_report_without_its_time_is_refused(report, admin, fixed_today):
    fixed_today(DAY)
    now = clock.now()
    item = report(title="河口镇发生山火", unit="河口镇", category="突发事件", event_level="较大",
                  event_at=now - dt.timedelta(minutes=50), reported_at=now - dt.timedelta(minutes=40))
    with pytest.raises(ValidationError, match="请填写“书面报告时间”"):
        steps.perform("info", item.id, "书面报告", {}, admin)
    assert InfoItem.get_by_id(item.id).written_at is None
    at = (now - dt.timedelta(minutes=20)).replace(second=0, microsecond=0)
    steps.perform("info", item.id, "书面报告", {"书面报告时间": at}, admin)
    assert InfoItem.get_by_id(item.id).written_at == at


def test_no_info_time_of_another_defaults_to_now():
    steps.load_all()
    registry = [f.label for f in info.SPEC.fields if f.kind in (DATE, DATETIME) and f.default is not None]
    stepped = [(s.name, f.label) for s in steps.procedure("info").steps for f in s.fields
               if f.kind in (DATE, DATETIME) and f.default is not None]
    assert (registry, stepped) == ([], [])


def test_a_time_left_empty_says_what_it_becomes():
    """上报 is the office's own act (now, when left empty); a leader's 批示, 阅 and a 会签 are now
    only when entered in person: each box says so."""
    steps.load_all()
    said = {(p.registry, s.name, f.label): f.placeholder for p in steps.procedures() for s in p.steps
            for f in s.fields}
    assert said[("info", "上报", "上报时间")] == BLANK_NOW
    for key in (("incoming", "批办", "批示时间"), ("incoming", "阅", "阅毕时间"),
                ("outgoing", "会签", "会签时间")):
        assert said[key] == BLANK_NOW_SIGNED, key


def test_a_followup_without_its_report_time_is_refused(report, admin, fixed_today):
    """A 续报 (the tab's 续报, `add info 续报=…`, an imported row) is a report of its own: its
    报送时间 is the unit's too."""
    fixed_today(DAY)
    now = clock.now()
    first = report(title="河口镇发生山火", unit="河口镇", category="突发事件", event_level="较大",
                   event_at=now - dt.timedelta(hours=3), reported_at=now - dt.timedelta(hours=2))
    count = InfoItem.select().count()
    with pytest.raises(ValidationError, match="请填写“报送时间”"):
        info.procedure.followup(first.id, {"content": "明火已扑灭。"}, admin)
    with pytest.raises(ValidationError, match="请填写“报送时间”"):
        info.SPEC.create_hook({"续报": first.number, "正文": "明火已扑灭。"}, admin)
    assert InfoItem.select().count() == count
    at = (now - dt.timedelta(minutes=30)).replace(second=0, microsecond=0)
    assert info.procedure.followup(first.id, {"content": "明火已扑灭。", "reported_at": at},
                                   admin).reported_at == at
