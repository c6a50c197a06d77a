"""A substitute of a read-only principal: the principal holds no step (read-only changes
nothing), and the refusal says whose step it is — not that anyone's 密级 is too low."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import positions, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from tests.staff import make_staff


def test_the_refusal_for_a_read_only_principal_s_substitute_names_the_holder(staffed):
    make_staff([("ro", "吴只读", "readonly", "办公室领导", "副主任", "综合处", False)])
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, staffed["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    # not one of 综合处 (a unit the principal is in charge of: no 代理 of his, core.positions)
    positions.set_delegation("ro", "xinxi", dt.date(2026, 11, 16), dt.date(2026, 11, 20), CLI_ACTOR)
    with pytest.raises(ProcedureError) as refused:
        steps.perform("outgoing", doc, "审核", {"意见": "同意"}, staffed["xinxi"])
    assert "密级" not in refused.value.message, refused.value.message
    assert "赵副主任" in refused.value.message
