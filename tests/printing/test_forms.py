"""会议通知, 签到表 and the common form helpers, measured in their PDFs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from officedesk.printing.common import Column, Field, FormDocument, render_forms
from officedesk.printing.notice import NoticeData, notice_body, notice_title, render_notice
from officedesk.printing.samples import sample_notice, sample_signin
from officedesk.printing.signin import SigninData, render_signin, render_signin_many
from tests.printing.conftest import MM, needs_poppler, open_pdf, pdffonts, pdftotext, spans


# ------------------------------------------------------------------ notice
def test_notice_body_sections_in_order():
    body = notice_body(sample_notice()).splitlines()
    headings = [p for p in body if re.match(r"^[一二三四五六七八九十]、", p)]
    assert headings == [
        "一、会议时间",
        "二、会议地点",
        "三、参加人员",
        "四、会议议程",
        "五、有关事项",
    ]
    assert body[0].startswith("为深入推进机关作风建设") and body[0].endswith(
        "现将有关事项通知如下："
    )
    assert "2026年12月3日（星期四）9:00，会期半天。" in body
    assert "1.传达学习上级有关会议精神；" in body
    assert "4.市委主要负责同志讲话。" in body
    assert any(
        p.startswith("1.请参会人员于2026年12月3日（星期四）8:30在市委大楼一楼大厅报到")
        for p in body
    )
    assert any("请于2026年12月1日前将参会人员名单报送中共某某市委办公室。" in p for p in body)
    assert body[-1] == "联系人：李明；联系电话：0571-87654321。"


def test_notice_sections_skip_what_is_missing():
    data = NoticeData(org="某某局", meeting_name="局务会议", place="第二会议室", contact="王五")
    body = notice_body(data).splitlines()
    assert body[1] == "一、会议地点"
    assert "会议时间" not in notice_body(data)
    assert notice_title(data) == "关于召开局务会议的通知"


@needs_poppler
def test_notice_pdf(tmp_path):
    pdf = render_notice(sample_notice())
    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf)
    doc = open_pdf(pdf)
    first = spans(doc[0])
    assert [s.text for s in first if s.is_red] == ["中共某某市委办公室文件"]
    title = [s for s in first if abs(s.size - 22) < 0.01]
    assert "".join(s.text for s in title) == "关于召开全市机关作风建设工作会议的通知"
    text = re.sub(r"\s+", "", pdftotext(path))
    for piece in [
        "某委办发〔2026〕12号",
        "各区委办公室，市委各部委办公室，市级国家机关各部门办公室：",
        "一、会议时间",
        "市委大楼三楼第一会议室。",
        "联系人：李明；联系电话：0571-87654321。",
        "附件：参会人员回执",
        "2026年11月26日",
    ]:
        assert piece in text, piece
    assert all(row[-5] == "yes" for row in pdffonts(path))
    assert render_notice(sample_notice()) == pdf


def test_notice_as_letter():
    data = dataclasses.replace(sample_notice(), variant="letter")
    doc = open_pdf(render_notice(data))
    mark = [s for s in spans(doc[0]) if s.is_red]
    assert [s.text for s in mark] == ["中共某某市委办公室"]
    assert mark[0].top / MM == pytest.approx(30, abs=1.5)


# ------------------------------------------------------------------ sign-in sheet
def test_signin_header_repeats_and_counts(tmp_path):
    data = sample_signin(45)
    doc = open_pdf(render_signin(data))
    assert doc.page_count >= 2
    for number, page in enumerate(doc, start=1):
        texts = [s.text for s in spans(page)]
        for header in ("序号", "姓名", "单位", "职务", "联系电话", "签名"):
            assert header in texts, (number, header)
        assert f"第{number}页 共{doc.page_count}页" in texts
        assert page.rect.width / MM == pytest.approx(210, abs=0.5)
    first = spans(doc[0])
    title = next(s for s in first if s.text == "全市机关作风建设工作会议签到表")
    assert title.size == pytest.approx(22)
    texts = [s.text for s in first]
    assert "时间：2026年12月3日（星期四）9:00" in texts
    assert "地点：市委大楼三楼第一会议室" in texts
    short = open_pdf(render_signin(SigninData("会", dt.date(2026, 1, 2), "302室", [("张三",)])))
    assert "时间：2026年1月2日　　地点：302室" in [s.text for s in spans(short[0])]
    all_text = [s.text for page in doc for s in spans(page)]
    numbers = [int(t) for t in all_text if t.isdigit() and len(t) <= 2]
    assert numbers == list(range(1, 45 + 3 + 1))  # 45 people and 3 blank lines
    last = [s.text for s in spans(doc[-1])]
    assert any(t.startswith("应到45人") for t in last)


def test_signin_known_counts_and_plain_tuples():
    data = SigninData(
        "党组会议",
        dt.date(2026, 5, 6),
        "302室",
        rows=[("张三", "办公室", "主任", "123"), ("李四", "财务科")],
        present=1,
        on_leave=1,
        absent=0,
    )
    doc = open_pdf(render_signin(data))
    texts = [s.text for s in spans(doc[0])]
    assert "李四" in texts and "财务科" in texts
    assert any(t.startswith("应到2人　　实到1人　　缺席0人　　请假1人") for t in texts)


def test_many_sheets_in_one_pdf_with_progress_and_cancel():
    sheets = [sample_signin(10, seed=k) for k in range(6)]
    seen = []
    pdf = render_signin_many(sheets, progress=lambda done, total: seen.append((done, total)))
    doc = open_pdf(pdf)
    assert doc.page_count == 6
    assert seen[-1] == (6, 6)
    assert all("第1页 共1页" in [s.text for s in spans(p)] for p in doc)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    partial = open_pdf(render_signin_many(sheets, cancelled=cancelled))
    assert partial.page_count == 2


def test_many_sheets_share_one_font_subset():
    one = len(render_signin(sample_signin(10)))
    many = len(render_signin_many([sample_signin(10, seed=k) for k in range(20)]))
    assert many < one * 6


# ------------------------------------------------------------------ common helpers
def test_form_grid_boxes_and_table(tmp_path):
    form = FormDocument(
        title="收文处理笺", subtitle="中共某某市委办公室", footer="第{page}页 共{pages}页"
    )
    form.grid(
        [
            [Field("来文机关", "某某市人民政府办公室"), Field("收文编号", "2026-0012")],
            [Field("文件标题", "关于做好2026年元旦春节期间有关工作的通知", span=2)],
            [Field("拟办意见", "", span=2, height=45)],
            [Field("领导批示", "请办公室牵头办理。", span=2, height=60, label_on_top=True)],
        ]
    )
    form.spacer(5)
    rows = [[str(k), f"单位{k}", "已办结" if k % 2 else ""] for k in range(1, 60)]
    form.table([Column("序号", 12, "center"), Column("承办单位", 60), Column("办理情况", 84)], rows)
    pdf = form.render()
    doc = open_pdf(pdf)
    assert doc.page_count == form.page_count >= 2
    first = spans(doc[0])
    assert next(s for s in first if s.text == "收文处理笺").size == pytest.approx(22)
    # the opinion box is 45 mm high
    label = next(s for s in first if s.text == "拟办意见")
    boxes = [d["rect"] for d in doc[0].get_drawings() if d["rect"].height / MM > 40]
    heights = sorted(round(r.height / MM) for r in boxes)
    assert 45 in heights and 60 in heights
    box = next(r for r in boxes if round(r.height / MM) == 45 and r.x0 < label.x0)
    assert box.y0 < label.top < box.y1
    # the table header repeats on the next page
    second = [s.text for s in spans(doc[1])]
    assert "承办单位" in second and "办理情况" in second
    assert f"第2页 共{doc.page_count}页" in second
    # margins: nothing left of 28 mm or right of 184 mm
    for page in doc:
        for s in spans(page):
            assert s.x0 / MM >= 28 - 0.5 and s.x1 / MM <= 184 + 0.5


def test_grid_rows_must_fill_the_columns():
    form = FormDocument(title="催办单")
    with pytest.raises(ValueError):
        form.grid([[Field("事项", "x")]], columns=2)


def test_several_forms_in_one_pdf_number_their_own_pages():
    forms = []
    for k in range(3):
        f = FormDocument(title=f"表{k}", footer="第{page}页 共{pages}页")
        f.text("内容" * 10)
        forms.append(f)
    doc = open_pdf(render_forms(forms))
    assert doc.page_count == 3
    assert all("第1页 共1页" in [s.text for s in spans(p)] for p in doc)


@pytest.mark.parametrize("units", range(14, 34))
def test_the_info_ranking_never_leaves_its_signature_alone_on_a_page(db, admin, monkeypatch, units):
    """GB/T 9704 7.3.5: the signature page carries text; the 计分标准 went over with it."""
    import pymupdf

    from officedesk.core.info import scoring
    from officedesk.printing import forms as registry_of_forms

    ranked = [scoring.UnitScore(f"县第{n}局", reported=3, points=9, rank=n) for n in range(1, units + 1)]
    monkeypatch.setattr(scoring, "unit_scores", lambda *args, **kwargs: ranked)
    pdf = registry_of_forms.get("info-ranking").build([], admin, year=2026)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            text = page.get_text()
            if "印发" in text and "计分标准" not in text:  # the 版记 on the last even page (封四)
                continue
            if "年" in text and "计分标准" not in text and "通报如下" not in text and "县第" not in text:
                pytest.fail(f"{units} units: page {page.number + 1} holds only {text!r}")
