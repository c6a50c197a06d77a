"""保密 of a 信息's 领导批示 brought by `add` or import (core.info.exchange.parsed_row): its
leaders are the people the row names, refused below the item's 密级 in the words of the other
named fields (core.cleared_names) — on `add`, on both import paths, and the 批示 step alike; a
name that is no user of the program is named. 采用情况 names periodicals, not people."""

from __future__ import annotations

import openpyxl
import pytest

from officedesk.core import info
from officedesk.store.info import InfoAction, InfoItem
from tests.cli_office import Office, office, with_users  # noqa: F401 (the fixture)

from ..exchange.sheets import write_sheet

ROW = {"标题": "机密信息", "报送单位": "县林业局", "类别": "工作动态", "正文": "近日开展防火检查。",
       "报送时间": "2026-11-10 09:00", "密级": "机密", "状态": "已编发", "编发期号": "每日要情 2026年第3期"}


@pytest.fixture
def low(office, monkeypatch):  # noqa: F811
    return with_users(office, monkeypatch, ("low", "吕小低", "领导", "秘密"), ("mid", "徐明", "领导", "机密"))


def _pairs(row: dict[str, str]) -> list[str]:
    return [f"{k}={v}" for k, v in row.items()]


def test_add_refuses_an_uncleared_instructing_leader(low: Office):
    _out, err = low("add", "info", *_pairs(ROW), "领导批示=吕小低（2026-11-12）：阅", code=1)
    assert "这件的密级为机密，领导批示吕小低（秘密）的密级权限低于它" in err
    assert InfoItem.select().count() == 0 and InfoAction.select().count() == 0
    low("add", "info", *_pairs(ROW), "领导批示=徐明（2026-11-12）：阅")
    low("add", "info", *_pairs({**ROW, "标题": "另一件"}), "领导批示=县长 王振国（2026-11-12）：阅")
    assert InfoAction.select().where(InfoAction.kind == "批示").count() == 2


@pytest.mark.parametrize("followup", [False, True])
def test_import_refuses_an_uncleared_instructing_leader(low: Office, tmp_path, followup):
    rows = [{**ROW, "领导批示": "徐明（2026-11-12）：阅"},
            {**ROW, "标题": "机密信息二", "领导批示": "吕小低（2026-11-12）：阅"}]
    if followup:  # the batch's check is never reached (采用和批示 go one by one): both read one row
        rows[1] = {**rows[1], "状态": None, "编发期号": None, "领导批示": None}
    sheet = write_sheet(info.SPEC, tmp_path / "i.xlsx", rows)
    if followup:
        book = openpyxl.load_workbook(sheet)
        labels = [c.value for c in book.active[1]]
        book.active.cell(3, labels.index("领导批示") + 1, "吕小低（2026-11-12）：阅")
        book.active.cell(3, labels.index("状态") + 1, "已编发")
        book.active.cell(3, labels.index("编发期号") + 1, "每日要情 2026年第4期")
        book.save(sheet)
    out, err = low("import", "info", str(sheet), code=1)
    assert "领导批示吕小低（秘密）的密级权限低于它" in out + err
    assert InfoItem.select().count() == 0
