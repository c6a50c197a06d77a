"""The 延期告知书: 《信访工作条例》第三十四条 extends the 办理 once, with a 负责人's approval, and
the petitioner is told the reason. This office tells it for a matter it handles itself (直接答复),
in its kind of day; a 交办 matter's 承办单位 tells it, as it answers."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, settings
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms
from tests.petitions.papers import paper_text

from .conftest import extend

D = dt.date


def test_an_extended_matter_gets_its_extension_notice_with_the_reason(
        accepted, admin, clerk, fixed_today):
    p = accepted("2026-08-03")
    assert petitions.paper_refusal("extension", p)  # nothing extended yet: no notice
    fixed_today(D(2026, 9, 21))
    p = petitions.extend(p.id, p.version, admin, reason="涉及多个部门，需进一步调查核实",
                         approver=_leader(), on="2026-09-21")
    assert petitions.paper_refusal("extension", p) == ""
    text = paper_text("petition-extension", p, clerk)
    assert "信访事项延期办理告知书" in text and f"信访编号：{p.number}" in text
    assert "本机关已于2026年8月3日受理" in text
    assert "经本机关负责人批准，办理期限延长30日" in text
    assert "延期理由：涉及多个部门，需进一步调查核实。" in text
    assert "《信访工作条例》第三十四条" in text
    assert "2026年9月21日" in text  # signed the day the 延期 was approved
    assert "送达回证" in text and "13812345678" not in text  # the phone masked by default


def test_the_notice_states_the_period_in_the_offices_kind_of_day(
        accepted, admin, clerk, fixed_today):
    settings.put("deadlines.day_kind", "working")
    p = accepted("2026-08-03")
    fixed_today(D(2026, 9, 21))
    p = extend(p, admin, "2026-09-21")
    assert "办理期限延长30个工作日" in paper_text("petition-extension", p, clerk)


def test_an_assigned_matters_extension_is_told_by_the_assigned_unit(
        register, admin, clerk, fixed_today):
    fixed_today(D(2026, 8, 2))
    p = register(registered_on="2026-08-01")
    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-08-01",
                         target_unit="青河镇人民政府", report_due="2026-09-01")
    p = petitions.notify(p.id, p.version, admin, on="2026-08-02")
    fixed_today(D(2026, 9, 20))
    p = extend(p, admin, "2026-09-20")
    refusal = petitions.paper_refusal("extension", p)
    assert "青河镇人民政府" in refusal and "延期告知书" in refusal
    with pytest.raises(ProcedureError, match="青河镇人民政府"):
        forms.get("petition-extension").build([p.id], clerk)


def _leader() -> str:
    from .conftest import leader

    return leader()


def test_an_unmasked_notice_records_the_view_once_made(accepted, admin, fixed_today):
    """printing with the petitioners' full data is recorded in the trail, as every 信访 paper's is
    (an extension notice merged beside the change that records it once the paper is made, not
    as the records are read, recorded nothing at all)."""
    from officedesk.core import audit

    p = accepted("2026-08-03")
    fixed_today(D(2026, 9, 21))
    p = extend(p, admin, "2026-09-21")
    text = paper_text("petition-extension", p, admin, unmasked=True)
    assert "13812345678" in text
    views = [e for e in audit.history("petitions", p.id) if e.action == "view"]
    assert len(views) == 1 and "打印" in views[0].summary
