"""A typed number is the number it reads as: full-width digits (and other width variants) are
folded to half-width before any numbering rule and before it is stored, so the next-free and
duplicate rules see it (defect: 云委办发〔２０２６〕99号 was taken as a free-form number and
went past them). A typed 发文字号 / 收文编号 carries the year of the document's own dates
(DOMAIN §1: numbers run continuously within a year)."""

from __future__ import annotations

import pytest

from officedesk.core import number_plans, numbering, records, typed_numbers
from officedesk.core.documents import common, incoming, outgoing
from officedesk.core.errors import ConflictError, ValidationError
from officedesk.store.models import IssuedNumber
from tests.documents.helpers import outgoing_to_rechecked

PREFIX = "某委办发"

SIGNED = {"标题": "关于测试的通知", "文种": "通知", "拟稿单位": "秘书科", "拟稿人": "陈晓",
          "签发人": "王建国", "复核人": "周秘书", "主送": "各县（市、区）委办公室", "份数": "1"}


def _numbered(doc_no: str, **dates: str) -> dict[str, str]:
    return {**SIGNED, "发文字号": doc_no, "状态": "已编号", **dates}


# ---------------------------------------------------------------- width


def test_tidy_number_folds_width_variants_only():
    assert typed_numbers.tidy_number("云委办发〔２０２６〕１２号") == "云委办发〔2026〕12号"
    assert typed_numbers.tidy_number("\u3000信２０２６－００００７ ") == "信2026-00007"
    assert typed_numbers.tidy_number("云委办发︹2026︺1号") == "云委办发〔2026〕1号"  # vertical forms
    assert typed_numbers.tidy_number("①号") == "①号"  # not a width variant: left to the form check


def test_a_full_width_number_follows_the_sequence(any_office, secretary):
    for _ in range(3):
        numbering.take("outgoing", secretary, prefix=PREFIX, year=2026)
    with pytest.raises(ConflictError, match=f"跳过了 95 个号.*“{PREFIX}〔2026〕4号”"):
        typed_numbers.claim_manual("outgoing", f"{PREFIX}〔２０２６〕99号", secretary)
    with pytest.raises(ConflictError, match="已经使用过"):
        typed_numbers.claim_manual("outgoing", f"{PREFIX}〔２０２６〕２号", secretary)
    claimed = typed_numbers.claim_manual("outgoing", f"{PREFIX}〔２０２６〕４号", secretary)
    assert (claimed.text, claimed.prefix, claimed.year, claimed.seq) == (f"{PREFIX}〔2026〕4号", PREFIX, 2026, 4)
    assert typed_numbers.parse_number("outgoing", f"{PREFIX}〔２０２６〕４号") == (PREFIX, 2026, 4)


def test_a_past_register_cannot_bring_a_number_twice_in_two_widths(any_office, secretary):
    with typed_numbers.history_import():
        typed_numbers.claim_manual("outgoing", f"{PREFIX}〔２０２４〕1号", secretary)
        with pytest.raises(ConflictError, match="已经使用过"):
            typed_numbers.claim_manual("outgoing", f"{PREFIX}〔2024〕1号", secretary)
    assert [n.text for n in IssuedNumber.select()] == [f"{PREFIX}〔2024〕1号"]


def test_a_batch_plan_reads_full_width_numbers_into_their_sequence(office, secretary):
    with typed_numbers.history_import():  # 160 ahead of the sequence: a past register's
        plan = number_plans.plan_many("incoming", secretary, "incoming", [("收〔２０２６〕１６０号", 1)], [])
    assert plan.moves == {("收", 2026): 160}
    assert plan.rows[0][1:5] == ("收", 2026, 160, "收〔2026〕160号")


def test_wenhao_hint_and_check_use_half_width_digits(office):
    assert common.wenhao_correction("云委办发〔２０２４〕５号") == "云委办发〔2024〕5号"
    assert common.wenhao_correction("云委办发（２０２４）０５号") == "云委办发〔2024〕5号"
    common.check_wenhao("发文字号")("云委办发〔２０２４〕５号")  # the number it reads as is right
    values = records.parse_values(incoming.INCOMING, {
        "收文编号": "收〔２０２６〕１号", "来文机关": "省委办公厅", "来文字号": "省委办发〔２０２６〕４５号",
        "标题": "关于甲的通知", "文种": "通知", "收文日期": "2026-11-16"})
    assert (values["receive_no"], values["from_ref"]) == ("收〔2026〕1号", "省委办发〔2026〕45号")


def test_add_stores_a_typed_outgoing_number_half_width(office, secretary):
    record = outgoing.draft(_numbered(f"{PREFIX}〔２０２６〕１号", 签发日期="2026-11-16"), secretary)
    assert record.doc_no == f"{PREFIX}〔2026〕1号"
    with pytest.raises(ConflictError, match="已经使用过"):
        outgoing.draft(_numbered(f"{PREFIX}〔2026〕1号", 签发日期="2026-11-16"), secretary)
    with pytest.raises(ConflictError, match="跳过了"):
        outgoing.draft(_numbered(f"{PREFIX}〔２０２６〕99号", 签发日期="2026-11-16"), secretary)


