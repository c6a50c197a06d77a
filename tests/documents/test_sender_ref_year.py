"""A 来文字号's year cannot be later than the day the document was received (defect: a 收文 of
2025-12-30 with 省委办发〔2026〕3号 was taken without a word): the same refusal for 签收 / add,
an edit and an import."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records
from officedesk.core.documents import incoming
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from tests.exchange.test_import_batch import sheet_of

RAW = {"文种": "通知", "来文机关": "省委办公厅", "标题": "关于甲的通知"}


@pytest.mark.parametrize("ref", ["省委办发〔2026〕3号", "（2026）云0123民初456号"])
def test_a_senders_number_of_a_later_year_is_refused(office, secretary, fixed_today, ref):
    fixed_today(dt.date(2026, 1, 5))
    with pytest.raises(ValidationError, match="来文字号.*2026 年.*收文日期.*2025-12-30.*核对"):
        incoming.sign_in({**RAW, "收文日期": "2025-12-30", "来文字号": ref}, secretary)


def test_a_senders_number_of_the_same_or_an_earlier_year_is_taken(office, secretary, fixed_today):
    fixed_today(dt.date(2026, 1, 5))
    same = incoming.sign_in({**RAW, "收文日期": "2025-12-30", "来文字号": "省委办发〔2025〕3号"}, secretary)
    earlier = incoming.sign_in({**RAW, "收文日期": "2026-01-04", "来文字号": "省委办发〔2025〕4号"}, secretary)
    free = incoming.sign_in({**RAW, "收文日期": "2025-12-30", "来文字号": "YLDL-2026-012"}, secretary)
    assert (same.from_ref, earlier.from_ref, free.from_ref) == (
        "省委办发〔2025〕3号", "省委办发〔2025〕4号", "YLDL-2026-012")


def test_an_edit_is_held_to_the_same_rule(office, secretary, fixed_today):
    fixed_today(dt.date(2026, 1, 5))
    record = incoming.sign_in({**RAW, "收文日期": "2026-01-04", "来文字号": "省委办发〔2026〕3号"}, secretary)
    with pytest.raises(ValidationError, match="来文字号.*2026 年.*收文日期"):
        records.update(INCOMING, record.id, {"收文日期": "2025-12-30"}, record.version, secretary)
    with pytest.raises(ValidationError, match="来文字号.*2027 年.*收文日期"):
        records.update(INCOMING, record.id, {"来文字号": "省委办发〔2027〕3号"}, record.version, secretary)


def test_an_import_is_held_to_the_same_rule(office, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 1, 5))
    path = sheet_of(tmp_path / "收文.xlsx", [
        {"收文日期": "2025-12-30", "来文机关": "省委办公厅", "来文字号": "省委办发〔2026〕3号",
         "标题": "关于甲的通知", "文种": "通知"},
    ], ["收文日期", "来文机关", "来文字号", "标题", "文种"])
    result = xlsx.import_file(INCOMING, path, admin)
    assert not result.ok and result.imported == 0
    assert "收文日期" in str(result) and "2026 年" in str(result)
