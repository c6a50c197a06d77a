"""Fixtures shared by the window tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture
def english(qtbot):
    """The interface in English for one test, Chinese again after it."""
    from officedesk.ui import i18n

    app = QApplication.instance()
    locale = QLocale()
    assert i18n.install(app, "en") == "en"
    try:
        yield app
    finally:
        i18n.install(app, "zh_CN")
        QLocale.setDefault(locale)


@pytest.fixture
def language(request, qapp):
    """The interface in `request.param` ("zh_CN", "en"): parametrize with indirect=True."""
    from officedesk.ui import i18n

    i18n.install(qapp, request.param)
    yield request.param
    i18n.uninstall(qapp)


@pytest.fixture
def boxes(monkeypatch):
    """The error boxes shown (QMessageBox.critical), as (title, text), answered OK."""
    shown: list[tuple[str, str]] = []

    def critical(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown
