"""The 公文 measured in its PDF: geometry, sizes, colours, fonts, text round trip."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from officedesk.core import settings
from officedesk.printing import fonts
from officedesk.printing.gbt9704 import (
    DocumentData,
    compose,
    heading_level,
    render_document,
    render_documents,
)
from officedesk.printing.samples import PARAGRAPHS, sample_document
from tests.printing.conftest import MM, needs_poppler, open_pdf, pdffonts, pdftotext, spans

A4_W, A4_H = 210 * MM, 297 * MM


@pytest.fixture(scope="module")
def doc_pdf() -> bytes:
    return render_document(sample_document(5))


@pytest.fixture(scope="module")
def doc(doc_pdf):
    return open_pdf(doc_pdf)


def body_spans(page):
    return [s for s in spans(page) if abs(s.size - 16) < 0.01 and not s.text.startswith("—")]


def test_pages_are_a4(doc):
    assert doc.page_count == 6  # the body's 5 pages and the 版记 on the even page 6
    for page in doc:
        assert page.rect.width == pytest.approx(A4_W, abs=0.5)
        assert page.rect.height == pytest.approx(A4_H, abs=0.5)


def test_full_page_has_22_lines_on_the_grid_from_37mm_and_28mm(doc):
    page = doc[1]
    body = body_spans(page)
    lines = sorted({round(s.origin_y, 1) for s in body})  # baselines
    assert len(lines) == 22
    first = [s for s in body if round(s.origin_y, 1) == lines[0]]
    assert min(s.top for s in first) / MM == pytest.approx(37, abs=1)
    assert min(s.x0 for s in body) / MM == pytest.approx(28, abs=1)
    # the grid fills the 225 mm 版心: last line's bottom above 262 mm
    assert max(s.bottom for s in body) / MM <= 262
    pitches = [b - a for a, b in zip(lines, lines[1:], strict=False)]
    assert max(pitches) - min(pitches) < 0.15  # a fixed grid (baselines rounded to 0.1)


def test_lines_hold_28_characters_inside_the_156mm_block(doc):
    page = doc[1]
    body = body_spans(page)
    full = [s for s in body if len(s.text) == 28]
    assert full, "some full lines of 28 characters"
    for s in body:
        assert s.x1 / MM <= 28 + 156 + 0.5
        assert len(s.text) <= 28


def test_body_is_16pt_fangsong_and_title_22pt(doc):
    first = spans(doc[0])
    title = [s for s in first if "关于进一步规范" in s.text]
    assert title and title[0].size == pytest.approx(22)
    body = [s for s in first if "结合工作实际" in s.text]
    assert body and body[0].size == pytest.approx(16)
    # title centred on several lines within the 版心
    title_lines = [s for s in first if abs(s.size - 22) < 0.01]
    assert len(title_lines) == 2
    for s in title_lines:
        assert (s.x0 + s.x1) / 2 / MM == pytest.approx(28 + 78, abs=1)


def test_first_page_corner_mark_number_and_red_parts(doc):
    page = doc[0]
    all_spans = spans(page)
    copy = next(s for s in all_spans if s.text == "000012")
    assert copy.top / MM == pytest.approx(37, abs=1)
    assert copy.x0 / MM == pytest.approx(28, abs=1)
    secret = next(s for s in all_spans if s.text.startswith("秘密★1年"))
    urgent = next(s for s in all_spans if s.text == "特急")
    assert copy.top < secret.top < urgent.top
    mark = next(s for s in all_spans if "中共某某市委办公室文件" in s.text)
    assert mark.is_red
    assert mark.top / MM == pytest.approx(37 + 35, abs=1.5)
    assert (mark.x0 + mark.x1) / 2 / MM == pytest.approx(106, abs=1)
    number = next(s for s in all_spans if s.text == "某委办发〔2026〕7号")
    assert not number.is_red
    assert (number.x0 + number.x1) / 2 / MM == pytest.approx(106, abs=1)
    red_rules = [
        d for d in page.get_drawings() if d["color"] and d["color"][0] > 0.8 and d["color"][1] < 0.2
    ]
    assert len(red_rules) == 1
    rule = red_rules[0]["rect"]
    assert rule.x0 / MM == pytest.approx(28, abs=0.5)
    assert rule.x1 / MM == pytest.approx(184, abs=0.5)
    assert (rule.y0 - number.bottom) / MM == pytest.approx(4, abs=1.5)
    # nothing but the 标志 and the rule is red
    assert [s.text for s in all_spans if s.is_red] == [mark.text]


def test_red_pixels_where_the_mark_is(doc):
    pix = doc[0].get_pixmap(dpi=40)
    samples = pix.samples
    red = sum(
        1
        for i in range(0, len(samples), pix.n)
        if samples[i] > 200 and samples[i + 1] < 80 and samples[i + 2] < 80
    )
    assert red > 200


def test_headings_use_heiti_and_kaiti(doc):
    found = {s.text: s.font for page in doc for s in spans(page)}
    hei = next(f for t, f in found.items() if t.startswith("一、提高思想认识"))
    kai = next(f for t, f in found.items() if t.startswith("（一）严格执行标准。"))
    body = next(f for t, f in found.items() if "结合工作实际" in t)
    assert len({hei, kai, body}) == 3
    assert "Kai" in kai


def test_page_numbers_alternate_sides_below_the_block(doc):
    composed = compose(sample_document(5))
    # the body ends on the even page 4 without room: a blank page 5, the 版记 alone on page 6
    blank, colophon_only = composed.pages[-2], composed.pages[-1]
    assert not blank.texts
    assert {p.kind for p in colophon_only.texts} == {"colophon"}
    for index, page in enumerate(doc):
        numbers = [s for s in spans(page) if re.fullmatch(r"— \d+ —", s.text)]
        if composed.pages[index].number is None:
            # GB/T 9704 §7.5: 版记页前有空白页的，空白页和版记页均不编排页码
            assert not numbers
            assert index in (len(doc) - 2, len(doc) - 1)
            continue
        assert len(numbers) == 1, index
        n = numbers[0]
        assert n.text == f"— {index + 1} —"
        assert n.size == pytest.approx(14)
        # GB/T 9704 §7.5: 一字线上距版心下边缘 7 mm — the dash's ink, not the line's box
        assert _ink_top(page, n) / MM == pytest.approx(262 + 7, abs=0.15)
        if (index + 1) % 2:
            assert n.x1 / MM == pytest.approx(184 - 14 / MM, abs=1)
        else:
            assert n.x0 / MM == pytest.approx(28 + 14 / MM, abs=1)


def test_a_colophon_page_right_after_a_body_page_is_numbered():
    """GB/T 9704 §7.5 leaves unnumbered only a blank page and the 版记 page after it: a 版记
    that falls alone on the even page right after the body's last (odd) page is numbered,
    on the left as every even page."""
    data = sample_document(3)
    composed = compose(data)
    assert len(composed.pages) == 4
    assert "signature" in {p.kind for p in composed.pages[2].texts}
    assert {p.kind for p in composed.pages[3].texts} == {"colophon", "page-number"}
    doc = open_pdf(render_document(data))
    for index, page in enumerate(doc):
        numbers = [s for s in spans(page) if re.fullmatch(r"— \d+ —", s.text)]
        assert [n.text for n in numbers] == [f"— {index + 1} —"], index
        n = numbers[0]
        assert _ink_top(page, n) / MM == pytest.approx(262 + 7, abs=0.15)
        if (index + 1) % 2:
            assert n.x1 / MM == pytest.approx(184 - 14 / MM, abs=1)
        else:
            assert n.x0 / MM == pytest.approx(28 + 14 / MM, abs=1)


def test_a_blank_page_and_the_colophon_page_after_it_are_not_numbered():
    composed = compose(sample_document(5))
    assert [p.number for p in composed.pages] == [1, 2, 3, 4, None, None]
    assert not composed.pages[4].texts


def _ink_top(page, span) -> float:
    """The top of the ink of the first character (the 一字线) of ``span``, in points."""
    import numpy as np
    import pymupdf

    clip = pymupdf.Rect(span.x0, 263 * MM, span.x0 + 10, 290 * MM)  # under a 版记's rule
    pix = page.get_pixmap(dpi=600, clip=clip)
    ink = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    rows = np.where(ink[:, :, :3].min(axis=2).min(axis=1) < 128)[0]
    return clip.y0 + rows.min() * 72 / 600


def test_colophon_on_the_last_page_bottom(doc):
    page = doc[-1]
    s = spans(page)
    cc = next(x for x in s if x.text.startswith("抄送："))
    assert cc.size == pytest.approx(14)
    assert cc.x0 / MM == pytest.approx(28 + 14 / MM, abs=0.5)
    printed = next(x for x in s if x.text == "2026年1月5日印发")
    assert printed.x1 / MM == pytest.approx(184 - 14 / MM, abs=0.5)
    black = sorted(
        (d["rect"].y0 / MM, d["width"] / MM)
        for d in page.get_drawings()
        if d["color"] == (0.0, 0.0, 0.0)
    )
    assert len(black) == 3
    assert black[-1][0] == pytest.approx(262, abs=0.5)  # last rule on the 版心 bottom
    assert black[0][1] == pytest.approx(0.35, abs=0.01)
    assert black[1][1] == pytest.approx(0.25, abs=0.01)
    assert black[2][1] == pytest.approx(0.35, abs=0.01)
    assert black[0][0] < cc.top / MM < printed.top / MM < black[-1][0]


def test_signature_date_and_note(doc):
    all_spans = [s for page in doc for s in spans(page)]
    date = next(s for s in all_spans if s.text == "2026年1月5日")
    signer = [s for s in all_spans if s.text == "中共某某市委办公室"][-2]  # 署名 (then 印发机关)
    assert (184 * MM - date.x1) == pytest.approx(4 * (16 - 0.22), abs=1)
    assert (signer.x0 + signer.x1) / 2 == pytest.approx((date.x0 + date.x1) / 2, abs=1)
    note = next(s for s in all_spans if s.text == "（此件公开发布）")
    assert note.top > date.top
    assert note.x0 / MM == pytest.approx(28 + 2 * 15.78 / MM, abs=1)


@needs_poppler
def test_fonts_embedded_and_text_round_trips(doc_pdf, tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(doc_pdf)
    rows = pdffonts(path)
    assert rows
    for row in rows:
        assert row[-5] == "yes", row  # emb
        assert row[-4] == "yes", row  # sub(set)
    text = re.sub(r"\s+", "", pdftotext(path))
    for piece in [
        "某委办发〔2026〕7号",
        "关于进一步规范机关公文处理工作提高办文质量和效率的通知",
        "各区委，市委各部委，市级国家机关各部门党组（党委），各人民团体党组：",
        "附件：1.2026年度公文处理工作要点",
        "2.公文格式样式",
        "2026年1月5日",
        "抄送：市人大常委会办公室，市政府办公室，",
        "2026年1月5日印发",
        "—1—",
    ]:
        assert piece in text, piece
    for paragraph in PARAGRAPHS:
        assert re.sub(r"\s+", "", paragraph) in text, paragraph
    assert "2026年01" not in text


def test_same_input_same_bytes():
    data = sample_document(2)
    assert render_document(data) == render_document(dataclasses.replace(data))


def test_heading_levels():
    assert heading_level("一、总体要求") == 1
    assert heading_level("十二、其他") == 1
    assert heading_level("（三）工作措施。") == 2
    assert heading_level("1.加强领导") == 3
    assert heading_level("12．加强领导") == 3
    assert heading_level("（4）做好保障") == 4
    assert heading_level("各单位要高度重视") == 0


def test_upward_document_with_signers():
    data = DocumentData(
        title="关于申请召开全市安全生产工作会议的请示",
        body="现将有关情况请示如下。",
        organs=["某某市应急管理局"],
        doc_number="某应急〔2026〕3号",
        is_upward=True,
        signers=["王建国"],
        recipients="市政府",
        signer_organs=["某某市应急管理局"],
        date=dt.date(2026, 3, 9),
    )
    pdf = open_pdf(render_document(data))
    s = spans(pdf[0])
    mark = next(x for x in s if x.is_red)
    # GB/T 9704-2012 §7.2.4: 35 mm, as every 标志 (the 1999 standard's 80 mm for 上报的公文 is gone)
    assert mark.top / MM == pytest.approx(37 + 35, abs=1.5)
    number = next(x for x in s if x.text == "某应急〔2026〕3号")
    label = next(x for x in s if x.text == "签发人：")
    name = next(x for x in s if x.text == "王建国")
    assert number.x0 / MM == pytest.approx(28 + 15.78 / MM, abs=0.5)
    assert name.x1 / MM == pytest.approx(184 - 16 / MM, abs=0.5)
    assert number.top == pytest.approx(label.top, abs=0.5) == pytest.approx(name.top, abs=0.5)
    assert "Kai" in name.font and "Kai" not in label.font
    everything = [x for page in pdf for x in spans(page)]
    recipients = next(x for x in everything if x.text.startswith("市政府"))
    assert recipients.text == "市政府："


def test_an_office_keeping_the_old_upward_mark_sets_it(monkeypatch):
    """The 1999 standard's 80 mm for 上报的公文, kept by an office as its setting."""
    from officedesk.core import settings

    monkeypatch.setitem(settings._cache, "print.upward_mark_offset_mm", 80.0)
    data = DocumentData(title="关于某事项的请示", body="请批示。", organs=["某某市应急管理局"],
                        doc_number="某应急〔2026〕3号", is_upward=True, signers=["王建国"], recipients="市政府",
                        signer_organs=["某某市应急管理局"], date=dt.date(2026, 3, 9))
    mark = next(x for x in spans(open_pdf(render_document(data))[0]) if x.is_red)
    assert mark.top / MM == pytest.approx(37 + 80, abs=1.5)


