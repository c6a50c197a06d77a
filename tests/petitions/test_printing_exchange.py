"""The printed papers (masked unless asked by an allowed role), xlsx export and `add --json`."""

from __future__ import annotations

import datetime as dt
import json

import pymupdf as fitz
import pytest

from officedesk import cli
from officedesk.core import audit, petitions
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError, ProcedureError
from officedesk.exchange import xlsx
from officedesk.printing import forms

from .conftest import ID_ZHANG

MASKED_ID = "110101********" + ID_ZHANG[-4:]


def _text(pdf: bytes) -> str:
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


@pytest.fixture
def handled(register, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    p = register(
        people_count=3,
        petitioners=[
            {
                "name": "张建国",
                "id_number": ID_ZHANG,
                "phone": "13812345678",
                "address": "青河村三组18号",
            },
            {"name": "李桂兰", "phone": "13900001111"},
        ],
    )
    p = petitions.decide(
        p.id,
        p.version,
        admin,
        "交办",
        on="2026-03-02",
        target_unit="青河镇人民政府",
        report_due="2026-04-30",
    )
    return p


def test_transfer_slip_is_masked(handled, clerk):
    text = _text(forms.get("petition-transfer").build([handled.id], clerk))
    assert "信访事项交办单" in text and "青河镇人民政府" in text and "2026年4月30日" in text
    assert MASKED_ID in text and "138****5678" in text
    assert ID_ZHANG not in text and "13812345678" not in text
    assert "李桂兰" in text  # the list of petitioners


def test_unmasked_print_needs_the_role_and_is_audited(handled, clerk, admin):
    with pytest.raises(PermissionDeniedError):
        forms.get("petition-transfer").build([handled.id], clerk, unmasked=True)
    text = _text(forms.get("petition-transfer").build([handled.id], admin, unmasked=True))
    assert ID_ZHANG in text and "13812345678" in text
    views = [e for e in audit.history("petitions", handled.id) if e.action == "view"]
    assert len(views) == 1 and "打印" in views[0].summary


def test_an_unmasked_paper_a_rule_refuses_records_no_view(handled, admin):
    """A 答复意见书 of a matter not answered yet: refused — and the trail said the administrator
    had seen the petitioners' full ID numbers and phones in a print (the view was recorded as
    the records were read, before the rule), which showed nothing."""
    with pytest.raises(ProcedureError, match="还没有答复意见"):
        forms.get("petition-reply").build([handled.id], admin, unmasked=True)
    assert [e for e in audit.history("petitions", handled.id) if e.action == "view"] == []


def test_the_command_line_prints_the_full_address_when_asked_and_audits_it(handled, db, capsys, tmp_path):
    """The office mails the 告知书 and the 承办单位 calls the petitioner: `print --unmasked`, as
    the window's 打印（不遮盖）, not only a masked paper."""
    base = ["--db", str(tmp_path / "officedesk.db"), "print"]
    masked, full = tmp_path / "masked.pdf", tmp_path / "full.pdf"
    assert cli.main([*base, "petition-transfer", str(handled.id), "-o", str(masked)]) == 0
    assert cli.main([*base, "petition-transfer", str(handled.id), "--unmasked", "-o", str(full)]) == 0
    assert ID_ZHANG not in _text(masked.read_bytes()) and MASKED_ID in _text(masked.read_bytes())
    text = _text(full.read_bytes())
    assert ID_ZHANG in text and "13812345678" in text and "青河村三组18号" in text
    views = [e for e in audit.history("petitions", handled.id) if e.action == "view"]
    assert len(views) == 1 and "打印" in views[0].summary
    capsys.readouterr()
    assert cli.main([*base, "archive-list", "--year", "2026", "--unmasked", "-o", str(tmp_path / "x.pdf")]) != 0
    assert "不接受 --unmasked" in capsys.readouterr().err


def test_notice_and_reply(handled, register, admin, clerk):
    p = petitions.notify(handled.id, handled.version, admin, on="2026-03-02")
    text = _text(forms.get("petition-notice").build([p.id], clerk))
    assert "信访事项受理告知书" in text and "张建国、李桂兰" in text and "送达回证" in text
    assert "60日内办结" in text and "已交办青河镇人民政府" in text
    with pytest.raises(ProcedureError):
        forms.get("petition-reply").build([p.id], clerk)
    p = petitions.reply(p.id, p.version, admin, opinion="补偿款已足额发放。", on="2026-03-02")
    with pytest.raises(ProcedureError, match="青河镇人民政府出具"):  # the 承办单位 answers 交办
        forms.get("petition-reply").build([p.id], clerk)
    own = register(content="反映村道路灯损坏无人修理。")
    own = petitions.decide(own.id, own.version, admin, "直接答复", on="2026-03-02")
    own = petitions.reply(
        own.id, own.version, admin, opinion="补偿款已足额发放。\n安置房已复工。", on="2026-03-02"
    )
    text = _text(forms.get("petition-reply").build([own.id], clerk))
    assert "信访事项答复意见书" in text and "补偿款已足额发放" in text
    assert "请求原办理机关、单位的上一级机关、单位复查" in "".join(text.split())
    assert "行政机关" not in text
    rejected = register()
    rejected = petitions.decide(
        rejected.id,
        rejected.version,
        admin,
        "不予受理",
        on="2026-03-02",
        reason="该事项已由人民法院作出生效判决",
    )
    both = _text(forms.get("petition-notice").build([p.id, rejected.id], clerk))
    assert "信访事项不予受理告知书" in both and "已由人民法院作出生效判决" in both


def test_papers_are_deterministic(handled, clerk):
    build = forms.get("petition-transfer").build
    assert build([handled.id], clerk) == build([handled.id], clerk)


def test_export_masks_unless_asked(handled, admin, tmp_path):
    import openpyxl

    path = tmp_path / "petitions.xlsx"
    xlsx.export(petitions.SPEC, path, admin)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert list(rows[0]) == [*petitions.spec_module.EXCHANGE_LABELS, "记录号"]  # the record's id
    record = dict(zip(rows[0], rows[1], strict=True))
    # a joint letter: every petitioner's in the order of 信访人 (李桂兰 gave no ID number)
    assert record["身份证号"] == f"{MASKED_ID}、" and record["联系电话"] == "138****5678、139****1111"
    assert record["信访人"] == "张建国、李桂兰" and record["处理方式"] == "交办"
    xlsx.export(petitions.SPEC, path, admin, unmasked=True)  # export --unmasked: audited
    record = dict(
        zip(*list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))[:2], strict=True)
    )
    assert record["身份证号"] == f"{ID_ZHANG}、"


