"""Corrections of an 信息: a 信访科 clerk moved an 已采用 信息's 报送单位 to another unit, which
then led the 信息工作通报's ranking; the 标题/正文 of an item in an issue already 印发 were
rewritten. Corrections are the 信息科's (whoever may 编发) and the administrator's; a scored
item keeps its 报送单位; an item of an issue 印发 takes none (a correction is printed instead)."""

from __future__ import annotations

import pytest

from officedesk.core import info, passwords, records
from officedesk.core.errors import PermissionDeniedError, ValidationError
from officedesk.core.info import periodicals
from tests.staff import make_staff

from .test_chain import STAFF, TODAY


@pytest.fixture
def staff(db, fixed_today, monkeypatch):
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    return make_staff(STAFF)


def test_only_the_info_section_or_the_administrator_corrects_an_item(report, staff, admin):
    item = report()
    for who in ("zxy", "wzy"):  # 秘书科's clerk and chief
        with pytest.raises(PermissionDeniedError, match="更正信息应由管理员或信息科的"):
            records.update(info.SPEC, item.id, {"标题": "改过的标题"}, item.version, staff[who])
    assert info.get(item.id, admin).title == item.title
    item = records.update(info.SPEC, item.id, {"标题": "县林业局开展森林防火检查"}, item.version, staff["ys"])
    assert records.update(info.SPEC, item.id, {"报送单位": "县委办公室"}, item.version, admin).unit == "县委办公室"


def test_a_scored_item_keeps_its_reporting_unit(report, advance, staff, admin):
    item = advance(report(), on=TODAY)  # 编发: a 县级采用 for 县林业局
    for who in (staff["ys"], admin):
        with pytest.raises(ValidationError, match="“报送单位”不能再更正") as caught:
            records.update(info.SPEC, item.id, {"报送单位": "县委办公室"}, item.version, who)
        assert caught.value.field == "unit" and "已已" not in caught.value.message
    assert info.get(item.id, admin).unit == "县林业局"
    # the rest may still be corrected while its issue is being edited
    assert records.update(info.SPEC, item.id, {"标题": "县林业局防火检查"}, item.version,
                          staff["ys"]).title == "县林业局防火检查"


def test_an_item_of_an_issue_sent_out_takes_no_correction(report, advance, staff, admin):
    item = advance(report(), on=TODAY)
    periodicals.publish(item.issue, admin, TODAY)
    for changes in ({"标题": "改过的标题"}, {"正文": "改过的正文。"}):
        for who in (staff["ys"], admin):
            with pytest.raises(PermissionDeniedError, match="已于 2026-11-16 印发.*另发更正"):
                records.update(info.SPEC, item.id, changes, item.version, who)
    again = info.get(item.id, admin)
    assert (again.title, again.content) == (item.title, item.content)
