"""保密 by procedure step: a step that takes the 密级 (收文 登记, 发文 修改, …) keeps the one rule of
a 密级 change (core.corrections.check_level), as the correction form does. A 机密 clerk lowered a
机密 收文 to 非密 by 登记 (a 公开 account then saw it), a 秘密 clerk raised a 秘密 收文 to 绝密,
and a draft's 修改 did both. The rule sits in records.save_changes, the write every step goes
through, so a source's raise still raises what was made from it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records, steps
from officedesk.core.actor import Actor
from officedesk.core.documents import incoming, outgoing
from officedesk.core.errors import ValidationError

PUBLIC = Actor(username="gk", role="readonly", clearance=0, display_name="公开只读")
SECRET_CLERK = Actor(username="xm", role="clerk", clearance=1, display_name="秘密科员")
CONFIDENTIAL_CLERK = Actor(username="csy", role="clerk", clearance=2, display_name="机密科员")
CONFIDENTIAL_LEADER = Actor(username="ld", role="leader", clearance=2, display_name="机密领导")


def _incoming(admin, secrecy: str):
    return incoming.sign_in({"收文日期": "2026-11-26", "来文机关": "市委办公室",
                             "来文字号": f"市委办〔2026〕{100 + len(secrecy)}号",
                             "标题": f"{secrecy}收文丙", "文种": "通知", "密级": secrecy,
                             "紧急程度": "平件", "份数": "1"}, admin)


def _draft(admin, secrecy: str = "机密"):
    return outgoing.draft({"文种": "通知", "标题": f"{secrecy}发文", "主送": "各单位",
                           "密级": secrecy, "份数": "5"}, admin)


def test_a_clerk_does_not_lower_an_incoming_by_its_registration(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 26))
    doc = _incoming(admin, "机密")
    with pytest.raises(ValidationError, match="降密或解密.*领导") as refused:
        steps.perform("incoming", doc.id, "登记", {"密级": "非密"}, CONFIDENTIAL_CLERK)
    assert refused.value.field == "secrecy"
    kept = records.get(incoming.INCOMING, doc.id, admin)
    assert (kept.secrecy, kept.state, kept.version) == ("机密", doc.state, doc.version)
    assert records.list_ids(incoming.INCOMING, PUBLIC) == []
    # the core function called directly is held by the same rule
    with pytest.raises(ValidationError, match="降密或解密"):
        incoming.register_doc(doc.id, doc.version, {"密级": "非密"}, CONFIDENTIAL_CLERK)
    # a leader cleared for it may (降密 is his decision)
    steps.perform("incoming", doc.id, "登记", {"密级": "秘密"}, CONFIDENTIAL_LEADER)
    assert records.get(incoming.INCOMING, doc.id, admin).secrecy == "秘密"


def test_a_clerk_does_not_raise_an_incoming_above_his_clearance(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 26))
    doc = _incoming(admin, "秘密")
    for level in ("机密", "绝密"):
        with pytest.raises(ValidationError, match="涉密权限只到“秘密”"):
            steps.perform("incoming", doc.id, "登记", {"密级": level}, SECRET_CLERK)
    assert records.get(incoming.INCOMING, doc.id, admin).secrecy == "秘密"
    # within his clearance he may raise it, and the registration goes on
    done = steps.perform("incoming", doc.id, "登记", {"密级": "机密"}, CONFIDENTIAL_CLERK)
    assert done.state == incoming.REGISTERED
    assert records.get(incoming.INCOMING, doc.id, admin).secrecy == "机密"


def test_a_draft_s_edit_keeps_the_rule_of_a_level_change(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 26))
    draft = _draft(admin)
    for level, message in (("非密", "降密或解密"), ("秘密", "降密或解密"),
                           ("绝密", "涉密权限只到“机密”")):
        with pytest.raises(ValidationError, match=message):
            steps.perform("outgoing", draft.id, "修改", {"密级": level}, CONFIDENTIAL_CLERK)
    assert records.get(outgoing.OUTGOING, draft.id, admin).secrecy == "机密"
    # the rest of the draft is his to edit, its 密级 given as it is
    steps.perform("outgoing", draft.id, "修改", {"密级": "机密", "标题": "机密发文（修改）"},
                  CONFIDENTIAL_CLERK)
    steps.perform("outgoing", draft.id, "修改", {"密级": "非密"}, CONFIDENTIAL_LEADER)
    assert records.get(outgoing.OUTGOING, draft.id, admin).secrecy == "非密"
    steps.perform("outgoing", draft.id, "修改", {"密级": "绝密"}, admin)
    assert records.get(outgoing.OUTGOING, draft.id, admin).secrecy == "绝密"


def test_every_step_s_write_is_held_by_it(db, admin, fixed_today):
    """Any registry's step code writes through records.save_changes: a level change there is
    checked whoever wrote the step."""
    fixed_today(dt.date(2026, 11, 26))
    doc = _incoming(admin, "秘密")
    with pytest.raises(ValidationError, match="降密或解密"):
        records.save_changes(incoming.INCOMING, doc, {"secrecy": ""}, doc.version, SECRET_CLERK)
    with pytest.raises(ValidationError, match="涉密权限只到“秘密”"):
        records.save_changes(incoming.INCOMING, doc, {"secrecy": "机密"}, doc.version,
                             SECRET_CLERK)
    assert records.get(incoming.INCOMING, doc.id, admin).secrecy == "秘密"
    saved = records.save_changes(incoming.INCOMING, doc, {"secrecy": "秘密", "note": "核"},
                                 doc.version, SECRET_CLERK)
    assert (saved.secrecy, saved.note) == ("秘密", "核")


def test_a_source_raised_by_a_step_still_raises_its_supervision_item(db, admin, fixed_today):
    from officedesk.core import supervision as sv

    fixed_today(dt.date(2026, 11, 26))
    doc = _incoming(admin, "非密")
    doc = incoming.register_doc(doc.id, doc.version, {}, admin)
    doc = incoming.review(doc.id, doc.version, admin)
    doc = incoming.propose(doc.id, doc.version, admin, "拟请王主任阅示。")
    doc = incoming.instruct(doc.id, doc.version, admin, "请应急局牵头落实。", "王建国")
    doc = incoming.to_supervision(doc.id, doc.version, admin)
    assert sv.get_item(doc.supervision_id, admin).secrecy == "非密"
    # a clerk raises the source within his clearance (a step writes it): the item follows
    records.save_changes(incoming.INCOMING, doc, {"secrecy": "秘密"}, doc.version, SECRET_CLERK)
    assert sv.get_item(doc.supervision_id, admin).secrecy == "秘密"


def test_the_step_dialog_offers_only_the_levels_core_accepts(db, admin, qtbot, fixed_today):
    from PySide6.QtWidgets import QWidget

    from officedesk.ui.widgets.step_form import SpecStepDialog

    fixed_today(dt.date(2026, 11, 26))
    draft, doc = _draft(admin), _incoming(admin, "秘密")
    holder = QWidget()  # the dialogs' parent: Qt frees them with it
    qtbot.addWidget(holder)

    def offered(registry, record, step, who):
        combo = SpecStepDialog(who, registry, record, step, holder).widgets["secrecy"]
        return [combo.itemData(i) for i in range(combo.count())]

    # the blank entry leaves the 密级 as it is
    assert offered("outgoing", draft, "修改", CONFIDENTIAL_CLERK) == ["", "机密"]
    assert offered("outgoing", draft, "修改", CONFIDENTIAL_LEADER) == ["", "非密", "秘密", "机密"]
    assert offered("outgoing", draft, "修改", admin) == ["", "非密", "秘密", "机密", "绝密"]
    assert offered("incoming", doc, "登记", SECRET_CLERK) == ["", "秘密"]
    assert offered("incoming", doc, "登记", CONFIDENTIAL_CLERK) == ["", "秘密", "机密"]
    # `steps --json` names the same choices
    described = steps.describe("incoming", doc.id, SECRET_CLERK)
    register = next(s for s in described["steps"] if s["step"] == "登记")
    assert next(f for f in register["fields"] if f["name"] == "secrecy")["choices"] == ["秘密"]
