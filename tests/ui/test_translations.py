"""English interface: every GUI string translated, placeholders kept, the main window in English.

After adding GUI strings: scripts/build_translations.py, then scripts/fill_translations.py
(glossary: resources/translations/en_glossary.py), then scripts/build_translations.py --no-update.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "officedesk_en.ts"
QM = TS.with_suffix(".qm")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+|Ln)")


def messages(path: Path = TS):
    """(context, source, [translations], translation element) of every message."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield (
                name,
                message.findtext("source") or "",
                forms or [translation.text or ""],
                translation,
            )


def tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


def test_every_message_is_translated():
    unfinished = [
        (context, source)
        for context, source, texts, translation in messages()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts)
    ]
    assert unfinished == [], (
        "untranslated GUI strings: run scripts/build_translations.py, add them to "
        "resources/translations/en_glossary.py, run scripts/fill_translations.py and "
        f"scripts/build_translations.py --no-update: {unfinished}"
    )


def test_placeholders_accelerators_and_newlines_are_kept():
    wrong = []
    for context, source, texts, translation in messages():
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append((context, source, text, "placeholders"))
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                wrong.append((context, source, text, "&-accelerator"))
            if source.count("\n") != text.count("\n"):
                wrong.append((context, source, text, "newlines"))
        if translation.findall("numerusform") and "%n" not in source:
            wrong.append((context, source, texts, "plural forms without %n"))
    assert wrong == []


def test_the_code_has_no_string_missing_from_the_ts(tmp_path):
    """Strings added to the GUI since the .ts was last updated (lupdate into a scratch file)."""
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    sources = sorted(str(p) for p in (ROOT / "officedesk" / "ui").rglob("*.py"))
    scratch = tmp_path / "scratch.ts"
    subprocess.run(
        [
            lupdate,
            *sources,
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            "-ts",
            str(scratch),
        ],
        check=True,
        capture_output=True,
    )
    translated = {
        (context, source) for context, source, texts, t in messages() if t.get("type") is None
    }
    new = sorted({(c, s) for c, s, _, _ in messages(scratch)} - translated)
    assert new == [], f"run scripts/build_translations.py and scripts/fill_translations.py: {new}"


def test_the_qm_is_compiled_from_the_ts(tmp_path):
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/build_translations.py --no-update"


def test_every_glossary_entry_is_a_fallback_message():
    """lupdate drops the context-free fallback copies; fill_translations.py puts them back."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import fill_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    glossary = fill_translations.load_glossary()
    fallback = {source for context, source, _, _ in messages() if context == ""}
    assert sorted(set(glossary) - fallback) == [], "run scripts/fill_translations.py"


def test_no_source_is_translated_in_two_glossary_files():
    """The glossary files are read in name order, the later one winning: a source given in two
    of them had the earlier file's English silently replaced (初审 was Preliminary review in one
    and Screening in the other)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import fill_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    first = fill_translations.GLOSSARY
    where: dict[str, list[str]] = {}
    for path in [first, *sorted(first.parent.glob(first.stem + "_*.py"))]:
        for source in fill_translations._glossary_file(path):
            where.setdefault(source, []).append(path.name)
    twice = {source: files for source, files in where.items() if len(files) > 1}
    assert twice == {}, "give each source once (keep the English the program shows)"


@pytest.fixture
def english(qtbot):
    """The English translator for one test; the Chinese interface (and locale) come back after."""
    from officedesk.ui import i18n, tabs

    tabs.tab_modules()  # imported in Chinese, as in the other tests: their TITLE stays Chinese
    app = QApplication.instance()
    locale = QLocale()
    assert i18n.install(app, "en") == "en"
    try:
        yield app
    finally:
        i18n.install(app, "zh_CN")
        QLocale.setDefault(locale)


def test_main_window_in_english(english, app_ctx, qtbot):
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Go", "&Tools", "&Help"]
    items = [
        item.text()
        for menu in window.menuBar().actions()
        for item in menu.menu().actions()
        if not item.isSeparator()
    ]
    assert items and [text for text in items if CJK.search(text)] == []

    tab_texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tab_texts[0] == "Dashboard" and "Directory" in tab_texts
    assert [text for text in tab_texts if CJK.search(text)] == []
    for index in range(window.tabs.count()):  # a tab is built when first shown
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == tab_texts
    assert window.windowTitle() == "OfficeDesk"
    assert window.db_label.text().startswith("Database: ")
    assert window.user_label.text().endswith("(Administrator, clearance: Top secret)")


def test_text_outside_lupdate_s_reach_is_translated_too(english):
    """Through helper functions (_tr) and lists, by the context-free fallback messages."""
    assert QCoreApplication.translate("petitions", "处理信访事项") == "Decide on petition"
    assert QCoreApplication.translate("batch_print", "部分未打印") == "Some not printed"
    assert QCoreApplication.translate("meetings", "签到表") == "Sign-in sheet"
    assert QCoreApplication.translate("RegistryListView", "共 %n 条", "", 1) == "1 record"
    assert QCoreApplication.translate("RegistryListView", "共 %n 条", "", 3) == "3 records"
    assert QCoreApplication.translate("nowhere", "不是界面文字") == "不是界面文字"
