"""Demo documents: realistic records in several states, consistent with the procedures."""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import audit, clock, dashboard, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming, outgoing_spec
from officedesk.demo import documents as demo
from officedesk.store.documents import IncomingDoc, OutgoingDoc

# the 效能 tests' demo office (size 12, seed 7) as on their day: made once a run for them all
EFFICIENCY_DAY = dt.date(2026, 12, 1)


def test_demo_documents_cover_the_states(office, secretary):
    today = clock.today()
    made = demo.populate(30, random.Random(7))
    assert made == IncomingDoc.select().count() + OutgoingDoc.select().count() >= 45
    assert clock.today() == today  # the clock is put back
    in_states = {r.state for r in IncomingDoc.select()}
    out_states = {r.state for r in OutgoingDoc.select()}
    assert {incoming.HANDLING, incoming.DONE, incoming.ARCHIVED} <= in_states
    assert {outgoing_spec.DRAFTING, outgoing_spec.DISTRIBUTED, outgoing_spec.ARCHIVED} <= out_states
    numbered = [r.doc_no for r in OutgoingDoc.select() if r.doc_no]
    assert len(numbered) == len(set(numbered)) and all("〔" in n for n in numbered)
    assert all(r.doc_date <= today for r in OutgoingDoc.select() if r.doc_date)
    assert any(i.registry == "incoming" for i in dashboard.due_items(secretary))
    assert records.list_ids(incoming.INCOMING, secretary, text="通知")
    assert not audit.verify_chain()
    assert demo.populate(30, random.Random(7)) == 0  # only into an empty registry


def test_demo_documents_past_signing_were_rechecked(office, demo_filled):
    """复核 comes between 签发 and 编号 in the demo too; a 退回复审 waits for its signer."""
    from officedesk.core.documents.common import steps

    demo_filled(60, seed=11, module="documents")  # demo.populate(60, random.Random(11)), made once
    later = {outgoing_spec.REVIEWED, outgoing_spec.NUMBERED, outgoing_spec.PRINTED, outgoing_spec.DISTRIBUTED,
             outgoing_spec.ARCHIVED}
    seen = set()
    for record in OutgoingDoc.select():
        names = [s.step for s in steps("outgoing", record.id, CLI_ACTOR)]
        if record.state in later:
            last_sign = len(names) - 1 - names[::-1].index("签发")
            assert "复核" in names[last_sign:], (record.id, names)
            if "编号" in names:
                assert names.index("复核", last_sign) < names.index("编号"), (record.id, names)
            seen.add("复核")
        if record.state == outgoing_spec.REREVIEW:
            assert names[-1] == "退回复审" and record.signer, (record.id, names)
            seen.add("复审中")
        if "退回复审" in names and record.state in later:
            seen.add("复审后重新签发")
    assert seen == {"复核", "复审中", "复审后重新签发"}


def test_demo_requests_and_reports_read_as_such(office, demo_filled):
    """A demo 请示 read “现就有关事项通知如下 … 各单位请于…前报送” — a 通知's body — to its 上级. A
    请示 asks and ends 妥否，请批示 with whom to call in its 附注; a 报告 reports and ends
    特此报告; a 通知 still says what it notifies (or sends out what it prints)."""
    demo_filled(60, seed=11, module="documents")  # demo.populate(60, random.Random(11)), made once
    by_kind: dict[str, list[OutgoingDoc]] = {}
    for record in OutgoingDoc.select():
        by_kind.setdefault(record.kind, []).append(record)
    assert by_kind.get("请示") and by_kind.get("报告")
    for record in by_kind["请示"]:
        assert record.body.endswith("妥否，请批示。") and "通知如下" not in record.body
        assert record.note == f"联系人：{record.drafter}，电话：0887-3112046"
    for record in by_kind["报告"]:
        assert record.body.endswith("特此报告。") and "请示" not in record.body
        assert "通知如下" not in record.body and not record.note
    assert all("通知如下" in r.body or "现印发给你们" in r.body for r in by_kind.get("通知", []))


