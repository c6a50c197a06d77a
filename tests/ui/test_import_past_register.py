"""The window imports a past year's 台账 as `import --history` does: its import check offers
“按往年台账导入” (with a tooltip saying what it does) for a registry whose records have states,
and the refusals it shows name that button, not the command line's --history, which the command
line's report keeps. The notes' “另有 N 行未列出” names no --json in the window either."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from officedesk.core import audit, petitions
from officedesk.core.directory import ROOMS
from officedesk.core.documents import incoming
from officedesk.core.i18n import display
from officedesk.exchange import notes, xlsx
from officedesk.store.petitions import Petition
from officedesk.ui import actions
from officedesk.ui.widgets.list_question import ListQuestion
from tests.exchange.sheets import write_sheet
from tests.petitions.conftest import ID_ZHANG

REPLIED = {"登记日期": dt.date(2025, 5, 1), "信访形式": "来信", "信访人": "张建国",
           "问题类别": "城乡建设", "反映内容": "路灯不亮", "状态": "已答复", "处理方式": "直接答复",
           "处理日期": dt.date(2025, 5, 3), "答复意见": "已修复。", "答复日期": dt.date(2025, 5, 9)}
# accepted then, refused today: a 复查 asked after its 30 日, a 复核 with no 复查 before it
PAST_ROWS = [
    {**REPLIED, "状态": "复查中", "复查复核": "复查", "复查复核申请日期": dt.date(2025, 6, 20)},
    {**REPLIED, "信访人": "李桂兰", "状态": "复核中", "复查复核": "复核",
     "复查复核申请日期": dt.date(2025, 5, 20)},
]


class Asked:
    """Every question of the import, asked in the real dialog (not shown), answered in turn."""

    def __init__(self, answers: list[str | None]) -> None:
        self.answers = answers
        self.seen: list[dict[str, Any]] = []

    def __call__(self, parent, title, summary, lines, choices, reject_text, warning=True, tips=None):
        dialog = ListQuestion(parent, title, summary, lines, choices, reject_text, warning, tips)
        buttons = {answer: (button.text(), button.toolTip()) for answer, button in dialog.buttons.items()}
        dialog.deleteLater()
        self.seen.append({"title": title, "summary": summary, "lines": list(lines), "buttons": buttons})
        return self.answers.pop(0)


def _import(main_window, qtbot, monkeypatch, spec, path, answers) -> tuple[Asked, list[tuple[str, str]]]:
    """File → 导入 Excel of `path` into `spec`, the import's questions answered in turn."""
    asked, infos = Asked(answers), []
    monkeypatch.setattr(actions, "choose_registry", lambda window, purpose: spec)
    monkeypatch.setattr(actions.QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    monkeypatch.setattr(actions, "ask_over_list", asked)
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append((title, text)))
    declined = answers[-1] is None  # the last question is answered 不导入: nothing follows it
    actions.import_xlsx(main_window)
    qtbot.waitUntil(lambda: bool(infos) or declined and not asked.answers, timeout=15000)
    return asked, infos


def test_the_window_imports_a_past_register_the_plain_import_refuses(main_window, qtbot, tmp_path,
                                                                      monkeypatch):
    path = write_sheet(petitions.SPEC, tmp_path / "2025年信访台账.xlsx", PAST_ROWS)
    asked, infos = _import(main_window, qtbot, monkeypatch, petitions.SPEC, path, ["history", "import"])
    check, confirm = asked.seen
    # the plain check refuses both rows, naming the window's way in, not the command line's
    assert check["title"] == "导入检查" and len(check["lines"]) == 2, check
    for line in check["lines"]:
        assert "请按往年台账导入（在导入检查中点“按往年台账导入”）" in line, line
        assert "--" not in line and "命令行" not in line, line
    text, tip = check["buttons"]["history"]
    assert text.replace("&", "").startswith("按往年台账导入")  # with its Alt+letter
    assert "任何状态" in tip and "导入历史台账" in tip
    # checked again as a past register: the rows pass, the choice is not offered twice
    assert confirm["title"] == "导入确认（往年台账）" and "history" not in confirm["buttons"], confirm
    assert infos and infos[0][0] == "导入完成", infos
    made = list(Petition.select().order_by(Petition.id))
    assert [p.state for p in made] == ["复查中", "复核中"]
    actor = main_window.ctx.actor
    assert all(any("导入历史台账" in e.summary for e in audit.history("petitions", p.id, actor))
               for p in made)


