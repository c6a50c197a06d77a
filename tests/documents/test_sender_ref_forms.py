"""A 来文字号 is recorded as the sender printed it: a court's 案号 （2026）云0123民初456号 or a
company's YLDL-2026-012 is taken as it comes, while a 党政机关 number written with the wrong
brackets (省委办发[2026]第003号) is still offered its 〔〕 form, and one that is no number at all of
that form (省委办发2026, X委发〔2026〕) is refused. The 发文字号 is the office's own: only the
〔年〕号 form."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import typed_numbers
from officedesk.core.documents import common, incoming
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from tests.exchange.test_import_batch import sheet_of


@pytest.mark.parametrize("ref", ["（2026）云0123民初456号", "(2026)云01民终78号", "YLDL-2026-012",
                                 "国网云南电力函字第12号"])
def test_a_senders_own_number_form_is_recorded_as_printed(office, secretary, ref):
    record = incoming.sign_in({"文种": "函", "来文机关": "县人民法院", "标题": "关于协助执行的函",
                               "来文字号": ref}, secretary)
    assert record.from_ref == typed_numbers.tidy_number(ref)  # only widths made plain, as every number


@pytest.mark.parametrize("ref", ["省委办发2026", "省委办发2026年3号", "X委发〔2026〕", "X委发〔2026〕0号",
                                 "〔2026〕3号"])
def test_a_broken_number_of_the_office_form_is_still_refused(office, secretary, ref):
    with pytest.raises(ValidationError, match="格式不对"):
        incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "x", "来文字号": ref}, secretary)


def test_a_wrongly_bracketed_number_is_still_offered_its_form(office, secretary):
    with pytest.raises(ValidationError, match="是否改为“省委办发〔2026〕3号”"):
        incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "x", "来文字号": "省委办发[2026]第003号"},
                         secretary)


def test_the_outgoing_number_keeps_the_office_form(office):
    with pytest.raises(ValidationError, match="格式不对"):
        common.check_wenhao("发文字号")("YLDL-2026-012")


def test_an_import_takes_a_court_number(office, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))
    path = sheet_of(tmp_path / "收文.xlsx", [
        {"收文日期": "2026-03-01", "来文机关": "县人民法院", "来文字号": "（2026）云0123民初456号",
         "标题": "协助执行通知书", "文种": "通知"},
    ], ["收文日期", "来文机关", "来文字号", "标题", "文种"])
    result = xlsx.import_file(INCOMING, path, admin)
    assert result.ok and result.imported == 1, result
    record = INCOMING.model.get()
    assert record.from_ref == "(2026)云0123民初456号"
