"""The 全宗号 begins every 档号 (Z107-WS·2026-Y-0001, parts joined by “-”): one typed with a space
or a hyphen (X 1, Z-107) was stored and made 档号 that read as other parts or broke the 归档章.
DA/T 13 gives it as letters and digits (four, as Z107): refused otherwise, in the settings and in
an 归档 step that names its own; one kept from before reads as it is."""

from __future__ import annotations

import json

import pytest

from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import archive  # noqa: F401 - declares the check
from officedesk.core.errors import ValidationError
from officedesk.store.models import AppSetting


@pytest.mark.parametrize("typed", ["X 1", "Z-107", "Z·107", "全宗一", "Z1070000X"])
def test_a_fonds_that_breaks_the_archive_number_is_refused(db, typed):
    with pytest.raises(ValidationError, match="全宗号只写字母和数字"):
        settings.put("org.fonds", typed, CLI_ACTOR)


@pytest.mark.parametrize("code", ["Z107", "0012", "J001", "z021"])
def test_real_fonds_are_taken(db, code):
    settings.put("org.fonds", code, CLI_ACTOR)
    assert settings.get("org.fonds") == code


def test_one_kept_from_before_reads_as_it_is(db):
    AppSetting.replace(key="org.fonds", value=json.dumps("X 1")).execute()
    settings.forget_cache()
    assert settings.get("org.fonds") == "X 1"


def test_an_archive_step_naming_its_own_fonds_is_checked_too(office, secretary):
    from officedesk.core.documents.archive import archive as archive_step
    from officedesk.store.documents import ArchiveItem

    from .helpers import incoming_to_done

    record = incoming_to_done(secretary)
    with pytest.raises(ValidationError, match="全宗号只写字母和数字"):
        archive_step("incoming", record.id, record.version, secretary, "永久", "BGS", fonds="Z-107")
    assert ArchiveItem.select().count() == 0
