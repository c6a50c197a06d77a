"""GB/T 9704 §7.3.1 词意完整: a title never breaks inside a policy term the segmenter cuts —
脱贫 / 攻坚, 便民 / 热线 came out of the title engine (probe7). Read from the composed lines."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import DocumentData, compose

CASES = [
    ("关于表彰2025年度全市脱贫攻坚成果巩固拓展和乡村振兴有效衔接工作先进集体和先进个人的决定",
     ("脱贫攻坚", "巩固拓展", "有效衔接")),
    ("关于开展“12345”政务服务便民热线工作情况专项督查暨疫情防控措施落实情况检查的通知",
     ("政务服务", "便民热线", "疫情防控")),
]


def _title_lines(title: str) -> list[str]:
    data = DocumentData(title=title, body="现就有关事项通知如下。", organs=["中共云岭县委办公室"],
                        doc_number="云委办发〔2026〕7号", recipients="各乡镇党委",
                        signer_organs=["中共云岭县委办公室"], date=dt.date(2026, 12, 2))
    return [t.line.text for page in compose(data).pages for t in page.texts if t.kind == "title"]


@pytest.mark.parametrize("title, terms", CASES)
def test_the_title_keeps_policy_terms_whole(title, terms):
    lines = _title_lines(title)
    assert "".join(lines) == title
    cuts, at = set(), 0
    for line in lines[:-1]:
        at += len(line)
        cuts.add(at)
    for term in terms:
        start = title.find(term)
        assert not any(start < cut < start + len(term) for cut in cuts), (term, lines)