def test_several_signers_two_a_line():
    data = DocumentData(
        title="关于某事项的请示",
        body="请批示。",
        organs=["某某市应急管理局"],
        doc_number="某应急〔2026〕4号",
        is_upward=True,
        signers=["王建国", "李明", "赵红"],
    )
    s = spans(open_pdf(render_document(data))[0])
    wang, li, zhao = (next(x for x in s if x.text == n) for n in ("王建国", "李明", "赵红"))
    number = next(x for x in s if x.text == "某应急〔2026〕4号")
    label = next(x for x in s if x.text == "签发人：")
    assert wang.top == pytest.approx(li.top, abs=0.5) == pytest.approx(label.top, abs=0.5)
    assert zhao.top > wang.top and number.top == pytest.approx(zhao.top, abs=0.5)
    assert zhao.x0 == pytest.approx(wang.x0, abs=0.5)  # aligned under the first name
    assert li.x0 > wang.x1 and li.x1 / MM <= 184 - 16 / MM + 0.5


def test_joint_document_stacks_organs_in_red():
    data = DocumentData(
        title="关于联合开展专项检查的通知",
        body="现将有关事项通知如下。",
        organs=["某某市人民政府办公室", "某某市财政局"],
        doc_number="某政办发〔2026〕9号",
        signer_organs=["某某市人民政府办公室", "某某市财政局"],
        date=dt.date(2026, 10, 20),
    )
    page = open_pdf(render_document(data))[0]
    red = [x for x in spans(page) if x.is_red]
    texts = [x.text for x in red]
    assert texts == ["某某市人民政府办公室", "某某市财政局", "文件"]
    assert red[0].x0 == pytest.approx(red[1].x0, abs=0.5)  # names aligned
    assert red[2].x0 > red[0].x1  # 文件 on the right
    assert red[0].top < red[2].top < red[1].top + 1  # vertically between


