"""Small table models of one item: its tasks (with their lights) and a task's reports, and the
per-unit figures of a 通报. A few dozen rows each, read from core in one query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from officedesk.core import clock
from officedesk.core import supervision as sv
from officedesk.core.i18n import display
from officedesk.core.supervision import shown_deadlines

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("supervision", text)


def light_colour(light: sv.Light) -> QColor:
    return QColor(light.hex)


class _ListModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()
    LIGHT_COLUMN = -1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.today: dt.date = clock.today()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows, self.today = list(rows), clock.today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section])
        return None

    def texts(self, row: Any) -> list[str]:
        """Each table model (subclass) supplies its own row texts."""
        raise NotImplementedError  # abstract hook

    def light(self, row: Any) -> sv.Light | None:
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(row)[index.column()]
        if index.column() == self.LIGHT_COLUMN and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            light = self.light(row)
            if light is None:
                return None
            colour = light_colour(light)
            if role == Qt.ItemDataRole.BackgroundRole:
                return colour
            return QColor("white") if colour.lightness() < 140 else QColor("black")
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class TasksModel(_ListModel):
    HEADERS = (
        "序号",
        "预警",
        "牵头单位",
        "协办单位",
        "责任人",
        "时限",
        "进度",
        "下次反馈",
        "状态",
        "办理要求",
    )
    LIGHT_COLUMN = 1

    def light(self, row: Any) -> sv.Light:
        return sv.task_light(row, self.today)

    def texts(self, row: Any) -> list[str]:
        task = row
        done = task.status == sv.TASK_DONE
        return [
            str(task.seq),
            display(self.light(task).text),
            task.lead_unit,
            task.co_units,
            task.responsible,
            display(shown_deadlines.task_deadline(task)),  # 暂按 only when counted
            f"{task.progress}%",
            "" if done or task.next_report_due is None else task.next_report_due.isoformat(),
            f"{_tr(task.status)} {task.done_on.isoformat()}"  # English: Closed 2026-03-19
            if done and task.done_on
            else _tr(task.status),
            task.requirement,
        ]


class ReportsModel(_ListModel):
    HEADERS = ("反馈日期", "进度", "进展情况", "存在困难", "下一步措施", "填报人")

    def texts(self, row: Any) -> list[str]:
        return [
            row.report_date.isoformat(),
            f"{row.percent}%",
            row.progress_text,
            row.difficulties,
            row.next_steps,
            row.created_by,
        ]


class UnitFiguresModel(_ListModel):
    HEADERS = (
        "牵头单位",
        "在办",
        "应办结",
        "已办结",  # a count (the glossary's 办结 is the step: “Close”)
        "按期办结",
        "逾期办结",
        "逾期未办结",
        "办结率（按件计）",
        "按期办结率（按件计）",
    )

    def texts(self, row: Any) -> list[str]:
        return row.cells()
