"""The 信息工作通报's period as `print info-ranking` takes it: --year and --from/--to are one or
the other (--year was dropped without a word when --from came with it, and the 通报 printed
another period than the year asked for); --to alone runs from the first of its year (it was
refused saying --to was earlier than a --from nobody gave, when its year was not this one)."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk import declared_settings
from officedesk.core import settings
from officedesk.core.errors import ValidationError
from officedesk.printing import forms


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


@pytest.fixture
def build(db, admin, fixed_today, report, advance):
    declared_settings.declare_all()
    fixed_today(dt.date(2026, 4, 3))
    settings.put("org.name", "中共云岭县委办公室")
    report(unit="县教育局", reported_at="2025-05-06 09:00")
    return lambda **options: forms.get("info-ranking").build([], admin, **options)


def test_a_year_and_a_period_together_are_refused(build):
    with pytest.raises(ValidationError, match="--year"):
        build(year=2025, date_from="2026-01-01")
    with pytest.raises(ValidationError, match="--year"):
        build(year="2025", date_to="2025-06-30")


def test_to_alone_runs_from_the_first_of_its_year(build):
    text = _text(build(date_to="2025-06-30"))
    assert "2025年1月1日至2025年6月30日" in text
    assert "县教育局" in text


def test_the_ranking_window_names_the_days_it_counts(db, admin, qtbot, fixed_today, tmp_path):
    """A period still running is counted up to today: the window's period said 2026-12-31 over
    the line “截至2026年7月1日” (probe59); a period ended shows its end."""
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.info.dialogs import RankingDialog

    fixed_today(dt.date(2026, 7, 1))
    ctx = AppContext(admin, "test.db", QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat))
    dialog = RankingDialog(ctx, lambda *a, **k: None)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "2026-01-01 — 2026-07-01"
    dialog.part.setCurrentIndex(1)  # 第一季度: over
    assert dialog.summary.text() == "2026-01-01 — 2026-03-31"
