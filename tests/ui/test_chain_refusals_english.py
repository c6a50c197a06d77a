"""The refusals of 逐级负责 (core.responsibility, core.self_check), the note on a 纪检监察机关
setting outside the 通讯录 (core.petitions.paths) and a print font file's trouble on the 打印与字体
page (printing.fonts) read in English in the English window: they were f-strings, shown in
Chinese there. The names in them (people, units, files) stay as typed; the command line keeps the
Chinese, byte for byte (the tests of tests/chain and tests/ui/test_menu_paths.py)."""

from __future__ import annotations

import json
import re

import pytest

from officedesk.core import settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from officedesk.core.i18n import display
from officedesk.store.models import AppSetting
from tests.staff import staffed  # noqa: F401  (a fixture)

CJK = re.compile(r"[\u3400-\u9fff]")


def _chinese_left(shown: str, *names: str) -> list[str]:
    for name in names:
        shown = shown.replace(name, "")
    return CJK.findall(shown)


def test_the_drafters_own_check_is_refused_in_english(english, staffed):  # noqa: F811
    doc = outgoing.draft({"标题": "关于做好年终工作的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "李处长", "主送": "各乡镇"}, staffed["chuzhang"]).id
    with pytest.raises(ProcedureError) as refused:
        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    shown = display(refused.value.message)
    assert str(refused.value.message).startswith("李处长是这件发文的拟稿人，不能“核稿”")  # the CLI's
    assert "drafted this" in shown and "Tools → Approval chains and positions" in shown, shown
    assert _chinese_left(shown, "李处长") == [], shown


def test_a_step_of_anothers_post_names_its_holder_in_english(english, staffed):  # noqa: F811
    from officedesk.core import responsibility

    record = outgoing.draft({"标题": "关于做好年终工作的通知", "文种": "通知", "拟稿单位": "综合处",
                             "拟稿人": "张科员", "主送": "各乡镇"}, staffed["kuiyuan"])
    said = responsibility.refusal("outgoing", "核稿", record, staffed["zhuren"])
    assert said is not None and said.startswith("“核稿”应由")  # the CLI's, as it was
    shown = display(said)
    assert "is done by" in shown and "you are" in shown, shown
    # the names of the office's posts and people, as the 职务表 and the users have them
    assert _chinese_left(shown, "李处长", "办公室领导主任", "处长", "科长") == [], shown


def test_the_organ_setting_note_reads_in_english(english, db):
    from officedesk.core.petitions import paths

    settings.put("petitions.discipline_organ", "不存在的纪委", CLI_ACTOR)
    shown = display(paths.organ_setting_hint())
    assert "is no unit of the directory" in shown and "Tools → Settings → Petitions" in shown, shown
    assert _chinese_left(shown, "不存在的纪委") == [], shown


def test_the_printing_page_says_a_font_files_trouble_in_english(english, app_ctx, qtbot, tmp_path):
    from officedesk.ui.settings_dialog import SettingsDialog

    gone = tmp_path / "gone.ttf"
    AppSetting.replace(key="print.font.fangsong", value=json.dumps(str(gone))).execute()
    settings.forget_cache()
    dialog = SettingsDialog(app_ctx.actor)
    qtbot.addWidget(dialog)
    dialog.show_font_files()
    shown = dialog.font_report.text()
    assert f"The font file “{gone}” is not found" in shown, shown
    assert "Print font “FangSong (body)”" in shown and "Tools → Settings → Printing and fonts" in shown
    assert _chinese_left(shown) == [], shown
