"""A number of the office's own form written another way (收[2026]5号) is refused by `add` and
import naming the proper form — which was offered even when its sequence then refused it
(defect: 收[2026]1号 typed when 1号 was issued was told “应写作收〔2026〕1号”, and that
was refused next as used; 收[2026]9号 after 1号 likewise, as a jump). Now the form is offered
only when it would be taken, else why not and the next free number; the batch and the row path
say the same, the batch judging the row's number with the rows before it taken."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import numbering
from officedesk.core.documents import incoming, outgoing_draft
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError
from officedesk.store.documents import IncomingDoc
from tests.exchange.import_paths import both_dry
from tests.exchange.test_import_batch import sheet_of

ROW = {"来文机关": "市委办公室", "标题": "来文", "文种": "通知"}
HEADERS = ["收文编号", "收文日期", "来文机关", "标题", "文种"]


@pytest.fixture
def one_issued(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    assert incoming.sign_in(dict(ROW), admin).receive_no == "收〔2026〕1号"


@pytest.mark.parametrize(("typed", "why"), [("收[2026]1号", "已经使用过"), ("收[2026]5号", "跳过了 3 个号")])
def test_add_offers_the_next_free_number_when_the_form_would_be_refused(one_issued, admin, typed, why):
    with pytest.raises(ValidationError) as refused:
        incoming.sign_in({**ROW, "收文编号": typed}, admin)
    message = str(refused.value)
    assert why in message and "下一个可用的号是“收〔2026〕2号”" in message
    assert "否则会被当作另一个号" not in message  # not the bare form, which is refused next


def test_add_offers_the_form_when_it_would_be_taken(one_issued, admin):
    with pytest.raises(ValidationError, match="应写作“收〔2026〕2号”.*否则会被当作另一个号") as refused:
        incoming.sign_in({**ROW, "收文编号": "收[2026]2号"}, admin)
    assert "下一个可用的号" not in str(refused.value)


def test_a_voided_number_is_not_offered_without_a_reason(one_issued, admin):
    numbering.void("incoming", "收〔2026〕1号", "登记错误", admin)
    with pytest.raises(ValidationError, match="是已作废的号，下一个可用的号是“收〔2026〕2号”"):
        incoming.sign_in({**ROW, "收文编号": "收[2026]1号"}, admin)


def _sheet(tmp_path, numbers):
    rows = [{**ROW, "收文日期": "2026-03-01", "标题": f"来文{i}", **({"收文编号": n} if n else {})}
            for i, n in enumerate(numbers)]
    return sheet_of(tmp_path / "收文.xlsx", rows, HEADERS)


def test_import_judges_the_form_with_the_rows_before_it_alike_by_both_paths(
        one_issued, admin, tmp_path, monkeypatch):
    # rows 2 and 3 take 2号 and 3号: 收[2026]4号 is then the next, and 收[2026]2号 is used
    path = _sheet(tmp_path, ["收〔2026〕2号", None, "收[2026]4号", "收[2026]2号"])
    batched, one_by_one = both_dry(INCOMING, path, admin, monkeypatch)
    assert {(p.row, p.column, p.reason) for p in batched.problems} == {
        (p.row, p.column, p.reason) for p in one_by_one.problems}
    reasons = {p.row: p.reason for p in batched.problems}
    assert set(reasons) == {4, 5}  # after the headers
    assert "应写作“收〔2026〕4号”" in reasons[4] and "下一个可用的号" not in reasons[4]
    # the row before was refused and takes no number: 4号 is still the next
    assert "“收〔2026〕2号”已经使用过，下一个可用的号是“收〔2026〕4号”" in reasons[5]
    assert IncomingDoc.select().count() == 1


def test_the_batch_still_refuses_a_misformed_number_alone(one_issued, admin, tmp_path, monkeypatch):
    batched, one_by_one = both_dry(INCOMING, _sheet(tmp_path, ["收[2026]2号"]), admin, monkeypatch)
    assert not batched.ok and not one_by_one.ok
    assert [p.reason for p in batched.problems] == [p.reason for p in one_by_one.problems]
    assert "应写作“收〔2026〕2号”" in batched.problems[0].reason


def test_an_outgoing_add_offers_the_next_free_number(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    prefix = numbering.default_prefix("outgoing")
    row = {"标题": "关于测试的通知", "文种": "通知", "拟稿单位": "市委办公室", "拟稿人": "张三",
           "签发人": "李建国", "成文日期": "2026-03-02"}
    made = outgoing_draft.draft({**row, "发文字号": f"{prefix}〔2026〕1号"}, admin)
    assert made.doc_no == f"{prefix}〔2026〕1号"
    with pytest.raises(ValidationError) as refused:
        outgoing_draft.draft({**row, "发文字号": f"{prefix}[2026]1号"}, admin)
    assert f"下一个可用的号是“{prefix}〔2026〕2号”" in str(refused.value), str(refused.value)
