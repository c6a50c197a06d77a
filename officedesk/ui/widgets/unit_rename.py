"""The question before a unit's rename is saved (通讯录 → 单位 → 修改 → 单位名称): it names what
follows the unit to its new 名称 — the users' 岗位, per registry the records and the office
settings that name it — from core's count (unit_renaming.rename_effects), 取消 the default, so that
nothing is rewritten unasked. It is asked only of a rename the save would take
(unit_renaming.check_rename): a refusal (a 名称 taken, a record above the renamer's clearance) is
raised to the form, which shows it at the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from officedesk.core import unit_renaming
from officedesk.core.i18n import display
from officedesk.ui.widgets.messages import confirm


def _tr(text: str) -> str:
    return QCoreApplication.translate("unit_rename", text)


def rename_question(old: str, new: str, effects: unit_renaming.RenameEffects) -> str:
    """The sentence naming what follows; "" when nothing does (then nothing is asked)."""
    parts = []
    if effects.posts:
        parts.append(_tr("%1 个岗位（单位或分管）").replace("%1", str(effects.posts)))
    if effects.records:
        parts.append(_tr("、").join(
            _tr("%1 %2 件").replace("%1", QCoreApplication.translate("fields", label))
            .replace("%2", str(number))
            for label, number in effects.records))
    if effects.settings:
        parts.append(_tr("系统设置（%1）").replace(
            "%1", _tr("、").join(display(label) for label in effects.settings)))
    if not parts:
        return ""
    return (_tr("更名后，使用该单位的%1随之改为新名称。确定把“%2”更名为“%3”吗？")
            .replace("%1", _tr("和").join(parts)).replace("%2", old).replace("%3", new))


def ask_unit_rename(parent: QWidget, record: Any, changes: dict[str, Any], actor: Any) -> bool:
    """True: save. A correction that keeps the 名称 saves unasked; one core refuses raises
    its refusal (ValidationError …) unasked."""
    old = record.name
    new = str(changes.get("name") or old).strip()
    if new == old:
        return True
    question = rename_question(old, new, unit_renaming.check_rename(record, new, actor))
    return not question or confirm(parent, _tr("单位更名"), question, danger=True, yes=_tr("更名"))
