"""A 督查事项 added or imported with its 牵头单位 (办理中) or 办结 records the 督查室's 分解 and
办结 — 代录 for anyone who is not the administrator or has not the right, while the approval
chains are in force. Refused in its row (状态, or 牵头单位 / 办结日期 where the state follows from
them), on import and `import --history`; a plain 立项 stays anyone's."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import directory, records
from officedesk.core import supervision as sv
from officedesk.exchange import xlsx
from tests.exchange.sheets import write_sheet
from tests.staff import make_staff

ITEM = {"事项名称": "推进老旧小区改造", "来源": "领导批示", "立项日期": dt.date(2026, 6, 1),
        "办结时限": dt.date(2026, 9, 30)}


@pytest.fixture
def staff(db, fixed_today, admin):
    fixed_today(dt.date(2026, 6, 30))
    for name in ("县财政局", "综合处", "秘书科"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    return make_staff([("kuiyuan", "张科员", "clerk", "综合处", "科员", "", False),
                       ("wenshu", "周文书", "clerk", "秘书科", "科员", "", True)])


@pytest.mark.parametrize("history", [False, True], ids=["plain", "history"])
def test_a_clerk_without_the_right_may_not_import_split_items(staff, tmp_path, history):
    rows = [ITEM, {**ITEM, "事项名称": "整治背街小巷", "牵头单位": "县财政局"},
            {**ITEM, "事项名称": "治理河道", "牵头单位": "县财政局", "状态": "按期办结",
             "办结日期": dt.date(2026, 6, 20)}]
    path = write_sheet(sv.SPEC, tmp_path / "督查.xlsx", rows)
    report = xlsx.import_file(sv.SPEC, path, staff["kuiyuan"], history=history)
    assert not report.ok and report.imported == 0
    assert [(p.row, p.column) for p in report.problems] == [(3, "牵头单位"), (4, "状态")]
    assert "代录" in report.problems[0].reason
    assert sv.SupervisionItem.select().count() == 0
    done = xlsx.import_file(sv.SPEC, path, staff["wenshu"], history=history)
    assert done.ok and done.imported == 3, [str(p) for p in done.problems]
