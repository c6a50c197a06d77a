"""A row that gives its 编号 stands for the record of that 编号, and for no other: when none the
reader may see has it (a number above his clearance, or one never issued), an import --update
does not take the row for another record its natural key (信息: 报送单位＋标题) happens to fit —
that one has a 编号 of its own. It was updated with the row meant for the other: a 公开 clerk's
row of a 秘密 信息 wrote over the 非密 one of the same unit and title."""

from __future__ import annotations

from pathlib import Path

from officedesk.core import info
from officedesk.core.actor import Actor
from officedesk.exchange import xlsx
from officedesk.exchange.writing import export_values
from tests.exchange.sheets import write_sheet

K0 = Actor(username="k0", role="clerk", clearance=0, display_name="公开科员")
ITEM = {"标题": "县教育局推进课后服务", "报送单位": "县教育局", "报送人": "王海", "类别": "工作动态",
        "正文": "县教育局推进课后服务，覆盖全部城区学校。", "报送时间": "2026-03-02 09:00"}


def _item(admin, **values):
    return info.SPEC.create_hook({**ITEM, **values}, admin)


def _row(admin, record, **changed):
    fields = info.SPEC.exchange_fields()
    row = dict(zip([f.label for f in fields], export_values(info.SPEC, record, admin, fields=fields),
                   strict=True))
    return {**row, **changed}


def _update(tmp_path, actor, row):
    path = write_sheet(info.SPEC, Path(tmp_path / "信息.xlsx"), [row])
    return xlsx.import_file(info.SPEC, path, actor, on_match="update")


def test_a_row_of_a_number_above_the_clearance_updates_no_look_alike(db, admin, tmp_path):
    seen = _item(admin)
    hidden = _item(admin, 密级="秘密", 报送人="李娜")
    assert (seen.unit, seen.title) == (hidden.unit, hidden.title) and seen.number != hidden.number
    row = _row(admin, seen, 信息编号=hidden.number, 报送人="改写的人")
    report = _update(tmp_path, K0, row)
    assert report.updated == [] and report.problems
    [problem] = report.problems
    assert f"没有信息编号为“{hidden.number}”的信息（或您无权查看）" in problem.reason
    assert info.SPEC.model.get_by_id(seen.id).reporter == "王海"
    assert info.SPEC.model.get_by_id(hidden.id).reporter == "李娜"
    # the administrator, who sees it, updates the record of that number
    report = _update(tmp_path, admin, row)
    assert [u.record_id for u in report.updated] == [hidden.id]
    assert info.SPEC.model.get_by_id(seen.id).reporter == "王海"


def test_a_row_of_a_number_never_issued_updates_no_look_alike(db, admin, tmp_path):
    seen = _item(admin)
    row = _row(admin, seen, 信息编号="信息〔2026〕999号", 报送人="改写的人")
    report = _update(tmp_path, admin, row)
    assert report.updated == []
    assert "没有信息编号为“信息〔2026〕999号”的信息" in report.problems[0].reason
    assert info.SPEC.model.get_by_id(seen.id).reporter == "王海"


def test_a_row_without_a_number_is_still_found_by_its_natural_key(db, admin, tmp_path):
    seen = _item(admin)
    report = _update(tmp_path, admin, _row(admin, seen, 信息编号=None, 报送人="改写的人"))
    assert [u.record_id for u in report.updated] == [seen.id] and not report.problems
    assert info.SPEC.model.get_by_id(seen.id).reporter == "改写的人"


def test_look_alikes_numbered_otherwise_are_not_asked_between(db, admin, tmp_path):
    """Two of the same unit and title, neither of the row's 编号: not “无法确定是哪一件”."""
    first = _item(admin)
    _item(admin, 报送人="李娜")
    report = _update(tmp_path, admin, _row(admin, first, 信息编号="信息〔2026〕999号"))
    assert report.updated == [] and "无法确定" not in report.problems[0].reason
    assert "没有信息编号为“信息〔2026〕999号”的信息" in report.problems[0].reason
