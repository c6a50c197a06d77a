"""Interface language: Simplified Chinese (the source strings) or English (.qm translation)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from officedesk.core import i18n as core_i18n
from officedesk.resources import resource_path

_installed: list[QTranslator] = []


class _Translator(QTranslator):
    """Our .qm, with the context-free messages ("" context) as a fallback for any context.

    Some text reaches Qt under a context lupdate cannot know (helper functions such as _tr(),
    labels from lists, `parent.tr`); scripts/fill_translations.py puts every glossary entry
    into the "" context so that such text is translated too."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None  # None: not translated here (an empty string would be used)


def join_sentences(sentences: Iterable[str]) -> str:
    """Sentences one after another: a Chinese one ends in a full-width stop and needs no
    space; an English one gets a space before the next."""
    text = ""
    for sentence in sentences:
        if not sentence:
            continue
        if text and not text.endswith(("。", "；", "！", "？", " ")):
            text += " "
        text += sentence
    return text


def join_words(first: str, second: str) -> str:
    """Two words as one name: 新建 + 单位 is 新建单位 in Chinese, “New” + “Units” is “New Units”
    (an accessible name made of a translated verb and a registry's displayed label)."""
    cjk = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
    if not first or not second or cjk.match(first[-1]) or cjk.match(second[0]):
        return first + second
    return f"{first} {second}"


def chosen_language() -> str:
    return str(QSettings().value("ui/language", "zh_CN"))


def choose_language(code: str) -> None:
    QSettings().setValue("ui/language", code)


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Load our translation (English) or Qt's own Chinese strings for standard dialogs."""
    language = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "en":
        ours = _Translator(app)
        if ours.load(str(resource_path("translations", "officedesk_en.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", qt_translations):
            app.installTranslator(qt)
            _installed.append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    core_i18n.install(lambda context, text: QCoreApplication.translate(context, text))
    return language


def uninstall(app: QCoreApplication) -> None:
    """Back to the source strings (tests that switch the language)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
