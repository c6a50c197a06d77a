"""The 效能 spans of records imported from an office's register start at their own first date
(拟稿/签发, 收文, 立项, 登记 from the row), never on the day they were imported: a 发文 imported
today with its 印发日期 in the past gave a negative whole-procedure span, and fell out of the
period it was done in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import registry
from officedesk.core.efficiency import spans
from officedesk.exchange import xlsx

TODAY = dt.date(2026, 6, 30)
D = dt.date

ROWS: dict[str, dict[str, Any]] = {
    "outgoing": {"发文字号": "云委办发〔2026〕1号", "标题": "关于防汛的通知", "文种": "通知",
                 "拟稿单位": "县委办公室", "拟稿人": "陈思雨", "签发人": "姚国强",
                 "签发日期": D(2026, 6, 2), "状态": "已印制", "印发日期": D(2026, 6, 4)},
    "incoming": {"收文编号": "收〔2026〕1号", "收文日期": D(2026, 6, 1), "来文机关": "县政府办公室",
                 "标题": "关于防汛的通知", "文种": "通知", "状态": "已办结", "办结日期": D(2026, 6, 5)},
    "supervision": {"督查编号": "督〔2026〕1号", "事项名称": "整治背街小巷", "来源": "群众反映",
                    "立项日期": D(2026, 6, 1),
                    "办结时限": D(2026, 6, 20), "牵头单位": "县住房和城乡建设局", "状态": "按期办结",
                    "办结日期": D(2026, 6, 8)},
    "petitions": {"信访编号": "信2026-00009", "登记日期": D(2026, 6, 1), "信访形式": "来信",
                  "信访人": "张建国", "问题类别": "城乡建设", "反映内容": "路灯不亮",
                  "状态": "已答复", "处理方式": "直接答复", "处理日期": D(2026, 6, 2),
                  "答复意见": "已修复。", "答复日期": D(2026, 6, 9)},
    "complaints": {"投诉编号": "效投2026-0007", "登记日期": D(2026, 6, 1), "投诉方式": "来信",
                   "投诉人": "李女士", "被投诉单位": "县住房和城乡建设局", "投诉类别": "办事拖拉",
                   "投诉内容": "两周未办结。", "状态": "已办结", "核查单位": "县纪委监委",
                   "核查通知日期": D(2026, 6, 2), "核查完成日期": D(2026, 6, 6), "核查结论": "属实",
                   "核查情况": "情况属实。", "处理结果": "效能告诫", "办结日期": D(2026, 6, 9)},
}
# the whole procedure's span: (its first date, its end) as the row gives them
EXPECTED = {
    "outgoing": (D(2026, 6, 2), D(2026, 6, 4)),  # 签发 (no 拟稿 date in the row) → 印发
    "incoming": (D(2026, 6, 1), D(2026, 6, 5)),
    "supervision": (D(2026, 6, 1), D(2026, 6, 8)),
    "petitions": (D(2026, 6, 1), D(2026, 6, 9)),
    "complaints": (D(2026, 6, 1), D(2026, 6, 9)),
}


def _sheet(path: Path, spec: Any, row: dict[str, Any]) -> Path:
    labels = [f.label for f in spec.exchange_fields()]
    assert set(row) <= set(labels), set(row) - set(labels)
    book = openpyxl.Workbook()
    book.active.append(labels)
    book.active.append([row.get(label) for label in labels])
    book.save(path)
    return path


def _whole_spans(names: list[str], admin: Any, tmp_path: Path, history: bool) -> None:
    imported: dict[str, int] = {}
    for name in names:
        row = ROWS[name]
        spec = registry.get(name)
        report = xlsx.import_file(spec, _sheet(tmp_path / f"{name}.xlsx", spec, row), admin,
                                  history=history)
        assert report.ok, (name, [str(p) for p in report.problems])
        imported[name] = report.ids[0]

    # the month up to the import, and the days they were done in, long before it
    for window in (spans.Window(D(2026, 6, 1), TODAY), spans.Window(D(2026, 6, 1), D(2026, 6, 10))):
        whole = {(s[0], s[2]): (s[3], s[4]) for s in spans.load(admin, window)
                 if s[1] == spans.WHOLE}
        for name, record_id in imported.items():
            if name == "supervision":  # its spans are its tasks': the imported 牵头单位's one
                from officedesk.store.supervision import SupervisionTask

                record_id = SupervisionTask.get(SupervisionTask.item == record_id).id
            start, end = whole[(name, record_id)]
            assert (D.fromordinal(start), D.fromordinal(end)) == EXPECTED[name], (name, window)
            assert end >= start, name


@pytest.mark.parametrize("history", [True, False], ids=["history", "plain"])
def test_an_imported_document_s_span_starts_at_its_own_dates(
    db, admin, fixed_today, tmp_path, history
):
    """The reviewers' case: 已印制 imported today, 签发 and 印发 in June."""
    fixed_today(TODAY)
    _whole_spans(["outgoing"], admin, tmp_path, history)


@pytest.mark.parametrize("history", [True, False], ids=["history", "plain"])
def test_every_registry_s_imported_records_spans_start_at_their_own_first_date(
    db, admin, fixed_today, tmp_path, history
):
    fixed_today(TODAY)
    _whole_spans(list(ROWS), admin, tmp_path, history)
