"""The 信访 and 督查 papers and history views show who actually did a chain step, and mark
代录 (who entered it, when, the paper's date) and 代理 apart from a step done by the holder."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from officedesk.core import petitions, positions, records, responsibility, steps, users
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import forms
from tests.petitions.conftest import ID_ZHANG

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import pymupdf as fitz


@pytest.fixture
def office(staffed):
    for username, name, unit in (("xfkz", "王科长", "信访科"), ("dckz", "陈科长", "督查室"),
                                 ("dcky", "林科员", "督查室")):
        users.create_user(username, "pass1234", "clerk", CLI_ACTOR, display_name=name, clearance=3)
        positions.set_post(username, CLI_ACTOR, unit=unit,  # 信访科 is new to the office
                           position="科长" if username != "dcky" else "科员", new_section=True)
        staffed[username] = users.actor_for(users.get_user(username))
    return staffed


def _build(name: str, record_id: int) -> bytes:
    forms.load_all()
    return forms.get(name).build([record_id], CLI_ACTOR)


def _text(pdf: bytes) -> str:
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


def _petition() -> int:
    return petitions.register_petition(
        {"registered_on": "2026-11-10", "form": "来访", "name": "张建国", "id_number": ID_ZHANG,
         "phone": "13812345678", "address": "北京市东城区和平里街道12号", "category": "征地拆迁",
         "content": "反映补偿款未足额发放。", "demand": "足额发放。", "region": "青河镇人民政府",
         "receiver": "刘敏"}, None, CLI_ACTOR).id


def test_the_transfer_slip_names_who_handled_it_and_marks_proxy_entry(office, tmp_path):
    entered, own = _petition(), _petition()
    steps.perform("petitions", entered, "处理", {"处理方式": "转送", "去向单位": "青河镇人民政府"},
                  CLI_ACTOR, on="2026-11-13", person="王科长")
    steps.perform("petitions", own, "处理", {"处理方式": "转送", "去向单位": "青河镇人民政府"},
                  office["xfkz"])
    sign = responsibility.last_sign("petitions", entered, "处理")
    assert (sign.mode, sign.person, sign.paper_date) == ("代录", "王科长", dt.date(2026, 11, 13))
    slip = _text(_build("petition-transfer", entered))
    assert "经办人王科长（代录：命令行" in slip and "联系电话：" in slip and "纸质件日期 2026-11-13" in slip
    (tmp_path / "transfer.pdf").write_bytes(_build("petition-transfer", entered))
    own_slip = _text(_build("petition-transfer", own))
    assert "经办人王科长联系电话" in own_slip and "代录" not in own_slip
    # the detail pane's 办理过程 row of the step and the history's entry carry the mark
    marks = responsibility.history_marks("petitions", entered)
    step_row = next(s for s in petitions.steps_of(entered, CLI_ACTOR) if s.id in marks)
    assert step_row.kind == "转送" and marks[step_row.id].startswith("（代录：")
    assert responsibility.history_marks("petitions", own) == {}
    audit = responsibility.audit_marks("petitions", entered)
    assert list(audit.values()) == [responsibility.sign_text(sign)]
    assert responsibility.audit_marks("petitions", own) == {}


def test_the_assignment_slip_names_who_assigned_and_closed_and_marks_a_substitute(office,
                                                                                 tmp_path):
    item = sv.create_item_from_source("other", None, "推进老旧小区改造", "年内完成。", CLI_ACTOR,
                                      leader="孙主任", deadline=dt.date(2026, 12, 30))
    positions.set_delegation("dckz", "dcky", dt.date(2026, 11, 16), dt.date(2026, 11, 20),
                             office["dckz"], "出差")
    steps.perform("supervision", item.id, "分解",
                  {"牵头单位": "市住建局", "办理要求": "按期完成", "时限": "2026-12-20"},
                  office["dcky"])
    sign = responsibility.last_sign("supervision", item.id, "分解")
    assert (sign.mode, sign.person) == ("代理", "陈科长")
    slip = _text(_build("supervision-item", item.id))
    assert "交办人林科员（代理陈科长）" in slip
    (tmp_path / "item.pdf").write_bytes(_build("supervision-item", item.id))
    assert list(responsibility.audit_marks("supervision", item.id).values()) == [
        "林科员（代理陈科长）"]
    assert records.get(sv.SPEC, item.id, CLI_ACTOR).status


def test_the_history_window_marks_the_entered_step(office, qtbot):
    from officedesk.ui.widgets.history import HistoryDialog

    pid = _petition()
    steps.perform("petitions", pid, "处理", {"处理方式": "转送", "去向单位": "青河镇人民政府"},
                  CLI_ACTOR, on="2026-11-13", person="王科长")
    dialog = HistoryDialog("petitions", pid, actor=CLI_ACTOR)
    qtbot.addWidget(dialog)
    actions = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert actions[0] == "新建"
    assert actions[-1].startswith("办理（王科长（代录：命令行（管理员）")
    assert "纸质件日期 2026-11-13" in actions[-1]
