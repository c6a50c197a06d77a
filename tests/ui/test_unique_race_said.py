"""A unique column's refusal that reached the event loop untranslated (two workstations adding
the same unit or room at once, past the rule's read; no registry's FieldSpec names it): the
clerk reads that the value is taken and what to do, not 程序出错 and a trace."""

from __future__ import annotations

import sys

import peewee
from PySide6.QtWidgets import QMessageBox


def _shown_for(error: BaseException, monkeypatch, tmp_path) -> list[tuple[str, str]]:
    from officedesk import app

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_crash_handler(tmp_path / "officedesk.log")
    sys.excepthook(type(error), error, None)
    return shown


def test_a_unique_refusal_no_save_said_is_no_crash(qapp, monkeypatch, tmp_path):
    shown = _shown_for(peewee.IntegrityError("UNIQUE constraint failed: unit.name"), monkeypatch, tmp_path)
    assert len(shown) == 1
    title, message = shown[0]
    assert title != "程序出错" and "意外错误" not in message
    assert "没有保存" in message and "不能重复" in message


def test_postgresql_duplicate_key_is_said_by_its_record_and_value(qapp, monkeypatch, tmp_path):
    error = peewee.IntegrityError('duplicate key value violates unique constraint "periodical_name"\n'
                                  "DETAIL:  Key (name)=(每日要情) already exists.")
    shown = _shown_for(error, monkeypatch, tmp_path)
    assert len(shown) == 1 and "每日要情" in shown[0][1] and "刊物" in shown[0][1] and "意外错误" not in shown[0][1]


def test_another_integrity_error_is_still_a_defect(qapp, monkeypatch, tmp_path):
    """Not every IntegrityError is a clerk's: a NOT NULL the program failed to fill is its own
    defect, reported as such with the log."""
    monkeypatch.delenv("OFFICEDESK_NO_CRASH_DIALOG", raising=False)
    shown = _shown_for(peewee.IntegrityError("NOT NULL constraint failed: unit.name"), monkeypatch, tmp_path)
    assert len(shown) == 1 and shown[0][0] == "程序出错"
