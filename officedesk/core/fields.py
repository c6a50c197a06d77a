"""Field declarations: one line per field drives the form, the table column, the xlsx header,
`add` on the command line, validation and the search index."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from officedesk.core.errors import ValidationError

TEXT = "text"
LONGTEXT = "longtext"
INT = "int"
DATE = "date"
DATETIME = "datetime"
CHOICE = "choice"
BOOL = "bool"
PERCENT = "percent"

MASK_ID = "id"
MASK_PHONE = "phone"

Choices = tuple[str, ...] | Callable[[], Sequence[str]]


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the model attribute
    label: str  # Chinese label: form label, column title, xlsx header, `add` key
    kind: str = TEXT
    required: bool = False
    choices: Choices = ()
    sensitive: str | None = None  # MASK_ID / MASK_PHONE: masked unless allowed
    searchable: bool = False
    column: bool = True  # shown in the list
    editable: bool = True  # False: assigned by the system (numbers, state)
    completer: str | None = None  # "units" / "people" / "rooms": directory completion
    max_length: int | None = None
    default: Any = None  # a value or a zero-argument callable
    width: int = 110
    placeholder: str = ""
    check: Callable[[Any], None] | None = field(default=None, compare=False)  # raises ValidationError
    free_choice: bool = False  # choices are suggestions, other text allowed
    show: Callable[[Any], str] | None = field(default=None, compare=False)  # stored value -> words

    def choice_list(self) -> list[str]:
        return list(self.choices() if callable(self.choices) else self.choices)

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default


_DATE_PATTERNS = [
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]
_DATETIME_PATTERNS = [
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2})[时点:：](?:(\d{1,2})分?)?$"),
]


def parse_date(raw: Any, label: str = "日期") -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = str(raw).strip()
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                break
    raise ValidationError(f"“{label}”不是有效日期：“{text}”。请写成 2026-12-03 或 2026年12月3日。", label)


def parse_datetime(raw: Any, label: str = "时间") -> dt.datetime:
    if isinstance(raw, dt.datetime):
        return raw.replace(microsecond=0)
    if isinstance(raw, dt.date):
        return dt.datetime.combine(raw, dt.time(0, 0))
    text = str(raw).strip()
    for pattern in _DATETIME_PATTERNS:
        match = pattern.match(text)
        if match:
            parts = [int(g) if g else 0 for g in match.groups()]
            while len(parts) < 6:
                parts.append(0)
            year, month, day, hour, minute, second = parts[:6]
            try:
                return dt.datetime(year, month, day, hour, minute, second)
            except ValueError:
                break
    raise ValidationError(
        f"“{label}”不是有效时间：“{text}”。请写成 2026-12-03 09:00、2026/12/3 9:00 或 2026年12月3日9时。", label)


def parse_value(spec: FieldSpec, raw: Any) -> Any:
    """Turn typed or imported input into the stored value; raise ValidationError with the reason."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if spec.required:
            raise ValidationError(f"请填写“{spec.label}”。", spec.name)
        return None
    if isinstance(raw, str):
        raw = raw.strip()
    kind = spec.kind
    if kind == DATE:
        value: Any = parse_date(raw, spec.label)
    elif kind == DATETIME:
        value = parse_datetime(raw, spec.label)
    elif kind in (INT, PERCENT):
        value = _parse_int(spec, raw)
        if kind == PERCENT and not 0 <= value <= 100:
            raise ValidationError(f"“{spec.label}”应在 0 到 100 之间，现在是 {value}。", spec.name)
    elif kind == BOOL:
        value = _parse_bool(spec, raw)
    else:
        value = str(raw)
        if isinstance(raw, float) and raw.is_integer():
            value = str(int(raw))
        if kind == CHOICE and not spec.free_choice:
            options = spec.choice_list()
            if options and value not in options:
                raise ValidationError(f"“{spec.label}”只能是：{'、'.join(options)}（现在是“{value}”）。", spec.name)
        if spec.max_length and len(value) > spec.max_length:
            raise ValidationError(f"“{spec.label}”最多 {spec.max_length} 个字，现在是 {len(value)} 个。", spec.name)
    if spec.check is not None:
        try:
            spec.check(value)
        except ValidationError as exc:
            raise ValidationError(exc.message, spec.name) from exc
    return value


def _parse_int(spec: FieldSpec, raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValidationError(f"“{spec.label}”应为整数。", spec.name)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = str(raw).strip().rstrip("%％份人件")
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    raise ValidationError(f"“{spec.label}”应为整数，现在是“{raw}”。", spec.name)


def _parse_bool(spec: FieldSpec, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("是", "1", "true", "yes", "y", "√"):
        return True
    if text in ("否", "0", "false", "no", "n", "×"):
        return False
    raise ValidationError(f"“{spec.label}”请填“是”或“否”。", spec.name)


def mask(kind: str | None, text: str) -> str:
    """110101********1234 and 138****5678."""
    if not text or kind is None:
        return text
    if kind == MASK_ID:
        return text[:6] + "*" * max(len(text) - 10, 0) + text[-4:] if len(text) > 10 else "*" * len(text)
    if kind == MASK_PHONE:
        return text[:3] + "*" * max(len(text) - 7, 0) + text[-4:] if len(text) >= 7 else "*" * len(text)
    return text


def display(spec: FieldSpec, value: Any, unmasked: bool = False) -> str:
    """The text shown in lists, forms, exports and prints."""
    if value is None or value == "":
        return ""
    if spec.show is not None:  # a code shown by name (级别 7 -> 正科级)
        return spec.show(value)
    if hasattr(value, "_meta"):  # a reference to another row: show its name
        value = getattr(value, "name", None) or getattr(value, "title", None) or value.get_id()
    if spec.kind == DATE and isinstance(value, dt.date):
        return value.isoformat()
    if spec.kind == DATETIME and isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if spec.kind == BOOL:
        return "是" if value else "否"
    if spec.kind == PERCENT:
        return f"{value}%"
    text = str(value)
    return text if unmasked else mask(spec.sensitive, text)


def chinese_date(day: dt.date) -> str:
    """2026年1月5日: full year, no leading zeros (GB/T 9704)."""
    return f"{day.year}年{day.month}月{day.day}日"
