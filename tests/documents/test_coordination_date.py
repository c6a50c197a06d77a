"""The 协调 line of the 会签 box reads its date as the rest of the box does (2026年12月1日, the
running-text form of printing/dates.py), not 2026-12-01: as 协调 stores it now, and as an older
decision stored in ISO form prints."""

from __future__ import annotations

import datetime as dt
import re

import pymupdf

from officedesk.core import clock
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.printing import forms
from officedesk.store.documents import Countersign


def _coordinated(actor):
    clock.set_today(dt.date(2026, 12, 1))
    record = outgoing.draft({"文种": "通知", "标题": "关于调整城区停车收费标准的通知", "主送": "各单位"},
                            actor)
    record = outgoing.check(record.id, record.version, actor, "周核稿", "")
    record = outgoing.send_countersign(record.id, record.version, actor, ["市财政局"])
    record = outgoing.countersign(record.id, record.version, actor, "市财政局", "孙一", "标准过高",
                                  at=dt.datetime(2026, 12, 1, 0, 0), answer="不同意")  # past at any hour
    return outgoing.coordinate(record.id, record.version, actor, "王建国", "不采纳财政局意见")


def _cosign_box(record, actor) -> str:
    """The 稿纸's text as printed, without its spacing."""
    with pymupdf.open(stream=forms.get("outgoing-draft").build([record.id], actor)) as pdf:
        return re.sub(r"\s+", "", "".join(page.get_text() for page in pdf))


def test_coordination_is_dated_as_the_other_lines(office, secretary):
    record = _coordinated(secretary)
    row, = outgoing.countersigns(record.id, CLI_ACTOR)
    assert row.resolution == "王建国协调：不采纳财政局意见（2026年12月1日）"
    box = _cosign_box(record, secretary)
    assert "2026-12-01" not in box
    assert "孙一2026年12月1日" in box and "（2026年12月1日）" in box


def test_an_older_iso_dated_coordination_prints_in_the_chinese_form(office, secretary):
    record = _coordinated(secretary)
    Countersign.update(resolution="王建国协调：不采纳财政局意见（2026-11-30）").where(
        Countersign.doc_id == record.id).execute()
    box = _cosign_box(record, secretary)
    assert "王建国协调：不采纳财政局意见（2026年11月30日）" in box
