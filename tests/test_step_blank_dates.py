"""A step's optional date says in its box what leaving it empty means (today, as it was, the
办理时限, 督查's default days …): "不填（如 2026-3-5）" alone left a clerk to guess whether an
empty 反馈日期 or 办结日期 is saved as today or as nothing."""

from __future__ import annotations

from officedesk.core import steps
from officedesk.core.fields import DATE


def test_every_optional_step_date_without_a_default_declares_what_empty_means():
    steps.load_all()
    dates = [(proc.registry, step.name, f) for proc in steps.procedures() for step in proc.steps
             for f in step.fields if f.kind == DATE and not f.required and f.default is None]
    # the registration fields a step corrects (签收's 收文日期) stay as they are when empty
    unsaid = sorted((registry, step, f.label) for registry, step, f in dates
                    if not f.placeholder and not (registry == "incoming" and step == "登记"))
    assert len(dates) > 10
    assert unsaid == []


def test_a_date_that_is_today_when_empty_says_so():
    steps.load_all()
    said = {(proc.registry, step.name, f.name): f.placeholder for proc in steps.procedures()
            for step in proc.steps for f in step.fields}
    for key in [("supervision", "反馈", "report_date"), ("supervision", "办结", "closed_on"),
                ("incoming", "办结", "day"), ("outgoing", "签发", "signed_on"), ("outgoing", "印制", "print_date")]:
        assert said[key] == "不填则为今天", key
    assert said[("supervision", "修改任务", "deadline")] == "不填则不改"
