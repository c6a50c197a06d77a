"""Rule 5: states are reached through their steps. `add`/import may not set a state whose facts
it lacks; `import --history` brings in a past 台账 in any state that carries its facts, marked
as imported; `check` lists records whose state and facts disagree."""

from __future__ import annotations

import openpyxl

from officedesk.core import audit, registry, rule_checks
from officedesk.core.documents import incoming
from officedesk.exchange import xlsx
from tests.test_cli import Cli


def test_add_refuses_a_state_without_its_facts(tmp_path):
    cli = Cli.initialised(tmp_path, here=True)
    base = ("add", "incoming", "文种=通知", "来文机关=县政府", "标题=关于甲的通知")
    result = cli(*base, "状态=已归档", check=1)
    assert "状态为“已归档”，但缺少：办结日期、档号" in result.stderr
    result = cli(*base, "状态=传阅中", check=1)
    assert "缺少：传阅人" in result.stderr
    result = cli("add", "outgoing", "文种=通知", "标题=关于乙的通知", "状态=已签发", check=1)
    assert "缺少：签发人、签发日期" in result.stderr
    result = cli("add", "supervision", "事项名称=修路", "状态=按期办结", check=1)
    assert "办结日期" in result.stderr
    result = cli(
        "add", "petitions", "信访形式=来信", "信访人=周大海", "问题类别=劳动社保",
        "反映内容=拖欠工资", "登记日期=2026-03-01", "办结日期=2026-03-02", check=1,
    )
    assert "缺少：处理方式" in result.stderr
    ok = cli(*base, "状态=已办结", "办结日期=2026-03-02")
    assert "已添加收文" in ok.stdout


def test_import_history_brings_past_records_with_their_facts(db, admin, tmp_path):
    spec = incoming.INCOMING
    path = xlsx.write_template(spec, tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    rows = [
        {"收文编号": "收〔2025〕12号", "收文日期": "2025-03-02", "来文机关": "省委办公厅",
         "标题": "旧文一", "状态": "已归档", "办结日期": "2025-03-20", "档号": "Z001-WS·2025-Y-0012"},
        {"收文编号": "收〔2025〕40号", "收文日期": "2025-06-02", "来文机关": "省委办公厅",
         "标题": "旧文二", "状态": "已归档", "办结日期": "2025-06-20"},
    ]
    for row in rows:
        sheet.append([row.get(h) for h in headers])
    book.save(tmp_path / "old.xlsx")
    report = xlsx.import_file(spec, tmp_path / "old.xlsx", admin, history=True)
    assert report.imported == 0  # one bad row: nothing half-imported
    assert [(p.row, p.column) for p in report.problems] == [(3, "状态")]
    assert "缺少：档号" in report.problems[0].reason
    sheet.delete_rows(3)
    book.save(tmp_path / "old.xlsx")
    report = xlsx.import_file(spec, tmp_path / "old.xlsx", admin, history=True)
    assert report.imported == 1
    record = incoming.IncomingDoc.get_by_id(report.ids[0])
    assert (record.state, record.archive_no) == ("已归档", "Z001-WS·2025-Y-0012")
    summaries = [e.summary for e in audit.history("incoming", record.id)]
    assert any("导入历史台账" in s for s in summaries)
    assert not [f for f in rule_checks.check_states()]
    # a state changed outside the rules: check lists the record and what it lacks
    incoming.IncomingDoc.update(archive_no="").where(incoming.IncomingDoc.id == record.id).execute()
    found = [f.message for f in rule_checks.check_states()]
    assert len(found) == 1 and "已归档" in found[0] and f"id {record.id}" in found[0]
    assert "档号" in found[0]
    assert registry.get("incoming").field("archive_no").label == "档号"


def test_check_names_only_what_the_records_lack(db, admin):
    """`check` said “缺少应有的内容（牵头单位、办结日期）” of a 督查事项 closed with its 办结日期:
    it lists what the records lack, not every fact of their state."""
    from officedesk.core.documents import outgoing
    from officedesk.store.documents import OutgoingDoc

    doc = outgoing.draft({"文种": "通知", "标题": "关于丙的通知"}, admin)
    OutgoingDoc.update(state="已签发", signer="王主任").where(OutgoingDoc.id == doc.id).execute()
    found = [f.message for f in rule_checks.check_states()]
    assert any("签发日期" in m for m in found)
    assert not any("签发人、" in m or "、签发人" in m for m in found)


def test_an_item_never_split_cannot_be_closed_by_add_import_or_the_step(db, admin, fixed_today):
    """`add`/import took a 督查事项 状态=按期办结 with its 办结日期 and no 牵头单位 (no task), which the
    办结 step refuses and `check` then called a state lacking its 牵头单位. One rule now: 办结 closes
    the units' tasks — refused alike by the row, the core function and the step."""
    import datetime as dt

    import pytest

    from officedesk.core import steps, supervision
    from officedesk.core.errors import OfficeDeskError
    from officedesk.core.supervision import item_closing

    fixed_today(dt.date(2026, 11, 20))
    row = {"事项名称": "没有交办的事项", "来源": "其他", "立项日期": "2026-11-02", "办结时限": "2026-12-31"}
    with pytest.raises(OfficeDeskError, match="牵头单位") as refused:
        supervision.SPEC.create_hook({**row, "状态": "按期办结", "办结日期": "2026-11-19"}, admin)
    assert refused.value.field == "lead_unit"
    item = supervision.create_item(row, admin)
    with pytest.raises(OfficeDeskError, match="还没有交办任务"):
        item_closing.close_item(item.id, "2026-11-19", "已办结", item.version, admin)
    with pytest.raises(OfficeDeskError, match="还没有交办任务"):
        steps.perform("supervision", item.id, "办结", {"办结报告": "已办结"}, admin)
    assert not [f.message for f in rule_checks.check_states() if "督查" in f.message]
