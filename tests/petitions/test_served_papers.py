"""The papers served on the petitioner: the 受理告知书 of a matter this office answers itself
says this office will answer it; and a paper handed to a private person is never marked with
the record's 密级 (the internal 转送单/交办单 keeps it)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions
from tests.petitions.papers import paper_text

D = dt.date


def test_the_acceptance_notice_of_a_direct_answer_names_this_office(
    register, admin, clerk, fixed_today
):
    fixed_today(D(2026, 3, 10))
    direct = register()
    direct = petitions.decide(direct.id, direct.version, admin, "直接答复", on="2026-03-03")
    text = paper_text("petition-notice", direct, clerk)
    assert "本机关将自受理之日起" in text and "有关机关将" not in text
    assigned = register(content="另一件事：村道路灯损坏无人修理，要求尽快修复。")
    assigned = petitions.decide(assigned.id, assigned.version, admin, "交办", on="2026-03-03",
                                target_unit="青河镇人民政府", report_due="2026-04-10")
    text = paper_text("petition-notice", assigned, clerk)
    # the 承办单位 named: the petitioner knows whom his answer comes from (it said 有关机关)
    assert "已交办青河镇人民政府办理" in text and "青河镇人民政府将自受理之日起" in text
    assert "有关机关" not in text


def test_papers_served_on_the_petitioner_carry_no_secrecy_mark(
    register, admin, clerk, fixed_today
):
    fixed_today(D(2026, 3, 10))
    p = register(secrecy="机密")
    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03",
                         target_unit="青河镇人民政府", report_due="2026-04-10")
    assert "机密" in paper_text("petition-transfer", p, admin)  # internal: marked
    notice = paper_text("petition-notice", p, admin)
    assert "信访事项受理告知书" in notice and "送达回证" in notice and "机密" not in notice
    q = register(secrecy="机密", content="另一件事：村道路灯损坏无人修理，要求尽快修复。")
    q = petitions.decide(q.id, q.version, admin, "直接答复", on="2026-03-03")
    q = petitions.reply(q.id, q.version, admin, opinion="路灯已修复。", on="2026-03-05")
    reply = paper_text("petition-reply", q, admin)
    assert "信访事项答复意见书" in reply and "机密" not in reply
    rejected = register(secrecy="机密", content="第三件事：要求调换工作岗位并补发津贴。")
    rejected = petitions.decide(rejected.id, rejected.version, admin, "不予受理", on="2026-03-03",
                                reason="不属于信访事项")
    assert "机密" not in paper_text("petition-notice", rejected, admin)
