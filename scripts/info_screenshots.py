"""Screenshots of the 信息 tab at 1366×768 in Chinese and English on the demo office: the
main window on 我的待办 of the 信息科长 and on the tab (a sudden event selected), the step dialog of 签发, the periodicals'
issues, the ranking and the 续报 form. Run offscreen; writes into the folder given (default
/tmp/shots):

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/info_screenshots.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["OFFICEDESK_HOME"] = str(folder / "home")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from officedesk import demo
    from officedesk.core import settings, users
    from officedesk.store import db as store_db
    from officedesk.store.info import InfoItem
    from officedesk.ui import i18n
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow
    from officedesk.ui.tasks import wait_for_all

    database = folder / "demo.db"
    if not database.exists():
        store_db.open_database(str(database))
        settings.put("org.name", "中共云岭县委办公室")
        settings.put("org.code", "云委办")
        demo.populate(60, seed=2026)
    else:
        store_db.open_database(str(database))

    def settle() -> None:
        for _ in range(30):
            app.processEvents()

    chief = users.actor_for(users.get_user("ty"))  # 信息科长
    sudden = InfoItem.select().where(InfoItem.category == "突发事件").first()
    to_sign = InfoItem.select().where(InfoItem.state == "待签发").first()
    if to_sign is None:  # one edited by the 信息科's 科员, waiting for its 科长
        from officedesk.core import steps

        waiting = InfoItem.select().where(InfoItem.state.in_(("待接收", "待初审", "待编辑"))) \
            .order_by(InfoItem.state.desc()).first()
        if waiting is not None:
            clerk = users.actor_for(users.get_user("ys"))
            if waiting.state == "待接收":
                steps.perform("info", waiting.id, "接收", {}, clerk)
            if InfoItem.get_by_id(waiting.id).state == "待初审":
                steps.perform("info", waiting.id, "初审", {"结论": "采"}, clerk)
            steps.perform("info", waiting.id, "编辑", {}, clerk)
            to_sign = InfoItem.get_by_id(waiting.id)
    for language in ("zh_CN", "en"):
        i18n.install(app, language)
        ctx = AppContext(chief, "demo.db",
                         QSettings(str(folder / f"ui-{language}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        window.tab_widgets["dashboard"].refresh()  # 我的待办 of the 信息科长
        settle()
        window.grab().save(str(folder / f"info-mywork-{language}.png"))
        tab = window.tab_widgets["info"]
        window.tabs.setCurrentWidget(tab)
        settle()
        tab.list.refresh()
        settle()
        if sudden is not None:
            tab.list.select_record(sudden.id)
        settle()
        window.grab().save(str(folder / f"info-tab-{language}.png"))
        if to_sign is not None:
            tab.list.select_record(to_sign.id)
            settle()
            dialog = tab.step_dialog("签发")
            dialog.show()
            settle()
            dialog.grab().save(str(folder / f"info-sign-{language}.png"))
            dialog.close()
        for name, make in (("issues", tab.show_issues), ("ranking", tab.show_ranking)):
            shown = make()
            shown.show()
            settle()
            shown.grab().save(str(folder / f"info-{name}-{language}.png"))
            shown.close()
        if sudden is not None:
            tab.list.select_record(sudden.id)
            settle()
            form = tab.followup_dialog()
            if form is not None:
                form.show()
                settle()
                form.grab().save(str(folder / f"info-followup-{language}.png"))
                form.close()
        window.close()
        settle()
    wait_for_all()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots"))
