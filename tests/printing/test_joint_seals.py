"""The sealed 联合行文's 署名 (GB/T 9704-2012 §7.3.5.1 and its 联合行文末页版式 figure): the
organs side by side in rows across the 版心, each 署名 centred where its 印章 (about 42 mm)
presses it, the seals neither touching nor overlapping and never past the 版心, the 成文日期
under the last organ (its seal covers both), the first row of seals within a line of the
text. Unsealed joint documents keep §7.3.5.2's one organ a line. Measured with PyMuPDF."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import pytest

from officedesk.printing.gbt9704 import (
    BODY_RIGHT,
    LEFT_MARGIN,
    SIZE_3,
    DocumentData,
    line_pitch,
    render_document,
)
from tests.printing.conftest import MM, open_pdf, spans

SEAL = 42 * MM  # an organ's 印章: a circle about 42 mm across
DATE = "2026年11月30日"
EPS = 0.5
ORGANS = ["中共云岭县委组织部", "云岭县人民政府办公室", "云岭县应急管理局", "云岭县财政局",
          "云岭县交通运输局"]
SHORT = ["云岭县财政局", "云岭县审计局", "云岭县统计局", "云岭县林业局", "云岭县水务局"]


def _document(signers: list[str], **extra) -> DocumentData:
    values = dict(
        title="关于联合开展安全生产专项检查的通知",
        body="各乡镇，县直各单位：\n现将有关事项通知如下。\n一、总体要求\n按时完成各项任务。",
        organs=signers, doc_number="云委办发〔2026〕17号", signer_organs=signers,
        date=dt.date(2026, 11, 30), printer_organ="中共云岭县委办公室",
        print_date=dt.date(2026, 11, 30),
    )
    values.update(extra)
    return DocumentData(**values)


def _signature_page(data: DocumentData):
    doc = open_pdf(render_document(data))
    page = next(p for p in doc if any(s.text == DATE for s in spans(p)))
    texts = [s for s in spans(page) if abs(s.size - SIZE_3) < 0.1 and "Fang" in s.font]
    date = next(s for s in texts if s.text == DATE)
    names = [s for s in texts if s.text in data.signer_organs and s.top < date.top]
    body = [s for s in texts if s not in names and s is not date and s.top < date.top]
    return names, date, body


@pytest.mark.parametrize(
    "signers",
    [ORGANS[:2], ORGANS[:3], ORGANS[:4], ORGANS, SHORT[:3], SHORT],
    ids=["2", "3", "4", "5", "3-short", "5-short"],
)
def test_sealed_joint_organs_leave_room_for_each_seal(signers):
    names, date, body = _signature_page(_document(signers))
    # each organ once, in order, read row by row from the left
    names.sort(key=lambda s: (round(s.origin_y), s.x0))
    assert [s.text for s in names] == signers
    rows = sorted({round(s.origin_y) for s in names})
    assert len(rows) < len(signers)  # side by side, not one a line
    last = names[-1]
    # the date on the line under the last organ, four characters in from the right as a single
    # organ's (§7.3.5.1); the last 署名 over it, so that its seal covers both. One line of the
    # page's grid: 22 lines, or up to 24 on a page set tighter to hold them (§7.3.5.5)
    step = date.origin_y - last.origin_y
    assert any(step == pytest.approx(line_pitch() * 22 / n, abs=0.1) for n in (22, 23, 24)), step
    assert date.x1 == pytest.approx(BODY_RIGHT - 4 * (SIZE_3 - 0.22), abs=EPS)
    assert abs((date.x0 + date.x1) / 2 - (last.x0 + last.x1) / 2) < SEAL / 4
    assert date.x0 >= LEFT_MARGIN - EPS and date.x1 <= BODY_RIGHT + EPS
    # each seal centred on its 署名; the last one on its 署名 and the date together
    centres = [((s.x0 + s.x1) / 2, (s.top + s.bottom) / 2) for s in names]
    centres[-1] = (centres[-1][0], (last.top + date.bottom) / 2)
    for x, _y in centres:  # no seal past the 版心
        assert x - SEAL / 2 >= LEFT_MARGIN - EPS and x + SEAL / 2 <= BODY_RIGHT + EPS
    for a, b in itertools.combinations(centres, 2):  # seals neither touch nor overlap
        assert math.dist(a, b) > SEAL
    for a, b in itertools.pairwise(rows):  # rows of seals one seal height apart
        assert b - a > SEAL
    for a, b in itertools.combinations(names, 2):  # 署名 on a row never run into each other
        if round(a.origin_y) == round(b.origin_y):
            assert a.x1 < b.x0 or b.x1 < a.x0
    # the first row's seals start within a line under the text
    text_bottom = max(s.bottom for s in body if s.bottom < names[0].top)
    seal_top = min(y for _x, y in centres) - SEAL / 2
    assert text_bottom - EPS <= seal_top <= text_bottom + line_pitch()


def test_the_joint_date_stands_where_a_single_organs_does():
    """Reviewer: the joint date 3.77 characters in from the right (163.0 mm), the single
    organ's four (161.7 mm)."""
    _names, joint, _body = _signature_page(_document(ORGANS[:3]))
    _names, single, _body = _signature_page(_document(ORGANS[:1]))
    assert joint.x1 == pytest.approx(single.x1, abs=0.1)
    assert (BODY_RIGHT - joint.x1) / MM == pytest.approx(4 * (16 - 0.22) / MM, abs=0.1)


