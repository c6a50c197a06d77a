"""The organs whose standard names hold a 和 (人力资源和社会保障局, 住房和城乡建设局, 发展和改革委员会,
文化和旅游局, 工业和信息化局 …) are one word of a title (GB/T 9704 §7.3.1: 回行时要做到词意完整),
also when the 通讯录 does not hold them (a 转发 names the upper organ: 云州市人力资源和社会保障局).
The line before printed 关于转发云州市人力资源和 / 社会保障局关于……: a 和 is where a title likes
to break. The place before the organ's name stays with it (云州市 / 人力资源和社会保障局 splits the
organ too). Measured on the PDF's 2号 lines."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import SIZE_2, DocumentData, render_document
from tests.printing.conftest import open_pdf, spans

TITLES = [
    ("关于转发云州市人力资源和社会保障局关于做好2026年度机关事业单位工作人员年度考核工作的通知的通知",
     "云州市人力资源和社会保障局"),
    ("关于转发云州市住房和城乡建设局关于开展城镇燃气安全专项整治工作的通知的通知",
     "云州市住房和城乡建设局"),
    ("关于转发省发展和改革委员会关于做好2027年度全省重点项目谋划储备和前期工作的通知",
     "省发展和改革委员会"),
    ("关于转发云州市文化和旅游局关于开展2026年度乡村旅游重点村镇推荐申报工作的通知",
     "云州市文化和旅游局"),
    ("关于转发云州市工业和信息化局关于开展2026年度中小企业数字化转型城市试点工作的通知",
     "云州市工业和信息化局"),
]


@pytest.mark.parametrize("title, organ", TITLES)
def test_an_organ_named_with_and_is_not_split(title, organ):
    data = DocumentData(title=title, organs=["中共云岭县委办公室"], doc_number="云委办发〔2026〕9号",
                        recipients="各乡镇党委：", body="正文。",
                        signer_organs=["中共云岭县委办公室"], date=dt.date(2026, 12, 31))
    lines = [s.text for s in spans(open_pdf(render_document(data))[0])
             if abs(s.size - SIZE_2) < 0.1]
    assert len(lines) > 1 and "".join(lines) == title
    assert any(organ in line for line in lines), (organ, lines)