def test_letter_variant(tmp_path):
    data = sample_document(2, variant="letter")
    data.organs = ["中共某某市委办公室"]
    pdf = open_pdf(render_document(data))
    first = pdf[0]
    s = spans(first)
    mark = next(x for x in s if x.is_red)
    assert mark.text == "中共某某市委办公室"
    assert mark.top / MM == pytest.approx(30, abs=1.5)
    assert not [x for x in s if re.fullmatch(r"— \d+ —", x.text)]  # no number on page 1
    assert [x for x in spans(pdf[1]) if x.text == "— 2 —"]
    red = [d for d in first.get_drawings() if d["color"] and d["color"][0] > 0.8]
    assert len(red) == 4  # double rules under the mark and above the bottom edge
    for d in red:
        assert d["rect"].width / MM == pytest.approx(170, abs=0.5)
    number = next(x for x in s if x.text == "某委办发〔2026〕7号")
    assert number.x1 / MM == pytest.approx(184, abs=0.5)
    # the 版记 of a 信函: 抄送 only, no 印发 line, no rules
    last = pdf[-1]
    assert any(x.text.startswith("抄送：") for x in spans(last))
    assert not any(x.text.endswith("印发") for x in spans(last))
    assert not [d for d in last.get_drawings() if d["color"] == (0.0, 0.0, 0.0)]


