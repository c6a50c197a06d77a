"""GB/T 9704-2012 §7.3.2: “如主送机关名称过多导致公文首页不能显示正文时，应当将主送机关名称移至
版记” — set as the 抄送 is, “主送” for “抄送”, on the line above the 抄送 with no rule between
(§7.4.2). A 公文 to 20 乡镇 and 部门 (eight lines of 主送) under a 64-character title was refused
with “标题太长…请把标题缩短到 4 行以内”, the 主送 never named; one to 30 printed its 主送 over
page 2 and left page 1 with no 正文. A 主送 of a line or two stays under the title."""

from __future__ import annotations

import dataclasses

import pytest

from officedesk.printing import print_notes
from officedesk.printing.gbt9704 import SIZE_3, SIZE_4, compose, render_document
from officedesk.printing.samples import sample_document
from tests.printing.conftest import open_pdf, spans

TITLE = ("关于进一步加强和改进新时代基层党组织建设工作推动全面从严治党向纵深发展"
         "和基层治理能力现代化的实施意见补充通知说明关于进一步加强和")[:64]


def _units(count: int) -> str:
    return "，".join(f"云岭县第{n}乡镇党委" if n % 3 else f"县委第{n}工作部门"
                    for n in range(1, count + 1))


def _lines(page, size: float) -> list[str]:
    rows: dict[int, list] = {}
    for s in spans(page):
        if abs(s.size - size) < 0.1:
            rows.setdefault(round(s.origin_y), []).append(s)
    return ["".join(x.text for x in sorted(r, key=lambda s: s.x0)) for _, r in sorted(rows.items())]


@pytest.mark.parametrize("count", [22, 30])  # 21 and more: page 1 set on 24 lines holds no 正文
def test_many_recipients_go_to_the_colophon_and_page_one_shows_the_text(count):
    data = dataclasses.replace(sample_document(2), title=TITLE, recipients=_units(count))
    assert len(TITLE) == 64
    with print_notes.noting() as notes:
        pdf = render_document(data)
    with open_pdf(pdf) as doc:
        first = "".join(_lines(doc[0], SIZE_3))
        colophon = _lines(doc[doc.page_count - 1], SIZE_4)
        head = "".join("".join(_lines(page, SIZE_3)) for page in doc)
    first_paragraph = data.body.splitlines()[0]
    assert first_paragraph[:8] in first  # §7.3.3: page 1 shows 正文
    assert "云岭县第1乡镇党委" not in head  # no 主送 above the 正文
    # 版记: 主送：… on its lines, ending with 。, then the 抄送 under it
    joined = "".join(colophon)
    assert colophon[0].startswith("主送：云岭县第1乡镇党委"), colophon
    assert _units(count).replace("，", "") + "。" in joined.replace("，", "").replace("主送：", "")
    assert joined.index("主送：") < joined.index("抄送：")
    assert any("主送机关" in note and "版记" in note for note in notes), notes


def test_a_short_recipient_list_stays_under_the_title():
    data = sample_document(2)
    with print_notes.noting() as notes:
        composed = compose(data)
    texts = [t.line.text for t in composed.pages[0].texts]
    assert any(t.startswith("各区委") for t in texts)
    last = composed.pages[-1].texts
    assert not any(t.line.text.startswith("主送") for t in last)
    assert not any("版记" in note for note in notes)


def test_a_title_too_long_even_without_the_recipients_is_refused_saying_both():
    """The 主送 moved to the 版记, a 13-line title still leaves page 1 no 正文: refused for
    its own length, the refusal saying that the 主送 went to the 版记 already."""
    from officedesk.core.errors import ValidationError

    data = dataclasses.replace(sample_document(2), title="关于" + "加强基层党组织建设" * 20 + "的通知",
                               recipients=_units(30))
    with pytest.raises(ValidationError, match="标题太长") as refused:
        render_document(data)
    assert "移至版记" in str(refused.value)
