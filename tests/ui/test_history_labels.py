"""历史记录 names every action core writes to the audit trail in words (never a code such as
`remind`), and in English shows labels, states and the 代录 / 代理 mark translated and whole."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

import officedesk
from officedesk.core import i18n, passwords, settings, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.ui.widgets import history
from tests.staff import make_staff

# the audit trail's writers: where each takes the action (its position among the arguments)
WRITERS = {"record": 1, "record_many": 1, "stage_many": 1, "insert_staged": 2}
# what passes an action on to a writer by keyword (records.save_changes / update …)
PASSERS = {"save_changes", "update", "record", "record_many", "stage_many", "insert_staged"}


def _written_actions() -> dict[str, str]:
    """Every action name the program writes to the audit trail -> where (walked in its source)."""
    found: dict[str, str] = {}
    root = Path(officedesk.__file__).parent
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
            places = []
            if owner == "audit" and name in WRITERS and len(node.args) > WRITERS[name]:
                places.append(node.args[WRITERS[name]])
            if name == "_change" and path.name == "accounts.py" and len(node.args) > 3:
                places.append(node.args[3])  # accounts._change(username, actor, changes, action, …)
            if name in PASSERS:
                places += [k.value for k in node.keywords if k.arg == "action"]
            for value in places:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.setdefault(value.value, f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_every_action_written_to_the_trail_has_a_label():
    written = _written_actions()
    # the walk finds the writers (a walk that finds nothing would pass anything)
    assert {"create", "update", "step", "task", "remind", "report", "close", "attendance",
            "conflict_override"} <= set(written)
    missing = {name: where for name, where in written.items() if name not in history.ACTION_LABELS}
    assert not missing, missing


def test_every_label_reads_in_english(english):
    untranslated = [label for label in history.ACTION_LABELS.values() if i18n.display(label) == label]
    assert not untranslated


@pytest.fixture
def opened(monkeypatch):
    dialogs: list[history.HistoryDialog] = []
    monkeypatch.setattr(history.HistoryDialog, "exec", lambda self: dialogs.append(self) or 0)
    return dialogs


def _rows(dialog: history.HistoryDialog) -> list[tuple[str, str]]:
    """(操作, the detail pane) of each entry."""
    shown = []
    for row in range(dialog.table.rowCount()):
        dialog.table.selectRow(row)
        shown.append((dialog.table.item(row, 2).text(), dialog.detail.toPlainText()))
    return shown


def test_a_supervision_item_s_history_in_english(app_ctx, qtbot, opened, english, fixed_today):
    from officedesk.ui.supervision import SupervisionTab

    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item_from_source("meeting", 12, "推进城区老旧小区改造", "年内完成改造。",
                                      CLI_ACTOR, deadline=dt.date(2026, 4, 30))
    task = sv.add_task(item.id, {"牵头单位": "市财政局", "时限": "2026-03-31"}, CLI_ACTOR)
    sv.add_report(task.id, {"进度": 50, "进展情况": "已完成一半"}, CLI_ACTOR)
    fixed_today(dt.date(2026, 3, 25))
    sv.complete_task(task.id, "2026-03-20", "已办结", CLI_ACTOR)
    sv.close_item(item.id, "2026-03-22", "完成", sv.get_item(item.id, CLI_ACTOR).version, CLI_ACTOR)
    tab = SupervisionTab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(item.id)
    tab.show_history()
    rows = _rows(opened[-1])
    actions = [action for action, _detail in rows]
    assert actions == ["New", "Task", "Handling", "Progress report", "Task", "Conclude item"], actions
    assert not any(any("\u4e00" <= c <= "\u9fff" for c in action) for action in actions), actions
    details = "\n".join(detail for _action, detail in rows)
    # labels and states in English, an empty value said in English, nothing empty → empty
    assert "Status: (empty) → To assign" in details, details
    assert "状态" not in details and "（空）" not in details and "(empty) → (empty)" not in details


def test_a_proxy_entry_s_mark_reads_whole_in_english(app_ctx, qtbot, opened, english, monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    settings.put("org.code", "某委办")
    staff = make_staff([
        ("kuiyuan", "张科员", "clerk", "综合处", "科员", "", False),
        ("chuzhang", "李处长", "clerk", "综合处", "处长", "", False),
        ("wenshu", "周文书", "clerk", "秘书科", "科员", "", True),
    ])
    doc = outgoing.draft({"标题": "关于拨付经费的请示", "文种": "请示", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "上行文": "是", "主送": "中共云山市委"}, staff["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {"核稿人": "李处长"}, staff["wenshu"])  # 代录
    history.HistoryDialog("outgoing", doc, actor=CLI_ACTOR).exec()
    dialog = opened[-1]
    entered = [(action, detail) for action, detail in _rows(dialog) if "李处长" in action]
    assert entered, _rows(dialog)
    action, detail = entered[0]
    assert "代录" not in action and "（" not in action, action
    # whole: the column is wide enough for it, and the detail pane repeats it
    column = dialog.table.columnWidth(2)
    assert dialog.table.fontMetrics().horizontalAdvance(action) < column, (action, column)
    assert action.split(" (", 1)[1].rstrip(")") in detail, (action, detail)


def test_a_time_in_the_trail_reads_as_the_forms_write_it():
    """The trail stores a 时间 as ISO text; 变更内容 showed "事发时间：（空）→ 2026-12-06T22:12:00"."""
    described = history._describe(
        "{}", '{"事发时间": "2026-12-06T22:12:00", "签收时间": "2026-12-06T22:37:15.250000",'
              ' "办结日期": "2026-12-06", "标题": "2026-12-06T22:12 会商"}')
    assert "事发时间：（空） → 2026-12-06 22:12\n" in described
    assert "标题：（空） → 2026-12-06T22:12 会商" in described  # a text is shown as written
    assert "签收时间：（空） → 2026-12-06 22:37:15" in described  # seconds kept where they tell
    assert "办结日期：（空） → 2026-12-06" in described
