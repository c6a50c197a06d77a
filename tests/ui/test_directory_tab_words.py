"""通讯录's sub-tabs read as the lists they are: “Units”, “People”, “Meeting rooms”, “Ranks” in
English — the first read “Unit”, the field's word (单位 beside a record), which stays “Unit”."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_directory_sub_tabs_are_plural_and_the_field_stays_singular(app_ctx, qtbot, language):
    from officedesk.ui.directory import DirectoryTab

    tab = DirectoryTab(app_ctx)
    qtbot.addWidget(tab)
    titles = [tab.tabText(i) for i in range(tab.count())]
    if language == "zh_CN":
        assert titles == ["单位", "人员", "会议室", "职级"]
        return
    assert titles == ["Units", "People", "Meeting rooms", "Ranks"]
    assert QCoreApplication.translate("fields", "单位") == "Unit"  # the field's own word
    assert list(tab.pages) == ["units", "people", "rooms", "ranks"]


def test_fill_translations_gives_an_in_context_english_in_that_context_only():
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    try:
        import fill_translations
    finally:
        sys.path.pop(0)
    tree = ET.ElementTree(ET.fromstring(
        "<TS><context><name>DirectoryTab</name><message><source>单位</source>"
        "<translation type='unfinished'/></message></context>"
        "<context><name>fields</name><message><source>单位</source>"
        "<translation type='unfinished'/></message></context></TS>"))
    fill_translations.fill(tree, {"单位": "Unit"}, {("DirectoryTab", "单位"): "Units"})
    found = {c.findtext("name"): c.findtext("message/translation") for c in tree.getroot()
             if c.findtext("name")}
    assert found == {"DirectoryTab": "Units", "fields": "Unit"}
    assert fill_translations.load_in_context()[("DirectoryTab", "单位")] == "Units"
