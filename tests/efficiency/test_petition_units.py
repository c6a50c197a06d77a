"""效能 per unit, 信访 (probe119): whose time a 转送's or 交办's is. Deciding, forwarding and
telling the petitioner are the office's own duty (《信访工作条例》2022: 15 日 each); the 去向单位's
part begins the day it is sent the matter — a 转送's 受理 (its answer whether it accepts), a
交办's 办理 and 答复. The per-unit figures gave the unit the whole 登记→告知 of a 转送 (the
office's days), so a unit that answered the next day ranked by the office's ten, and a unit that
never answered was never 逾期 there."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, petitions
from officedesk.core.efficiency import efficiency
from officedesk.core.efficiency.drill import OVERDUE, records_behind
from officedesk.core.efficiency.matter_spans import OFFICE

from .conftest import TODAY
from .test_petition_limits import _register

D = dt.date
OCTOBER_TO_NOW = (D(2025, 10, 1), TODAY)
SUPERVISION_UNIT, LABOUR = "县纪委监委", "县人社局"


def _on(day: dt.date, step, p, admin, *args, **extra):
    clock.set_today(day)
    try:
        return step(p.id, p.version, admin, *args, on=day.isoformat(), **extra)
    finally:
        clock.set_today(TODAY)


def _office(admin) -> dict[str, object]:
    """Four 信访: two 转送 to 县纪委监委 (one answered the next working day after the office's
    ten, one never answered) and two 交办 to 县人社局 (one answered, one never told)."""
    P = petitions
    quick = _register(D(2025, 10, 13), 301, admin)  # a Monday
    quick = _on(D(2025, 10, 27), P.decide, quick, admin, "转送", target_unit=SUPERVISION_UNIT)
    quick = _on(D(2025, 10, 27), P.notify, quick, admin)
    quick = _on(D(2025, 10, 28), P.handle, quick, admin, content="县纪委监委回复：已受理。")
    silent = _register(D(2025, 10, 13), 303, admin)
    silent = _on(D(2025, 10, 14), P.decide, silent, admin, "转送", target_unit=SUPERVISION_UNIT)
    silent = _on(D(2025, 10, 14), P.notify, silent, admin)  # the unit never says whether it accepts
    handed = _register(D(2025, 11, 3), 305, admin)
    handed = _on(D(2025, 11, 4), P.decide, handed, admin, "交办", target_unit=LABOUR,
                 report_due="2025-11-28")
    handed = _on(D(2025, 11, 5), P.notify, handed, admin)
    handed = _on(D(2025, 11, 18), P.reply, handed, admin, opinion="已补发补偿款。")
    untold = _register(D(2025, 10, 13), 307, admin)
    untold = _on(D(2025, 10, 14), P.decide, untold, admin, "交办", target_unit=LABOUR,
                 report_due="2025-11-28")  # the office never tells the petitioner
    assert silent.accept_due < TODAY and untold.notify_due < TODAY
    return {"quick": quick, "silent": silent, "handed": handed, "untold": untold}


def _units(admin, **kwargs) -> dict[str, dict]:
    figures = efficiency(admin, *OCTOBER_TO_NOW, **kwargs)["procedures"]["petitions"]
    return {row["key"]: row for row in figures["by_unit"]}


def test_each_unit_is_charged_its_own_part(any_office, admin):
    _office(admin)
    units = _units(admin)
    assert set(units) == {OFFICE, SUPERVISION_UNIT, LABOUR}
    # 县纪委监委: sent two, answered one the next working day, the other never (past 受理时限)
    unit = units[SUPERVISION_UNIT]
    assert (unit["volume"], unit["completed"], unit["median"], unit["overdue"]) == (2, 1, 1.0, 1)
    assert unit["on_time_rate"] == 100.0
    # 县人社局: 交办 on 4 November, answered on the 18th (ten working days); the other is still
    # the office's to tell, not the unit's fault
    labour = units[LABOUR]
    assert (labour["volume"], labour["completed"], labour["median"], labour["overdue"]) \
        == (2, 1, 10.0, 0)
    # the office: every 信访 from 登记 to its 告知 (10, 1 and 2 working days), one never told
    office_row = units[OFFICE]
    assert (office_row["volume"], office_row["completed"], office_row["median"],
            office_row["overdue"]) == (4, 3, 2.0, 1)


def test_the_office_figures_stay_the_office_s(office, admin):
    """The 信访 合计 counts each 信访 once, and its 逾期未办 the office's own limits only (the
    unit's 受理 is tracked by the registry, as before)."""
    _office(admin)
    total = efficiency(admin, *OCTOBER_TO_NOW)["procedures"]["petitions"]["total"]
    assert (total["volume"], total["overdue"]) == (4, 1)


def test_a_unit_s_rows_and_its_own_figures_are_its_part(office, admin):
    made = _office(admin)
    units = _units(admin)
    rows = records_behind(admin, "petitions", *OCTOBER_TO_NOW, "unit", SUPERVISION_UNIT)
    assert {r.record_id: r.start for r in rows} == {
        made["quick"].id: D(2025, 10, 27), made["silent"].id: D(2025, 10, 14)}
    assert [r.days for r in rows if r.end] == [units[SUPERVISION_UNIT]["median"]]
    assert [r.record_id for r in rows if r.state == OVERDUE] == [made["silent"].id]
    office_late = records_behind(admin, "petitions", *OCTOBER_TO_NOW, "unit", OFFICE)
    assert [r.record_id for r in office_late if r.state == OVERDUE] == [made["untold"].id]
    # the tab's 单位 (and print efficiency --unit): the unit's own part is its 信访 figure
    own = efficiency(admin, *OCTOBER_TO_NOW, unit=SUPERVISION_UNIT)["procedures"]["petitions"]
    assert (own["total"]["completed"], own["total"]["median"], own["total"]["overdue"]) \
        == (1, 1.0, 1)
    assert not own["steps"]  # the office's 处理 and 告知 are not the unit's steps
    answered = efficiency(admin, *OCTOBER_TO_NOW, unit=LABOUR)["procedures"]["petitions"]
    assert [s["step"] for s in answered["steps"]] == ["答复"]


def test_the_definitions_say_the_rule(office, admin):
    """The 通报's 说明 and the ranking's heading say what a unit's row counts."""
    _office(admin)
    figures = efficiency(admin, *OCTOBER_TO_NOW)
    petitions = figures["procedures"]["petitions"]
    assert "去向单位计其自转送、交办之日起所办的部分" in petitions["unit_counts"]
    assert petitions["unit_counts"] in figures["definitions"]
    assert "本机关" in petitions["unit_label"]


def test_a_unit_s_bulletin_says_its_信访_are_its_part(office, admin):
    """One unit's 通报 (--unit) counts its part of each 信访: its 完成 is its answer, not the
    office's 告知, nor a 信访 begun when the office registered it."""
    from officedesk.core.efficiency.report import completed_sentence

    _office(admin)
    own = efficiency(admin, *OCTOBER_TO_NOW, unit=SUPERVISION_UNIT)
    sentence = str(completed_sentence(own))
    assert f"信访只计{SUPERVISION_UNIT}所办的部分" in sentence
    assert "转送、不予受理以告知为完成" not in sentence and "登记" not in sentence
