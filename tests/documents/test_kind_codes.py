"""A 文种 given a 代字 of its own (函=某委办函) is numbered in that 代字's sequence, from 1 each
year; the other 文种 go on in the 机关代字's 发 sequence without it. The setting says what is
wrong with a line that cannot be read as “文种=代字”."""

from __future__ import annotations

import pytest

from officedesk.core import settings
from officedesk.core.documents import doc_rules, kind_codes, outgoing
from officedesk.core.errors import ValidationError

from .helpers import outgoing_to_rechecked


def _numbered(actor, **overrides):
    record = outgoing_to_rechecked(actor, **overrides)
    return outgoing.assign_number(record.id, record.version, actor)


def test_a_kind_with_its_own_code_is_numbered_apart(office, secretary, admin):
    assert _numbered(secretary, 文种="函").doc_no == "某委办发〔2026〕1号"  # none set: the 发 sequence
    settings.put(kind_codes.KIND_CODES.key, "函=某委办函\n纪要 ＝ 某委办纪", admin)
    assert _numbered(secretary, 文种="函").doc_no == "某委办函〔2026〕1号"
    assert _numbered(secretary).doc_no == "某委办发〔2026〕2号"  # a 通知: on from the 发 sequence
    assert _numbered(secretary, 文种="函").doc_no == "某委办函〔2026〕2号"
    assert _numbered(secretary, 文种="纪要").doc_no == "某委办纪〔2026〕1号"


@pytest.mark.parametrize(("value", "words"), [
    ("函", "每行写一个“文种=代字”"),
    ("函=", "每行写一个“文种=代字”"),
    ("信函=某委办函", "不是公文的文种"),
    ("命令(令)=某令", "令号另有设置"),
    ("函=某委办函\n函=某委办信", "写了两次"),
    ("函=某委办函〔", "只写代字"),
    ("函=某委办 函", "只写代字"),
    ("函=" + "委" * 13, "最多 12 个字"),
])
def test_a_line_that_is_not_a_kind_and_its_code_is_refused(office, admin, value, words):
    with pytest.raises(ValidationError) as refused:
        settings.put(kind_codes.KIND_CODES.key, value, admin)
    assert words in refused.value.message
    assert kind_codes.codes() == {}  # nothing kept


def test_blank_lines_are_left_out(office, admin):
    settings.put(kind_codes.KIND_CODES.key, "\n 函 = 某委办函 \n\n", admin)
    assert kind_codes.codes() == {"函": "某委办函"}


def test_a_typed_number_of_a_kinds_own_code_written_another_way_is_refused(office, secretary, admin):
    """Before any 函 is numbered under its code, 某委办函[2026]1号 is the next 函's number written
    another way, not a number of another form: the next 函 would be given it again."""
    from officedesk.core.errors import OfficeDeskError

    settings.put(kind_codes.KIND_CODES.key, "函=某委办函", admin)
    record = outgoing_to_rechecked(secretary, 文种="函")
    with pytest.raises(OfficeDeskError) as refused:
        outgoing.assign_number(record.id, record.version, secretary, manual="某委办函[2026]1号")
    assert "某委办函〔2026〕1号" in refused.value.message


def test_a_typed_number_of_a_kinds_own_code_with_a_space_is_refused(office, secretary, admin):
    """某委办函 〔2026〕1号 (a space after the 代字) before any 函 is numbered under its code: the
    code is the office's own as the 机关代字 is, so the space is read as a slip, not as a number of
    another form — taken as it came, the next 函 would be given 某委办函〔2026〕1号 again."""
    from officedesk.core.errors import OfficeDeskError

    settings.put(kind_codes.KIND_CODES.key, "函=某委办函", admin)
    record = outgoing_to_rechecked(secretary, 文种="函")
    with pytest.raises(OfficeDeskError) as refused:
        outgoing.assign_number(record.id, record.version, secretary, manual="某委办函 〔2026〕1号")
    assert "某委办函〔2026〕1号" in refused.value.message


def test_a_code_that_is_the_command_prefix_is_refused(office, admin):
    """The 令号 runs apart (GB/T 9704 §10.2): a 文种 numbered under the 令号's 代字 would take
    numbers out of it, and the next 令 would skip them — refused whichever of the two is set."""
    with pytest.raises(ValidationError) as refused:
        settings.put(kind_codes.KIND_CODES.key, "函=某委办令", admin)  # the 令号's default
    assert "令号" in refused.value.message
    settings.put(kind_codes.KIND_CODES.key, "函=某委办函", admin)
    with pytest.raises(ValidationError) as refused:
        settings.put(doc_rules.COMMAND_PREFIX.key, "某委办函", admin)
    assert "令号" in refused.value.message
    assert kind_codes.codes() == {"函": "某委办函"} and not settings.get(doc_rules.COMMAND_PREFIX.key)