def test_an_imported_incoming_number_in_full_width_is_a_duplicate(office, secretary):
    raw = {"来文机关": "省委办公厅", "标题": "关于甲的通知", "文种": "通知", "收文日期": "2026-11-16"}
    first = incoming.sign_in({**raw, "收文编号": "收〔2026〕1号"}, secretary)
    with pytest.raises(ConflictError, match="已经使用过"):
        incoming.sign_in({**raw, "收文编号": "收〔２０２６〕１号"}, secretary)
    second = incoming.sign_in({**raw, "收文编号": "收〔２０２６〕２号"}, secretary)
    assert (first.receive_no, second.receive_no) == ("收〔2026〕1号", "收〔2026〕2号")


def test_the_numbering_step_stores_a_typed_number_half_width(office, secretary):
    record = outgoing_to_rechecked(secretary)
    record = outgoing.assign_number(record.id, record.version, secretary, f"{PREFIX}〔２０２６〕１号")
    assert record.doc_no == f"{PREFIX}〔2026〕1号"


# ---------------------------------------------------------------- year


def test_a_typed_outgoing_number_carries_the_year_of_its_dates(office, secretary):
    with pytest.raises(ValidationError, match="年份是 2026 年.*成文日期.*2025 年.*应带 2025 年"):
        outgoing.draft(_numbered(f"{PREFIX}〔2026〕1号", 签发日期="2025-06-30", 成文日期="2025-06-30"), secretary)
    with pytest.raises(ValidationError, match="年份是 2025 年.*应带 2026 年"):
        outgoing.draft(_numbered(f"{PREFIX}〔2025〕1号", 签发日期="2026-01-01", 成文日期="2026-01-01"), secretary)
    assert not IssuedNumber.select().exists()
    # signed on the last day of a year and dated in the next: either year is the document's
    across = outgoing.draft(_numbered(f"{PREFIX}〔2026〕1号", 签发日期="2025-12-31", 成文日期="2026-01-04"),
                            secretary)
    assert across.doc_no == f"{PREFIX}〔2026〕1号"
    assert outgoing.draft(_numbered(f"{PREFIX}〔2025〕1号", 签发日期="2025-06-30"), secretary).doc_no


def test_the_numbering_step_refuses_a_typed_number_of_another_year(office, secretary):
    record = outgoing_to_rechecked(secretary)  # signed 2026-11-16
    with pytest.raises(ValidationError, match="年份是 2025 年.*应带 2026 年"):
        outgoing.assign_number(record.id, record.version, secretary, f"{PREFIX}〔2025〕1号")


def test_a_typed_incoming_number_carries_the_year_it_was_received(office, secretary):
    raw = {"来文机关": "省委办公厅", "标题": "关于甲的通知", "文种": "通知"}
    with pytest.raises(ValidationError, match="年份是 2025 年.*收文日期.*2026 年"):
        incoming.sign_in({**raw, "收文日期": "2026-01-05", "收文编号": "收〔2025〕1号"}, secretary)
    assert incoming.sign_in({**raw, "收文日期": "2025-12-30", "收文编号": "收〔2025〕1号"}, secretary).receive_no


# ---------------------------------------------------------------- command line


def test_add_on_the_command_line_folds_and_checks_the_year(tmp_path):
    from tests.test_cli import Cli

    cli = Cli.initialised(tmp_path, here=True)
    base = ["add", "outgoing", "标题=测试", "文种=通知", "签发人=韦刚", "主送=各乡镇党委", "份数=1", "状态=已编号"]
    cli(*base, "发文字号=云委办发〔2026〕1号", "签发日期=2026-01-05")
    result = cli(*base, "发文字号=云委办发〔２０２６〕99号", "签发日期=2026-01-05", check=1)
    assert "跳过了 97 个号" in result.stderr and "云委办发〔2026〕2号" in result.stderr
    result = cli(*base, "发文字号=云委办发〔２０２６〕１号", "签发日期=2026-01-05", check=1)
    assert "已经使用过" in result.stderr
    result = cli(*base, "发文字号=云委办发〔2025〕1号", "签发日期=2026-01-05", "成文日期=2026-01-05", check=1)
    assert "年份是 2025 年" in result.stderr and "应带 2026 年" in result.stderr


def test_other_registries_keep_a_typed_number_as_it_was_claimed(office, admin):
    from officedesk.core import supervision as sv

    with typed_numbers.history_import():
        item = sv.SPEC.create_hook({"督查编号": "督〔２０２６〕５０号", "事项名称": "历史事项", "来源": "其他"}, admin)
    assert item.number == "督〔2026〕50号" == IssuedNumber.get(IssuedNumber.kind == "supervision").text
    with pytest.raises(ValidationError, match="已经使用过"):
        sv.SPEC.create_hook({"督查编号": "督〔2026〕50号", "事项名称": "重复", "来源": "其他"}, admin)