def test_minutes_variant():
    data = sample_document(1, variant="minutes")
    data.organs = ["某某市人民政府常务会议"]
    data.doc_number = "第12期"
    pdf = open_pdf(render_document(data))
    s = [x for page in pdf for x in spans(page)]
    assert [x.text for x in s if x.is_red] == ["某某市人民政府常务会议纪要"]
    head = next(x for x in s if x.text.startswith("出席："))
    assert "Hei" in head.font
    assert any(x.text.startswith("张三（市委副书记）") for x in s)
    assert not any(x.text == "2026年1月5日" for x in s)  # 纪要: no 署名 or date


@pytest.mark.parametrize("field,label", [("attendees", "出席"), ("observers", "列席")])
def test_minutes_names_start_at_one_x_on_every_line(field, label):
    from officedesk.printing import words

    names = ["韦刚", "闫志刚", "江健", "马军", "郝雪", "姚建军", "任翠兰", "周永明", "秦辉",
             "范宏伟", "刘素珍", "薛琳", "雷伟", "邓建华", "闫志刚"]
    words.add_names(names)  # kept whole: the first line ends short of the margin
    data = sample_document(1, variant="minutes")
    setattr(data, field, "、".join(names))
    pdf = open_pdf(render_document(data))
    s = next(page for page in map(spans, pdf) if any(x.text == label + "：" for x in page))
    head = next(x for x in s if x.text == label + "：")
    rows = sorted({round(x.origin_y, 1) for x in s if "FangSong" in x.font
                   and x.origin_y >= head.origin_y - 0.5 and any(n in x.text for n in names)})
    assert len(rows) >= 2
    starts = [min(x.x0 for x in s if round(x.origin_y, 1) == y and "FangSong" in x.font)
              for y in rows[:2]]
    assert abs(starts[0] - starts[1]) < 0.05 * MM, [v / MM for v in starts]
    # the label keeps its own width (the 请假 line, one short line, is not justified)
    short = next(x for x in s if x.text == "请假：")
    assert abs((head.x1 - head.x0) - (short.x1 - short.x0)) < 0.05 * MM
    assert abs(head.x0 - short.x0) < 0.05 * MM


