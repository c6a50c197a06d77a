"""An imported 信息's 得分 is recomputed from its 报送, 采用 and 批示 whatever the sheet's 得分
cell says. A sheet that fills the 得分 column is told so once in the import report (and its
--json) rather than having it dropped silently; a sheet whose 得分 column is empty (the
template's) is told nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE
from officedesk.store.info import InfoItem

from ..exchange.sheets import write_sheet
from .test_report_batch import BASE, _office

SAID = "得分按规则重新计算，表中的得分未导入。"


def _rows(*scores):
    return [{**BASE, "标题": f"{BASE['标题']}（{n}）", "报送时间": dt.datetime(2026, 3, 2, 10, n), "得分": score}
            for n, score in enumerate(scores, 1)]


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_filled_score_column_is_said_once(db, admin, tmp_path, dry_run):
    _office(admin)
    path = write_sheet(info.SPEC, tmp_path / "信息.xlsx", _rows(99, "12", None))
    done = xlsx.import_file(info.SPEC, path, admin, dry_run=dry_run)
    assert done.ok, [str(p) for p in done.problems]
    assert done.summary().count(SAID) == 1, done.summary()
    assert [str(said) for said in done.told()].count(SAID) == 1  # the window's sentences
    assert done.as_dict()["recomputed_not_imported"] == ["得分"]
    if not dry_run:  # recomputed: the 报送 point, not the sheet's 99
        assert not {99, 12} & {i.score for i in InfoItem.select().where(InfoItem.title != "河口镇化工厂泄漏")}


def test_an_empty_score_column_is_not_mentioned(db, admin, tmp_path):
    _office(admin)
    path = write_sheet(info.SPEC, tmp_path / "信息.xlsx", _rows(None, " "))
    done = xlsx.import_file(info.SPEC, path, admin)
    assert done.ok and done.imported == 2, [str(p) for p in done.problems]
    assert "得分" not in done.summary() and "recomputed_not_imported" not in done.as_dict()


def test_an_export_read_back_as_an_update_is_not_told(db, admin, tmp_path):
    """Its 得分 are the office's own (a changed one is refused, naming the cell): nothing to say."""
    _office(admin)
    path = tmp_path / "导出.xlsx"
    xlsx.export(info.SPEC, path, admin)
    done = xlsx.import_file(info.SPEC, path, admin, on_match=MATCH_UPDATE)
    assert done.ok and "得分" not in done.summary(), done.summary()
