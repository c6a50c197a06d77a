"""What an issue of a periodical holds and when it is 印发: a voided 信息 is out of its issue
(list, count, paper, 印发) while the issue is edited, and an item of an issue already 印发 is not
voided; the 印发 date lies between the last 编发 of its items and today; an issue belongs to its
year, so an item 编发 in a new year opens that year's issue."""

from __future__ import annotations

import datetime as dt
import json

import pymupdf
import pytest

from officedesk.core import info, lifecycle
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.info import issue_order, periodicals
from officedesk.printing import forms


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


@pytest.fixture
def open_issue(report, advance, fixed_today):
    """每日要情's open issue with 甲局's and 乙镇's items, 编发 on 2 June: (issue id, 甲, 乙)."""
    fixed_today(dt.date(2026, 6, 30))
    first = advance(report(unit="甲局", title="甲局信息", reported_at="2026-06-01 09:00"),
                    on=dt.date(2026, 6, 2))
    second = advance(report(unit="乙镇", title="乙镇信息", reported_at="2026-06-01 09:00"),
                     on=dt.date(2026, 6, 2))
    assert first.issue == second.issue
    return first.issue, first, second


def test_a_voided_item_is_out_of_the_issue_being_edited(open_issue, admin, db, tmp_path, capsys):
    from officedesk import cli

    issue_id, first, second = open_issue
    lifecycle.void_record("info", second.id, admin, "重复登记")
    assert [i.id for i in periodicals.items_of(issue_id, admin)] == [first.id]
    assert periodicals.count_of(issue_id, admin) == 1
    text = _text(forms.get("info-issue").build([issue_id], admin))
    assert "甲局信息" in text and "乙镇信息" not in text and "（乙镇）" not in text
    issue_order.reorder(issue_id, [first.id], admin, seen=[first.id])  # the live items are the whole issue
    capsys.readouterr()
    assert cli.main(["--db", str(db.database), "info-issues", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["id"], row["items"]) == (issue_id, 1)
    published = periodicals.publish(issue_id, admin)
    assert published.state == periodicals.ISSUED
    voided = info.get(second.id, admin)  # the voided record itself stays as it was
    assert (voided.state, voided.issue_label) == ("已作废", "每日要情 2026年第1期")


def test_an_issue_whose_only_item_was_voided_is_not_published(report, advance, admin,
                                                              fixed_today):
    fixed_today(dt.date(2026, 6, 30))
    only = advance(report())
    lifecycle.void_record("info", only.id, admin, "误登记")
    with pytest.raises(ValidationError, match="还没有编入信息"):
        periodicals.publish(only.issue, admin)
    with pytest.raises(ValidationError, match="还没有编入信息"):
        forms.get("info-issue").build([only.issue], admin)


def test_an_item_of_a_published_issue_is_not_voided(open_issue, admin):
    issue_id, _first, second = open_issue
    periodicals.publish(issue_id, admin, dt.date(2026, 6, 3))
    record = info.get(second.id, admin)
    why = lifecycle.may_void(info.SPEC, record)
    assert why is not None and "每日要情 2026年第1期" in why and "2026-06-03 印发" in why
    with pytest.raises(ProcedureError, match="不能作废"):
        lifecycle.void_record("info", second.id, admin, "重复登记")
    assert info.get(second.id, admin).state == "已编发"
    assert periodicals.count_of(issue_id, admin) == 2  # what went out stays on record


def test_the_publishing_date_is_neither_to_come_nor_before_the_last_edit(open_issue, admin, db,
                                                                          capsys):
    from officedesk import cli

    issue_id, _first, _second = open_issue
    with pytest.raises(ValidationError, match="不能晚于今天"):
        periodicals.publish(issue_id, admin, dt.date(2026, 7, 1))
    with pytest.raises(ValidationError, match=r"不能早于.*最后的编发日期（2026-06-02）"):
        periodicals.publish(issue_id, admin, dt.date(2026, 6, 1))
    capsys.readouterr()
    assert cli.main(["--db", str(db.database), "info-publish", str(issue_id), "--on",
                     "2026-07-01"]) != 0
    assert "不能晚于今天" in capsys.readouterr().err
    assert periodicals.issue(issue_id).state == periodicals.EDITING
    done = periodicals.publish(issue_id, admin, dt.date(2026, 6, 2))  # the day of the last 编发
    assert (done.state, done.issued_on) == (periodicals.ISSUED, dt.date(2026, 6, 2))


def test_an_item_edited_in_a_new_year_goes_into_that_years_issue(report, advance, admin,
                                                                  fixed_today):
    fixed_today(dt.date(2025, 12, 30))
    december = advance(report(unit="甲局", title="甲局年末"))
    fixed_today(dt.date(2026, 1, 6))
    january = advance(report(unit="乙镇", title="乙镇新年"))
    assert december.issue_label == "每日要情 2025年第1期"
    assert january.issue_label == "每日要情 2026年第1期"
    new = periodicals.issue(january.issue)
    assert (new.year, new.seq, new.total) == (2026, 1, 2)
    assert [i.id for i in periodicals.items_of(new.id, admin)] == [january.id]
    # last year's issue is left open as it was, not continued: it is 印发 with its own items
    old = periodicals.issue(december.issue)
    assert old.state == periodicals.EDITING
    assert [i.id for i in periodicals.items_of(old.id, admin)] == [december.id]
    later = advance(report(unit="丙县", title="丙县新年"))
    assert later.issue == new.id
    assert periodicals.publish(old.id, admin, dt.date(2025, 12, 31)).state == periodicals.ISSUED


def test_no_issue_is_opened_in_a_year_before_a_later_years_issue(report, advance, admin,
                                                                  fixed_today):
    """总第M期 runs with time: an item 编发 on a day of last year, when this year's issues are
    already numbered, does not open a last-year issue with a higher 总期号."""
    from officedesk.core.info import procedure

    fixed_today(dt.date(2025, 12, 30))
    december = advance(report(unit="甲局", title="甲局年末"), periodical="信息专报")
    fixed_today(dt.date(2026, 1, 6))
    january = advance(report(unit="乙镇", title="乙镇新年"), periodical="信息专报")
    assert periodicals.issue(january.issue).total == 2
    periodicals.publish(december.issue, admin, dt.date(2025, 12, 31))
    late = advance(report(unit="丙县", title="丙县年末", reported_at="2025-12-29 09:00"),
                   up_to="签发", on=dt.date(2025, 12, 29))
    for new in (False, True):
        with pytest.raises(ValidationError, match=r"信息专报已有 2026 年的期.*不能再开 2025 年"):
            procedure.publish(late.id, late.version, admin, "信息专报", new,
                              on=dt.date(2025, 12, 30))
    stored = info.get(late.id, admin)
    assert stored.issue is None and stored.state == "待编发"
    assert [(i.year, i.seq, i.total) for i in periodicals.issues("信息专报")] == [
        (2025, 1, 1), (2026, 1, 2)]
    done = procedure.publish(late.id, stored.version, admin, "信息专报")  # this year's issue
    assert done.issue == january.issue
