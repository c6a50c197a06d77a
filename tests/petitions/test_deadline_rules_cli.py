"""The command line's side of the deadline rules: a late 延期 refused with its reason, and a
change of `deadlines.day_kind` saying how many petitions' limits it recomputed."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock
from tests.cli_office import office  # noqa: F401  (the fixture)


def _handled(office, name: str) -> int:  # noqa: F811
    added = office.json("add", "petitions", "信访形式=来信", f"信访人={name}",
                        "联系电话=13900000003", "问题类别=劳动社保", f"反映内容=拖欠工资{name}",
                        "登记日期=2026-09-08")
    office.step("petitions", added["id"], "处理", "处理方式=直接答复", "--on", "2026-09-10",
                "--person", "罗红梅")
    return added["id"]


def test_a_late_extension_is_refused_on_the_command_line(office):  # noqa: F811
    petition = _handled(office, "测三")
    clock.set_today(dt.date(2026, 12, 1))
    office("add", "units", "单位名称=中共某某县委办公室")  # the office and its 副主任 (通讯录)
    office("add", "people", "姓名=陈丽华", "单位=中共某某县委办公室", "职务=副主任")
    _out, err = office("step", "petitions", str(petition), "延期", "延期理由=情况复杂",
                       "批准人=陈丽华", code=1)
    assert "2026-11-09" in err and "2026-12-01" in err and "Traceback" not in err
    shown = office.json("steps", "petitions", str(petition))
    assert shown["state"] == "办理中" and "延期" in [s["step"] for s in shown["steps"]]
    reply = next(s for s in shown["steps"] if s["step"] == "答复")
    assert "2026-11-09" in reply["limit"]  # not moved to 2026-12-09


def test_the_day_kind_setting_says_how_many_petitions_it_recomputed(office):  # noqa: F811
    clock.set_today(dt.date(2026, 9, 10))
    _handled(office, "测四")
    out, _err = office("settings", "deadlines.day_kind", "working")
    assert "calendar → working" in out and "1 件" in out and "重算" in out
    changed = office.json("settings", "deadlines.day_kind", "calendar")
    assert changed["value"] == "calendar" and "1 件" in changed["notes"][0]


def test_the_settings_window_says_how_many_petitions_it_recomputed(
    db, admin, qtbot, monkeypatch, fixed_today
):
    """The window's 保存 shows what followed the change, as the command line prints it."""
    import officedesk.core.petitions as petitions
    from officedesk.ui import settings_dialog

    fixed_today(dt.date(2026, 9, 10))
    p = petitions.register_petition(
        {"registered_on": "2026-09-10", "form": "来信", "name": "测五", "category": "劳动社保",
         "content": "拖欠工资五", "receiver": "刘敏"}, None, admin)
    told: list[str] = []
    monkeypatch.setattr(settings_dialog, "info", lambda _parent, _title, text: told.append(text))
    dialog = settings_dialog.SettingsDialog(admin)
    qtbot.addWidget(dialog)
    box = dialog.inputs["deadlines.day_kind"]
    box.setCurrentIndex(box.findData("working"))
    dialog.save()
    assert len(told) == 1 and "1 件" in told[0] and "工作日" in told[0]
    assert petitions.get(p.id, admin).decide_due != p.decide_due
