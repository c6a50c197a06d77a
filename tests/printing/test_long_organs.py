"""Long organ names in the 公文 and the 会议通知 stay inside the 版心 (GB/T 9704 §7.3.5, §7.4):
the 印发机关 one character in from the left and the 印发日期 one in from the right, never
overlapping; the 发文机关署名 over its 成文日期, wrapped between words when too long, never
past the 版心's left edge. Measured in the PDFs with PyMuPDF."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import (
    BODY_RIGHT,
    LEFT_MARGIN,
    SIZE_3,
    SIZE_4,
    DocumentData,
    render_document,
    tracking,
)
from officedesk.printing.notice import NoticeData, render_notice
from tests.printing.conftest import open_pdf, spans

DAY = dt.date(2026, 11, 30)
DATE = "2026年11月30日"
EPS = 0.5  # points

# organ names as a clerk reads them, in the words a line may break between
ZONE = ["云岭县", "经济技术开发区", "管理委员会", "党政综合办公室"]  # 22 characters
JOINT = ["中国共产党", "云岭县", "委员会", "办公室", "暨", "云岭县", "人民政府", "办公室",
         "联合办公机构"]  # 30 characters: wider than the 版心 at 3号
SHORT = ["中共云岭县委办公室"]


def _document(organ: str, signer: str, **extra) -> DocumentData:
    values = dict(
        title="关于做好岁末年初安全生产工作的通知",
        body="各单位要认真贯彻落实。\n一、总体要求\n按时完成各项任务。",
        organs=["中共云岭县委办公室"], doc_number="云委办发〔2026〕7号",
        recipients="各乡镇党委，县直各单位：", signer_organs=[signer], date=DAY,
        cc="县人大常委会办公室，县政府办公室，县政协办公室。", printer_organ=organ,
        print_date=DAY,
    )
    values.update(extra)
    return DocumentData(**values)


def _breaks_between_words(lines: list[str], words: list[str]) -> bool:
    cuts, at = set(), 0
    for word in words:
        at += len(word)
        cuts.add(at)
    at, ok = 0, True
    for line in lines[:-1]:
        at += len(line)
        ok = ok and at in cuts
    return ok


# ---------------------------------------------------------------- 版记: 印发机关 and 印发日期
@pytest.mark.parametrize("words", [ZONE, JOINT, SHORT], ids=["22", "30", "short"])
def test_printing_organ_and_date_never_overlap(words):
    organ = "".join(words)
    doc = open_pdf(render_document(_document(organ, "中共云岭县委办公室")))
    last = doc[-1]
    colophon = [s for s in spans(last) if abs(s.size - SIZE_4) < 0.1 and "Fang" in s.font]
    date = next(s for s in colophon if s.text == f"{DATE}印发")
    organ_lines = [s for s in colophon if s != date and not s.text.startswith("抄送")
                   and s.top > next(c for c in colophon if c.text.startswith("抄送")).top]
    assert "".join(s.text for s in organ_lines) == organ
    assert _breaks_between_words([s.text for s in organ_lines], words)
    inner_left, inner_right = LEFT_MARGIN + SIZE_4, BODY_RIGHT - SIZE_4  # one character in
    assert abs(date.x1 - inner_right) < EPS  # the date one character in from the right
    for line in organ_lines:
        assert abs(line.x0 - inner_left) < EPS  # the organ one character in from the left
        assert line.x1 <= inner_right + EPS
        # never overlapping the date: on its row, a character's gap before it
        if abs(line.origin_y - date.origin_y) < 1:
            assert line.x1 + SIZE_4 <= date.x0 + EPS
        else:
            assert line.bottom <= date.top + EPS or line.top >= date.bottom - EPS
    # the date on the organ's last row; the rule between 抄送 and 印发 above the organ
    assert abs(organ_lines[-1].origin_y - date.origin_y) < 1
    thin = [d for d in last.get_drawings() if abs(d["width"] - 0.25 * 72 / 25.4) < 0.05]
    assert len(thin) == 1
    rule_y = thin[0]["rect"].y0
    cc_bottom = max(s.bottom for s in colophon if s.top < organ_lines[0].top)
    assert cc_bottom <= rule_y <= organ_lines[0].top


# ---------------------------------------------------------------- 发文机关署名
def _signature(page, organ_words: list[str]) -> tuple[list, object]:
    """The 署名's lines and the date under them on ``page``."""
    organ = "".join(organ_words)
    found = [s for s in spans(page) if abs(s.size - SIZE_3) < 0.1 and "Fang" in s.font]
    date = [s for s in found if s.text == DATE][-1]
    lines = [s for s in found if s.text in organ and len(s.text) >= 4
             and date.top - 4 * 30 < s.top < date.top]
    assert "".join(s.text for s in lines) == organ
    return lines, date


