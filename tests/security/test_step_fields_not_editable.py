"""A correction (records.update: the form's 修改, import --update) changes only the fields a
person may type: the state and the facts a step records (签发人, 处理方式, 得分, 核查结论 …) are
the steps' — core refuses them, whatever the window shows."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError
from officedesk.store.models import AuditEntry


def _incoming(clerk):
    return incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": "省委发〔2026〕1号",
                             "标题": "通知", "文种": "通知", "密级": "非密", "份数": "1"}, clerk)


@pytest.mark.parametrize("changes", [{"状态": "已办结"}, {"state": "已办结"}, {"标题": "新标题", "状态": "已办结"}])
def test_a_correction_may_not_set_the_state(db, clerk, fixed_today, changes):
    fixed_today(dt.date(2026, 3, 2))
    doc = _incoming(clerk)
    entries = AuditEntry.select().count()
    with pytest.raises(ValidationError, match="由办理步骤记录"):
        records.update(incoming.INCOMING, doc.id, changes, doc.version, clerk)
    again = records.get(incoming.INCOMING, doc.id, clerk)
    assert (again.state, again.title, again.version) == (doc.state, doc.title, doc.version)
    assert AuditEntry.select().count() == entries


def test_a_correction_of_a_typed_field_still_works(db, clerk, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    doc = _incoming(clerk)
    saved = records.update(incoming.INCOMING, doc.id, {"标题": "关于某事的通知"}, doc.version, clerk)
    assert saved.title == "关于某事的通知"


def test_every_registry_refuses_its_step_fields(db, clerk):
    from officedesk.core import registry

    for spec in (registry.load_all(), registry.all_registries())[1]:
        fixed = [f for f in spec.fields if not f.editable]
        if not fixed:
            continue
        with pytest.raises(ValidationError, match="由办理步骤记录"):
            # refused before the record is read: no record 1 is needed
            records.update(spec, 1, {fixed[0].label: "x"}, 1, clerk)
