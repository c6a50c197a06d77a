"""Rules between settings (settings.between) and the bounds of the two that needed them: 告警
needs more lag than 预警, and automatic seating has at least one seat on the podium."""

from __future__ import annotations

import json

import pytest

from officedesk.core import registry, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.models import AppSetting, AuditEntry

registry.load_all()  # every registry declares its settings

WARN, ALERT = "supervision.light.lag_warn", "supervision.light.lag_alert"


def _setting_entries() -> int:
    return AuditEntry.select().where(AuditEntry.registry == "settings").count()


@pytest.mark.parametrize(("key", "value"), [(ALERT, 5), (ALERT, 10), (WARN, 30), (WARN, 45)])
def test_alert_must_stay_above_warning_whichever_is_changed(db, key, value):
    entries = _setting_entries()
    with pytest.raises(ValidationError, match="告警灯.*须大于.*预警灯") as refused:
        settings.put(key, value, CLI_ACTOR)
    assert refused.value.field == key
    assert (settings.get(WARN), settings.get(ALERT)) == (10, 30)  # nothing saved
    assert _setting_entries() == entries


def test_both_moved_together_in_either_order(db):
    settings.put_many({WARN: 40, ALERT: 60}, CLI_ACTOR)  # 40 alone would pass the old 告警 30
    assert (settings.get(WARN), settings.get(ALERT)) == (40, 60)
    settings.put_many({ALERT: 20, WARN: 5}, CLI_ACTOR)
    assert (settings.get(WARN), settings.get(ALERT)) == (5, 20)
    with pytest.raises(ValidationError):
        settings.put_many({"deadlines.due_soon_days": 7, ALERT: 5, WARN: 5}, CLI_ACTOR)
    assert settings.get("deadlines.due_soon_days") == 3  # all or nothing
    settings.put(ALERT, 6, CLI_ACTOR)  # above 5: fine
    assert settings.get(ALERT) == 6


@pytest.mark.parametrize("value", [0, -1, 100])
def test_the_podium_has_one_seat_at_least(db, value):
    with pytest.raises(ValidationError, match="主席台最多人数.*应在 1 到 99 之间"):
        settings.put("meetings.podium.max", value, CLI_ACTOR)
    settings.put("meetings.podium.max", 1, CLI_ACTOR)
    assert settings.get("meetings.podium.max") == 1


def test_a_podium_of_none_kept_before_reads_as_the_default(db):
    """0 kept before the bound is refused as any value out of it: the default 9, not the bound
    stretched to (`check` names it, test_settings_refused)."""
    from officedesk.core.meetings.seating import podium_size

    AppSetting.insert(key="meetings.podium.max", value=json.dumps(0)).execute()
    settings.forget_cache()

    class Meeting:
        podium_count = 0

    assert podium_size(Meeting(), 12) == 9  # the declared default, as `check` says


def test_the_command_line_refuses_with_the_rule(tmp_path, monkeypatch, capsys):
    from officedesk import cli

    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Geheim2026x")
    db = str(tmp_path / "o.db")
    assert cli.main(["init", "--org", "某办", "--code", "某委办", "--db", db]) == 0
    capsys.readouterr()
    assert cli.main(["settings", ALERT, "5", "--db", db]) == 1
    assert "须大于" in capsys.readouterr().err
    assert cli.main(["settings", "meetings.podium.max", "0", "--db", db]) == 1
    assert "1 到 99" in capsys.readouterr().err
