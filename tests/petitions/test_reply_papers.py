"""Who issues the 答复 / 复查 / 复核意见书 (《信访工作条例》arts. 31, 35, 36): this office for its own
answer (直接答复), the 承办单位 for a 交办 matter (the 交办单 tells it to answer), and the bodies
above the one that answered for a 复查 / 复核 — never two answers, nor a review of one's own answer."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, records, registry, settings
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms
from tests.petitions.papers import paper_text

D = dt.date


_paper = paper_text


def units_above(admin, office: str, *chain: str) -> None:
    """The 通讯录 with this office (the setting 机关名称) and `chain`: each unit's 上级单位 is the
    one after it (the last one's is none)."""
    settings.put("org.name", office, admin)
    spec = registry.get("units")
    made: set[str] = set()
    for i in range(len(chain) - 1, -1, -1):
        name = chain[i]
        if name in made:
            continue
        parent = chain[i + 1] if i + 1 < len(chain) else ""
        records.create(spec, {"单位名称": name, "上级单位": parent}, admin)
        made.add(name)
    if office not in made:
        records.create(spec, {"单位名称": office}, admin)


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
        petitions.reply_paper(p, "复查")  # the rule is core's: the print path asks it
    assert "第三十五条" in refused.value.message and "复查复核答复" in refused.value.message
    # its own 答复意见书 is still its own: reprinted after the review done elsewhere
    assert petitions.paper_refusal("reply", p) == ""
    again = _paper("petition-reply", p, clerk)
    assert "信访事项答复意见书" in again and "补偿款已发放" in again and "复查意见书" not in again


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
    # its 复查: this office, which assigned it, as the 通讯录 has it the 承办单位's 上一级
    units_above(admin, "县委办公室", "县人力资源和社会保障局", "县委办公室")
    p = _reviewed(p, admin)
    review = _paper("petition-reply", p, clerk)
    assert "信访事项复查意见书" in review and "对县人力资源和社会保障局的答复意见不服" in review


def _assigned_and_reviewed(register, admin, unit: str):
    p = register()
    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03", target_unit=unit,
                         report_due="2026-04-10")
    p = petitions.notify(p.id, p.version, admin, on="2026-03-03")
    p = petitions.reply(p.id, p.version, admin, opinion="补偿款已发放。", on="2026-03-05")
    return _reviewed(p, admin)


def test_the_office_that_did_the_review_never_issues_the_recheck_paper(
    register, admin, clerk, fixed_today
):
    fixed_today(D(2026, 3, 20))
    units_above(admin, "县委办公室", "县自然资源局", "县委办公室", "中共云岭县委员会")
    p = _assigned_and_reviewed(register, admin, "县自然资源局")
    assert "信访事项复查意见书" in _paper("petition-reply", p, clerk)  # its 上一级: this office
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-03-16")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持复查意见。", on="2026-03-17")
    assert p.state == "已办结"  # the 复核 received from the 上一级 is recorded: 复核终结
    with pytest.raises(ProcedureError, match="出具复查意见书的本机关不能再出具复核意见书") as no:
        petitions.reply_paper(p, "复核")
    assert "复查复核答复" in no.value.message
    # what it prints is the 复查意见书 it issued, served already: reprinted, never a 复核意见书
    assert petitions.paper_refusal("reply", p) == ""
    text = _paper("petition-reply", p, clerk)
    assert "信访事项复查意见书" in text and "复核意见书" not in text and "维持复查意见" not in text


def test_the_review_paper_this_office_issued_is_reprinted_after_a_recheck_request(
    register, admin, clerk, fixed_today
):
    """A 复核 request cleared the 复查's opinion and dates: the 复查意见书 this office served could
    not be printed again (a copy for the file, one lost) — it is, as it was served."""
    fixed_today(D(2026, 3, 20))
    units_above(admin, "县委办公室", "县自然资源局", "县委办公室", "中共云岭县委员会")
    p = _assigned_and_reviewed(register, admin, "县自然资源局")
    served = _paper("petition-reply", p, clerk)
    assert "信访事项复查意见书" in served and "维持原答复" in served
    assert "于2026年3月10日提出复查请求" in served
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-03-16")
    assert p.state == "复核中"
    assert petitions.paper_refusal("reply", p) == ""
    assert _paper("petition-reply", p, clerk) == served
    with pytest.raises(ProcedureError, match="没有已记入的复核意见"):
        petitions.reply_paper(p, "复核")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持复查意见。", on="2026-03-17")
    assert _paper("petition-reply", p, clerk) == served  # after the 复核 received from above