def test_the_command_line_s_report_keeps_its_history_option(db, admin, tmp_path):
    """What `officedesk import` prints for the same refusals (str(problem)) names --history."""
    path = write_sheet(petitions.SPEC, tmp_path / "p.xlsx", PAST_ROWS)
    report = xlsx.import_file(petitions.SPEC, path, admin)
    assert [p.row for p in report.problems] == [2, 3]
    assert all("往年台账中的，请按往年台账导入（命令行：--history）" in str(p) for p in report.problems)
    assert not any("--" in display(p.text()) for p in report.problems)


def test_a_state_without_its_facts_names_no_option_in_the_window(main_window, qtbot, tmp_path,
                                                                 monkeypatch):
    spec = incoming.INCOMING
    row = {"收文日期": "2025-03-02", "来文机关": "省委办公厅", "标题": "旧文", "状态": "已归档",
           "办结日期": "2025-03-20"}
    path = write_sheet(spec, tmp_path / "old.xlsx", [row])
    cli = xlsx.import_file(spec, path, main_window.ctx.actor)
    assert "导入往年台账时请在对应列填写这些内容（命令行：import --history）" in str(cli.problems[0])
    asked, _ = _import(main_window, qtbot, monkeypatch, spec, path, [None])
    [line] = asked.seen[0]["lines"]
    assert "导入往年台账时请在对应列填写这些内容，或不填状态" in line and "--" not in line, line
    assert "history" in asked.seen[0]["buttons"]  # 收文 has a past register too


def test_a_directory_is_offered_no_past_register(main_window, qtbot, tmp_path, monkeypatch):
    """单位, 人员, 会议室 have no states: their import asks as before."""
    path = write_sheet(ROOMS, tmp_path / "rooms.xlsx", [{"名称": "第一会议室", "容量": 60}])
    asked, _ = _import(main_window, qtbot, monkeypatch, ROOMS, path, [None])
    assert list(asked.seen[0]["buttons"]) == ["import"]


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_notes_left_out_name_no_json_in_the_window(main_window, qtbot, tmp_path, monkeypatch,
                                                       language):
    """Rows past the notes' cap are counted: “（命令行：--json 列出全部）” on the command line,
    nothing the window cannot do in the window."""
    monkeypatch.setattr(notes, "MAX_NOTES", 1)
    admin = main_window.ctx.actor
    row = {"登记日期": "2026-03-05", "信访形式": "来信", "信访人": "张建国", "身份证号": ID_ZHANG,
           "问题类别": "劳动社保", "反映内容": "反映单位一直未缴纳社会保险，要求补缴。"}
    petitions.register_petition({**row, "登记日期": "2026-03-02"}, None, admin)
    path = write_sheet(petitions.SPEC, tmp_path / "p.xlsx", [row, {**row, "登记日期": "2026-03-06"}])
    report = xlsx.import_file(petitions.SPEC, path, admin, dry_run=True)
    assert "……另有 1 行未列出（命令行：--json 列出全部）。" in report.summary()
    asked, _ = _import(main_window, qtbot, monkeypatch, petitions.SPEC, path, [None])
    summary = asked.seen[0]["summary"]
    assert "--" not in summary and "json" not in summary, summary
    assert ("另有 1 行未列出。" if language == "zh_CN" else "… 1 more not listed.") in summary, summary
