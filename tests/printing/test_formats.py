"""The 文种 picks the format (函 → 信函格式, 纪要 → 纪要格式, 命令（令） → 命令格式, others →
文件格式) and the office may choose otherwise per 文种; `print document` prints each in it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.printing.formats import FORMAT_BY_KIND, office_choices, variant_for
from officedesk.printing.gbt9704 import DocumentData, compose, render_document
from tests.printing.conftest import MM, demo_database, open_pdf, spans


@pytest.mark.parametrize(
    "kind,variant",
    [("函", "letter"), ("纪要", "minutes"), ("命令(令)", "command"), ("命令（令）", "command"),
     ("令", "command"), ("通知", "document"), ("请示", "document"), ("", "document")],
)
def test_default_format_by_kind(kind, variant):
    assert variant_for(kind) == variant


def test_office_setting_overrides_per_kind(db):
    settings.put(FORMAT_BY_KIND.key, "通知=信函格式；函=文件格式\n命令（令）=文件格式")
    assert variant_for("通知") == "letter"
    assert variant_for("函") == "document"
    assert variant_for("命令(令)") == "document"
    assert variant_for("纪要") == "minutes"  # not named: the default


def test_a_bad_setting_says_what_to_write():
    with pytest.raises(ValidationError, match="文种=格式"):
        office_choices("通知=红头格式")
    with pytest.raises(ValidationError):
        office_choices("通知")


def _command() -> DocumentData:
    return DocumentData(
        title="云岭县人民政府令",
        body="《云岭县城市供水管理办法》已经2026年11月20日县人民政府第12次常务会议审议通过，"
        "现予公布，自2027年1月1日起施行。",
        organs=["云岭县人民政府"],
        doc_number="第3号",
        signer_organs=["县长　张建华"],
        date=dt.date(2026, 11, 24),
        variant="command",
    )


def test_command_format_geometry():
    pdf = open_pdf(render_document(_command()))
    page = pdf[0]
    red = [s for s in spans(page) if s.is_red]
    assert [s.text for s in red] == ["云岭县人民政府令"]
    assert red[0].top / MM == pytest.approx(37 + 20, abs=1.5)  # 20 mm under the 版心 top
    number = next(s for s in spans(page) if s.text == "第3号")
    assert (number.x0 + number.x1) / 2 / MM == pytest.approx(28 + 156 / 2, abs=1)
    assert not [d for d in page.get_drawings() if d.get("color") and d["color"][1] < 0.2
                and d["color"][0] > 0.8]  # no red rule
    text = page.get_text()
    assert "云岭县人民政府令" in text and text.count("云岭县人民政府令") == 1  # no title
    sign = next(s for s in spans(page) if s.text == "县长　张建华")
    date = next(s for s in spans(page) if s.text == "2026年11月24日")
    right = (28 + 156) * MM - 4 * 15.78
    assert sign.x1 == pytest.approx(right, abs=3) and date.x1 == pytest.approx(right, abs=3)
    assert date.top - sign.top == pytest.approx(2 * 28.94, abs=2)  # one blank line between
    assert len(compose(_command()).pages) == 1


KINDS = ("通知", "函", "纪要", "命令(令)")


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, bytes]:
    """`print document` of one record of each 文种, from the small demo database the printing
    tests share (conftest.demo_database: made once a run, not once more here)."""
    from officedesk.printing.documents_forms import build_document

    with demo_database(tmp_path_factory.mktemp("formats") / "demo.db", tmp_path_factory):
        return {kind: build_document([_printable(kind)], CLI_ACTOR) for kind in KINDS}


def _printable(kind: str) -> int:
    from officedesk.core.documents import outgoing
    from officedesk.printing.documents_forms import PRINTABLE

    model = outgoing.OUTGOING.model
    rows = list(model.select().where(model.state.in_(PRINTABLE), model.doc_no != ""))
    for row in rows:
        if row.kind == kind:
            return int(row.id)
    row = rows[-1]  # make one of this 文种 (the demo has no 令)
    row.kind = kind
    row.save()
    return int(row.id)


@pytest.mark.parametrize(
    "kind,mark_end,mark_top_mm",
    [("通知", "文件", 37 + 35), ("函", "办公室", 30), ("纪要", "纪要", 37 + 35),
     ("命令(令)", "令", 37 + 20)],
)
def test_print_document_uses_the_format_of_its_kind(printed, kind, mark_end, mark_top_mm):
    page = open_pdf(printed[kind])[0]
    red = [s for s in spans(page) if s.is_red and s.size > 30]
    assert len(red) == 1
    assert red[0].text.endswith(mark_end), red[0].text
    assert red[0].top / MM == pytest.approx(mark_top_mm, abs=1.5)
    numbers = [s for s in spans(page) if s.text.startswith("— ")]
    assert (numbers == []) == (kind == "函")  # 信函格式: no number on page 1
