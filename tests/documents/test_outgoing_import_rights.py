"""A 发文 added or imported in a later state than 拟稿 (已核稿, 已签发, 已编号 …) records the steps
of others — its 核稿人's, its 签发人's —, which is 代录: while the approval chains are in force
only the administrator and users with the 代录 right may bring it, as only they may record those
steps one by one. Refused in its row and column (状态, or 签发人 / 发文字号 where the state
follows from them), on both import paths, `import --history` and `add`; a plain 拟稿 stays
anyone's who may draft."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import settings
from officedesk.core.documents import outgoing
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.core.errors import ValidationError
from officedesk.store.documents import DocStep, OutgoingDoc
from tests.exchange.import_paths import import_by
from tests.exchange.sheets import write_sheet

DRAFT = {"标题": "关于经费的通知", "文种": "通知", "拟稿单位": "综合处", "拟稿人": "张科员"}
SIGNED = {**DRAFT, "标题": "关于防汛的通知", "状态": "已签发", "核稿人": "李处长", "签发人": "孙主任",
          "签发日期": dt.date(2026, 11, 13)}
NUMBERED = {**SIGNED, "标题": "关于值班的通知", "状态": "已编号", "发文字号": "某委办发〔2026〕1号"}
UNSTATED = {**DRAFT, "标题": "关于节能的通知", "签发人": "孙主任", "签发日期": dt.date(2026, 11, 13)}


def _import(path: Path, actor: Any, monkeypatch: Any, how: str) -> Any:
    return import_by(how, OUTGOING, path, actor, monkeypatch)


@pytest.mark.parametrize("how", ["batch", "rows", "history"])
def test_a_clerk_without_the_right_may_not_import_signed_documents(staffed, admin, tmp_path,
                                                                   monkeypatch, how):
    path = write_sheet(OUTGOING, tmp_path / "发文.xlsx", [DRAFT, SIGNED, NUMBERED, UNSTATED])
    report = _import(path, staffed["kuiyuan"], monkeypatch, how)
    assert not report.ok and report.imported == 0
    assert [(p.row, p.column) for p in report.problems] == [(3, "状态"), (4, "状态"), (5, "签发人")]
    reason = report.problems[0].reason
    assert "代录" in reason and "管理员" in reason and "已签发" in reason
    assert OutgoingDoc.select().count() == DocStep.select().count() == 0
    # his draft is his; the 代录 clerk brings the register
    own = write_sheet(OUTGOING, tmp_path / "拟稿.xlsx", [{**DRAFT, "标题": "关于会议的通知"}])
    assert _import(own, staffed["kuiyuan"], monkeypatch, how).imported == 1
    done = _import(path, staffed["wenshu"], monkeypatch, how)
    assert done.ok and done.imported == 4, [str(p) for p in done.problems]


def test_nor_may_he_add_one(staffed, admin):
    raw = {k: str(v) for k, v in SIGNED.items()}
    with pytest.raises(ValidationError, match="代录") as refused:
        OUTGOING.create_hook(raw, staffed["kuiyuan"])  # as `add` makes it
    assert refused.value.field == "state"
    assert outgoing.draft(raw, admin).state == "已签发"  # the administrator may


def test_without_the_chains_in_force_anyone_may(staffed, tmp_path, monkeypatch):
    settings.put("chain.enforce", "否")
    path = write_sheet(OUTGOING, tmp_path / "发文.xlsx", [SIGNED])
    assert _import(path, staffed["kuiyuan"], monkeypatch, "batch").imported == 1
