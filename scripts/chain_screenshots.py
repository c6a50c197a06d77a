"""Screenshots for docs/: 我的待办 of a 副主任 and of a 科长 on the demo office, the chain
editor, and a 发文稿纸 with a 代录 签发. Run offscreen; writes into the folder given (default
/tmp/shots):

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/chain_screenshots.py
"""

from __future__ import annotations

import datetime as dt
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
    from officedesk.core import my_work, settings, steps, users
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.printing import forms
    from officedesk.store import db as store_db
    from officedesk.store.documents import OutgoingDoc
    from officedesk.ui.chain_editor import ChainEditorDialog
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow
    from officedesk.ui.tasks import wait_for_all

    database = folder / "demo.db"
    database.unlink(missing_ok=True)
    store_db.open_database(str(database))
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")
    demo.populate(60, seed=2026)

    def actor(name: str):
        return users.actor_for(users.get_user(name))

    chief, deputy, clerk = actor("wzy"), actor("wzg"), actor("zxy")  # 科长, 副主任, 文书
    draft = next(d for d in OutgoingDoc.select().where(OutgoingDoc.state == "拟稿中")
                 if d.drafting_unit.endswith("秘书科"))
    steps.perform("outgoing", draft.id, "核稿", {"opinion": "文字已核"}, chief)
    for who in ("wzg", "wzy"):
        ctx = AppContext(actor(who), "demo.db",
                         QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        window.tab_widgets["dashboard"].refresh()
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(folder / f"mywork-{who}.png"))
    dialog = ChainEditorDialog(CLI_ACTOR)
    dialog.show()
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(str(folder / "chain-editor.png"))
    item = next(i for i in my_work.my_pending(deputy) if i.step == "审核")
    steps.perform("outgoing", item.record_id, "审核", {"opinion": "同意，请李主任签发"}, deputy)
    steps.perform("outgoing", item.record_id, "签发",
                  {"signer": "李国强", "opinion": "同意印发", "signed_on": dt.date.today()}, clerk)
    pdf = forms.get("outgoing-draft").build([item.record_id], CLI_ACTOR)
    (folder / "draft.pdf").write_bytes(pdf)
    wait_for_all()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots"))
