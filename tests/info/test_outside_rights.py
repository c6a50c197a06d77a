"""The 信息 steps after 编发 — 上报, 采用, 批示, 转督查 — are the 信息科's (info.section) or the
administrator's, as 编发 and corrections are: declared on the steps (the command line's `steps`
and the window offer them to those people only) and enforced in core. A 批示 naming a leader
other than the one entering it is 代录: refused without the right, signed as such with it; a
leader records his own."""

from __future__ import annotations

import pytest

from officedesk.core import info, passwords, steps
from officedesk.core.errors import PermissionDeniedError, ProcedureError
from officedesk.core.info import procedure
from officedesk.core.step_signs import ENTERED, SELF, last_sign
from tests.staff import make_staff

from .test_chain import OFFICE, STAFF, TODAY

AFTER = ("上报", "采用", "批示", "转督查")
VALUES = {"上报": {"上报级别": "市"},
          "采用": {"采用级别": "中央", "采用刊物": "中办《每日汇报》", "采用日期": TODAY},
          "批示": {"批示领导": "李国强", "批示内容": "请抓好落实。", "批示日期": TODAY},
          "转督查": {}}


@pytest.fixture
def published(report, advance, admin, fixed_today, monkeypatch):
    """An item edited into 每日要情 with a 批示 (made before anyone had a post), and the staff —
    with 徐敏 of 综合科 and 邓琴琴 of 信息科 who may record for others (代录)."""
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    item = advance(report())
    procedure.instruct(item.id, info.get(item.id, admin).version, admin, "赵建军", "好。", TODAY)
    staff = make_staff([*STAFF, ("xm", "徐敏", "clerk", OFFICE + "综合科", "科员", "", False),
                        ("dqq", "邓琴琴", "clerk", OFFICE + "信息科", "科员", "", True)])
    return item.id, staff


def _names(item_id, actor):
    return {s.name for s in steps.available_steps("info", item_id, actor)}


def test_a_clerk_outside_the_info_section_may_not_send_up_adopt_instruct_or_supervise(published):
    item_id, staff = published
    before = info.get(item_id, staff["ys"])
    for who in ("xm", "zxy"):  # 综合科科员; 秘书科科员 with the 代录 right
        assert not _names(item_id, staff[who]) & set(AFTER)
        for step in AFTER:
            with pytest.raises(ProcedureError, match="应由管理员或信息科的"):
                steps.perform("info", item_id, step, VALUES[step], staff[who])
    after = info.get(item_id, staff["ys"])
    assert (after.version, after.score, after.supervision_id) == \
        (before.version, before.score, before.supervision_id)
    # core itself, called without the steps
    with pytest.raises(PermissionDeniedError, match="应由管理员或信息科的"):
        procedure.adopt(item_id, after.version, staff["xm"], "中央", "中办《每日汇报》", TODAY)
    with pytest.raises(PermissionDeniedError, match="应由管理员或信息科的"):
        procedure.send_up(item_id, after.version, staff["xm"], "市", None)
    with pytest.raises(PermissionDeniedError, match="应由管理员或信息科的"):
        procedure.to_supervision(item_id, staff["xm"])


def test_the_info_section_sends_up_and_records_adoptions(published):
    item_id, staff = published
    assert {"上报", "采用", "批示"} <= _names(item_id, staff["ys"])
    steps.perform("info", item_id, "上报", VALUES["上报"], staff["ys"])
    steps.perform("info", item_id, "采用", VALUES["采用"], staff["ys"])
    assert info.get(item_id, staff["ys"]).adopted_level == "中央"


def test_a_leader_s_instruction_entered_by_another_is_entered_for_him(published):
    item_id, staff = published
    # 信息科 without the 代录 right: the leader records it himself
    with pytest.raises(ProcedureError, match="代录权限"):
        steps.perform("info", item_id, "批示", VALUES["批示"], staff["ys"])
    steps.perform("info", item_id, "批示", VALUES["批示"], staff["dqq"])
    row = last_sign("info", item_id, "批示")
    assert (row.mode, row.person, row.actor) == (ENTERED, "李国强", "dqq")
    # the leader himself: his own step
    assert "批示" in _names(item_id, staff["lgq"])
    steps.perform("info", item_id, "批示", {"批示领导": "李国强", "批示内容": "再抓紧。", "批示日期": TODAY},
                  staff["lgq"])
    row = last_sign("info", item_id, "批示")
    assert (row.mode, row.person, row.actor) == (SELF, "李国强", "lgq")
    # a leader naming another leader records for him: 代录, which is a right
    with pytest.raises(ProcedureError, match="代录权限"):
        steps.perform("info", item_id, "批示", {"批示领导": "赵建军", "批示内容": "同意。"},
                      staff["lgq"])
    # but he may not send it up or record its adoption: the 信息科's
    assert not _names(item_id, staff["lgq"]) & {"上报", "采用", "转督查"}


def test_the_window_offers_them_only_to_the_info_section(published, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.info import make_tab

    item_id, staff = published
    enabled = {}
    for who in ("xm", "ys", "lgq"):
        ctx = AppContext(staff[who], "test.db",
                         QSettings(str(tmp_path / f"{who}.ini"), QSettings.Format.IniFormat))
        tab = make_tab(ctx)
        qtbot.addWidget(tab)
        tab.list.refresh()
        tab.list.select_record(item_id)
        tab.update_current()
        enabled[who] = {s for s in AFTER if tab.buttons[s].isEnabled()}
    assert enabled == {"xm": set(), "ys": {"上报", "采用", "批示", "转督查"}, "lgq": {"批示"}}
