"""Two administrators with the 系统设置 open: the second's 保存 must not put back, without a
word, what the first saved meanwhile. `put_many(..., expected=)` refuses a setting changed since
it was read (StaleRecordError, nothing saved); settings nobody else touched are saved."""

from __future__ import annotations

import pytest

from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import StaleRecordError
from officedesk.store.models import AppSetting


def _stored(key: str):
    row = AppSetting.get_or_none(AppSetting.key == key)
    return None if row is None else row.value


def test_a_setting_changed_since_it_was_read_is_refused_and_nothing_saved(db):
    seen = {"org.name": settings.get("org.name"), "org.code": settings.get("org.code")}
    settings.put("org.name", "中共云岭县委办公室", CLI_ACTOR)  # the other administrator
    with pytest.raises(StaleRecordError, match="机关名称"):
        settings.put_many({"org.name": "中共某某县委办公室", "org.code": "某委办"}, CLI_ACTOR,
                          expected=seen)
    settings.forget_cache()
    assert settings.get("org.name") == "中共云岭县委办公室"
    assert settings.get("org.code") == seen["org.code"]  # not half saved


def test_settings_nobody_changed_meanwhile_are_saved(db):
    seen = {"org.code": settings.get("org.code")}
    settings.put("org.name", "中共云岭县委办公室", CLI_ACTOR)  # another setting: no conflict
    settings.put_many({"org.code": "云委办"}, CLI_ACTOR, expected=seen)
    settings.forget_cache()
    assert (settings.get("org.code"), settings.get("org.name")) == ("云委办", "中共云岭县委办公室")


def test_without_expected_values_a_save_is_as_before(db):
    settings.put("org.code", "甲委办", CLI_ACTOR)
    settings.put_many({"org.code": "乙委办"}, CLI_ACTOR)
    assert _stored("org.code") == '"乙委办"'
