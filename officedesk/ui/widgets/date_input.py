"""The one input for a date or a date and time, typed as clerks write it.

A QDateEdit steps through year/month/day sections by itself: "2027-1-5" typed into it became
2027-12-15, and an optional one (a "blank" minimum date) took no typing at all. `DateInput` is a
line edit that keeps the text as typed (2026-3-5, 20260305, 2026/3/5, 2026年3月5日, with a time
for a date-time: 2026-3-5 9:30) and leaves its reading to core (fields.parse_date /
parse_datetime): one rule, one place, the same as the command line and imports.

Empty is "not given" (an optional field says so in its placeholder). Up/Down move the day by one,
PgUp/PgDn the month; the calendar button (or Alt+Down, F4) opens a calendar for the mouse."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from officedesk.core import clock
from officedesk.core.errors import ValidationError
from officedesk.core.fields import (
    DATE,
    DATETIME,
    FieldSpec,
    date_window,
    parse_date,
    parse_datetime,
    parse_value,
    time_dropped_text,
)
from officedesk.core.i18n import display


def date_words(field: FieldSpec) -> str:
    """A date field's declared words for its box (不填则为今天, 按批示件上的日期填写), translated;
    not an example date (会议's 2026-12-03 09:00), which the box gives in its own form."""
    if not field.placeholder:
        return ""
    try:
        parse_value(replace(field, required=False, check=None), field.placeholder)
    except ValidationError:
        return display(field.placeholder)
    return ""


class DateInput(QLineEdit):
    """`DateInput(parent, label="办结时限", optional=True)`; `with_time=True` for a date and time.

    `value()` is the parsed date (None when an optional one is empty) or raises core's
    ValidationError; `typed()` is the parsed value where it reads, else the text as typed, for a
    form that passes it on to core to be refused there."""

    def __init__(self, parent: QWidget | None = None, *, label: str = "", optional: bool = False,
                 with_time: bool = False, value: dt.date | None = None, blank: str = "") -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.optional = optional
        self.label = label or ("时间" if with_time else "日期")
        if with_time:
            example = self.tr("如 2026-3-5 9:30")
        else:
            example = self.tr("如 2026-3-5")
        # `blank`: what an empty optional date means (its field's declared placeholder, already
        # translated: 不填则为今天); without one, only that it may be left empty
        # (a required one's: what to give, 按批示件上的日期填写)
        if blank:
            self.setPlaceholderText(self.tr("%1（%2）").replace("%1", blank).replace("%2", example))
        elif optional:
            self.setPlaceholderText(self.tr("不填（%1）").replace("%1", example))
        else:
            self.setPlaceholderText(example)
        self.setMaxLength(40)
        self.popup: _CalendarPopup | None = None
        action = self.addAction(_calendar_icon(self.palette()), QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("从日历中选择（Alt+↓）"))
        action.triggered.connect(self.show_calendar)
        # marked where it is as the clerk leaves it: dialogs that say why in a box keep the mark
        self.editingFinished.connect(self._mark)
        self.set_value(value)

    def _mark(self) -> None:
        # a date-only input given a time of day keeps the date (core's rule): shown as kept, and said
        told = None if self.with_time else time_dropped_text(self._spec(), self.text())
        if told is not None:
            self.setText(parse_date(self.text().strip(), self.label).isoformat())
        problem = self.problem()
        self.setProperty("invalid", bool(problem))
        self.setStyleSheet("QLineEdit { border: 1px solid #c00000; }" if problem else "")
        self.setToolTip(problem or (display(told) if told is not None else ""))

    def _spec(self) -> FieldSpec:
        return FieldSpec("day", self.label, kind=DATETIME if self.with_time else DATE)

    # ---- value
    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setText("")
        elif self.with_time:
            moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
            self.setText(moment.strftime("%Y-%m-%d %H:%M"))
        else:
            day = value.date() if isinstance(value, dt.datetime) else value
            self.setText(day.isoformat())

    def is_empty(self) -> bool:
        return not self.text().strip()

    def value(self) -> Any:
        """The date (or date and time) typed; None for an empty optional one. Raises core's
        ValidationError (named by this input's label) for anything else."""
        if self.is_empty():
            if self.optional:
                return None
            # core's words for a required field left empty (not "“” is no date")
            parse_value(FieldSpec("day", self.label, kind=DATETIME if self.with_time else DATE,
                                  required=True), None)
        text = self.text().strip()
        return parse_datetime(text, self.label) if self.with_time else parse_date(text, self.label)

    def typed(self) -> Any:
        """What a form hands to core: None when empty, the value where it reads, else the text."""
        if self.is_empty():
            return None
        try:
            return self.value()
        except ValidationError:
            return self.text().strip()

    def problem(self) -> str:
        """Core's message for what is typed ("" when it reads or is empty)."""
        if self.is_empty():
            return ""
        try:
            self.value()
        except ValidationError as exc:
            return exc.message
        return ""

    # ---- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        steps = {Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1),
                 Qt.Key.Key_PageUp: (1, 0), Qt.Key.Key_PageDown: (-1, 0)}
        if key in steps and not mods & (Qt.KeyboardModifier.ControlModifier
                                        | Qt.KeyboardModifier.AltModifier):
            self.step(*steps[key])
            return
        super().keyPressEvent(event)

    def step(self, months: int, days: int) -> None:
        """Move the date typed (today when empty) by months and days; unreadable text stays."""
        try:
            current = None if self.is_empty() else self.value()
        except ValidationError:
            return
        if current is None:
            current = clock.now().replace(second=0, microsecond=0) if self.with_time else clock.today()
        self.set_value(_add_months(current, months) + dt.timedelta(days=days))

    # ---- mouse
    def show_calendar(self) -> None:
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.chosen.connect(self._chosen)
        low, high = date_window()
        self.popup.setDateRange(QDate(low), QDate(high))
        try:
            current = None if self.is_empty() else self.value()
        except ValidationError:
            current = None
        day = current.date() if isinstance(current, dt.datetime) else (current or clock.today())
        self.popup.setSelectedDate(QDate(day))
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.popup.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else QRect()
        if screen.isValid() and below.y() + self.popup.height() > screen.bottom():
            below = self.mapToGlobal(QPoint(0, -self.popup.height()))  # no room below: above
        self.popup.move(below)
        self.popup.show()
        self.popup.setFocus()

    def _chosen(self, day: QDate) -> None:
        picked: dt.date = day.toPython()  # type: ignore[assignment]
        if self.with_time:
            try:
                current = None if self.is_empty() else self.value()
            except ValidationError:
                current = None
            at = current.time() if isinstance(current, dt.datetime) else dt.time(9, 0)
            self.set_value(dt.datetime.combine(picked, at))
        else:
            self.set_value(picked)
        self.setFocus()
        self.editingFinished.emit()  # checked as when the clerk leaves the field


class _CalendarPopup(QCalendarWidget):
    """A month to click in; Enter or a click takes the day, Esc closes."""

    chosen = Signal(QDate)

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(owner.accessibleName() or self.tr("日历"))
        self.clicked.connect(self._take)
        self.activated.connect(self._take)

    def _take(self, day: QDate) -> None:
        self.close()
        self.chosen.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def _add_months(value: Any, months: int) -> Any:
    """The same day `months` later, on the month's last day where it has fewer (1-31 → 2-28)."""
    if not months:
        return value
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    day = min(value.day, calendar.monthrange(year, month + 1)[1])
    return value.replace(year=year, month=month + 1, day=day)


def _calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar drawn in the text colour (the program ships no icon files)."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    colour = palette.color(QPalette.ColorRole.Text)
    painter.setPen(QPen(colour, 1))
    painter.drawRect(1, 3, 13, 11)
    painter.fillRect(1, 3, 14, 3, colour)
    for x in (4, 11):
        painter.drawLine(x, 1, x, 4)
    for row in (8, 11):
        for x in (4, 7, 10):
            painter.fillRect(x, row, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)
