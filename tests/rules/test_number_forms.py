"""A number of the office's own form written another way is the same number: refused, naming the
form to write, by `add`, steps and imports alike (it was kept as a second, free-form number, and
`check` saw no 重号). A number of another body's series is taken as it comes."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import numbering, typed_numbers
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError

VARIANTS = ["收[2026]1号", "收（2026）1号", "收【2026】1号", "收〔2026〕01号", "收〔2026〕1", "收〔2026年〕1号",
            "收〔2026〕第1号", "收 〔2026〕1号", "收〔2026〕 1号", "收〔 2026 〕1号"]


@pytest.mark.parametrize("typed", VARIANTS)
def test_a_variant_of_the_office_s_own_number_is_refused_naming_the_form(db, admin, fixed_today, typed):
    fixed_today(dt.date(2026, 3, 2))
    with pytest.raises(ValidationError, match=r"应写作“收〔2026〕1号”（年份用六角括号〔〕，序号不编虚位、不加“第”）"):
        incoming.sign_in({"来文机关": "市委办公室", "标题": "来文", "文种": "通知", "收文编号": typed}, admin)
    doc = incoming.sign_in({"来文机关": "市委办公室", "标题": "来文", "文种": "通知", "收文编号": "收〔2026〕1号"},
                           admin)
    assert doc.receive_no == "收〔2026〕1号"


@pytest.mark.parametrize(("typed", "canonical"), [("信2026-1", "信2026-00001"), ("信2026-00001号", "信2026-00001"),
                                                  ("信 2026-00001", "信2026-00001")])
def test_a_variant_of_a_petition_number_is_refused_without_the_brackets_wording(db, admin, fixed_today, typed,
                                                                                canonical):
    fixed_today(dt.date(2026, 3, 2))
    with pytest.raises(ValidationError, match=rf"应写作“{canonical}”（按本机关的编号格式）"):
        typed_numbers.claim_manual("petition", typed, admin, "petitions")


@pytest.mark.parametrize("typed", ["XF2026-000123", "滇2026-000001", "530102-2026-0012", "云信访〔2026〕8号"])
def test_a_number_of_another_series_is_taken_as_it_comes(db, admin, fixed_today, typed):
    """A 信访编号 from the national 信访信息系统 (another prefix) is no variant of the office's."""
    fixed_today(dt.date(2026, 3, 2))
    assert typed_numbers.canonical_form("petition", typed) is None
    claimed = typed_numbers.claim_manual("petition", typed, admin, "petitions")
    assert claimed.text == typed and numbering.is_used("petition", typed)


def test_a_choice_typed_with_full_width_brackets_is_the_choice(db):
    """README writes 命令（令）; the 文种 choice is 命令(令): the same, not refused."""
    from officedesk.core import registry
    from officedesk.core.fields import parse_value

    kind = next(f for f in registry.get("outgoing").fields if f.label == "文种")
    assert "命令(令)" in kind.choice_list()
    assert parse_value(kind, "命令（令）") == "命令(令)"
    with pytest.raises(ValidationError, match="只能是"):
        parse_value(kind, "命令")


def test_check_reports_a_number_stored_twice_in_two_forms(db, admin, fixed_today):
    """收〔2026〕第1号 kept (before such forms were refused) beside 收〔2026〕1号 is the same number on
    two records: `check` names it a 重号 with the form to keep; another body's number is none."""
    from officedesk.core import rule_checks
    from officedesk.store.documents import IncomingDoc

    fixed_today(dt.date(2026, 3, 2))
    docs = [incoming.sign_in({"来文机关": "市委办公室", "标题": f"来文{n}", "文种": "通知"}, admin) for n in range(4)]
    assert docs[0].receive_no == "收〔2026〕1号"
    # stored as the program took them before: free-form numbers of the office's own form
    for doc, text in ((docs[1], "收〔2026〕第1号"), (docs[2], "收[2026]01号"), (docs[3], "XF2026-000123")):
        IncomingDoc.update(receive_no=text).where(IncomingDoc.id == doc.id).execute()
    messages = [f.message for f in rule_checks.check_numbers() if "重号" in f.message]
    assert len(messages) == 1, messages
    assert "“收〔2026〕1号”" in messages[0] and "收〔2026〕第1号" in messages[0] and "收[2026]01号" in messages[0]
    assert "3 条记录" in messages[0] and "XF2026" not in messages[0]


def test_check_reports_a_number_of_another_year_than_its_record(db, admin, fixed_today):
    """A number is of the year of the record's own date; one kept from before that rule (a 收文
    of 2025-12-30 numbered 收〔2026〕2号) is the clerk's to see: `check` names it."""
    from officedesk.core import rule_checks
    from officedesk.store.documents import IncomingDoc

    fixed_today(dt.date(2026, 1, 5))
    docs = [incoming.sign_in({"来文机关": "市委办公室", "标题": f"来文{n}", "文种": "通知"}, admin) for n in range(3)]
    IncomingDoc.update(received_on=dt.date(2025, 12, 30)).where(IncomingDoc.id == docs[1].id).execute()
    messages = [f.message for f in rule_checks.check_numbers() if "不是同一年" in f.message]
    assert len(messages) == 1, messages
    assert "收〔2026〕2号" in messages[0] and "2025-12-30" in messages[0] and "1 条" in messages[0]
    assert "收〔2026〕1号" not in messages[0]
