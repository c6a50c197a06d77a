"""A week and a month calendar of meetings by room, beside the list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock
from officedesk.core import meetings as core
from officedesk.ui.widgets.layout_memory import remember
from officedesk.ui.widgets.table_keys import tab_moves_on

WEEKDAYS = "一二三四五六日"


def _weekday(index: int) -> str:
    """周一 … 周日, or Mon … Sun: the day names of the interface's language (QLocale)."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)
ID_ROLE = Qt.ItemDataRole.UserRole


class MeetingCalendar(QWidget):
    """周 view: rooms down, days across; 月 view: the month's weeks, each day listing its
    meetings with their room. Enter or a double click on a cell selects its first meeting."""

    meeting_chosen = Signal(int)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = clock.today()
        self.mode = QComboBox(self)
        self.mode.addItems([self.tr("周视图"), self.tr("月视图")])
        self.mode.setAccessibleName(self.tr("日历视图"))
        self.previous = self._button("◀", self.tr("上一周期"), lambda: self.step(-1))
        self.today_button = self._button(self.tr("今天"), self.tr("回到今天"), self.go_today)
        self.next = self._button("▶", self.tr("下一周期"), lambda: self.step(1))
        self.caption = QLabel(self)
        self.caption.setAccessibleName(self.tr("日历范围"))
        self.caption.setWordWrap(True)  # the range in English must not widen the window
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("会议日历"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_moves_on(self.table, editable=False)  # the arrows move between the days
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._chosen)
        self.table.cellActivated.connect(self._chosen)
        top = QHBoxLayout()
        for widget in (self.mode, self.previous, self.today_button, self.next):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.caption)  # a line of its own: beside the buttons it broke mid-word
        layout.addWidget(self.table, 1)
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        remember(ctx.settings, "meetings/calendar_view", self.mode)  # 周视图 or 月视图
        ctx.registry_changed.connect(
            lambda name: self.refresh() if name in ("meetings", "rooms") else None
        )
        self.refresh()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def is_month(self) -> bool:
        return self.mode.currentIndex() == 1

    def step(self, direction: int) -> None:
        if self.is_month():
            first, _last = core.month_of(self.day)
            self.day = (
                (first + dt.timedelta(days=32)).replace(day=1)
                if direction > 0
                else (first - dt.timedelta(days=1)).replace(day=1)
            )
        else:
            self.day += dt.timedelta(days=7 * direction)
        self.refresh()

    def go_today(self) -> None:
        self.day = clock.today()
        self.refresh()

    def refresh(self) -> None:
        if self.is_month():
            self._month()
        else:
            self._week()
        self._keep_times_whole()

    def _keep_times_whole(self) -> None:
        """No day column narrower than a start time or a line of its heading: a few pixels less
        (English, whose list takes more of the width) showed "09:…". The table asks the splitter
        for that room; a pane dragged narrower scrolls instead of cutting."""
        table, header = self.table, self.table.horizontalHeader()
        style = table.style()
        # the item view's text margin each side, and the grid line
        cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                             table) + 1) + 1
        times = {"00:00"} | {
            line[:5] for r in range(table.rowCount()) for c in range(table.columnCount())
            if (item := table.item(r, c)) is not None for line in item.text().split("\n")
            if line[:2].isdigit() and line[2:3] == ":"
        }
        cells = QFontMetrics(table.font())
        need = max(cells.horizontalAdvance(time) for time in times) + cell_margin
        headings = QFontMetrics(header.font())
        heading_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in range(table.columnCount()):
            item = table.horizontalHeaderItem(column)
            for line in (item.text() if item else "").split("\n"):
                need = max(need, headings.horizontalAdvance(line) + heading_margin)
        header.setMinimumSectionSize(need)
        table.setMinimumWidth(
            table.verticalHeader().sizeHint().width() + need * table.columnCount()
            + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        )

    def _entry(self, meeting: Any, with_room: bool) -> str:
        text = f"{meeting.start:%H:%M} {meeting.title}"
        return f"{text}（{core.room_label(meeting)}）" if with_room else text

    def _week(self) -> None:
        first, last = core.week_of(self.day)
        meetings = core.between(first, last, actor=self.ctx.actor)
        rooms = {name: items for name, items in core.by_room(meetings).items()}
        self.caption.setText(
            self.tr("%1 至 %2，共 %3 个会议")
            .replace("%1", first.isoformat())
            .replace("%2", last.isoformat())
            .replace("%3", str(len(meetings)))
        )
        self.table.clear()
        self.table.setColumnCount(7)
        self.table.setRowCount(len(rooms))
        # the date over the weekday: one line (11/30 周一) was cut in a laptop's narrow columns
        self.table.setHorizontalHeaderLabels(
            [
                f"{(first + dt.timedelta(days=d)).month}/{(first + dt.timedelta(days=d)).day}\n"
                + _weekday(d)
                for d in range(7)
            ]
        )
        self.table.setVerticalHeaderLabels(list(rooms))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(46)
        for r, items in enumerate(rooms.values()):
            for d in range(7):
                day = first + dt.timedelta(days=d)
                todays = [m for m in items if core.on_day(m, day)]
                self._fill(r, d, todays, with_room=False)

    def _month(self) -> None:
        first, last = core.month_of(self.day)
        start = first - dt.timedelta(days=first.weekday())
        weeks = ((last - start).days // 7) + 1
        meetings = core.between(start, start + dt.timedelta(days=7 * weeks - 1), actor=self.ctx.actor)
        count = sum(1 for m in meetings if first <= m.start.date() <= last)
        self.caption.setText(
            self.tr("%1年%2月，共 %3 个会议")
            .replace("%1", str(first.year))
            .replace("%2", str(first.month))
            .replace("%3", str(count))
        )
        self.table.clear()
        self.table.setColumnCount(7)
        self.table.setRowCount(weeks)
        self.table.setHorizontalHeaderLabels([_weekday(d) for d in range(7)])
        self.table.setVerticalHeaderLabels([""] * weeks)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(84)
        for w in range(weeks):
            for d in range(7):
                day = start + dt.timedelta(days=7 * w + d)
                todays = [m for m in meetings if core.on_day(m, day)]
                self._fill(w, d, todays, with_room=True, day=day, dim=not first <= day <= last)

    def _fill(
        self,
        row: int,
        column: int,
        items: list[Any],
        with_room: bool,
        day: dt.date | None = None,
        dim: bool = False,
    ) -> None:
        lines = [str(day.day)] if day is not None else []
        lines += [self._entry(m, with_room) for m in items]
        cell = QTableWidgetItem("\n".join(lines))
        cell.setData(ID_ROLE, [m.id for m in items])
        cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if items:
            cell.setToolTip(
                "\n".join(
                    f"{core.span_text(m)} {m.title}（{core.room_label(m)}，"
                    f"{m.status}）"
                    for m in items
                )
            )
            cell.setBackground(QColor("#dbe9f8") if not dim else QColor("#eeeeee"))
        if dim:
            cell.setForeground(Qt.GlobalColor.gray)
        if day is not None and day == clock.today():
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
        self.table.setItem(row, column, cell)

    def ids_at(self, row: int, column: int) -> list[int]:
        item = self.table.item(row, column)
        return list(item.data(ID_ROLE) or []) if item else []

    def _chosen(self, row: int, column: int) -> None:
        ids = self.ids_at(row, column)
        if ids:
            self.meeting_chosen.emit(ids[0])
