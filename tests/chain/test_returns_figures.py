"""退回 in the 效能 figures: counted per procedure and from step to step, by the period in which
the work was sent back, over the records the actor may see."""

from __future__ import annotations

import datetime as dt

from officedesk.core import steps
from officedesk.core.efficiency import efficiency
from officedesk.core.efficiency.returns import FROM_UNKNOWN
from officedesk.store.chain import StepSign
from tests.chain.test_chain_core import _request, _to_signing


def _returned_at(doc: int, step: str, when: dt.datetime) -> None:
    """The return made (its 办理过程 row, what the figures date it by) and entered at `when`."""
    from officedesk.store.documents import DocStep

    signs = StepSign.select().where((StepSign.record_id == doc) & (StepSign.step == step)
                                    & (StepSign.returned_to != ""))
    DocStep.update(at=when).where(DocStep.id.in_([s.history_id for s in signs])).execute()
    (StepSign.update(at=when).where((StepSign.record_id == doc) & (StepSign.step == step)
                                    & (StepSign.returned_to != "")).execute())


def test_returns_are_counted_per_procedure_and_from_step_to_step(staffed, capsys):
    first = _request(staffed["kuiyuan"])
    _to_signing(first, staffed)
    steps.perform("outgoing", first, "退回", {"退回到": "核稿", "理由": "数字不对"}, staffed["zhuren"])
    _to_signing(first, staffed)
    steps.perform("outgoing", first, "退回", {"退回到": "核稿", "理由": "再核"}, staffed["zhuren"])
    second = _request(staffed["kuiyuan"])
    steps.perform("outgoing", second, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", second, "退回修改", {"理由": "请补充依据"}, staffed["fuzhuren"])
    third = _request(staffed["kuiyuan"])  # sent back last year: not this period
    _to_signing(third, staffed)
    steps.perform("outgoing", third, "退回", {"退回到": "审核", "理由": "旧"}, staffed["zhuren"])
    _returned_at(third, "退回", dt.datetime(2025, 11, 3, 10))
    # a row from before schema 17 knows where it went, not where it came from
    StepSign.create(registry="outgoing", record_id=second, step="退回", mode="退回",
                    returned_to="拟稿", at=dt.datetime(2026, 11, 2, 9))
    signs = {(r.record_id, r.returned_from, r.returned_to)
             for r in StepSign.select().where(StepSign.returned_to != "")}
    assert (first, "签发", "核稿") in signs and (second, "审核", "拟稿") in signs

    figures = efficiency(staffed["zhuren"], dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    back = figures["procedures"]["outgoing"]["returns"]
    assert (back["count"], back["records"], back["previous"], back["last_year"]) == (4, 2, 0, 1)
    assert back["per_100"] == round(100 * 4 / 3, 1)  # three 发文 drafted in November
    assert (back["change_previous"], back["change_last_year"]) == (4, 3)
    assert back["by_step"] == [
        {"from": "签发", "to": "核稿", "count": 2, "records": 1},
        {"from": "审核", "to": "拟稿", "count": 1, "records": 1},
        {"from": FROM_UNKNOWN, "to": "拟稿", "count": 1, "records": 1},
    ]
    one_unit = efficiency(staffed["zhuren"], dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                          unit="信息处")
    assert "outgoing" not in one_unit["procedures"] or \
        one_unit["procedures"]["outgoing"]["returns"]["count"] == 0


def test_the_bulletin_prints_the_returns(staffed, tmp_path):
    import warnings

    from officedesk.printing.efficiency_bulletin import bulletin_tables
    from officedesk.printing.efficiency_forms import compose_bulletin

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pymupdf as fitz

    doc = _request(staffed["kuiyuan"])
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "退回", {"退回到": "核稿", "理由": "数字不对"}, staffed["zhuren"])
    figures = efficiency(staffed["zhuren"], dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    rows = bulletin_tables(figures)["returns:outgoing"]
    assert rows == [["发文", "签发", "核稿", "1", "1"]]
    pdf = compose_bulletin(figures, dt.date(2026, 11, 30)).render()
    (tmp_path / "bulletin.pdf").write_bytes(pdf)
    with fitz.open(stream=pdf, filetype="pdf") as printed:
        text = "".join(page.get_text() for page in printed)
        words = [w[4] for page in printed for w in page.get_text("words")]
    assert "发文退回1次（1件，每百件100次，上期0次，去年同期0次）" in text.replace("\n", "")
    start = words.index("从环节")
    assert words[start:start + 9] == ["从环节", "退回至", "次数", "件数", "发文", "签发", "核稿", "1", "1"]


def test_a_return_for_rereview_comes_from_the_recheck(staffed):
    """退回复审 is made at 复核 (after the chain's last step): its from-step is 复核, recorded
    with the return, and read so for a return recorded before (none then)."""
    doc = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    steps.perform("outgoing", doc, "退回复审", {"理由": "时限与省委文件不一致"}, staffed["wenshu"])
    sign = StepSign.get((StepSign.record_id == doc) & (StepSign.step == "退回复审"))
    assert (sign.returned_from, sign.returned_to) == ("复核", "签发")
    StepSign.create(registry="outgoing", record_id=doc, step="退回复审", mode="退回",
                    returned_to="签发", at=dt.datetime(2026, 11, 3, 9))  # from-step not recorded
    figures = efficiency(staffed["zhuren"], dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert figures["procedures"]["outgoing"]["returns"]["by_step"] == [
        {"from": "复核", "to": "签发", "count": 2, "records": 1}]
