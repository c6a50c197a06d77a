"""A 信访件 added or imported in a later state than its 登记 (已答复, 已办结 …) records the 信访科's
处理 and 答复 — 代录 for anyone who is not the administrator or has not the right, while the
approval chains are in force. Refused in its row (状态, or 处理方式 where the state follows
from it) on both import paths and `import --history`; a plain 登记 stays anyone's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from officedesk.core import petitions
from officedesk.store.petitions import Petition
from tests.exchange.import_paths import import_by
from tests.exchange.test_import_batch import sheet_of

HEADERS = ["登记日期", "信访形式", "信访人", "联系电话", "住址", "人数", "问题类别", "反映内容", "诉求",
           "状态", "处理方式", "办结日期", "答复意见", "答复日期"]
PLAIN = {"登记日期": "2026-11-02", "信访形式": "来信", "信访人": "周大海", "联系电话": "13800000001",
         "住址": "城关镇", "人数": 1, "问题类别": "劳动社保", "反映内容": "拖欠工资", "诉求": "支付工资"}
CLOSED = {**PLAIN, "信访人": "李小河", "联系电话": "13800000002", "反映内容": "欠薪三月",
          "处理方式": "直接答复", "办结日期": "2026-11-10", "答复意见": "已督促支付。",
          "答复日期": "2026-11-09"}


def _import(path: Path, actor: Any, monkeypatch: Any, how: str) -> Any:
    return import_by(how, petitions.SPEC, path, actor, monkeypatch)


@pytest.mark.parametrize("how", ["batch", "rows", "history"])
def test_a_clerk_without_the_right_may_not_import_handled_petitions(staffed, tmp_path, monkeypatch,
                                                                   how):
    path = sheet_of(tmp_path / "信访.xlsx", [PLAIN, CLOSED, {**CLOSED, "状态": "已办结",
                                                             "信访人": "王大山"}], HEADERS)
    report = _import(path, staffed["kuiyuan"], monkeypatch, how)
    assert not report.ok and report.imported == 0
    assert [(p.row, p.column) for p in report.problems] == [(3, "处理方式"), (4, "状态")]
    assert "代录" in report.problems[0].reason
    assert Petition.select().count() == 0
    done = _import(path, staffed["wenshu"], monkeypatch, how)
    assert done.ok and done.imported == 3, [str(p) for p in done.problems]