def test_red_rule_star_setting(db):
    settings.put("print.red_rule_star", True)
    pdf = open_pdf(render_document(sample_document(1)))
    drawings = pdf[0].get_drawings()
    filled = [d for d in drawings if d.get("fill") and d["fill"][0] > 0.8]
    assert len(filled) == 1  # the star
    strokes = [d for d in drawings if d["color"] and d["color"][0] > 0.8]
    assert len(strokes) == 2  # the rule, broken around it


def test_line_pitch_setting_moves_the_grid(db):
    settings.put("print.line_pitch_pt", 29.4)
    settings.put("print.tracking_pt", -0.25)
    composed = compose(sample_document(2))
    page = composed.pages[1]
    baselines = sorted({round(p.baseline, 2) for p in page.texts if p.kind == "body"}, reverse=True)
    assert baselines[0] - baselines[1] == pytest.approx(29.4)
    assert {p.char_space for p in page.texts if p.kind == "body" and p.line.last} == {-0.25}


def test_signature_never_alone_on_a_page():
    # grow the body until the 署名 block would fall onto a new page
    for n in range(10, 40):
        data = DocumentData(
            title="关于测试的通知",
            body="\n".join(["测" * 50] * n),
            organs=["某某局"],
            signer_organs=["某某局"],
            date=dt.date(2026, 2, 1),
        )
        composed = compose(data)
        for page in composed.pages[1:]:
            kinds = [p.kind for p in page.texts]
            if "signature" in kinds:
                assert kinds.count("body") >= 1 or kinds.index("signature") > 0
                first_signature = kinds.index("signature")
                assert "body" in kinds[:first_signature], n


def test_several_documents_in_one_pdf_number_their_own_pages():
    a, b = sample_document(2), sample_document(3)
    pdf = open_pdf(render_documents([a, b]))
    numbers = [next((x.text for x in spans(p) if x.text.startswith("— ")), "") for p in pdf]
    count_a = len(compose(a).pages)
    numbered_a = [p.number for p in compose(a).pages]
    assert numbers[:count_a] == [f"— {k} —" if k else "" for k in numbered_a]
    assert numbers[count_a] == "— 1 —"


