"""The 督查通报 is a 公文 set by GB/T 9704, as the 效能通报: a red 发文机关标志, the 发文字号
given for the issue (`print bulletin --number`, the window's field) or the setting
supervision.bulletin.number, 主送机关 from supervision.bulletin.recipients, 正文 in 3号 (16 pt)
仿宋, the 版心 from 37 mm, page numbers “— 1 —” and a 版记."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import numbering, settings
from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError
from officedesk.printing import forms
from officedesk.printing.gbt9704 import BODY_TOP, PAGE_HEIGHT
from tests.printing.conftest import MM, open_pdf, spans
from tests.supervision.conftest import item_with_tasks  # noqa: F401 (the fixture)

KEY = "supervision.bulletin.number"


@pytest.fixture
def bulletin(item_with_tasks, admin, fixed_today):  # noqa: F811
    item, tasks = item_with_tasks
    forms.load_all()  # the printing settings are declared with their papers
    settings.put("org.name", "中共某某市委办公室")
    fixed_today(dt.date(2026, 3, 25))
    sv.complete_task(tasks[1].id, "2026-03-25", "资金已拨付", admin)

    def build(**options):
        return open_pdf(forms.get("bulletin").build([], admin, date_from="2026-01-01",
                                                    date_to="2026-12-31", **options))
    return build


def test_the_bulletin_has_the_公文_head_body_and_foot(bulletin):
    settings.put("supervision.bulletin.recipients", "各区委，市委各部委：")
    pages = bulletin(number="某委办督〔2026〕2号")
    first = spans(pages[0])
    mark = [s for s in first if s.is_red]
    assert "".join(s.text for s in mark).replace(" ", "") == "中共某某市委办公室文件"
    text = "".join(page.get_text() for page in pages).replace(" ", "").replace("\n", "")
    assert "某委办督〔2026〕2号" in text and "关于2026年督查工作情况的通报" in text
    assert "各区委，市委各部委：" in text
    assert "第1页" not in text and "印发" in text  # the 版记
    body = [s for s in first if "本期立项督查事项" in s.text]
    assert body and all(abs(s.size - 16) < 0.1 for s in body)  # 3号
    numbers = [s.text.strip() for page in pages for s in spans(page) if s.text.strip().startswith("— ")]
    assert numbers[0] == "— 1 —"
    version_top = (PAGE_HEIGHT - BODY_TOP) / MM  # 37 mm
    assert abs(version_top - 37) < 0.01
    for page in pages[1:]:  # the text starts at the 版心's top, 37 mm from the paper's edge
        found = [s for s in spans(page) if not s.text.strip().startswith("—")]
        if found:
            assert min(s.top for s in found) >= version_top * MM - 1


def test_the_number_is_the_one_given_else_the_setting_else_left_blank(bulletin, admin):
    assert "number" in forms.get("bulletin").options
    settings.put(KEY, "某委办督〔2026〕3号")
    assert "某委办督〔2026〕3号" in bulletin()[0].get_text()
    assert "某委办督〔2026〕4号" in bulletin(number="某委办督〔2026〕4号")[0].get_text()
    blank = bulletin(number="")[0].get_text()
    assert "3号" not in blank and f"{numbering.default_prefix('outgoing')}〔2026〕" in blank
    taken = numbering.take("outgoing", admin).text
    for wrong in ("第四期", taken):
        with pytest.raises(ValidationError) as refused:
            bulletin(number=wrong)
        assert refused.value.field == "number" and "留空" in refused.value.message
    with pytest.raises(ValidationError):
        settings.put(KEY, "随便写的")


def test_the_command_line_prints_the_number_given(tmp_path):
    from tests.test_cli import Cli

    cli = Cli.initialised(tmp_path, here=True)
    target = tmp_path / "督查通报.pdf"
    cli("print", "bulletin", "--number", "某委办督〔2026〕5号", "-o", str(target))
    assert "〔2026〕5号" in open_pdf(target.read_bytes())[0].get_text()
    refused = cli("print", "bulletin", "--number", "第五期", "-o", str(target), "--force",
                  check=None)
    assert refused.returncode != 0
    assert "不是“机关代字〔年份〕序号号”的发文字号" in refused.stdout + refused.stderr


def test_every_line_stays_inside_the_版心_and_nothing_overlaps(bulletin):
    from tests.printing.test_supervision_paper_fit import FOOTER, _overlapping

    left, right = 28 * MM, (210 - 26) * MM
    top, bottom = PAGE_HEIGHT - BODY_TOP, PAGE_HEIGHT - BODY_TOP + 225 * MM
    for page in bulletin():
        found = spans(page)
        assert _overlapping(found) == []
        for s in found:
            if FOOTER.fullmatch(s.text.strip()):  # the page number: 7 mm under the 版心
                assert bottom < s.top and s.bottom < PAGE_HEIGHT - 10 * MM
                continue
            assert left - 1 <= s.x0 and s.x1 <= right + 1, s.text
            assert top - 1 <= s.top and s.bottom <= bottom + 1, s.text