def test_unsealed_joint_organs_stay_one_a_line():
    signers = ORGANS[:3]
    names, date, _body = _signature_page(_document(signers, sealed=False))
    assert [s.text for s in sorted(names, key=lambda s: s.top)] == signers
    assert len({round(s.origin_y) for s in names}) == len(signers)
    assert all(abs(s.x1 - (BODY_RIGHT - 2 * (s.x1 - s.x0) / len(s.text))) < 2 for s in names)


def test_a_single_sealed_organ_stays_centred_over_its_date():
    names, date, _body = _signature_page(_document(["中共云岭县委组织部"]))
    (name,) = names
    assert (name.x0 + name.x1) / 2 == pytest.approx((date.x0 + date.x1) / 2, abs=1.0)
    assert date.origin_y - name.origin_y == pytest.approx(line_pitch(), abs=EPS)


def test_rows_of_seals_past_a_page_go_on_the_next_page():
    signers = [f"云岭县第{n}人民政府办公室" for n in "一二三四五六七八九十"]
    # the 标志 of the first two: ten stacked would leave page 1 no room for the title (refused)
    doc = open_pdf(render_document(_document(signers, organs=signers[:2])))
    block_top, block_bottom = 37 * MM, (37 + 225) * MM  # the 版心, from the top of the paper
    found: list[str] = []
    for page in doc:
        for s in spans(page):  # the 署名 and the date (not the red 标志 above the title)
            if s.text in (*signers, DATE) and abs(s.size - SIZE_3) < 0.1 and not s.is_red:
                assert s.top >= block_top - EPS and s.bottom <= block_bottom + EPS
                found.append(s.text)
    assert found == [*signers, DATE]


J3 = ["中共云岭县委办公室", "云岭县人民政府办公室", "云岭县人力资源和社会保障局"]


def test_the_last_organ_alone_on_its_row_stays_whole_when_it_fits():
    data = _document(J3)
    doc = open_pdf(render_document(data))
    page = next(p for p in doc if any(s.text == DATE for s in spans(p)))
    texts = [s for s in spans(page) if abs(s.size - SIZE_3) < 0.1]
    last = [s for s in texts if s.text == J3[-1]]
    assert last, [s.text for s in texts]
    assert last[0].x0 >= LEFT_MARGIN - EPS and last[0].x1 <= BODY_RIGHT + EPS  # in the 版心


def test_an_organ_too_wide_for_its_column_breaks_after_he():
    data = _document([J3[0], J3[2]])
    doc = open_pdf(render_document(data))
    page = next(p for p in doc if any(s.text == DATE for s in spans(p)))
    texts = [s.text for s in spans(page) if abs(s.size - SIZE_3) < 0.1]
    # between words (云岭县人力资源和 / 社会保障局; 云岭县 / 人力资源和社会保障局 once the 通讯录
    # taught that word), never before 和
    lines = texts[texts.index(J3[0]) + 1 : -1]
    assert "".join(lines) == J3[2] and len(lines) == 2, texts
    assert not any(line.startswith("和") for line in lines), texts
