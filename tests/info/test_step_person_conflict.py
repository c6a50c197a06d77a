"""A step's person given twice — in its own field (批示领导=…, 签发人=…) and by --person — must
name one person: the field won and --person was dropped without a word, so a clerk recording a
批示 “for 李国强” saw it done and 赵建军's name stood on it."""

from __future__ import annotations

import pytest

from officedesk.core import clock, info, steps
from officedesk.core.errors import ValidationError
from officedesk.store.info import InfoAction


def test_a_person_field_and_another_person_are_refused(db, admin, report, advance):
    item = advance(report(), "编发")
    with pytest.raises(ValidationError, match="--person") as refused:
        steps.perform("info", item.id, "批示", {"leader": "赵建军", "text": "请各地学习借鉴。", "day": clock.today()},
                      admin, person="李国强")
    assert "赵建军" in refused.value.message and "李国强" in refused.value.message
    assert not InfoAction.select().where((InfoAction.item == item.id)
                                         & (InfoAction.kind == "批示")).exists()
    # the same name twice is one person: done
    steps.perform("info", item.id, "批示", {"leader": "赵建军", "text": "请各地学习借鉴。", "day": clock.today()},
                  admin, person="赵建军")
    assert info.get(item.id, admin).instruction.startswith("赵建军")
