"""Values an imported cell holds, as its reader tells them to core's fields.

A number read from a cell whose format is known not to be a percentage (an .xlsx whose cell
formats the import guard read: exchange/guard_styles.py) is a `PlainNumber`: a fraction in a
进度 column is then what the clerk typed, 0.8, not a 百分比 cell's 80% — fields._percent_cell
refuses a bare float only where the format cannot be known (an .xls, an .ods, an .xlsx without
readable styles). A cell formatted as a percentage reaches core as the text it shows (80%)."""

from __future__ import annotations


class PlainNumber(float):
    """A fractional number from a cell known not to be formatted as a percentage."""

    __slots__ = ()