def test_bundled_fonts_used_when_nothing_installed():
    assert fonts.choice(fonts.FANGSONG).source == "bundled"


def test_a_very_long_cc_list_still_fits_the_colophon_on_one_page():
    data = DocumentData(
        title="关于测试的通知",
        body="正文。",
        cc="某某单位，" * 150,
        printer_organ="某某办公室",
        print_date=dt.date(2026, 1, 1),
    )
    pdf = open_pdf(render_document(data))
    last = pdf[-1]
    s = spans(last)
    assert min(x.top for x in s) / MM >= 37 - 1
    rules = sorted(d["rect"].y0 / MM for d in last.get_drawings())
    assert rules[0] >= 37 - 1 and rules[-1] == pytest.approx(262, abs=0.5)
    text = "".join(x.text for page in pdf for x in spans(page))
    assert text.count("某某单位") == 150


def _overlaps(page_spans):
    """Pairs of spans whose boxes overlap (a hair's tolerance)."""
    out = []
    for k, a in enumerate(page_spans):
        for b in page_spans[k + 1:]:
            if a.x0 < b.x1 - 0.3 and b.x0 < a.x1 - 0.3 and a.top < b.bottom - 0.3 \
                    and b.top < a.bottom - 0.3:
                out.append((a.text, b.text))
    return out


JOINT = ["云岭县人民政府办公室", "云岭县财政局", "云岭县发展和改革局"]


@pytest.mark.parametrize("signers", [
    ["阿卜杜热依木·吐尔逊", "买买提·艾力", "王建国"],
    ["阿卜杜热依木·吐尔逊", "买买提·艾力"],
    ["阿卜杜热依木·吐尔逊"],
    ["王建国", "阿卜杜热依木·吐尔逊", "买买提·艾力", "古丽米热·阿不都热合曼"],
])
@pytest.mark.parametrize("number", ["云政办发〔2025〕55号", "云岭县发改财联发〔2025〕155号"])
def test_long_signer_names_never_run_into_the_number(signers, number):
    """GB/T 9704 §7.2.5: 发文字号 one character in from the left, 签发人 one in from the
    right, the last name on the number's line; long names never print over the number."""
    # two lines of 正文: the last goes on with the three organs' 署名 to page 2 (with a one-line
    # 正文 they would stand there alone, which is refused: test_signature_page)
    data = DocumentData(title="关于申请安排重点项目前期工作经费的请示",
                        body="为加快推进重点项目前期工作，现申请安排前期工作经费200万元。\n妥否，请批示。",
                        organs=JOINT, doc_number=number, is_upward=True, signers=signers,
                        recipients="县人民政府：", signer_organs=JOINT, date=dt.date(2025, 12, 26))
    s = spans(open_pdf(render_document(data))[0])
    black = [x for x in s if not x.is_red and not x.text.startswith("—")]
    assert _overlaps(black) == []
    num = next(x for x in s if x.text == number)
    names = [next(x for x in s if x.text == n) for n in signers]
    label = next(x for x in s if x.text == "签发人：")
    em = 16 / MM * MM  # one 3号 character in points
    assert num.x0 / MM == pytest.approx(28 + em / MM, abs=0.5)
    assert max(n.x1 for n in names) / MM <= 184 - em / MM + 0.5
    assert min(n.x0 for n in names + [label]) >= 28 * MM
    last = names[-1]
    on_line = [x for x in names + [label] if abs(x.origin_y - last.origin_y) < 0.5]
    if num.origin_y == pytest.approx(last.origin_y, abs=0.5):  # the number on the last line
        assert min(x.x0 for x in on_line) - num.x1 >= em - 0.5  # a character's space at least
    else:
        # only when the last line cannot hold both with a character between them, even with
        # one name a line, or when the names two a line and the number under them take fewer
        # lines than one name a line beside the number, does the number go on the line under
        rows = len({round(n.origin_y) for n in names})
        alone = (2 if len(signers) == 1 else 1)
        assert len(on_line) == alone or rows + 1 < len(signers)
        assert rows + 1 < len(signers) or (num.x1 - num.x0) + em + (
            max(x.x1 for x in on_line) - min(x.x0 for x in on_line)) > 156 * MM - 2 * em
        assert num.origin_y - last.origin_y == pytest.approx(28.94, abs=0.5)
    assert label.origin_y == pytest.approx(names[0].origin_y, abs=0.5)
