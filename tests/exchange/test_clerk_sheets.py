"""Sheets as clerks bring them back (review of the exchange): a 信访 台账 in its later states, 信息
with their 得分 and 采用, 发文 drafts of one title, meetings of one name in two rooms. Each row is
imported exactly, or refused with its row, column and what to do; no false duplicate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk import cli
from officedesk.core import audit, directory, info, petitions, records, settings
from officedesk.core.documents import incoming, outgoing
from officedesk.core.meetings import SPEC as MEETINGS
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE
from officedesk.store import db as store_db
from officedesk.store.meetings import Meeting

TODAY = dt.date(2026, 6, 30)


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")
    return db


def _sheet(path: Path, spec: Any, rows: list[dict[str, Any]]) -> Path:
    """Rows under the registry's own headers (those a row does not name stay blank)."""
    labels = [f.label for f in spec.exchange_fields()]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(labels)
    for row in rows:
        unknown = set(row) - set(labels)
        assert not unknown, unknown
        sheet.append([row.get(label) for label in labels])
    book.save(path)
    return path


def _problems(report) -> list[str]:
    return [str(p) for p in report.problems]


# ---------------------------------------------------------------- 信访: the facts of a state


@pytest.mark.parametrize("history", [True, False], ids=["history", "plain"])
def test_a_replied_petition_keeps_its_reply(office, admin, tmp_path, history):
    """Every 已答复 row was refused as “缺少：答复意见” although its cell was filled: the import
    handed the state check a hand-kept list of facts without it."""
    row = {"登记日期": dt.date(2026, 3, 2), "信访形式": "来信", "信访人": "周大海",
           "问题类别": petitions.categories()[0], "反映内容": "拖欠工资", "处理方式": "直接答复",
           "答复意见": "已当面答复，工资已于3月10日发放。"}
    path = _sheet(tmp_path / "p.xlsx", petitions.SPEC, [row])
    report = xlsx.import_file(petitions.SPEC, path, admin, history=history)
    assert report.ok and report.imported == 1, _problems(report)
    record = petitions.get(report.ids[0])
    assert (record.state, record.reply_opinion) == (petitions.REPLIED, row["答复意见"])


def test_a_petition_state_still_needs_its_facts(office, admin, tmp_path):
    row = {"登记日期": dt.date(2026, 3, 2), "信访形式": "来信", "信访人": "周大海",
           "问题类别": petitions.categories()[0], "反映内容": "拖欠工资",
           "办结日期": dt.date(2026, 3, 20)}
    path = _sheet(tmp_path / "p.xlsx", petitions.SPEC, [row])
    report = xlsx.import_file(petitions.SPEC, path, admin, history=True)
    assert report.imported == 0
    [problem] = report.problems
    assert (problem.row, problem.column) == (2, "状态") and "缺少：处理方式" in problem.reason
