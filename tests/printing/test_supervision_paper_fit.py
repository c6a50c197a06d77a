"""The 督查事项交办单 and the 督查催办通知单 fit their pages: text inside the margins, nothing
overlapping, the 回执 whole on one page with its cut line, a table never leaving its header
(or a heading) alone at a page's foot; and the papers name people, never the channel nor a
代录 marker, and write dates as 2026年3月2日."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from officedesk.core import settings, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import forms
from officedesk.printing.common import BOTTOM, LEFT, RIGHT, TOP
from tests.printing.conftest import MM, Span, open_pdf, spans
from tests.supervision.conftest import START, UNITS

PAGE_W, PAGE_H = 210 * MM, 297 * MM
FOOTER = re.compile(r"第\d+页 ?共\d+页|— \d+ —")


def _item(admin, fixed_today, tasks: int, unit: str = UNITS[2]) -> sv.SupervisionItem:
    fixed_today(START)
    settings.put("org.name", "中共某某市委办公室")
    item = sv.create_item_from_source(
        "meeting", 12, "推进城区老旧小区改造", "市委常委会议定：年内完成 12 个老旧小区改造。" * 3, admin,
        leader="王建国", instruction="请市住建局牵头，按期办结。", deadline=dt.date(2026, 4, 30))
    for n in range(tasks):
        sv.add_task(item.id, {"牵头单位": unit, "责任人": "孙强", "时限": f"2026-03-{10 + n % 10}",
                              "办理要求": f"第{n + 1}项：办理规划审批手续，组织现场踏勘并出具意见"}, admin)
    return sv.get_item(item.id, admin)


def _overlapping(page_spans: list[Span]) -> list[tuple[str, str]]:
    """Pairs of text spans whose boxes overlap by more than a hair (2 pt each way)."""
    out = []
    for a, b in itertools.combinations(page_spans, 2):
        if min(a.x1, b.x1) - max(a.x0, b.x0) > 2 and min(a.bottom, b.bottom) - max(a.top, b.top) > 2:
            out.append((a.text, b.text))
    return out


def _check_fit(pdf: bytes) -> list[list[Span]]:
    """Every page's spans inside the paper's margins (the footer below the body) and apart."""
    pages = []
    for page in open_pdf(pdf):
        found = spans(page)
        for s in found:
            assert s.x0 >= LEFT * MM - 1 and s.x1 <= PAGE_W - RIGHT * MM + 1, s.text
            if FOOTER.fullmatch(s.text.strip()):  # the page number, in the bottom margin
                assert s.bottom <= PAGE_H - 10 * MM, s.text
            else:  # the body: above the footer's band
                assert s.top >= TOP * MM - 12 and s.bottom <= PAGE_H - (BOTTOM + 10) * MM + 1, s.text
        assert _overlapping(found) == []
        pages.append(found)
    return pages


def _text(page: list[Span]) -> str:
    return "".join(s.text for s in page).replace(" ", "")


@pytest.mark.parametrize("tasks", range(1, 16))
def test_the_reminder_keeps_its_receipt_whole(db, admin, fixed_today, tasks):
    _item(admin, fixed_today, tasks)
    fixed_today(dt.date(2026, 3, 25))
    sv.generate_reminders(admin)
    pages = _check_fit(forms.get("supervision-reminder").build([], admin, unit=UNITS[2]))
    texts = [_text(p) for p in pages]
    holding = [n for n, t in enumerate(texts) if "督查催办回执" in t]
    assert len(holding) == 1
    receipt = texts[holding[0]]
    for part in ("签收人", "签收时间", "联系电话", "办理情况"):
        assert part in receipt, part
    # on the notice's page, under a line to cut it off; else on a sheet of its own, without one
    alone = receipt.startswith("督查催办回执")
    assert alone == ("沿此线剪下" not in receipt) and holding[0] == len(texts) - 1
    assert ("中共某某市委办公室督查室" in receipt) != alone  # the signature stays with the notice


@pytest.mark.parametrize("tasks, reports", [(1, 0), (3, 2), (6, 5), (9, 9), (12, 14)])
def test_the_item_paper_fits_and_keeps_headings_with_rows(db, admin, fixed_today, tasks, reports):
    item = _item(admin, fixed_today, tasks)
    fixed_today(dt.date(2026, 3, 10))
    found = sv.tasks_of(item.id, admin)
    for n in range(reports):
        sv.add_report(found[n % len(found)].id, {"进度": 10 + n, "进展情况": "方案已起草，正在征求意见" * 2},
                      admin)
    pages = _check_fit(forms.get("supervision-item").build([item.id], admin))
    for page in pages:
        body = [s for s in page if not FOOTER.fullmatch(s.text.strip())]
        lowest = _text(sorted(body, key=lambda s: s.top)[-3:])
        for heading in ("分解交办", "办理反馈"):  # never alone (or with only its header) at a foot
            assert heading not in lowest or "进度" not in lowest, lowest



def _item_text(item_id: int, admin) -> str:
    pdf = forms.get("supervision-item").build([item_id], admin)
    return "".join(page.get_text() for page in open_pdf(pdf)).replace(" ", "").replace("\n", "")


ISO = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def test_the_item_paper_names_the_splitter_never_the_command_line(db, admin, fixed_today):
    """分解 done on the command line naming nobody: the 交办人 is left blank to be signed."""
    item = _item(admin, fixed_today, 0)
    steps.perform("supervision", item.id, "分解", {"牵头单位": UNITS[0], "时限": "2026-04-10"}, CLI_ACTOR)
    text = _item_text(item.id, admin)
    assert CLI_ACTOR.label not in text and "命令行" not in text
    assert "交办人办结人" in text  # both boxes blank, to be signed by hand
    assert ISO.search(text) is None


def test_the_item_paper_names_the_person_a_step_was_recorded_for(db, admin, fixed_today, monkeypatch):
    """分解 recorded for the 科长 (代录): his name, no 代录 marker, no entry time."""
    from tests.supervision.split_office import split_office

    office = split_office(fixed_today, monkeypatch, [("dy", "郑文", "clerk", "督查室", "科员", "", True)])
    item = office["item"]
    fixed_today(dt.date(2026, 11, 5))
    steps.perform("supervision", item, "分解", {"牵头单位": UNITS[1], "时限": "2026-11-16"}, office["dy"],
                  person="何斌")
    text = _item_text(item, admin)
    assert "何斌" in text and "代录" not in text and "郑文" not in text
    assert ISO.search(text) is None and "2026年11月2日" in text


def _rows_under_heading(page: list[Span], heading: str) -> bool | None:
    """Whether anything but the footer stands under the heading's table header on this page
    (None: the heading is not on it)."""
    found = [s for s in page if s.text.strip() == heading]
    if not found:
        return None
    header = [s for s in page if s.text.strip() == "进度" and s.top > found[0].bottom]
    if not header:
        return False
    under = min(header, key=lambda s: s.top).bottom
    return any(s.top > under + 1 for s in page if not FOOTER.fullmatch(s.text.strip()))


@pytest.mark.parametrize("long_report", [8, 12, 16, 20, 24, 28])
def test_a_heading_and_its_table_header_never_end_a_page_without_a_row(db, admin, fixed_today,
                                                                        long_report):
    """A first row taller than what is left: the heading, the header and the row start the
    next page together (the 办理反馈 heading and header stood alone at the first page's foot)."""
    item = _item(admin, fixed_today, 3)
    fixed_today(dt.date(2026, 3, 10))
    found = sv.tasks_of(item.id, admin)
    sv.add_report(found[0].id, {"进度": 30, "进展情况": "方案已起草，" * long_report,
                                "存在困难": "资金不足" * 10, "下一步措施": "加快推进" * 10}, admin)
    sv.add_report(found[1].id, {"进度": 50, "进展情况": "资金已落实一半，" * 10}, admin)
    pages = _check_fit(forms.get("supervision-item").build([item.id], admin))
    for heading in ("分解交办", "办理反馈"):
        placed = [_rows_under_heading(page, heading) for page in pages]
        assert [p for p in placed if p is not None] == [True], (heading, placed)


def test_no_督查_paper_prints_an_iso_date(db, admin, fixed_today):
    """Dates typed into the texts (a requirement “2026-03-18 前报送”) print as on paper."""
    item = _item(admin, fixed_today, 0)
    sv.add_task(item.id, {"牵头单位": UNITS[2], "时限": "2026-03-20",
                          "办理要求": "2026-03-18 前报送方案"}, admin)
    fixed_today(dt.date(2026, 3, 25))
    sv.generate_reminders(admin)
    for name, ids, options in (("supervision-item", [item.id], {}),
                               ("supervision-reminder", [], {"unit": UNITS[2]}),
                               ("bulletin", [], {})):
        pdf = forms.get(name).build(ids, admin, **options)
        text = "".join(page.get_text() for page in open_pdf(pdf)).replace(" ", "").replace("\n", "")
        assert ISO.search(text) is None, (name, ISO.search(text))
        assert "3月18日前报送方案" in text or name == "bulletin"
