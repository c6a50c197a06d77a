"""Rule 2: the 信访 paths and papers of《信访工作条例》(2022): 转送 (art. 31), 检举控告 (art. 32),
答复 / 复查 / 复核 (arts. 35, 36) and 不再受理 after 复核."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core import petitions, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms
from officedesk.store import db as store_db
from officedesk.store.petitions import Petition
from tests.petitions.conftest import ID_ZHANG

D = dt.date


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join("".join(page.get_text().split()) for page in doc)


def _rechecked(register, admin, fixed_today):
    """A petition through 答复, 复查 and 复核: the matter is closed."""
    fixed_today(D(2026, 1, 5))
    p = register(registered_on="2026-01-05")
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-01-05")
    fixed_today(D(2026, 2, 1))
    p = petitions.reply(p.id, p.version, admin, opinion="补偿款已按标准发放。", on="2026-02-01")
    fixed_today(D(2026, 2, 10))
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-02-10")
    fixed_today(D(2026, 3, 1))
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持原答复。", on="2026-03-01")
    return p


def test_reply_papers_name_the_next_authority_never_an_administrative_one(
    register, admin, clerk, fixed_today
):
    # a 交办 matter: the 承办单位 answers; this office, which assigned it, reviews as its 上一级
    # (the 通讯录 has it so) and the 复核 above it is another body's (one ranked above both)
    from tests.petitions.test_reply_papers import units_above

    units_above(admin, "县委办公室", "青河镇人民政府", "县委办公室")
    fixed_today(D(2026, 3, 1))
    p = register(registered_on="2026-01-05")
    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-01-05",
                         target_unit="青河镇人民政府", report_due="2026-01-30")
    p = petitions.notify(p.id, p.version, admin, on="2026-01-05")
    p = petitions.reply(p.id, p.version, admin, opinion="补偿款已按标准发放。", on="2026-02-01")
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-02-10")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持原答复。", on="2026-03-01")
    text = _text(forms.get("petition-reply").build([p.id], clerk))
    # after a 复查 answer: the 复查意见书 points to the 复查机关's 上一级 for 复核 (art. 36)
    assert "信访事项复查意见书" in text and "维持原答复" in text
    assert "向复查机关、单位的上一级机关、单位请求复核" in text and "行政机关" not in text
    fixed_today(D(2026, 3, 20))
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-03-10")
    p = petitions.answer_review(p.id, p.version, admin, opinion="复核维持。", on="2026-03-20")
    with pytest.raises(ProcedureError, match="不能再出具复核意见书"):
        petitions.reply_paper(p, "复核")
    # what it prints is its own 复查意见书, served already (reprinted, not a 复核意见书)
    assert _text(forms.get("petition-reply").build([p.id], clerk)) == text
    # a first 答复: 复查 from the 原办理机关、单位的上一级机关、单位 within 30 days (art. 35)
    q = register(registered_on="2026-03-02", content="另一件事：村道路灯损坏无人修理。")
    q = petitions.decide(q.id, q.version, admin, "直接答复", on="2026-03-20")
    q = petitions.reply(q.id, q.version, admin, opinion="路灯已修复。", on="2026-03-20")
    text = _text(forms.get("petition-reply").build([q.id], clerk))
    assert "30日内，请求原办理机关、单位的上一级机关、单位复查" in text
    assert "行政机关" not in text


def test_transfer_tells_of_the_transfer_and_tracks_the_receiving_units_acceptance(
    register, admin, clerk, fixed_today
):
    fixed_today(D(2026, 3, 3))
    p = register()
    p = petitions.decide(
        p.id, p.version, admin, "转送", on="2026-03-03", target_unit="青河镇人民政府"
    )
    assert p.accept_due == D(2026, 3, 18)  # the receiving unit decides within 15 days
    fixed_today(D(2026, 3, 5))
    p = petitions.notify(p.id, p.version, admin, on="2026-03-05")
    assert p.state == petitions.TRANSFERRED
    assert p.handle_due is None and p.accepted_on is None  # no 60-day 办理 of this office
    assert (p.next_due, p.next_due_what) == (D(2026, 3, 18), "转送受理")
    assert petitions.allowed_steps(p) == ["办理", "办结"]
    with pytest.raises(ProcedureError):
        petitions.reply(p.id, p.version, admin, opinion="x", on="2026-03-05")
    text = _text(forms.get("petition-notice").build([p.id], clerk))
    assert "信访事项转送告知书" in text and "转送青河镇人民政府" in text
    assert "15日内决定是否受理" in text
    assert "60日" not in text and "依法受理" not in text
    fixed_today(D(2026, 3, 15))
    p = petitions.handle(p.id, p.version, admin, on="2026-03-15", content="青河镇回告：已受理")
    assert p.reported_on == D(2026, 3, 15) and p.next_due is None
    p = petitions.close(p.id, p.version, admin, on="2026-03-15")
    assert p.state == petitions.CLOSED


def test_accusation_of_officials_goes_to_the_discipline_organ(register, admin, clerk, fixed_today):
    fixed_today(D(2026, 3, 3))
    settings.put(petitions.spec_module.DISCIPLINE_ORGAN.key, "云岭县纪委监委")
    p = register(category="党风廉政", content="检举镇干部王某在征地补偿中收受好处费。")
    for handling in ("直接答复", "交办"):
        with pytest.raises(ProcedureError, match="云岭县纪委监委") as refused:
            petitions.decide(
                p.id,
                p.version,
                admin,
                handling,
                on="2026-03-03",
                target_unit="青河镇人民政府",
                report_due="2026-04-01",
            )
        assert "第三十二条" in refused.value.message
    p = petitions.decide(p.id, p.version, admin, "不予受理", on="2026-03-03")
    assert "云岭县纪委监委" in p.reject_reason and "第三十二条" in p.reject_reason
    text = _text(forms.get("petition-notice").build([p.id], clerk))
    assert "向云岭县纪委监委提出检举控告" in text
    q = register(category="党风廉政", content="检举村支书挪用集体资金。")
    q = petitions.decide(
        q.id, q.version, admin, "转送", on="2026-03-03", target_unit="云岭县纪委监委"
    )
    q = petitions.notify(q.id, q.version, admin, on="2026-03-03")
    assert q.state == petitions.TRANSFERRED and q.handle_due is None


def test_after_recheck_the_same_matter_is_no_longer_accepted(register, admin, fixed_today):
    p = _rechecked(register, admin, fixed_today)
    fixed_today(D(2026, 3, 20))
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-03-10")
    p = petitions.answer_review(p.id, p.version, admin, opinion="复核维持。", on="2026-03-20")
    fixed_today(D(2026, 5, 6))
    again = register(registered_on="2026-05-06", content="再次反映青河村土地征收补偿款未足额发放。")
    assert again.repeat_of == p.id and again.next_due_what == "不予受理"
    first_step = petitions.steps_of(again.id, CLI_ACTOR)[0]
    assert "2026年3月20日经复核终结" in first_step.content and "不再受理" in first_step.content
    extra = petitions.SPEC.json_extra(again)
    assert extra["no_longer_accepted"]["petition_id"] == p.id
    assert extra["no_longer_accepted"]["rechecked_on"] == "2026-03-20"
    with pytest.raises(ProcedureError, match="不再受理"):
        petitions.decide(
            again.id, again.version, admin, "转送", on="2026-05-06", target_unit="青河镇人民政府"
        )
    again = petitions.decide(again.id, again.version, admin, "不予受理", on="2026-05-06")
    assert "第三十六条" in again.reject_reason
    # the repeat list shows each earlier record's state, 复核终结 included
    found = petitions.find_repeats([{"id_number": ID_ZHANG}], admin, "征地拆迁", "")
    states = {c.petition_id: c.state_text() for c in found}
    assert "复核终结" in states[p.id] and states[again.id] == petitions.TO_NOTIFY
    # another matter of the same person is not refused
    other = register(registered_on="2026-05-06", category="社会治安", content="邻居深夜施工噪音扰民。")
    assert other.repeat_of is None


def test_add_json_names_the_rechecked_record(tmp_path, monkeypatch):
    from officedesk.core import clock
    from tests.test_cli import Cli

    cli = Cli.initialised(tmp_path)
    monkeypatch.setenv("OFFICEDESK_HOME", str(cli.home))
    store_db.open_database(str(cli.db))
    try:
        clock.set_today(D(2026, 1, 5))
        p = petitions.register_petition(
            {
                "registered_on": "2026-01-05",
                "form": "来信",
                "name": "张建国",
                "id_number": ID_ZHANG,
                "category": "征地拆迁",
                "content": "反映青河村土地征收补偿款至今未足额发放。",
            },
            None,
            _admin(),
        )
        a = _admin()
        clock.set_today(D(2026, 2, 2))
        p = petitions.decide(p.id, p.version, a, "直接答复", on="2026-01-05")
        p = petitions.reply(p.id, p.version, a, opinion="已发放。", on="2026-01-10")
        p = petitions.request_review(p.id, p.version, a, "复查", on="2026-01-12")
        p = petitions.answer_review(p.id, p.version, a, opinion="维持。", on="2026-01-20")
        p = petitions.request_review(p.id, p.version, a, "复核", on="2026-01-22")
        p = petitions.answer_review(p.id, p.version, a, opinion="维持。", on="2026-02-02")
    finally:
        clock.set_today(None)
        store_db.close_database()
    out = cli.json(
        "add",
        "petitions",
        "信访形式=来访",
        "信访人=张建国",
        f"身份证号={ID_ZHANG}",
        "问题类别=征地拆迁",
        "反映内容=再次反映青河村土地征收补偿款未足额发放。",
    )
    assert out["no_longer_accepted"]["petition_id"] == p.id
    assert out["no_longer_accepted"]["rechecked_on"] == "2026-02-02"
    assert "不再受理" in out["no_longer_accepted"]["message"]


def _admin():
    from officedesk.core.actor import CLI_ACTOR

    return CLI_ACTOR


def test_a_batch_import_finds_the_closed_matter_too(register, admin, fixed_today):
    """The batch checks ask once for the people with an answered 复核 (not once per row), and
    still link the same person's same matter as 不再受理; by name and phone as by ID number."""
    from officedesk.core import batch

    p = _rechecked(register, admin, fixed_today)
    fixed_today(D(2026, 3, 20))
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-03-10")
    p = petitions.answer_review(p.id, p.version, admin, opinion="复核维持。", on="2026-03-20")
    fixed_today(D(2026, 5, 6))
    row = {"登记日期": "2026-05-06", "信访形式": "来信", "问题类别": "征地拆迁",
           "反映内容": "再次反映青河村土地征收补偿款未足额发放。"}
    rows = [
        {**row, "信访人": "张建国", "身份证号": ID_ZHANG},
        {**row, "信访人": "张建国", "联系电话": "13812345678"},
        {**row, "信访人": "李四", "联系电话": "13900000000"},  # someone else
        {**row, "信访人": "张建国", "身份证号": ID_ZHANG, "问题类别": "社会治安",
         "反映内容": "邻居深夜施工噪音扰民。"},  # another matter
    ]
    ids, problems = batch.create_many(petitions.SPEC, rows, admin)
    assert problems == []
    made = {q.id: q for q in Petition.select().where(Petition.id << ids)}
    assert [made[i].repeat_of for i in ids] == [p.id, p.id, None, None]
    assert [made[i].next_due_what for i in ids][:2] == ["不予受理", "不予受理"]
