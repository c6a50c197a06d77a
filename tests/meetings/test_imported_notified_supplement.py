"""A 会议 imported as 已发通知 (an xlsx row, `add meetings 状态=已发通知`) went out to the people
it lists when it was imported: they count as notified, as 发通知 keeps them (defect: the import
kept the notice's time and place but nobody it went to, so a person added afterwards could get
no 补发 — refused as “还没有记录送达名单”). Those added after the import are the 补发's; the
audit trail and `check` stay clean, by the batch and the row path alike."""

from __future__ import annotations

import pytest

from officedesk import cli
from officedesk.core import audit, check, steps
from officedesk.core import meetings as m
from officedesk.core.meetings import notices
from officedesk.exchange import xlsx
from officedesk.printing import forms
from officedesk.store.meetings import Meeting
from tests.exchange.sheets import write_sheet
from tests.meetings.conftest import pdf_text

ROW = {"会议名称": "全市工作会议", "会议类型": "工作会议", "开始时间": "2026-12-08 09:00",
       "结束时间": "2026-12-08 11:00", "地点": "第一会议室", "主办单位": "市委办公室",
       "主持人": "赵立新", "出席人员": "李建国、王海涛", "列席人员": "马俊", "旁听人员": "林涛",
       "联系人": "张敏", "联系电话": "0731-88886666", "状态": "已发通知"}
# the chair, not typed among 出席, is added to it: the notice went to him as well
AT_IMPORT = {"赵立新", "李建国", "王海涛", "马俊", "林涛"}


def _imported(how: str, admin, tmp_path) -> Meeting:
    if how == "batch":
        report = xlsx.import_file(m.SPEC, write_sheet(m.SPEC, tmp_path / "会议.xlsx", [ROW]), admin)
        assert report.ok and report.imported == 1
    else:  # the row path: `add meetings 字段=值 …`
        db = str(tmp_path / "officedesk.db")
        assert cli.main(["--db", db, "add", "meetings",
                         *(f"{label}={value}" for label, value in ROW.items())]) == 0
    return Meeting.get(Meeting.title == ROW["会议名称"])


@pytest.mark.parametrize("how", ["batch", "row"])
def test_the_people_of_a_meeting_imported_as_notified_count_as_notified(directory_data, admin,
                                                                        on_day, tmp_path, how):
    made = _imported(how, admin, tmp_path)
    assert made.status == m.NOTIFIED
    assert notices.notified_people(made) == AT_IMPORT
    assert m.added_since_notice(made) == []
    assert "没有需要补发的人员" in m.paper_refusal("supplement", made)


@pytest.mark.parametrize("how", ["batch", "row"])
def test_those_added_after_the_import_get_the_supplement(directory_data, admin, on_day, tmp_path,
                                                         how):
    made = _imported(how, admin, tmp_path)
    steps.perform("meetings", made.id, "修改", {"出席人员": "李建国、王海涛、高静"}, admin)
    meeting = m.get(made.id, admin)
    assert m.supplement_to(meeting) == ["高静"]
    pdf = forms.get("notice").build([made.id], admin, added=True)
    assert pdf.paper_name == "会议通知（补发）"
    assert "送会议通知发出后增加的参会人员高静" in pdf_text(pdf)
    forms.issue(pdf)  # handed out: recorded
    assert m.added_since_notice(m.get(made.id, admin)) == []
    assert check.run_checks() == [] and audit.verify_chain() == []
