"""A 收文 added or imported in the state of its approval chain or after (已拟办, 已批办, 承办中 …)
records the 拟办 and the leader's 批办 — 代录: while the chains are in force only the
administrator and users with the 代录 right may bring it. Refused in its row, naming 状态, on
both import paths and `import --history`; a 收文 as 签收 makes it stays anyone's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from officedesk.core.documents.incoming import INCOMING
from officedesk.store.documents import IncomingDoc
from tests.exchange.import_paths import import_by
from tests.exchange.test_import_batch import sheet_of

HEADERS = ["收文日期", "来文机关", "来文字号", "标题", "文种", "份数", "状态", "拟办意见", "领导批示"]
PLAIN = {"收文日期": "2026-11-02", "来文机关": "市委办公室", "来文字号": "市委办〔2026〕1号",
         "标题": "关于防汛的通知", "文种": "通知", "份数": 2}
INSTRUCTED = {**PLAIN, "来文字号": "市委办〔2026〕2号", "标题": "关于值班的通知", "状态": "已批办",
              "拟办意见": "拟请孙主任阅示。", "领导批示": "同意。孙主任"}


def _import(path: Path, actor: Any, monkeypatch: Any, how: str) -> Any:
    return import_by(how, INCOMING, path, actor, monkeypatch)


@pytest.mark.parametrize("how", ["batch", "rows", "history"])
def test_a_clerk_without_the_right_may_not_import_instructed_documents(staffed, tmp_path,
                                                                      monkeypatch, how):
    path = sheet_of(tmp_path / "收文.xlsx", [PLAIN, INSTRUCTED], HEADERS)
    report = _import(path, staffed["kuiyuan"], monkeypatch, how)
    assert not report.ok and report.imported == 0
    assert [(p.row, p.column) for p in report.problems] == [(3, "状态")]
    assert "代录" in report.problems[0].reason and "管理员" in report.problems[0].reason
    assert IncomingDoc.select().count() == 0
    done = _import(path, staffed["wenshu"], monkeypatch, how)
    assert done.ok and done.imported == 2, [str(p) for p in done.problems]
