"""Who may set up the periodicals and 印发 an issue: the 信息科 (info.section) as the 信息
approval chain names its people — its 科长 (签发@本单位) for the settings (names, 编发单位,
报/送/发, 总期号), its staff (编辑@本单位) for 印发 — or an administrator; nobody else."""

from __future__ import annotations

import pytest

from officedesk.core import passwords
from officedesk.core.errors import PermissionDeniedError
from officedesk.core.info import issue_order, periodicals
from officedesk.store.info import Periodical
from tests.staff import make_staff

from .test_chain import STAFF, TODAY


@pytest.fixture
def staffed_issue(report, advance, admin, fixed_today, monkeypatch):
    """An issue of 每日要情 being edited (made before anyone had a post), and the office's staff."""
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    item = advance(report())
    return item.issue, make_staff(STAFF)


def test_only_the_info_section_chief_or_an_administrator_sets_up_a_periodical(staffed_issue,
                                                                              admin):
    _issue, staff = staffed_issue
    start = periodicals.periodical("信息专报").total_start
    for who in ("zxy", "wzy", "ys", "zjj"):  # 秘书科, its 科长, 信息科 科员, 副主任
        with pytest.raises(PermissionDeniedError, match="应由管理员或信息科的科长办理"):
            periodicals.save_periodical("信息专报", staff[who], send_up="某某", total_start=5000)
        with pytest.raises(PermissionDeniedError, match="刊物设置"):
            periodicals.save_periodical("假刊物", staff[who])
    assert periodicals.periodical("信息专报").total_start == start
    assert not Periodical.select().where(Periodical.name == "假刊物").exists()
    assert periodicals.save_periodical("信息专报", staff["ty"], total_start=300).total_start == 300
    assert periodicals.save_periodical("内部参考", admin).name == "内部参考"


def test_only_the_info_section_s_staff_or_an_administrator_publishes_an_issue(staffed_issue):
    issue_id, staff = staffed_issue
    for who in ("zxy", "wzy", "lgq"):  # 秘书科 (代录 too), its 科长, the 主任
        with pytest.raises(PermissionDeniedError, match="刊物印发应由管理员或信息科的"):
            periodicals.publish(issue_id, staff[who])
    assert periodicals.issue(issue_id).state == periodicals.EDITING
    assert periodicals.publish(issue_id, staff["ys"]).state == periodicals.ISSUED


def test_the_window_offers_only_what_core_allows(staffed_issue, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.info.dialogs import IssuesDialog

    _issue, staff = staffed_issue
    shown = {}
    for who in ("wzy", "ys", "ty"):
        ctx = AppContext(staff[who], "test.db",
                         QSettings(str(tmp_path / f"{who}.ini"), QSettings.Format.IniFormat))
        dialog = IssuesDialog(ctx, lambda *a: None)
        qtbot.addWidget(dialog)
        shown[who] = (not dialog.publish_button.isHidden(), not dialog.setup_button.isHidden())
    assert shown == {"wzy": (False, False), "ys": (True, False), "ty": (True, True)}


@pytest.fixture
def to_publish(report, advance, admin, fixed_today, monkeypatch):
    """An issue of 每日要情 being edited with two items, a third item signed and waiting for
    编发 (all made before anyone had a post), and the office's staff."""
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    first = advance(report())
    advance(report(unit="县农业农村局", title="县农业农村局推进秋粮收购"))
    waiting = advance(report(unit="县水利局", title="县水利局完成冬修水利"), up_to="签发")
    return first.issue, waiting, make_staff(STAFF)


def test_only_who_may_publish_an_issue_edits_items_into_it_and_orders_it(to_publish, admin):
    """编发 and 排序 make the issue as 印发 sends it out: the same people (one rule)."""
    from officedesk.core import info, steps
    from officedesk.core.errors import ProcedureError

    issue_id, waiting, staff = to_publish
    order = [i.id for i in periodicals.items_of(issue_id, admin)]
    for who in ("zxy", "wzy"):  # 秘书科 科员 (代录 too), its 科长
        assert "编发" not in [s.name for s in steps.available_steps("info", waiting.id,
                                                                    staff[who])]
        with pytest.raises(ProcedureError, match="刊物编发应由管理员或信息科的"):
            steps.perform("info", waiting.id, "编发", {"刊物": "每日要情"}, staff[who])
        with pytest.raises(PermissionDeniedError, match="刊物排序应由管理员或信息科的"):
            issue_order.reorder(issue_id, order[::-1], staff[who], seen=order)
    assert info.get(waiting.id, admin).state == "待编发"
    assert [i.id for i in periodicals.items_of(issue_id, admin)] == order
    issue_order.reorder(issue_id, order[::-1], staff["ys"], seen=order)
    steps.perform("info", waiting.id, "编发", {"刊物": "每日要情"}, staff["ys"])
    assert [i.id for i in periodicals.items_of(issue_id, admin)] == [*order[::-1], waiting.id]
