"""The 公文's 标题: broken only between words (a run of Latin letters and digits is one word),
never split across pages; the 标题, the 主送 and the 正文's first line stand on page 1
(GB/T 9704 §7.3.2, §7.3.3), or the title is refused with what to do."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.errors import ValidationError
from officedesk.printing.gbt9704 import DocumentData, compose, render_document
from tests.printing.conftest import open_pdf, spans

JOINT = ["云岭县人民政府办公室", "云岭县财政局", "云岭县发展和改革局"]
RECIPIENTS = "各乡镇人民政府，县直各单位："
LONG = ("关于印发《云岭县推进人工智能AI+5G智慧城市建设和数字政府建设三年行动方案（2026—2028年）》"
        "《云岭县加快推进新型基础设施建设实施意见》《云岭县数字经济高质量发展若干政策措施》"
        "及配套考核办法和督查问责办法的通知")


def _notice(title: str, organs=JOINT) -> DocumentData:
    return DocumentData(
        title=title, body="现将有关事项通知如下。\n" + "各乡镇、各部门要高度重视，认真组织实施。" * 4,
        organs=organs, doc_number="云政办发〔2025〕55号", recipients=RECIPIENTS,
        signer_organs=organs, date=dt.date(2025, 12, 26), cc="县委办公室。",
        printer_organ=JOINT[0], print_date=dt.date(2025, 12, 26))


def _title_lines(composed) -> list[tuple[int, str]]:
    return [(k, t.line.text) for k, page in enumerate(composed.pages) for t in page.texts
            if t.kind == "title"]


def test_a_title_too_long_for_page_one_is_refused_saying_how_short():
    """The reviewer's joint 通知: page 1 ended with the title's 7th line, page 2 opened with
    “督查问责办法的通知” and the 主送. It stands on page 1 under the 主办机关's name alone
    (test_joint_down_title); a title too long even so is refused, saying how short."""
    composed = compose(_notice(LONG))
    assert {k for k, _ in _title_lines(composed)} == {0}
    first = [t.line.text for t in composed.pages[0].texts if t.kind == "body"]
    assert first[:2] == [RECIPIENTS, "现将有关事项通知如下。"]
    with pytest.raises(ValidationError) as refused:
        compose(_notice(LONG + LONG))
    message = refused.value.message
    assert "标题" in message and "缩短" in message and "行以内" in message
    assert refused.value.field == "title"


@pytest.mark.parametrize("organs", [JOINT, JOINT[:1]])
def test_titles_of_every_length_stay_whole_on_page_one_with_the_opening(organs):
    """From one line to too long: either refused, or the whole title, the 主送 and the 正文's
    first line on page 1."""
    refused = 0
    for n in range(1, 14):
        data = _notice("关于" + "加快推进农村公路建设补助资金" * n + "的通知", organs)
        try:
            composed = compose(data)
        except ValidationError:
            refused += 1
            continue
        assert {k for k, _ in _title_lines(composed)} == {0}, n
        first = [t.line.text for t in composed.pages[0].texts if t.kind == "body"]
        assert first[:2] == [RECIPIENTS, "现将有关事项通知如下。"], (n, first)
    assert refused  # the longest are too long


@pytest.mark.parametrize("title", [
    "关于推进人工智能AI+5G智慧城市建设的通知",  # AI+5 / G智慧
    "关于5G网络建设和AI+5G智慧城市应用的通知",  # AI+ / 5G
    "关于加快推进人工智能AI+5G智慧城市建设的通知",  # AI / +5G
    "关于印发云岭县推进人工智能AI+5G智慧城市建设三年行动方案的通知",
    "关于加快推进人工智能和COVID-19疫情防控工作的通知",
])
def test_letters_and_digits_are_never_cut(title):
    """“AI+5 / G智慧”: a run of Latin letters and digits (with + · - inside) is one word."""
    lines = [text for _, text in _title_lines(compose(_notice(title)))]
    assert len(lines) > 1

    def latin(c: str) -> bool:
        return c.isascii() and c.isalnum() or c in "+-·"

    for above, below in zip(lines, lines[1:], strict=False):
        assert not (latin(above[-1]) and latin(below[0])), lines
    assert "".join(lines) == title


def test_the_refused_title_shortened_prints_whole_on_page_one():
    short = ("关于印发《云岭县推进AI+5G智慧城市建设三年行动方案（2026—2028年）》"
             "等三个文件的通知")
    pdf = open_pdf(render_document(_notice(short)))
    page1 = [s.text for s in spans(pdf[0])]
    assert RECIPIENTS in page1 and "现将有关事项通知如下。" in page1
    assert any("AI+5G" in t for t in page1)
