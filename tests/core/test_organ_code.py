"""The 机关代字 (org.code) makes every 发文字号: the program adds 发 (云委办 → 云委办发〔2026〕1号).
Typed with its 发 (云委办发), or as a whole number, it was stored, and the next 发文 was numbered
云委办发发〔2026〕1号. Refused, saying what to type; a 代字 kept from before is read as it is."""

from __future__ import annotations

import json

import pytest

from officedesk.core import numbering, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.models import AppSetting


@pytest.mark.parametrize(("typed", "says"), [
    ("云委办发", "请填写“云委办”"),
    ("云委办发〔2026〕1号", "只写代字"),
    ("云 委办", "只写代字"),
    ("云委办2026", "只写代字"),
    ("云" * 11, "最多 10 个字"),
])
def test_a_code_that_would_make_wrong_numbers_is_refused(db, typed, says):
    settings.put("org.code", "云委办", CLI_ACTOR)
    with pytest.raises(ValidationError, match=says):
        settings.put("org.code", typed, CLI_ACTOR)
    assert numbering.default_prefix("outgoing") == "云委办发"


@pytest.mark.parametrize("code", ["云委办", "国", "X委办", "云政办", "中办"])
def test_real_codes_are_taken(db, code):
    settings.put("org.code", code, CLI_ACTOR)
    assert numbering.default_prefix("outgoing") == f"{code}发"


def test_one_kept_from_before_is_read_as_it_is(db):
    AppSetting.replace(key="org.code", value=json.dumps("云委办发")).execute()
    settings.forget_cache()
    assert settings.get("org.code") == "云委办发"
