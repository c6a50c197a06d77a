"""传阅人 typed or pasted padded to align them (王　伟、李　娜, a zero-width space from Word): the
readers are the people named, as every field naming a person stores them — the 传阅人 box is one
text split into names, which nothing tidied. Stored 王　伟, the leader 王伟 was not the reader
holding it (no 阅 offered to him, 阅 by his name refused)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError
from tests.documents.test_circulation_rules import _instructed


@pytest.fixture
def instructed(office, secretary, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    return _instructed(secretary)


def test_padded_readers_are_the_people_named(instructed, secretary):
    steps.perform("incoming", instructed.id, "传阅",
                  {"传阅人": "王\u3000伟、李\u200b娜、\u3000赵敏", "传阅方式": "同时分送"}, secretary)
    record = records.get(incoming.INCOMING, instructed.id, secretary)
    assert [e.reader for e in incoming.circulation(record.id, CLI_ACTOR)] == ["王伟", "李娜", "赵敏"]
    record = incoming.mark_read(record.id, record.version, secretary, "王\u3000伟")
    assert [e.reader for e in incoming.circulation(record.id, CLI_ACTOR) if e.read_at] == ["王伟"]


def test_a_padded_name_typed_twice_is_one_reader_typed_twice(instructed, secretary):
    with pytest.raises(ValidationError, match="王伟重复填写"):
        incoming.circulate(instructed.id, instructed.version, secretary, ["王伟", "王\u3000伟"])

