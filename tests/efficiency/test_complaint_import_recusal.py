"""回避 on import: the 被投诉人 and the members of the 被投诉单位 may register (登记) a complaint
against themselves, but not bring it in a later state — its 核查, 结论 and 处理 would be
recorded as theirs. Refused in its row, naming the column 状态, on both import paths (the batch
and row by row) and on `import --history`, as `add` refuses it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core.efficiency import complaints as C
from officedesk.core.errors import ValidationError
from officedesk.store.efficiency import ComplaintStep
from tests.exchange.import_paths import import_by
from tests.exchange.sheets import write_sheet

from .conftest import complaint_staff

BASE = {"投诉方式": "电话", "登记日期": dt.date(2025, 12, 1), "投诉人": "群众甲",
        "投诉类别": "办事拖拉", "被投诉单位": "县委办公室综合科", "被投诉人": "徐敏",
        "投诉内容": "徐敏拖延办理。"}
CLOSED = {**BASE, "状态": "已办结", "核查单位": "县纪委监委", "核查通知日期": dt.date(2025, 12, 2),
          "核查完成日期": dt.date(2025, 12, 5), "核查结论": "不属实", "核查情况": "经查无此事。",
          "办结日期": dt.date(2025, 12, 8)}


@pytest.fixture
def staff(office, admin):
    return complaint_staff(admin)


def _import(path: Path, actor: Any, monkeypatch: Any, how: str) -> Any:
    return import_by(how, C.SPEC, path, actor, monkeypatch)


@pytest.mark.parametrize("how", ["batch", "rows", "history"])
def test_he_may_not_import_the_complaint_against_him_handled(staff, tmp_path, monkeypatch, how):
    path = write_sheet(C.SPEC, tmp_path / "台账.xlsx", [BASE, CLOSED])
    for who, why in (("xm", "被投诉人（徐敏）"), ("zyq", "所在的县委办公室综合科是这件效能投诉的被投诉单位")):
        report = _import(path, staff[who], monkeypatch, how)
        assert not report.ok and report.imported == 0
        assert [(p.row, p.column) for p in report.problems] == [(3, "状态")]
        assert why in report.problems[0].reason and "回避" in report.problems[0].reason
        assert C.SPEC.model.select().count() == ComplaintStep.select().count() == 0
    # a plain 登记 stays his; someone of another unit brings the handled one
    assert _import(write_sheet(C.SPEC, tmp_path / "登记.xlsx", [BASE]), staff["xm"],
                   monkeypatch, how).imported == 1
    done = _import(path, staff["wzy"], monkeypatch, how)
    assert done.ok and done.imported == 2


def test_nor_may_he_add_it(staff):
    with pytest.raises(ValidationError, match="被投诉人（徐敏），应当回避") as refused:
        C.register_complaint({k: str(v) for k, v in CLOSED.items()}, staff["xm"])
    assert refused.value.field == "state"
    assert C.register_complaint({k: str(v) for k, v in BASE.items()}, staff["xm"]).state == C.TO_VERIFY
