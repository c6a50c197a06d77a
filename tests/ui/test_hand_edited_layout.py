"""A window settings file edited by hand (or cut short) never stops the window: an unreadable
remembered tab or filter is ignored, as the remembered splitters already were."""

from __future__ import annotations


def test_unreadable_remembered_tab_and_filters_are_ignored(app_ctx, qtbot):
    from officedesk.core import registry
    from officedesk.ui.main_window import MainWindow

    registry.load_all()
    app_ctx.settings.setValue("window/tab", "abc")
    for spec in registry.all_registries():
        for label in ("状态", "信访形式", "文种", "类别", "密级"):
            app_ctx.settings.setValue(f"filters/{spec.name}/{label}", "abc")
    app_ctx.settings.sync()
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == 0
    for index in range(window.tabs.count()):  # each tab builds its lists and filters
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
