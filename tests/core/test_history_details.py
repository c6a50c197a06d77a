"""The 历史记录 detail pane (ui/widgets/history._describe) in English: an entry's keys through
the catalogue (a setting's key as its label, 第2项 read back), the values core composed read back
through their declared patterns, a day core wrote as 10月25日 read as a day (25 Oct)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

import officedesk
from officedesk.core import i18n
from officedesk.core.summary_texts import key_text, read_back, read_value
from officedesk.store.models import AuditEntry

sys.path.insert(0, str(Path(officedesk.__file__).parents[1] / "scripts"))





VALUES = [
    ("逾期 40 天未办结", "40 days overdue, not concluded"),
    ("第2项 县财政局", "no. 2 县财政局"),
    ("请假（病假）", "On leave (病假)"),
    ("县级：每日要情 2026年第1期（2026-02-10）；市级：市委办《每日要情》（2026-02-11）",
     "County level: Daily Digest 2026 No. 1 (2026-02-10); City level: 市委办《每日要情》 (2026-02-11)"),
    ("中共云岭县委办公室", "中共云岭县委办公室"),  # typed: as it is
]


@pytest.mark.parametrize(("stored", "english_text"), VALUES)
def test_a_composed_value_reads_english_and_stays_the_chinese(english, stored, english_text):
    assert read_value(stored) == stored
    assert i18n.display(read_value(stored)) == english_text


def test_keys_read_english(english, db):
    from officedesk.core import settings  # noqa: F401  (declares org.name)

    shown = {key: i18n.display(key_text(key)) for key in ("限期", "用途", "目录题名", "第3项", "org.name")}
    assert shown == {"限期": "Due by", "用途": "Purpose", "目录题名": "Catalogue: title",
                     "第3项": "no. 3", "org.name": english["机关名称"]}


def test_a_day_core_wrote_in_a_note_reads_as_a_day(english):
    assert i18n.display(read_back("信访交办：交办县教育局，10月25日前回报")) == (
        "Petition, Assigned: assigned to 县教育局, report back by 25 Oct")
    assert i18n.display(read_back("转送县信访局，由其于1月3日（暂按）前决定是否受理")).endswith("3 Jan (provisional)")
    assert read_back("转送县信访局，由其于1月3日（暂按）前决定是否受理") == "转送县信访局，由其于1月3日（暂按）前决定是否受理"
    assert i18n.display(read_back("请县教育局于3月9日前核查并报送核查情况")) == "县教育局 to check and report by 9 Mar"


def test_every_key_of_the_demo_office_trail_reads_english(db, demo_filled, english):
    """Every key an entry's before/after holds in the demo's trail has its English (the names of
    a meeting's attendance are names)."""
    demo_filled(6)
    left = set()
    for entry in AuditEntry.select().where(AuditEntry.action != "attendance"):
        for side in (entry.before, entry.after):
            data = json.loads(side) if side else {}
            for key in data if isinstance(data, dict) else ():
                read = key_text(key)
                if i18n.display(read) == read and re.search(r"[\u4e00-\u9fff.]", read):
                    left.add((entry.registry, key))  # no English, or a setting's key unread
    assert sorted(left) == []


def test_every_month_reads_english(english):
    from officedesk.core.summary_texts import DAY_PATTERNS

    assert [english.get(pattern) for pattern in DAY_PATTERNS] == [
        f"%1 {month}" for month in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]]


def test_a_pattern_opening_with_a_place_takes_no_summary_with_a_head():
    """%1级：%2（%3）(an 采用 value) starts with its place: a summary whose head is its own
    pattern's (编发：…, 新建信息：…) stays that pattern's."""
    assert read_back("编发：每日要情 2026年第1期").pattern == "编发：%1"  # type: ignore[attr-defined]
    assert read_back("新建信息：某县级：安全生产（通报）").pattern == "新建信息：%1"  # type: ignore[attr-defined]
