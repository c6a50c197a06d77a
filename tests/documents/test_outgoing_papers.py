"""The printed 发文 (公文 and 发文稿纸): a 命令's 签发人职务, the 附件说明's numbering."""

from __future__ import annotations

import pymupdf
import pytest

from officedesk.core import positions, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import forms
from officedesk.printing.outgoing_document import document_data
from officedesk.printing.outgoing_draft import outgoing_attachments
from tests.documents.helpers import outgoing_to_distributed


def _words(pdf: bytes) -> list[list[tuple]]:
    with pymupdf.open(stream=pdf) as doc:
        return [page.get_text("words") for page in doc]


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf) as doc:
        return "".join("".join(page.get_text().split()) for page in doc)


def test_a_command_names_its_signer_with_the_post_of_his_user(office, secretary):
    """GB/T 9704 §7.3.5.3: a 令 carries the 签发人职务 with his name; a signer who is a user of
    the program with a post (not in the 通讯录) signs in that post, as 信息 签发 takes it."""
    record = outgoing_to_distributed(secretary, 文种="命令(令)")  # 签发 by 王建国
    users.create_user("wangjg", "pass1234", "leader", CLI_ACTOR, display_name="王建国")
    positions.set_post("wangjg", CLI_ACTOR, unit="", position="主任")
    assert document_data(record).signer_organs == ["主任　王建国"]
    pages = _words(forms.get("document").build([record.id], secretary))
    lines = [w for page in pages for w in page if "王建国" in w[4]]
    assert [w[4] for w in lines] == ["主任　王建国"]  # his 职务 on his line, before his name


@pytest.mark.parametrize("typed", ["1.", "1、", "1．", "（1）", "(1)", "①", "1. ", "一、"])
def test_a_typed_attachment_number_is_not_numbered_again(typed):
    class Record:
        attachment_note = (f"{typed}云岭县2027年度发文计划表\n"
                           f"{typed.replace('1', '2').replace('①', '②').replace('一', '二')}"
                           "云岭县2027年度会议计划表（草案）")

    assert outgoing_attachments(Record()) == ["云岭县2027年度发文计划表", "云岭县2027年度会议计划表（草案）"]


def test_an_attachment_title_starting_with_a_year_keeps_it():
    class Record:
        attachment_note = "2027年度发文计划表\n1.5万元以下项目清单"

    assert outgoing_attachments(Record()) == ["2027年度发文计划表", "1.5万元以下项目清单"]


def test_a_title_beginning_with_two_numerals_keeps_them():
    """一、二季度… names the first and second quarters: no list number to strip."""
    class Record:
        attachment_note = "一、二季度全县经济运行情况分析\n三、四季度重点工作安排\n一、全年工作总结"

    assert outgoing_attachments(Record()) == ["一、二季度全县经济运行情况分析", "三、四季度重点工作安排",
                                              "全年工作总结"]


def test_the_document_and_the_draft_number_the_attachments_once(office, secretary):
    record = outgoing_to_distributed(
        secretary, 附件说明="1.云岭县2027年度发文计划表\n2.云岭县2027年度会议计划表（草案）")
    document = _text(forms.get("document").build([record.id], secretary))
    assert "附件：1.云岭县2027年度发文计划表2.云岭县2027年度会议计划表（草案）" in document
    assert "1.1." not in document and "2.2." not in document
    draft = _text(forms.get("outgoing-draft").build([record.id], secretary))
    assert "附件1.云岭县2027年度发文计划表2.云岭县2027年度会议计划表（草案）" in draft
    assert "1.1." not in draft
