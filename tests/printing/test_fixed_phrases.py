"""GB/T 9704 §7.3.1 词意完整: a title never breaks inside a fixed political phrase — 新时代,
新时代中国特色社会主义思想 (习近平 / 新时代… the usual break), 中国特色社会主义, (优秀)共产党员, 党务工作者,
基层党组织, 二十届三中全会, 党的二十大, 常委会（扩大）会议. The 公文's title and the 会议通知's,
read from the composed lines."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from officedesk.printing import words
from officedesk.printing.gbt9704 import DocumentData, compose
from officedesk.printing.notice import render_notice
from officedesk.printing.samples import sample_notice
from tests.printing.conftest import open_pdf, spans

PHRASES = ("新时代中国特色社会主义思想", "新时代", "中国特色社会主义", "优秀共产党员", "共产党员",
           "党务工作者", "基层党组织", "二十届三中全会", "三中全会", "党的二十大",
           "常委会（扩大）会议")
TITLES = [
    "关于深入学习贯彻习近平新时代中国特色社会主义思想的通知",
    "关于认真学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议精神的通知",
    "关于学习贯彻党的二十届三中全会精神的通知",
    "关于召开县委常委会（扩大）会议暨县委理论学习中心组第十二次集体学习会的通知",
    "关于表彰云岭县2025年度优秀共产党员优秀党务工作者和先进基层党组织的决定",
    "关于进一步加强和改进新时代信访工作推动信访工作高质量发展的实施意见",
    "关于认真学习宣传贯彻党的二十大精神在全县掀起学习热潮的通知",
]
MEETINGS = [
    "全县深入学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议",
    "县委常委会（扩大）会议暨县委理论学习中心组第十二次集体学习会",
    "全县学习贯彻党的二十届三中全会精神宣讲报告会",
    "全县表彰优秀共产党员优秀党务工作者和先进基层党组织大会",
]


def _torn(lines: list[str]) -> list[str]:
    """The phrases a break between two of the lines cuts (a phrase wider than a line apart)."""
    text = "".join(lines)
    cuts = set()
    at = 0
    for line in lines[:-1]:
        at += len(line)
        cuts.add(at)
    torn = []
    for phrase in PHRASES:
        if len(phrase) > 17:
            continue
        start = text.find(phrase)
        while start >= 0:
            if any(start < cut < start + len(phrase) for cut in cuts):
                torn.append(phrase)
            start = text.find(phrase, start + 1)
    return torn


@pytest.mark.parametrize("title", TITLES)
def test_the_documents_title_keeps_fixed_phrases_whole(title):
    data = DocumentData(title=title, body="现就有关事项通知如下。", organs=["中共云岭县委办公室"],
                        doc_number="云委办发〔2026〕7号", recipients="各乡镇党委",
                        signer_organs=["中共云岭县委办公室"], date=dt.date(2026, 12, 2))
    lines = [t.line.text for page in compose(data).pages for t in page.texts if t.kind == "title"]
    assert "".join(lines) == title
    assert _torn(lines) == [], lines
    assert min(len(line) for line in lines) >= 4, lines  # no stray 的通知 line


@pytest.mark.parametrize("name", MEETINGS)
def test_the_meeting_notices_title_keeps_fixed_phrases_whole(name):
    pdf = open_pdf(render_notice(dataclasses.replace(sample_notice(), meeting_name=name)))
    lines = [s.text for s in spans(pdf[0]) if s.size >= 20 and name[:4] in "".join(
        x.text for x in spans(pdf[0]) if x.size >= 20) and not s.text.endswith("文件")]
    lines = [s for s in lines if s.startswith("关于") or lines.index(s) > 0]
    assert "关于召开" + name + "的通知" == "".join(lines), lines
    assert _torn(lines) == [], lines


@pytest.mark.parametrize("text, whole", [
    ("关于深入学习贯彻习近平新时代中国特色社会主义思想的通知", "新时代"),
    ("表彰优秀共产党员", "优秀共产党员"),
    ("学习贯彻党的二十届三中全会精神", "二十届三中全会"),
    ("学习贯彻十九届四中全会精神", "十九届四中全会"),
    ("召开县委常委会（扩大）会议", "常委会（扩大）会议"),
    ("学习党的二十大精神", "党的二十大"),
])
def test_title_words_hold_the_phrase_in_one_piece(text, whole):
    assert any(whole in piece for piece in words.title_words(text)), words.title_words(text)
