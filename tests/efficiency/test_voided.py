"""A voided record (作废: registered by mistake, its number never issued) counts nowhere: not in
效能 (volume, overdue, steps; overall and for its unit), not in 三多, not in `stats`; the
figures that count 发文 agree with each other."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, lifecycle, petitions
from officedesk.core.documents import incoming, outgoing, recheck, reports
from officedesk.core.efficiency import efficiency
from officedesk.core.idcard import make_id

from .conftest import TODAY

D = dt.date


def _assigned(received: dt.date, unit: str, admin, limit: int = 3) -> int:
    """A 收文 assigned to `unit` the day it came, due `limit` working days later; left open."""
    clock.set_today(received)
    r = incoming.sign_in(
        {"文种": "通知", "收文日期": received.isoformat(), "来文机关": "某市政府办公室",
         "标题": "关于某事的通知", "密级": "非密"},
        admin,
    )
    r = incoming.register_doc(r.id, r.version, {}, admin)
    r = incoming.review(r.id, r.version, admin)
    r = incoming.propose(r.id, r.version, admin, "拟呈领导阅批。")
    r = incoming.instruct(r.id, r.version, admin, "请抓紧办理。", "王书记")
    r = incoming.assign(r.id, r.version, admin, unit, "赵六", limit)
    clock.set_today(TODAY)
    return r.id


def _numbered(day: dt.date, admin) -> int:
    """A 发文 drafted, checked, signed, rechecked, numbered and printed (印发) on `day`."""
    clock.set_today(day)
    r = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "秘书科", "拟稿人": "陈晓",
                        "主送": "各乡镇党委", "正文": "现将有关事项通知如下。", "密级": "非密",
                        "份数": "10", "印发机关": "中共某某县委办公室"}, admin)
    r = outgoing.check(r.id, r.version, admin, "周核稿", "文字已核")
    r = outgoing.sign(r.id, r.version, admin, "王建国", "同意印发")
    r = recheck.recheck(r.id, r.version, admin, "周秘书")
    r = outgoing.assign_number(r.id, r.version, admin)
    r = outgoing.mark_printed(r.id, r.version, admin, 10)
    clock.set_today(TODAY)
    return r.id


def test_a_voided_incoming_counts_nowhere_in_efficiency(office, admin):
    _assigned(D(2025, 10, 9), "县财政局", admin)
    wrong = _assigned(D(2025, 10, 9), "县财政局", admin)  # the same document signed in twice

    def figures():
        return efficiency(admin, D(2025, 10, 1), D(2025, 12, 15))["procedures"]["incoming"]

    before = figures()
    assert (before["total"]["volume"], before["total"]["overdue"]) == (2, 2)
    lifecycle.void_record("incoming", wrong, admin, "同一文件登记了两次")
    after = figures()
    assert (after["total"]["volume"], after["total"]["overdue"]) == (1, 1)
    unit = {r["key"]: r for r in after["by_unit"]}["县财政局"]
    assert (unit["volume"], unit["overdue"]) == (1, 1)
    # its steps (登记 … 承办) are not counted either
    assert {s["step"]: s["count"] for s in after["steps"]}["承办"] == 1
    one_unit = efficiency(admin, D(2025, 10, 1), D(2025, 12, 15), unit="县财政局")
    assert one_unit["procedures"]["incoming"]["total"]["volume"] == 1


def test_a_voided_outgoing_counts_in_neither_sanduo_nor_efficiency(office, admin):
    _numbered(D(2025, 11, 3), admin)
    wrong = _numbered(D(2025, 11, 4), admin)
    assert efficiency(admin, D(2025, 1, 1), D(2025, 12, 15))["sanduo"]["documents"]["total"] == 2
    lifecycle.void_record("outgoing", wrong, admin, "误编号")
    # the stats screen, 三多 and 效能 count the same 发文: the one not voided
    assert reports.figures(admin, 2025)["outgoing_by_month"][10] == 1
    figures = efficiency(admin, D(2025, 1, 1), D(2025, 12, 15))
    control = figures["sanduo"]["documents"]
    assert control["per_month"][10] == 1 and control["total"] == 1
    proc = figures["procedures"]["outgoing"]
    # the one left, drafted and printed 11-03
    assert (proc["total"]["volume"], proc["total"]["completed"]) == (1, 1)


def test_a_voided_petition_counts_nowhere_in_efficiency(office, admin):
    def register(name: str, serial: int):
        return petitions.register_petition(
            {"registered_on": "2025-10-09", "form": "来信", "name": name,
             "id_number": make_id("110101", dt.date(1968, 3, 7), serial), "category": "征地拆迁",
             "content": "反映补偿款未足额发放。", "region": "青河镇", "receiver": "刘敏"},
            None, admin)

    register("张建国", 231)
    wrong = register("李海", 233)
    lifecycle.void_record("petitions", wrong.id, admin, "误登记")
    total = efficiency(admin, D(2025, 10, 1), D(2025, 12, 15))["procedures"]["petitions"]["total"]
    assert total["volume"] == 1
    assert petitions.figures.figures(admin, 2025)["total"] == 1
