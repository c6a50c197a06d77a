"""The database file (or its folder) made read-only while the program has it open: a write is
refused naming the file and what to do, not as damage and with no restore advice."""

from __future__ import annotations

import os
import sqlite3

from officedesk.store.db_errors import translate_error


def test_a_write_refused_by_a_read_only_file_names_it(db, monkeypatch):
    file = str(db.database)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: not (mode & os.W_OK and str(path) == file)
                        and real_access(path, mode, *a, **k))
    message = translate_error(sqlite3.OperationalError("attempt to write a readonly database"), "保存").message
    assert f"“{file}”" in message and "写入权限" in message, message
    assert "恢复备份" not in message and "restore" not in message and "已损坏" not in message, message


def test_without_a_read_only_place_the_old_words_stay(db):
    message = translate_error(sqlite3.OperationalError("attempt to write a readonly database"), "保存").message
    assert message == "无法打开或写入数据库（保存），请检查文件位置和权限。"
