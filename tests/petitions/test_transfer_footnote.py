"""The 转送单 / 交办单's footnote “（本单一式两联…）” belongs to the form: it printed alone on a
page 2 of its own when the grid filled page 1. A form that holds on one page with its boxes'
spare room given up prints one page; a form too long for that carries the footnote over with
its last row, never alone."""

from __future__ import annotations

import pymupdf

from officedesk.core import petitions
from officedesk.printing import forms

NOTE = "（本单一式两联，一联随信访材料送承办单位，一联留存。）"
ADDRESS = "云岭县城关镇北片区棚户区改造安置小区三期十二栋二单元五楼五〇二室（原龙泉路88号）"


def _pages(record, actor) -> list[str]:
    pdf = forms.get("petition-transfer").build([record.id], actor)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return ["".join(page.get_text().split()) for page in doc]


def _assigned(register, admin, content: str, demand: str):
    p = register(content=content, demand=demand, address=ADDRESS, form="来信")
    return petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03",
                            target_unit="县住房和城乡建设局", report_due="2026-04-10")


def test_the_footnote_is_never_alone_on_a_page(register, admin, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 3, 3))
    one_page = 0
    sentence = "反映2019年县城北片区棚户区改造项目征收其位于龙泉路88号的房屋，补偿标准低于同期同地段商品房市场价格，"
    for n in range(1, 12):
        content = (sentence * n)[: 30 * n + 100]
        record = _assigned(register, admin, content,
                           "要求按照《国有土地上房屋征收与补偿条例》重新评估补偿，并尽快交付安置房。")
        pages = _pages(record, admin)
        where = [k for k, page in enumerate(pages) if "".join(NOTE.split()) in page]
        assert where == [len(pages) - 1], (n, where)
        # the footnote's page holds the form's lines too (the 经办人 row at least)
        assert "经办人" in pages[-1], (n, pages[-1][:80])
        one_page += len(pages) == 1
    assert one_page >= 3  # the short ones on one page


def test_a_form_that_holds_on_one_page_prints_one(register, admin, fixed_today):
    """The reviewer's 交办单: a content of 138 characters filled page 1 to its foot."""
    import datetime as dt

    fixed_today(dt.date(2026, 3, 3))
    content = ("反映2019年县城北片区棚户区改造项目（云岭县城北片区2019-003地块）征收其位于龙泉路"
               "88号的房屋，补偿标准低于同期同地段商品房市场价格，安置房至今未交付，且征收过程中"
               "存在未公示评估报告、未依法送达补偿决定书等问题；多次向县住房和城乡建设局、城关镇"
               "人民政府反映未获答复。")
    for extra in range(0, 60, 6):
        record = _assigned(register, admin, content + "请求尽快处理。" * (extra // 6),
                           "要求按照《国有土地上房屋征收与补偿条例》重新评估补偿，并尽快交付安置"
                           "房，赔偿过渡期临时安置费差额合计约¥123,456.78元")
        pages = _pages(record, admin)
        assert len(pages) == 1, (extra, [p[:40] for p in pages])
        assert "".join(NOTE.split()) in pages[0]
