"""Whole-number settings keep within their bounds: a negative number of days, seats or
attempts means nothing (and a huge one overflows the arithmetic that reads it)."""

from __future__ import annotations

import json

import pytest

from officedesk.core import registry, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.models import AppSetting

registry.load_all()  # every registry declares its settings


@pytest.mark.parametrize("value", [-3, 0, 10**9])
def test_an_out_of_range_whole_number_is_refused(db, value):
    with pytest.raises(ValidationError, match="传阅每人持有时限.*应在 1 到 365 之间"):
        settings.put("documents.circulation_days", value, CLI_ACTOR)
    assert settings.get("documents.circulation_days") == 2


def test_zero_is_a_number_where_it_means_something(db):
    settings.put("deadlines.due_soon_days", 0, CLI_ACTOR)  # no 临期 warning at all
    assert settings.get("deadlines.due_soon_days") == 0


def test_a_value_kept_before_the_bounds_reads_as_the_default(db):
    """Not stretched to the bound (-3 read as 1): a limit nobody chose (test_settings_refused)."""
    AppSetting.insert(key="documents.circulation_days", value=json.dumps(-3)).execute()
    settings.forget_cache()
    assert settings.get("documents.circulation_days") == 2


def test_every_whole_number_setting_has_its_default_within_its_bounds():
    whole = [s for s in settings.declared() if s.kind is int]
    assert {"security.lockout_attempts", "deadlines.due_soon_days"} <= {s.key for s in whole}
    for setting in whole:
        assert setting.minimum <= setting.default <= setting.maximum, setting.key


def test_the_organ_name_is_bounded_to_a_real_organ_s_length(db):
    """200 characters were taken and printed the 发文机关标志 too small to read; 40 print legibly."""
    settings.put("org.name", "中共某某县委办公室", CLI_ACTOR)
    with pytest.raises(ValidationError, match="机关名称最多 40 个字，现在是 41 个"):
        settings.put("org.name", "某" * 41, CLI_ACTOR)
    assert settings.get("org.name") == "中共某某县委办公室"
    settings.put("org.name", "中国共产党某某壮族苗族自治州某某各族自治县委员会办公室", CLI_ACTOR)
    # a longer name kept from before the bound is read as it is, not dropped from every paper
    AppSetting.update(value=json.dumps("某" * 60)).where(AppSetting.key == "org.name").execute()
    settings.forget_cache()
    assert settings.get("org.name") == "某" * 60
