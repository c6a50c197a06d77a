"""收文 in `stats --year Y`: 在办 and 逾期 as of Y's end (or today), whenever received — the
meaning of the 信访 and 督查 figures beside them; a year with nothing has none; a voided
收文 counts nowhere."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, lifecycle
from officedesk.core.documents import incoming, reports

D = dt.date
TODAY = D(2026, 3, 2)


def _received(on: dt.date, admin, limit: int | None = None, done: dt.date | None = None) -> int:
    """A 收文 received on `on`; with a limit, assigned that day; with `done`, 办结 then."""
    clock.set_today(on)
    r = incoming.sign_in(
        {"文种": "通知", "收文日期": on.isoformat(), "来文机关": "某市政府办公室",
         "标题": "关于某事的通知", "密级": "非密"},
        admin,
    )
    if limit is not None:
        r = incoming.register_doc(r.id, r.version, {}, admin)
        r = incoming.review(r.id, r.version, admin)
        r = incoming.propose(r.id, r.version, admin, "拟呈领导阅批。")
        r = incoming.instruct(r.id, r.version, admin, "请抓紧办理。", "王书记")
        r = incoming.assign(r.id, r.version, admin, "县财政局", "赵六", limit)
    if done is not None:
        clock.set_today(done)
        incoming.finish(r.id, r.version, admin, "已办理。", done)
    clock.set_today(TODAY)
    return r.id


def _open(admin, year: int) -> tuple[int, int]:
    figures = reports.figures(admin, year)
    return figures["incoming_open"], figures["incoming_overdue"]


def test_open_and_overdue_as_of_the_years_end(office, admin):
    _received(D(2025, 11, 3), admin, limit=3, done=D(2026, 1, 12))  # late, done in January
    wrong = _received(D(2025, 11, 3), admin, limit=3)
    lifecycle.void_record("incoming", wrong, admin, "同一文件登记了两次")
    _received(D(2026, 2, 2), admin, limit=20)  # in hand, not yet due
    _received(D(2026, 2, 24), admin)  # signed in, waiting for 登记
    assert _open(admin, 2024) == (0, 0)  # before the office had any
    assert _open(admin, 2025) == (1, 1)  # the November one, open and late at the year's end
    assert _open(admin, 2026) == (2, 0)  # today: February's two
    assert reports.figures(admin, 2025)["incoming_total"] == 1