def test_a_unit_whose_superior_is_another_body_is_reviewed_there(
    register, admin, clerk, fixed_today
):
    fixed_today(D(2026, 3, 20))
    # as in the demo 通讯录: 县自然资源局 is under 云岭县人民政府, not this office
    units_above(admin, "县委办公室", "县自然资源局", "云岭县人民政府")
    p = _assigned_and_reviewed(register, admin, "县自然资源局")
    with pytest.raises(ProcedureError, match="上级单位是云岭县人民政府，不是本机关"):
        forms.get("petition-reply").build([p.id], clerk)
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-03-16")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持复查意见。", on="2026-03-17")
    with pytest.raises(ProcedureError, match="第三十六条"):
        forms.get("petition-reply").build([p.id], clerk)


def test_the_recheck_paper_is_this_offices_when_it_is_above_the_reviewing_body(
    register, admin, clerk, fixed_today
):
    fixed_today(D(2026, 3, 20))
    units_above(admin, "县委办公室", "城关镇司法所", "县司法局", "县委办公室")
    p = _assigned_and_reviewed(register, admin, "城关镇司法所")
    with pytest.raises(ProcedureError, match="上级单位是县司法局"):
        petitions.reply_paper(p)
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-03-16")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持复查意见。", on="2026-03-17")
    text = _paper("petition-reply", p, clerk)
    assert "信访事项复核意见书" in text and "不再受理" in text and "行政机关" not in text


def test_an_office_missing_from_its_directory_is_told_to_name_itself_there(
    register, admin, clerk, fixed_today
):
    """The 机关名称 (中共云岭县委办公室) is no unit of the 通讯录, which has the office as 县委办公室
    (the demo did): the refusal said to make it the 上级单位 — which the 通讯录 refuses, naming
    no such unit. It says the office is missing and how to name it so. (No 全称 field to match
    by: the rule finds the office by 名称 or 简称 only, never by a guess.)"""
    fixed_today(D(2026, 3, 20))
    units_above(admin, "县委办公室", "县档案馆", "县委办公室")
    settings.put("org.name", "中共云岭县委办公室", admin)
    p = _assigned_and_reviewed(register, admin, "县档案馆")
    refusal = petitions.paper_refusal("reply", p)
    assert "通讯录中没有本机关“中共云岭县委办公室”" in refusal, refusal
    assert "单位名称改为“中共云岭县委办公室”" in refusal
    assert "上级单位设为“中共云岭县委办公室”" not in refusal  # no such unit: the 通讯录 refuses it
    # named so (the old name its 简称, as other records wrote it), the office reviews it
    office = registry.get("units").model.get(registry.get("units").model.name == "县委办公室")
    records.update(registry.get("units"), office.id,
                   {"单位名称": "中共云岭县委办公室", "简称": "县委办公室"}, office.version, admin)
    assert petitions.paper_refusal("reply", p) == ""
    assert "信访事项复查意见书" in _paper("petition-reply", p, clerk)


def test_the_kept_review_goes_out_with_the_sheet_and_comes_back(register, admin, clerk, fixed_today,
                                                                  tmp_path):
    """The 复查 a 复核 request keeps is exported (复查申请日期, 复查答复日期, 复查意见) and imported
    again, so the 复查意见书 is reprinted from the record the sheet made; it was lost on export."""
    from officedesk.exchange import xlsx
    from tests.exchange.test_import_batch import sheet_of

    fixed_today(D(2026, 3, 20))
    units_above(admin, "县委办公室", "县自然资源局", "县委办公室", "中共云岭县委员会")
    p = _assigned_and_reviewed(register, admin, "县自然资源局")
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-03-16")
    served = _paper("petition-reply", p, clerk)
    path = tmp_path / "信访.xlsx"
    xlsx.export(petitions.SPEC, path, admin, ids=[p.id], unmasked=True)
    sheet = xlsx.read_rows(path)
    row = dict(zip(sheet.headers, sheet.rows[0][1], strict=False))
    assert (row["复查申请日期"], row["复查答复日期"], row["复查意见"]) == (D(2026, 3, 10), D(2026, 3, 10), "维持原答复。")
    assert (row["复查复核"], row["状态"]) == ("复核", "复核中")
    del row["信访编号"]  # the same matter again, as a new record
    report = xlsx.import_file(petitions.SPEC, sheet_of(tmp_path / "again.xlsx", [row], list(row)), admin)
    assert report.ok and report.imported == 1, report.problems
    again = petitions.SPEC.model.get_by_id(report.ids[0])
    assert (again.first_review_answered_on, again.first_review_opinion) == (D(2026, 3, 10), "维持原答复。")
    assert _paper("petition-reply", again, clerk) == served.replace(p.number, again.number)
    # kept only beside a 复核, and whole
    for wrong in ({"复查复核": "复查", "状态": "复查中", "复查复核申请日期": "2026-03-16"},
                  {"复查意见": ""}):
        bad = xlsx.import_file(petitions.SPEC, sheet_of(tmp_path / "bad.xlsx", [{**row, **wrong}], list(row)),
                               admin, dry_run=True)
        assert not bad.ok and {p.column for p in bad.problems} & {"复查申请日期", "复查答复日期", "复查意见"}
