"""Who issues the 答复 / 复查 / 复核意见书 (《信访工作条例》arts. 31, 35, 36): this office for its own
answer (直接答复), the 承办单位 for a 交办 matter (the 交办单 tells it to answer), and the bodies
above the one that answered for a 复查 / 复核 — never two answers, nor a review of one's own answer."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms
from tests.petitions.papers import paper_text

D = dt.date


_paper = paper_text


def _reviewed(p, admin, kind: str = "复查"):
    p = petitions.request_review(p.id, p.version, admin, kind, on="2026-03-10")
    return petitions.answer_review(p.id, p.version, admin, opinion="维持原答复。", on="2026-03-10")


def test_an_office_answering_itself_issues_no_review_paper_on_its_own_answer(
    register, admin, clerk, fixed_today
):
    fixed_today(D(2026, 3, 10))
    p = register()
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-03-03")
    p = petitions.reply(p.id, p.version, admin, opinion="补偿款已发放。", on="2026-03-05")
    reply = _paper("petition-reply", p, clerk)  # its own answer: its own 答复意见书
    assert "信访事项答复意见书" in reply and "本机关于2026年3月3日受理后" in reply
    p = _reviewed(p, admin)  # the 复查 of its 上一级, recorded by the step
    assert p.review_opinion == "维持原答复。"
    with pytest.raises(ProcedureError, match="上一级机关、单位办理并出具复查意见书") as refused:
        forms.get("petition-reply").build([p.id], clerk)
    assert "第三十五条" in refused.value.message and "复查复核答复" in refused.value.message
    with pytest.raises(ProcedureError):
        petitions.reply_paper(p)  # the rule is core's: the print path asks it


def test_an_assigned_matter_is_answered_by_the_assigned_unit(register, admin, clerk, fixed_today):
    fixed_today(D(2026, 3, 10))
    p = register()
    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03",
                         target_unit="县人力资源和社会保障局", report_due="2026-04-10")
    slip = _paper("petition-transfer", p, clerk)
    assert "书面答复信访人" in slip  # the 交办单 tells the 承办单位 to answer
    p = petitions.notify(p.id, p.version, admin, on="2026-03-03")
    p = petitions.reply(p.id, p.version, admin, opinion="经县人社局调查核实，工资已支付。",
                        on="2026-03-05")
    with pytest.raises(ProcedureError, match="答复意见书由县人力资源和社会保障局出具") as refused:
        forms.get("petition-reply").build([p.id], clerk)
    assert "不另出具" in refused.value.message
    # its 复查: this office, which assigned it, as the 承办单位's 上一级
    p = _reviewed(p, admin)
    review = _paper("petition-reply", p, clerk)
    assert "信访事项复查意见书" in review and "对县人力资源和社会保障局的答复意见不服" in review
