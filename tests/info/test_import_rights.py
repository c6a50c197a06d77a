"""An 信息 added or imported in a state after 待接收 (不采用, 已编发, 已上报, 已采用) or with a
领导批示 records the steps that led to it: those not the actor's own are 代录, refused without the
right while the approval chains are in force — on every import path and `add`, naming the row and
the column the state comes from (状态, or 采用级别 / 领导批示), as the other registries' imports.
A step is the actor's own as the step path judges it: a 信息科 科员 does 接收 and 初审 (a 不采用
item is his), not the 科长's 签发 (an 已编发 one is not); its 科长 does every step but a leader's
批示. A row in 待接收 is anyone's."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info, passwords
from officedesk.core.errors import ValidationError
from officedesk.store.info import InfoItem
from tests.exchange.import_paths import PATHS, import_by
from tests.exchange.sheets import write_sheet
from tests.staff import make_staff

from .test_chain import STAFF, TODAY

ITEM = {"标题": "县林业局开展森林防火检查", "报送单位": "县林业局", "报送人": "李明",
        "类别": "工作动态", "报送时间": dt.datetime(2026, 11, 2, 9, 0),
        "正文": "县林业局组织检查组对重点林区开展防火检查。"}
PLAIN = ITEM
REJECTED = {**ITEM, "标题": "不采用的一件", "状态": "不采用", "不采用理由": "内容重复"}
PUBLISHED = {**ITEM, "标题": "已编发的一件", "状态": "已编发", "编发期号": "每日要情 2026年第3期"}
ADOPTED = {**ITEM, "标题": "采用的一件", "采用级别": "县"}  # no 状态: the 采用 makes 已采用
INSTRUCTED = {**PUBLISHED, "标题": "有批示的一件", "领导批示": "唐岩（2026-11-05）：好。"}
ROWS = [PLAIN, REJECTED, PUBLISHED, ADOPTED, INSTRUCTED]


@pytest.fixture
def staff(db, fixed_today, monkeypatch):
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    return make_staff(STAFF)  # ys 信息科科员, ty 信息科科长, wzy 秘书科科长, zxy 秘书科科员 with 代录


def _refused(staff, who, how, tmp_path, monkeypatch):
    path = write_sheet(info.SPEC, tmp_path / f"信息-{who}-{how}.xlsx", ROWS)
    report = import_by(how, info.SPEC, path, staff[who], monkeypatch)
    return report, [(p.row, p.column) for p in report.problems]


@pytest.mark.parametrize("how", PATHS)
def test_an_import_in_a_later_state_is_recorded_for_others(staff, how, tmp_path, monkeypatch):
    # 秘书科科长: none of the 信息科's steps are his
    report, where = _refused(staff, "wzy", how, tmp_path, monkeypatch)
    assert where == [(3, "状态"), (4, "状态"), (5, "采用级别"), (6, "状态")]
    said = report.problems[0].reason
    assert "代录" in said and "接收、初审" in said and "没有代录权限" in said
    assert InfoItem.select().count() == 0

    # 信息科科员: 接收 and 初审 are his, the 科长's 签发 and the leader's 批示 are not
    report, where = _refused(staff, "ys", how, tmp_path, monkeypatch)
    assert where == [(4, "状态"), (5, "采用级别"), (6, "状态")]
    assert "签发" in report.problems[0].reason and "初审" not in report.problems[0].reason
    assert "批示" in report.problems[2].reason

    # 信息科科长: every step is his but the leader's 批示 (唐岩 is himself: his own)
    report, where = _refused(staff, "ty", how, tmp_path, monkeypatch)
    assert where == [], [str(p) for p in report.problems]


@pytest.mark.parametrize("how", PATHS)
def test_the_right_brings_every_row(staff, how, tmp_path, monkeypatch):
    path = write_sheet(info.SPEC, tmp_path / "信息.xlsx", ROWS)
    report = import_by(how, info.SPEC, path, staff["zxy"], monkeypatch)
    assert report.ok and report.imported == len(ROWS), [str(p) for p in report.problems]


def test_a_leaders_instruction_is_named_by_its_column(staff, tmp_path, monkeypatch):
    other = {**PUBLISHED, "标题": "他人批示", "领导批示": "李国强（2026-11-05）：好。"}
    path = write_sheet(info.SPEC, tmp_path / "信息.xlsx", [other])
    report = import_by("rows", info.SPEC, path, staff["ty"], monkeypatch)
    assert [(p.row, p.column) for p in report.problems] == [(2, "领导批示")]
    assert "批示" in report.problems[0].reason and "代录" in report.problems[0].reason


def test_add_is_held_to_the_same_rule(staff):
    count = InfoItem.select().count()
    with pytest.raises(ValidationError, match="代录") as refused:
        info.SPEC.create_hook(dict(PUBLISHED), staff["ys"])
    assert refused.value.field == "state"
    assert InfoItem.select().count() == count
    assert info.SPEC.create_hook(dict(REJECTED), staff["ys"]).state == "不采用"
    assert info.SPEC.create_hook(dict(PUBLISHED), staff["zxy"]).state == "已编发"


@pytest.mark.parametrize("how", PATHS)
def test_a_voided_row_names_the_column_its_state_comes_from(staff, how, tmp_path, monkeypatch):
    voided = {**PUBLISHED, "标题": "作废的一件", "状态": "已作废", "信息编号": "信息〔2026〕1号"}
    path = write_sheet(info.SPEC, tmp_path / "信息.xlsx", [voided])
    report = import_by(how, info.SPEC, path, staff["ys"], monkeypatch)
    assert [(p.row, p.column) for p in report.problems] == [(2, "编发期号")]
    assert "填了“编发期号”的信息（即“已编发”）" in report.problems[0].reason
    assert InfoItem.select().count() == 0
    done = import_by(how, info.SPEC, path, staff["zxy"], monkeypatch)
    assert done.ok and InfoItem.get().state == "已作废", [str(p) for p in done.problems]
