"""The 版记's 抄送 of many units (GB/T 9704 §7.4.2) printed 云岭县应急管理 / 局，云岭县审计局 and
云岭县 / 统计局: an organ's name cut by a line that had room to end at the organ before it — a
lone 局 at a line's start. A line ends between organ names when it is at least half full
there; inside a name (between its words) only when it would be emptier, and never leaving a
name's last character alone. Read back from the PDF with PyMuPDF."""

from __future__ import annotations

import re

import pytest

from officedesk.printing.gbt9704 import BODY_WIDTH, SIZE_4
from tests.printing.test_colophon_cc_words import _cc_lines

UNITS = ["人大常委会办公室", "人民政府办公室", "政协办公室", "纪委监委机关", "人民法院", "人民检察院",
         "发展和改革局", "财政局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局",
         "交通运输局", "农业农村局", "水务局", "商务局", "文化和旅游局", "卫生健康局", "应急管理局",
         "审计局", "市场监督管理局", "统计局", "医疗保障局", "乡村振兴局"]
COUNTY = "，".join(f"云岭县{u}" for u in UNITS) + "。"
# a line of the 抄送 after the first, in 4号 characters: the 版心 less a character each side
# and the label's three
PER_LINE = (BODY_WIDTH - 2 * SIZE_4) / SIZE_4 - 3


def test_many_units_break_between_their_names():
    lines = _cc_lines(COUNTY)
    assert "".join(lines) == COUNTY
    assert len(lines) > 3
    for line in lines[:-1]:
        assert line.endswith("，"), f"a line of the 抄送 ends inside a unit's name: {line!r}"
        assert len(line) >= PER_LINE / 2, f"a line left short: {line!r}"


@pytest.mark.parametrize("organs", [
    # names too long for the room a short line leaves: cut between their words
    ["县委办", "中共云岭县委全面深化改革委员会办公室", "县政府办",
     "云岭县人力资源和社会保障局劳动保障监察大队", "县应急管理局"],
    # the first line holds 县委办，县政府办，云岭县安全生产委员会办公室应急管理 and no more
    ["县委办", "县政府办", "云岭县安全生产委员会办公室应急管理局", "县财政局"],
])
def test_a_name_cut_keeps_more_than_its_last_character_together(organs):
    cc = "，".join(organs) + "。"
    lines = _cc_lines(cc)
    assert "".join(lines) == cc
    assert len(lines) > 1
    for line in lines[1:]:
        head = re.split(r"[，。]", line)[0]
        assert len(head) != 1, f"a name's last character alone at a line's start: {line!r}"
