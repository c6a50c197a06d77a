"""帮助 → 关于 said “公文、会议、督查、信访登记与打印” and no version: the 信息报送, 效能 and 逐级负责 a
clerk works with were missing, and a clerk asked which version he runs could not say."""

from __future__ import annotations

import pytest

from officedesk import __version__


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_about_box_names_the_version_and_every_part(language, app_ctx, qtbot, monkeypatch):
    from officedesk.ui import main_window

    said: list[str] = []
    monkeypatch.setattr(main_window, "info", lambda _parent, _title, text: said.append(text))
    window = main_window.MainWindow(app_ctx)
    qtbot.addWidget(window)
    about = [action for menu in window.menuBar().actions() for action in menu.menu().actions()
             if action.text().replace("&", "").split("(")[0] in ("关于", "About")]
    assert len(about) == 1
    about[0].trigger()
    assert len(said) == 1 and __version__ in said[0]
    words = ("信息报送", "效能", "逐级负责") if language == "zh_CN" else (
        "information reports", "efficiency", "who does each step")
    assert all(word in said[0] for word in words), said[0]
