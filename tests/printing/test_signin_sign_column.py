"""The 签到表's 签名 column is where each person signs by hand: a few of its cells holding a
note (请假（出差）: nobody signs for one known to be away) must not hand its room to the other
columns, or hundreds of people are left a box of a centimetre to sign in. Measured with
PyMuPDF on the table's rules."""

from __future__ import annotations

from officedesk.printing.signin import SigninData, SigninRow, render_signin
from tests.printing.conftest import MM, open_pdf

UNITS = ["中共某某市委办公室", "某某省某某市人民政府发展和改革委员会", "市人力资源和社会保障局",
         "新疆维吾尔自治区某某地区行政公署驻某某市联络处办事处"]
TITLES = ["主任", "副主任、党组成员、二级巡视员兼办公室主任", "科员", ""]


def _sheet(notes: bool) -> SigninData:
    rows = [SigninRow(f"张{k}", UNITS[k % 4], TITLES[k % 4], "13800138000",
                      "请假（出差）" if notes and k % 50 == 0 else "") for k in range(120)]
    return SigninData(meeting_name="全市经济工作会议", rows=rows)


def _column_edges(pdf: bytes, page: int = 0) -> list[float]:
    """The x of the table's vertical rules on a page, mm, left to right."""
    edges: set[float] = set()
    for drawing in open_pdf(pdf)[page].get_drawings():
        for item in drawing["items"]:
            if item[0] == "l" and abs(item[1].x - item[2].x) < 0.1:
                edges.add(round(item[1].x / MM, 1))
            elif item[0] == "re":
                edges.update((round(item[1].x0 / MM, 1), round(item[1].x1 / MM, 1)))
    return sorted(edges)


def test_a_few_leave_notes_do_not_narrow_the_sign_column():
    plain = _column_edges(render_signin(_sheet(notes=False)))
    noted = _column_edges(render_signin(_sheet(notes=True)))
    sign_plain, sign_noted = plain[-1] - plain[-2], noted[-1] - noted[-2]
    assert sign_plain >= 20  # its share of the page: about 23 mm
    assert sign_noted >= 0.75 * sign_plain - 0.2, (sign_plain, sign_noted)  # room to sign
