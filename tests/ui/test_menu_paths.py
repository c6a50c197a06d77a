"""A refusal that sends the clerk somewhere names a place the window has. They named pages that
do not exist: 归档 “设置 → 机关” (the 全宗号 is on 工具 → 系统设置 → 单位信息), 职务表 and the
逐级负责 settings “系统设置 → 逐级负责” (a dialog of their own: 工具 → 审批链与职务), the 签发
list “系统设置 → 公文” (the 期限 page), the fonts “系统设置 → 打印” (打印与字体). Every path core
names (core.menu_paths) is walked in the window — its menu, the menu's item, the page or box of
the window it opens — in Chinese and in English, and the refusals name only such paths."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from officedesk.core import menu_paths, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.store.models import AppSetting

ROOT = Path(__file__).resolve().parents[2] / "officedesk"
PATH = re.compile(r"[\u4e00-\u9fff]+(?:\s*→\s*[\u4e00-\u9fff]+)+")


def _plain(text: str) -> str:
    """A menu's or item's text as a message says it: 工具(&T) → 工具, &Tools → Tools, 系统设置… → 系统设置."""
    return re.sub(r"\(&\w\)|&|…|\.\.\.$", "", text).strip()


def _walk(window, parts: list[str], seen: dict[str, list[str]] | None = None) -> str | None:
    """None when the window has the path (menu, item, page or box), else what is missing. `seen`:
    the parts a dialog showed, kept for the walks after in the same test (a settings dialog made
    anew for each of the hundred settings was most of the test's time)."""
    from officedesk.ui.chain_editor import ChainEditorDialog
    from officedesk.ui.settings_dialog import SettingsDialog

    menus = {_plain(a.text()): a.menu() for a in window.menuBar().actions() if a.menu()}
    if parts[0] not in menus:
        return f"no menu {parts[0]!r} among {list(menus)}"
    items = {_plain(a.text()): a for a in menus[parts[0]].actions() if a.text()}
    if len(parts) < 2 or parts[1] not in items:
        return f"no item {parts[1:2]!r} in {parts[0]} among {list(items)}"
    if len(parts) == 2:
        return None
    item = menu_paths.path(*parts[:2])
    if seen is not None and parts[1] in seen:
        found = seen[parts[1]]
        return None if parts[2] in found else f"no {parts[2]!r} in {item} among {found}"
    if parts[1] == display(menu_paths.SETTINGS):
        dialog: QWidget = SettingsDialog(CLI_ACTOR, window)
        found = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]
    elif parts[1] == display(menu_paths.CHAINS):
        dialog = ChainEditorDialog(CLI_ACTOR, window)
        found = [w.accessibleName() for w in dialog.findChildren(QWidget)]
        found += [_plain(label.text()) for label in dialog.findChildren(QLabel)]
    else:
        return f"{item} opens no window with parts"
    dialog.deleteLater()
    if seen is not None:
        seen[parts[1]] = found
    return None if parts[2] in found else f"no {parts[2]!r} in {item} among {found}"


def _parts(shown: str) -> list[str]:
    return [part.strip() for part in shown.split("→")]


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_path_core_names_is_in_the_window(language, main_window):
    seen: dict[str, list[str]] = {}
    missing = {path: why for path in menu_paths.named()
               if (why := _walk(main_window, _parts(display(path)), seen))}
    assert missing == {}


def test_every_setting_is_on_the_page_its_path_names(main_window):
    from officedesk.declared_settings import declare_all

    declare_all()
    assert {menu_paths.setting_path(s) for s in settings.declared()} <= set(menu_paths.named())
    seen: dict[str, list[str]] = {}
    for setting in settings.declared():
        assert _walk(main_window, _parts(menu_paths.setting_path(setting)), seen) is None, setting.key


def _refused(call, *args, **kwargs) -> str:
    try:
        call(*args, **kwargs)
    except OfficeDeskError as exc:
        return str(exc)
    raise AssertionError(f"{call.__name__} did not refuse")


def _messages(tmp_path) -> dict[str, str]:
    from officedesk.core import fields, positions
    from officedesk.core.documents import doc_rules
    from officedesk.core.petitions import paths as petition_paths
    from officedesk.exchange import guard
    from officedesk.printing import fonts, forms

    settings.put("documents.signers", "张三", CLI_ACTOR)
    AppSetting.replace(key="print.font.fangsong", value=json.dumps(str(tmp_path / "gone.ttf"))).execute()
    settings.forget_cache()
    settings.put("petitions.discipline_organ", "不存在的纪委", CLI_ACTOR)
    return {
        "职务": _refused(positions.check_position, "没有的职务"),
        "签发": _refused(doc_rules.check_signer, SimpleNamespace(kind="通知", main_to=""), "李四"),
        "缺字": forms.missing_text("龘"),
        "字体": str(fonts.setting_trouble("fangsong")),
        "日期": _refused(fields.check_date_window, dt.date(1900, 1, 1), "成文日期"),
        "导入行数": str(guard._too_many_rows(tmp_path / "a.xlsx", 10)),
        "纪检监察机关": petition_paths.organ_setting_hint(),
    }


def test_the_refusals_name_paths_the_window_has(main_window, tmp_path):
    messages = _messages(tmp_path)
    named = {name: PATH.findall(message) for name, message in messages.items()}
    assert all(named.values()), named  # each says where
    wrong = {name: [p for p in paths if _walk(main_window, _parts(p))]
             for name, paths in named.items()}
    assert {name: p for name, p in wrong.items() if p} == {}


def test_the_archive_refusal_names_the_page_of_the_fonds(db):
    """归档 without a 全宗号 said “设置 → 机关”; it is on 工具 → 系统设置 → 单位信息."""
    from officedesk.core.documents.archive import archive as archive_step
    from tests.documents.conftest import _set_up_office
    from tests.documents.helpers import incoming_to_done

    _set_up_office()
    settings.put("org.fonds", "", CLI_ACTOR)
    from officedesk.core.actor import Actor

    secretary = Actor(username="li", role="clerk", clearance=3, display_name="李文书")
    record = incoming_to_done(secretary)
    said = _refused(archive_step, "incoming", record.id, record.version, secretary, "永久", "BGS")
    assert "“工具 → 系统设置 → 单位信息”" in said, said


def test_no_message_below_the_window_spells_a_path_of_its_own():
    """Paths are made by core.menu_paths, so that one change of a menu is one change."""
    spelled = []
    for path in ROOT.rglob("*.py"):
        if "ui" in path.relative_to(ROOT).parts or path.name == "menu_paths.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(owner.body[0].value) for owner in ast.walk(tree)  # for the code's reader
                if isinstance(owner, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                and owner.body and isinstance(owner.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                    and re.search(r"(?:工具|设置)\s*→|文件\s*→\s*下载", node.value)):
                spelled.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]}")
    assert spelled == []
