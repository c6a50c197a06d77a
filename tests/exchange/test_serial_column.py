"""Clerks' sheets begin with a 序号 column (1, 2, 3 …): every registry's import skips it
silently as a known unread column — no refusal, no value read from it — and the report names
the columns it did not read (`unread_columns`), so none is dropped without a word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import petitions as P
from officedesk.core.directory import ROOMS, UNITS
from officedesk.exchange import xlsx
from officedesk.store.models import Room, Unit
from officedesk.store.petitions import Petition

from .builders import build_xlsx

PETITION = {"登记日期": dt.date(2026, 5, 1), "信访形式": "来信", "信访人": "张建国",
            "问题类别": "城乡建设", "反映内容": "路灯不亮"}


def _book(path: Path, headers: list[str], rows: list[list[Any]]) -> Path:
    return build_xlsx(path, [headers, *rows])


@pytest.mark.parametrize("header", ["序号", "序 号", "序号*"])
def test_a_serial_column_first_is_skipped_and_named(db, admin, tmp_path, header):
    path = _book(tmp_path / "units.xlsx", [header, "单位名称", "简称"],
                 [[1, "县委办公室", "县委办"], [2, "县财政局", "财政局"]])
    report = xlsx.import_file(UNITS, path, admin)
    assert report.ok and report.imported == 2
    assert report.unknown_headers == []
    assert report.unread_columns == ["序号"]
    assert report.as_dict()["unread_columns"] == ["序号"]
    assert "未读取的列：序号（表格自身的行号，不导入）。" in report.summary()
    assert sorted(u.name for u in Unit.select()) == ["县委办公室", "县财政局"]


def test_a_serial_column_in_a_petition_sheet(db, admin, tmp_path):
    labels = [f.label for f in P.SPEC.exchange_fields()]
    rows = [[1, *[PETITION.get(label) for label in labels]]]
    path = _book(tmp_path / "petitions.xlsx", ["序号", *labels], rows)
    report = xlsx.import_file(P.SPEC, path, admin)
    assert report.ok and report.imported == 1, report.problems
    assert report.unread_columns == ["序号"]
    assert Petition.select().count() == 1


def test_a_sheet_without_one_reads_every_column(db, admin, tmp_path):
    path = _book(tmp_path / "rooms.xlsx", ["名称", "容量"], [["第一会议室", 60]])
    report = xlsx.import_file(ROOMS, path, admin)
    assert report.ok and report.unread_columns == []
    assert "未读取的列" not in report.summary()
    assert Room.select().count() == 1


def test_an_unknown_column_is_still_refused(db, admin, tmp_path):
    path = _book(tmp_path / "units.xlsx", ["序号", "单位名称", "备注栏"], [[1, "县委办公室", "x"]])
    report = xlsx.import_file(UNITS, path, admin)
    assert report.unknown_headers == ["备注栏"] and not report.ok
    assert Unit.select().count() == 0