def test_import_template_round_trip(handled, admin, tmp_path):
    path = tmp_path / "template.xlsx"
    xlsx.write_template(petitions.SPEC, path)
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    row = {
        "登记日期": "2026-03-01",
        "信访形式": "来信",
        "信访人": "周大海",
        "身份证号": "11010119900307123X",
        "问题类别": "劳动社保",
        "反映内容": "拖欠工资",
        "处理方式": "直接答复",  # 已办结 needs its facts: how it was handled and when closed
        "办结日期": "2026-03-02",
        "答复意见": "已支付",
    }
    sheet.append([row.get(h) for h in headers])
    book.save(path)
    report = xlsx.import_file(petitions.SPEC, path, admin)
    assert report.imported == 0 and "校验位" in report.problems[0].reason  # nothing half-imported
    sheet.cell(row=2, column=headers.index("身份证号") + 1, value="110101199003071233")
    book.save(path)
    report = xlsx.import_file(petitions.SPEC, path, admin)
    assert report.imported == 1, report.problems
    imported = petitions.get(report.ids[0], admin)
    assert imported.state == petitions.CLOSED and imported.reply_opinion == "已支付"


def test_cli_add_reports_possible_repeats(handled, db, capsys, tmp_path):
    code = cli.main(
        [
            "--db",
            str(tmp_path / "officedesk.db"),
            "add",
            "petitions",
            "登记日期=2026-03-02",
            "信访形式=来访",
            "信访人=张建国",
            f"身份证号={ID_ZHANG}",
            "问题类别=征地拆迁",
            "反映内容=再次反映征地补偿款问题",
            "--json",
        ]
    )
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["possible_repeats"] == [handled.id]


def test_clerk_cannot_reveal_but_leader_can(handled, clerk):
    with pytest.raises(PermissionDeniedError):
        petitions.reveal(handled.id, clerk)
    assert (
        petitions.reveal(handled.id, Actor("boss", "leader", 2))["petitioners"][1]["phone"]
        == "13900001111"
    )