def test_each_demo_document_has_a_body_of_its_own_kind(office, demo_filled):
    """A 决定, a 纪要, a 函 and a meeting's notice each read as such, not as the general notice
    (“现就有关事项通知如下。一、提高思想认识…”); a 函 goes to the body it asks."""
    demo_filled(60, seed=11, module="documents")  # demo.populate(60, random.Random(11)), made once
    seen = set()
    for record in OutgoingDoc.select():
        if record.kind == "决定":
            assert "决定对" in record.body and "通知如下" not in record.body
        elif record.kind == "纪要":
            assert "纪要如下" in record.body
        elif record.kind == "函":
            assert record.body.endswith("请予支持为盼。") and record.main_to == "中共云州市委组织部"
        elif "召开" in record.title:
            assert "会议时间" in record.body and "会议地点" in record.body
        else:
            continue
        seen.add(record.kind if "召开" not in record.title else "会议通知")
        assert "{" not in record.body  # every place filled
    assert seen == {"决定", "纪要", "函", "会议通知"}


def test_last_years_demo_papers_read_as_their_kind(db, demo_filled, fixed_today):
    """The 效能 demo's 发文 of last year were all “关于做好N月份重点工作的<文种>” with the body
    “现将有关事项通知如下。” — a 报告 to the 市委 and a 函 included. Each now reads as its kind."""
    fixed_today(EFFICIENCY_DAY)
    demo_filled(12, seed=7)
    last_year = [r for r in OutgoingDoc.select() if r.doc_date and r.doc_date.year == clock.today().year - 1]
    kinds = {r.kind for r in last_year}
    assert {"通知", "报告", "函"} <= kinds
    for record in last_year:
        assert record.title.endswith(f"的{record.kind}")
        assert ("通知如下" in record.body) == (record.kind == "通知"), (record.kind, record.body)
        if record.kind == "报告":
            assert record.body.endswith("特此报告。") and record.main_to == "中共云州市委"
        if record.kind == "函":
            assert record.body.endswith("请予支持为盼。")


def test_a_demo_notice_never_says_its_verb_twice(office, demo_filled):
    """“切实做好” before a topic that is a task already (做好元旦春节期间有关工作, 加强…) read
    “切实做好做好…”: the topic's own verb is kept, and 做好 is put only before one without."""
    demo_filled(60, seed=11, module="documents")  # demo.populate(60, random.Random(11)), made once
    bodies = [record.body for record in OutgoingDoc.select() if "通知如下" in record.body]
    assert bodies
    for body in bodies:
        opening = body.split("，经县委同意", 1)[0]
        assert "做好做好" not in opening and "做好加强" not in opening and "做好进一步" not in opening, opening


def test_one_years_receive_numbers_follow_the_calendar_across_the_whole_demo(demo_filled,
                                                                            fixed_today):
    """The 效能 demo's year of 收文 was signed in after the 收文 demo's own: 收〔2026〕51号 on
    4 January came after 收〔2026〕2号 of 14 July, which no 收文登记簿 shows."""
    import re

    fixed_today(EFFICIENCY_DAY)
    demo_filled(12, seed=7)
    by_year: dict[int, list[tuple[object, int]]] = {}
    for doc in IncomingDoc.select().order_by(IncomingDoc.id):
        serial = int(re.search(r"〔\d{4}〕(\d+)号", doc.receive_no).group(1))
        by_year.setdefault(doc.received_on.year, []).append((doc.received_on, serial))
    assert sum(len(v) for v in by_year.values()) > 40
    for year, rows in by_year.items():
        serials = [serial for _, serial in sorted(rows)]
        assert serials == sorted(serials), year


def test_the_history_meetings_are_named_as_an_office_names_them():
    """专题会议（10月）, 座谈会（8月） in the meetings list: a kind and a month, not a meeting's name."""
    import datetime as dt

    from officedesk.demo.efficiency import _meeting_title

    day = dt.date(2025, 10, 14)
    titles = {kind: _meeting_title(kind, day) for kind in
              ("常委会", "书记办公会", "专题会议", "工作会议", "视频会议", "座谈会")}
    assert all("月）" not in title and "工作" in title for title in titles.values()), titles
    assert titles["视频会议"].endswith("电视电话会议（云岭分会场）")
    # never the name of one of this year's (a sheet's row is found by its name)
    from officedesk.demo.efficiency import _MEETING_TOPICS
    from officedesk.demo.meetings import TOPICS

    assert not set(_MEETING_TOPICS) & set(TOPICS)
