"""The 效能 figures' SQL (day numbers, the ordered step pass) on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import efficiency
from officedesk.core.efficiency.drill import records_behind
from tests.returns_counted import returns_count

from .conftest import TODAY
from .test_registries import _handled

D = dt.date


def test_steps_and_totals_on_either_database(any_office, admin):
    _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    _handled(D(2025, 10, 13), D(2025, 10, 16), D(2025, 10, 20), "县水利局", limit=1)
    clock.set_today(D(2025, 10, 9))
    record = C.register_complaint(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "钱女士", "被投诉单位": "县水利局", "投诉内容": "拖延。"}, admin
    )
    clock.set_today(TODAY)
    C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-10-10")
    result = efficiency(admin, D(2025, 10, 1), D(2025, 10, 31))
    incoming = result["procedures"]["incoming"]
    steps = {s["step"]: s for s in incoming["steps"]}
    assert steps["批办"]["median"] == 3.5 and incoming["bottlenecks"] == ["批办"]
    assert incoming["total"]["median"] == 6.0 and incoming["total"]["on_time_rate"] == 50.0
    assert result["procedures"]["complaints"]["total"]["volume"] == 1
    assert result["complaints"]["by_unit"][0]["unit"] == "县水利局"
    rows = records_behind(admin, "incoming", D(2025, 10, 1), D(2025, 10, 31), "step", "批办")
    assert sorted(r.days for r in rows) == [3, 4]


def test_petition_limits_and_sanduo_on_either_database(any_office, admin):
    from officedesk.core import petitions
    from officedesk.core.idcard import make_id
    from officedesk.store.documents import OutgoingDoc
    from officedesk.store.meetings import Meeting

    petitions.register_petition(
        {"registered_on": "2025-10-09", "form": "来信", "name": "张建国",
         "id_number": make_id("110101", dt.date(1968, 3, 7), 231), "category": "征地拆迁",
         "content": "反映补偿款未足额发放。", "region": "青河镇", "receiver": "刘敏"},
        None, admin)  # never 处理: overdue since late October
    for day, status in ((D(2025, 10, 9), "已召开"), (D(2025, 10, 10), "已召开"),
                        (D(2024, 10, 9), "已召开"), (D(2025, 12, 20), "筹备中")):
        start = dt.datetime.combine(day, dt.time(9))
        Meeting.create(title="会议", kind="专题会议", start=start,
                       end=start + dt.timedelta(hours=1), host_unit="县委办公室", status=status)
    for n, state in enumerate(("已印制", "已作废")):  # 印发 (printed) 11-03, one voided
        OutgoingDoc.create(title="文件", kind="通知", drafting_unit="秘书科", state=state,
                           doc_no=f"某委办发〔2025〕{n + 1}号", doc_date=D(2025, 11, 3),
                           print_date=D(2025, 11, 3))
    result = efficiency(admin, D(2025, 1, 1), D(2025, 12, 31))
    assert result["procedures"]["petitions"]["total"]["overdue"] == 1
    assert petitions.figures.figures(admin, 2025)["open_overdue"] == 1
    meetings, documents = result["sanduo"]["meetings"], result["sanduo"]["documents"]
    assert (meetings["total"], meetings["last_year_total"]) == (2, 1)  # not the one to come
    assert meetings["over_target"] == ["10月"]
    assert documents["total"] == 1  # not the voided number


def test_returns_by_the_day_made_on_either_database(any_office, admin):
    """The day a return was made (its 办理过程 row's, else the day entered) read in SQL."""
    from officedesk.core import steps
    from officedesk.core.documents import outgoing
    from officedesk.store.chain import StepSign

    clock.set_today(D(2025, 10, 27))
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "秘书科",
                          "拟稿人": "陈晓", "主送": "各乡镇党委", "正文": "现将有关事项通知如下。"},
                         admin).id
    steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, admin)
    clock.set_today(D(2025, 11, 3))
    steps.perform("outgoing", doc, "退回修改", {"理由": "数字有误"}, admin, on="2025-10-30")
    # a signature without its 办理过程 row (before schema 17): the day it was entered
    StepSign.create(registry="outgoing", record_id=doc, step="退回", mode="退回",
                    returned_to="拟稿", at=dt.datetime(2025, 11, 3, 9))
    october = efficiency(admin, D(2025, 10, 1), D(2025, 10, 31))
    november = efficiency(admin, D(2025, 11, 1), D(2025, 11, 30))
    assert october["procedures"]["outgoing"]["returns"]["count"] == 1
    assert november["procedures"]["outgoing"]["returns"]["count"] == 1
    assert returns_count("outgoing", D(2025, 10, 1), D(2025, 10, 31)) == 1
