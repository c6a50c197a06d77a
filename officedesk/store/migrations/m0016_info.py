"""Schema version 16: the information registry's tables (信息报送) and its three periodicals."""

from __future__ import annotations

import peewee

DEFAULT_PERIODICALS = (
    # name, 报, 送, 发
    ("每日要情", "市委办公室、市政府办公室", "县委、县政府领导同志", "各乡镇党委、县直各单位"),
    ("信息专报", "市委办公室", "县委主要领导同志", ""),
    ("工作动态", "市委办公室、市政府办公室", "县四套班子领导同志", "各乡镇党委、县直各单位"),
)


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import info

    db.create_tables(info.MODELS)
    for position, (name, up, to, down) in enumerate(DEFAULT_PERIODICALS, 1):
        info.Periodical.insert(name=name, send_up=up, send_to=to, send_down=down,
                               position=position, created_by="system",
                               updated_by="system").on_conflict_ignore().execute()
