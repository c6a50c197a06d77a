"""A list's filter offers only what the actor may see (README 安全: a record above the
clearance is found by no path, lists and their filters included): the 收文 单位 filter does
not offer a unit whose only 收文 is 秘密 to a 公开 user, nor the 发文 拟稿单位 filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from officedesk.core import directory, record_lists, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming, outgoing

PUBLIC = Actor(username="gk1", role="clerk", clearance=0, display_name="公开科员")
CLEARED = Actor(username="mm1", role="clerk", clearance=1, display_name="秘密科员")
HIDDEN_UNIT, OPEN_UNIT = "县乡村振兴局", "县交通运输局"


@pytest.fixture
def documents(db):
    for name in (HIDDEN_UNIT, OPEN_UNIT):
        records.create(directory.UNITS, {"单位名称": name}, CLI_ACTOR)
    base = {"文种": "通知", "来文机关": "省委办公厅", "收文日期": "2026-03-02"}
    records.create(incoming.INCOMING, {**base, "来文字号": "省委办发〔2026〕1号", "标题": "关于乡村振兴的通知",
                                       "承办单位": HIDDEN_UNIT, "密级": "秘密", "保密期限": "10年"}, CLI_ACTOR)
    records.create(incoming.INCOMING, {**base, "来文字号": "省委办发〔2026〕2号", "标题": "关于道路养护的通知",
                                       "承办单位": OPEN_UNIT}, CLI_ACTOR)
    outgoing.draft({"文种": "通知", "标题": "关于乡村振兴的通知", "拟稿单位": HIDDEN_UNIT,
                    "密级": "秘密", "保密期限": "10年"}, CLI_ACTOR)
    outgoing.draft({"文种": "通知", "标题": "关于道路养护的通知", "拟稿单位": OPEN_UNIT}, CLI_ACTOR)


@pytest.mark.parametrize(("spec", "field"), [(incoming.INCOMING, "handler_unit"),
                                             (outgoing.OUTGOING, "drafting_unit")])
def test_distinct_values_leave_out_the_hidden_records(documents, spec, field):
    assert record_lists.distinct_values(spec, field, PUBLIC) == [OPEN_UNIT]
    # someone cleared for 秘密 is offered both (so the test can fail)
    assert record_lists.distinct_values(spec, field, CLEARED) == sorted([HIDDEN_UNIT, OPEN_UNIT])


def test_a_masked_field_offers_nothing(db, fixed_today):
    import datetime as dt

    from officedesk.core import petitions

    fixed_today(dt.date(2026, 3, 2))
    petitions.register_petition({"登记日期": "2026-03-02", "信访形式": "来信", "信访人": "李四",
                                 "联系电话": "13900001111", "问题类别": "征地拆迁",
                                 "反映内容": "反映征地补偿"}, None, CLI_ACTOR)
    reader = Actor(username="r0", role="clerk", clearance=3)
    leader = Actor(username="l0", role="leader", clearance=3)
    assert not reader.may_see_sensitive and leader.may_see_sensitive
    assert record_lists.distinct_values(petitions.SPEC, "phone", reader) == []
    assert record_lists.distinct_values(petitions.SPEC, "phone", leader) == ["13900001111"]


def _unit_combo_items(page) -> list[str]:
    for combo in page.findChildren(QComboBox):
        items = [combo.itemText(i) for i in range(combo.count())]
        if OPEN_UNIT in items:
            return items
    raise AssertionError("no 单位 filter")


@pytest.mark.parametrize("page_name", ["IncomingPage", "OutgoingPage"])
def test_the_unit_filter_offers_no_hidden_unit(documents, qtbot, tmp_path, page_name):
    from officedesk.ui.context import AppContext
    from officedesk.ui.documents.incoming_page import IncomingPage
    from officedesk.ui.documents.outgoing_page import OutgoingPage

    page_class = {"IncomingPage": IncomingPage, "OutgoingPage": OutgoingPage}[page_name]
    shown = {}
    for actor in (PUBLIC, CLEARED):
        ctx = AppContext(actor, str(tmp_path / "officedesk.db"),
                         QSettings(str(tmp_path / f"ui-{actor.username}.ini"), QSettings.Format.IniFormat))
        page = page_class(ctx)
        qtbot.addWidget(page)
        shown[actor.username] = _unit_combo_items(page)
        ctx.stop_watching()
    assert HIDDEN_UNIT not in shown["gk1"]
    assert HIDDEN_UNIT in shown["mm1"]


def test_history_answers_a_missing_id_as_a_hidden_one(documents):
    """audit.history on an id above the clearance and on one that never existed: the same
    refusal, so trying ids does not tell which are classified; a deleted record's history stays
    readable to who may see it."""
    from officedesk.core import audit
    from officedesk.core.errors import PermissionDeniedError

    spec = incoming.INCOMING
    hidden = spec.model.get(spec.model.handler_unit == HIDDEN_UNIT).id
    missing = spec.model.select().order_by(spec.model.id.desc()).first().id + 100
    refusals = []
    for record_id in (hidden, missing):
        with pytest.raises(PermissionDeniedError) as refused:
            audit.history("incoming", record_id, PUBLIC)
        refusals.append(refused.value.message.replace(str(record_id), "<id>"))
    assert refusals[0] == refusals[1]
    # a deleted visible record keeps its history; a deleted hidden one stays refused
    shown = spec.model.get(spec.model.handler_unit == OPEN_UNIT)
    records.delete(spec, shown.id, shown.version, CLI_ACTOR)
    assert [e.action for e in audit.history("incoming", shown.id, PUBLIC)][-1] == "delete"
    secret = records.get(spec, hidden, CLI_ACTOR)
    records.delete(spec, hidden, secret.version, CLI_ACTOR)
    with pytest.raises(PermissionDeniedError):
        audit.history("incoming", hidden, PUBLIC)
    assert audit.history("incoming", hidden, CLEARED)


def test_a_window_shows_no_record_above_the_clearance(documents):
    """records.shown: what the pages read for a current or linked id (info, meetings, lists)."""
    spec = incoming.INCOMING
    hidden = spec.model.get(spec.model.handler_unit == HIDDEN_UNIT).id
    shown = spec.model.get(spec.model.handler_unit == OPEN_UNIT).id
    assert records.shown(spec, hidden, PUBLIC) is None
    assert records.shown(spec, hidden, CLEARED).id == hidden
    assert records.shown(spec, shown, PUBLIC).id == shown
    assert records.shown(spec, 10_000, PUBLIC) is None and records.shown(spec, None, PUBLIC) is None
