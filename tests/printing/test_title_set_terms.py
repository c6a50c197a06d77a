"""A 公文's title never breaks inside a set term (党风廉政建设责任制, 社会主义新农村建设,
专项整治) and never ends in a stray last line (…考核工作的 / 通知的通知) when fewer, fuller
lines hold it (probe92's printed 转发 notice)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import DocumentData, compose

ORGAN = "中共云岭县委办公室"


def _lines(title: str) -> list[str]:
    data = DocumentData(organs=[ORGAN], doc_number="云委办发〔2026〕7号", title=title,
                        recipients="各乡镇党委：", body="正文。", signer_organs=[ORGAN],
                        date=dt.date(2026, 1, 5), printer_organ=ORGAN,
                        print_date=dt.date(2026, 1, 5))
    return [t.line.text for t in compose(data).pages[0].texts if t.kind == "title"]


FORWARD = "关于转发云州市人力资源和社会保障局关于做好2026年度机关事业单位工作人员年度考核工作的通知的通知"


def test_a_forward_title_leaves_no_stray_last_line():
    lines = _lines(FORWARD)
    assert "".join(lines) == FORWARD
    assert len(lines) == 3, lines  # was 4, the last 通知的通知
    assert all(len(line) >= len(max(lines, key=len)) / 2 for line in lines), lines


@pytest.mark.parametrize("title, term", [
    ("关于对全县2026年度落实全面从严治党主体责任和党风廉政建设责任制情况开展专项检查的通报",
     "党风廉政建设责任制"),
    ("关于调整云岭县社会主义新农村建设工作领导小组成员的通知", "社会主义新农村建设"),
    ("关于转发云州市住房和城乡建设局关于开展城镇燃气安全专项整治工作的通知的通知", "专项整治"),
])
def test_a_title_never_breaks_inside_a_set_term(title, term):
    lines = _lines(title)
    assert "".join(lines) == title
    assert any(term in line for line in lines), lines
