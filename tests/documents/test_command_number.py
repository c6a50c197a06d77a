"""A 令 is numbered in a sequence of its own (令号, GB/T 9704 §10.2): the first 令 is 第1号
whatever 发文字号 went before it, and the 发文字号 go on without it; its prefix is an office
setting (by default the 机关代字 and 令)."""

from __future__ import annotations

from officedesk.core import settings
from officedesk.core.documents import doc_rules, outgoing
from officedesk.printing.outgoing_document import document_data

from .helpers import outgoing_to_rechecked


def _numbered(actor, **overrides):
    record = outgoing_to_rechecked(actor, **overrides)
    return outgoing.assign_number(record.id, record.version, actor)


def test_the_first_command_is_number_one_and_the_document_numbers_go_on(office, secretary):
    first = _numbered(secretary)
    second = _numbered(secretary)
    assert (first.doc_no, second.doc_no) == ("某委办发〔2026〕1号", "某委办发〔2026〕2号")
    command = _numbered(secretary, 文种="命令(令)", 标题="关于授予某某同志荣誉称号的命令")
    assert command.doc_no == "某委办令〔2026〕1号"
    assert document_data(command).doc_number == "第1号"
    assert _numbered(secretary).doc_no == "某委办发〔2026〕3号"  # the 令 took none of them
    assert _numbered(secretary, 文种="命令(令)").doc_no == "某委办令〔2026〕2号"


def test_the_command_prefix_is_a_setting(office, secretary):
    settings.put(doc_rules.COMMAND_PREFIX.key, "某市人民政府令")
    assert _numbered(secretary, 文种="命令(令)").doc_no == "某市人民政府令〔2026〕1号"
