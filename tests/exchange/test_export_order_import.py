"""An exported register lists its records newest first (收〔2026〕3号, 2号, 1号). Imported into
another office (a new computer, an office that starts afresh), its typed 收文编号 were taken in
the order of the file: every row but one “跳过了 N 个号”. When every row brings a number of the
registry's own form, they are taken in number order; problems are listed in the sheet's order."""

from __future__ import annotations

import datetime as dt

from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import xlsx
from officedesk.store.documents import IncomingDoc

from .builders import build_xlsx

HEADER = ["收文编号", "收文日期", "来文机关", "来文字号", "标题", "文种"]


def _row(n: int) -> list[object]:
    return [f"收〔2026〕{n}号", dt.date(2026, 3, n), "县公安局", f"云公发〔2026〕{n}号", f"通知{n}", "通知"]


def test_a_register_listed_newest_first_imports_into_a_new_office(db, admin, tmp_path):
    path = build_xlsx(tmp_path / "收文.xlsx", [HEADER, _row(3), _row(2), _row(1)])
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]
    docs = list(IncomingDoc.select().order_by(IncomingDoc.id))
    assert [d.receive_no for d in docs] == ["收〔2026〕1号", "收〔2026〕2号", "收〔2026〕3号"]
    assert [d.title for d in docs] == ["通知1", "通知2", "通知3"]


def test_a_gap_is_still_refused_and_problems_come_in_row_order(db, admin, tmp_path):
    bad = _row(2)
    bad[5] = "不是文种"
    path = build_xlsx(tmp_path / "收文.xlsx", [HEADER, _row(4), _row(3), bad, _row(1)])
    report = xlsx.import_file(INCOMING, path, admin, dry_run=True)
    rows = [p.row for p in report.problems]
    assert rows == sorted(rows) and 4 in rows  # 2号 refused: 3号 and 4号 jump past it
    assert any("跳过了" in str(p.reason) for p in report.problems)