def _em() -> float:
    return SIZE_3 + tracking()


@pytest.mark.parametrize("words", [JOINT, ZONE, SHORT], ids=["30", "22", "short"])
def test_sealed_signature_inside_the_block_and_over_its_date(words):
    organ = "".join(words)
    doc = open_pdf(render_document(_document("中共云岭县委办公室", organ)))
    page = next(p for p in doc if any(s.text == DATE for s in spans(p)))
    lines, date = _signature(page, words)
    for line in lines:
        assert line.x0 >= LEFT_MARGIN - EPS  # never past the 版心's left edge
        assert line.x1 <= BODY_RIGHT - 2 * _em() + EPS  # nor within two characters of the right
        # centred over the 成文日期
        assert abs((line.x0 + line.x1) / 2 - (date.x0 + date.x1) / 2) < 1.0
    assert _breaks_between_words([s.text for s in lines], words)
    if len(lines) == 1 and lines[0].x1 - lines[0].x0 < date.x1 - date.x0 + 4 * _em():
        assert abs(date.x1 - (BODY_RIGHT - 4 * _em())) < EPS  # the date four characters in


def test_unsealed_joint_organs_one_a_line():
    doc = open_pdf(render_document(_document("中共云岭县委办公室", "", sealed=False, signer_organs=[
        "中共云岭县委办公室", "云岭县人民政府办公室"])))
    page = next(p for p in doc if any(s.text == DATE for s in spans(p)))
    found = [s.text for s in spans(page) if abs(s.size - SIZE_3) < 0.1]
    assert found[-3:] == ["中共云岭县委办公室", "云岭县人民政府办公室", DATE]


@pytest.mark.parametrize("variant", ["unsealed", "command"])
def test_other_signatures_stay_inside_the_block(variant):
    organ = "".join(JOINT)
    extra = {"sealed": False} if variant == "unsealed" else {"variant": "command"}
    doc = open_pdf(render_document(_document("中共云岭县委办公室", organ, **extra)))
    page = next(p for p in doc if any(s.text == DATE for s in spans(p)))
    lines, _date = _signature(page, JOINT)
    assert len(lines) == 2
    for line in lines:
        assert line.x0 >= LEFT_MARGIN - EPS and line.x1 <= BODY_RIGHT + EPS


def test_meeting_notice_of_a_long_organ():
    organ = "".join(JOINT)
    data = NoticeData(org=organ, meeting_name="全县安全生产工作会议", place="第一会议室",
                      time=dt.datetime(2026, 12, 15, 9, 0), date=DAY, variant="letter")
    doc = open_pdf(render_notice(data))
    page = next(p for p in doc if any(s.text == DATE for s in spans(p)))
    lines, date = _signature(page, JOINT)
    assert len(lines) == 2
    for line in lines:
        assert line.x0 >= LEFT_MARGIN - EPS and line.x1 <= BODY_RIGHT - 2 * _em() + EPS
        assert abs((line.x0 + line.x1) / 2 - (date.x0 + date.x1) / 2) < 1.0
    # everything on every page inside the paper's 版心 width (the red 标志 is scaled to fit)
    for p in doc:
        assert all(s.x0 >= LEFT_MARGIN - EPS and s.x1 <= BODY_RIGHT + EPS for s in spans(p))
