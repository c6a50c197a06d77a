"""The words an import report uses: an update's change shows the part of a long text that
differs (two different values are never shown as the same text), and a trial run with
skip_bad says what the real run would do."""

from __future__ import annotations

import openpyxl
import pytest

from officedesk.core import records, registry
from officedesk.core.directory import ROOMS
from officedesk.exchange import xlsx
from officedesk.exchange.report import RowChange

LONG = "反映石桥镇河湾村棚户区改造中房屋评估价格明显低于周边市场价，拆迁安置房建设停工一年多，临时过渡费停发。"


def _sides(before: object, after: object) -> tuple[str, str]:
    text = str(RowChange(4, 1, "信2026-00098 龚玉梅", {"反映内容": (before, after)}))
    _, words = text.split("反映内容：", 1)
    left, right = words.split(" → ")
    return left, right


@pytest.mark.parametrize(
    ("before", "after", "told"),
    [
        (LONG, LONG + "（补充）", "（补充）"),  # added at the end
        (LONG, LONG.replace("停发", "已恢复发放"), "已恢复发放"),  # changed near the end
        (LONG, "据查，" + LONG, "据查，"),  # added at the start
        (LONG, LONG.replace("一年多", "两年多"), "两年多"),  # changed in the middle
    ],
    ids=["end", "near-end", "start", "middle"],
)
def test_a_long_texts_change_shows_what_differs(before, after, told):
    left, right = _sides(before, after)
    assert left != right
    assert told in right and told not in left
    # short enough to read in one line, the elided parts marked
    assert len(left) < len(LONG) and len(right) < len(LONG) + 5
    assert "…" in left and "…" in right


def test_short_values_are_shown_whole():
    assert _sides("县委办", "县委办公室") == ("“县委办”", "“县委办公室”")
    assert _sides(None, "县委办公室") == ("空白", "“县委办公室”")
    assert _sides(LONG, None)[1] == "空白"


def test_a_very_long_difference_is_cut_but_still_differs():
    before, after = "甲" * 100 + "乙" * 200, "甲" * 100 + "丙" * 200
    left, right = _sides(before, after)
    assert left != right and "乙" in left and "丙" in right
    assert len(left) < 80 and len(right) < 80


def test_import_update_reports_the_changed_end_of_a_long_text(any_db, admin, tmp_path):
    records.create(ROOMS, {"名称": "第一会议室", "容量": 40, "位置": LONG}, admin)
    path = tmp_path / "rooms.xlsx"
    xlsx.export(ROOMS, path, admin)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    column = [c.value for c in sheet[1]].index("位置") + 1
    sheet.cell(row=2, column=column, value=LONG + "（补充）")
    book.save(path)
    for dry_run in (True, False):
        report = xlsx.import_file(ROOMS, path, admin, dry_run=dry_run, on_match="update")
        [change] = report.updated
        left, right = str(change).split("位置：", 1)[1].split(" → ")
        assert left != right and "（补充）" in right
        # --json has the whole values
        assert report.as_dict()["updated"][0]["changes"]["位置"] == [LONG, LONG + "（补充）"]


# ---------------------------------------------------------------- trial run with skip_bad

HEADERS = ["会议名称", "会议类型", "开始时间", "结束时间"]
ROWS = [
    ["测试会议甲", "座谈会", "2027-03-08 09:00", "2027-03-08 10:00"],
    ["测试会议乙", "座谈会", "下周一", "2027-03-09 10:00"],  # no time
    [None, "座谈会", "2027-03-10 09:00", "2027-03-10 10:00"],  # no name
]


@pytest.fixture
def meetings_sheet(db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [HEADERS, *ROWS]:
        sheet.append(row)
    path = tmp_path / "mt2.xlsx"
    book.save(path)
    return path


def test_a_trial_run_with_skip_bad_says_what_the_import_would_do(meetings_sheet, admin):
    spec = registry.get("meetings")
    trial = xlsx.import_file(spec, meetings_sheet, admin, dry_run=True, skip_bad=True)
    text = trial.summary()
    assert "可导入 1 条会议" in text and "跳过 2 行" in text and "未写入数据库" in text
    assert "请改正后再导入" not in text
    assert (trial.imported, trial.skipped) == (1, 2)
    assert {k: trial.as_dict()[k] for k in ("imported", "skipped")} == {"imported": 1, "skipped": 2}
    assert spec.model.select().count() == 0

    real = xlsx.import_file(spec, meetings_sheet, admin, skip_bad=True)
    assert (real.imported, real.skipped) == (trial.imported, trial.skipped)
    assert "跳过 2 行" in real.summary()


def test_a_trial_run_without_skip_bad_tells_the_skip_it_offers(meetings_sheet, admin):
    """The window's check runs without skip_bad, then offers to skip the bad rows: its summary
    says how many rows that would import (and the command line's way to it)."""
    spec = registry.get("meetings")
    trial = xlsx.import_file(spec, meetings_sheet, admin, dry_run=True)
    text = trial.summary()
    assert "2 行有问题" in text and "请改正后再导入" in text
    assert "导入其余 1 条" in text and "--skip-bad" in text
    assert trial.skipped == 0  # nothing skipped: the clerk has not chosen to
