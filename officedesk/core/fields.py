"""Field declarations: one line per field drives the form, the table column, the xlsx header,
`add` on the command line, validation and the search index."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.names import INVISIBLE, spaced_people, tidy_person
from officedesk.core.typed_dates import (  # noqa: F401 (fields.parse_date … as before)
    _DATE_MARKS,
    YEARS_AHEAD,
    YEARS_BACK,
    _date_with_time,
    check_date_window,
    check_year,
    date_window,
    parse_date,
    parse_datetime,
)

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
MASK_ADDRESS = "address"
MASK_NAME = "name"  # a name kept from whom the record does not concern: **** (效能投诉人)

Choices = tuple[str, ...] | Callable[[], Sequence[str]]

# Bounds every field has unless it declares its own (FieldSpec.minimum / maximum / max_length):
# a count is at least 1 and at most a million; a line of text takes what its column holds
# (registry.register reads it from the model) or TEXT_MAX; a long text LONGTEXT_MAX characters.
INT_MIN = 1
INT_MAX = 1_000_000
TEXT_MAX = 500
LONGTEXT_MAX = 20_000

@dataclass(frozen=True)
class FieldSpec:
    name: str  # the model attribute
    label: str  # Chinese label: form label, column title, xlsx header, `add` key
    kind: str = TEXT
    required: bool = False
    choices: Choices = ()
    sensitive: str | None = None  # MASK_ID / MASK_PHONE / MASK_ADDRESS: masked unless allowed
    searchable: bool = False
    column: bool = True  # shown in the list
    editable: bool = True  # False: assigned by the system (numbers, state)
    # False: given when the record is made, then changed only by its step (办结时限 by 延期, a
    # 突发事件's report times by 书面报告): no correction (修改, import --update) writes it
    corrected: bool = True
    completer: str | None = None  # "units" / "people" / "rooms": directory completion
    max_length: int | None = None
    default: Any = None  # a value or a zero-argument callable
    width: int = 110
    placeholder: str = ""
    check: Callable[[Any], None] | None = field(default=None, compare=False)  # raises ValidationError
    free_choice: bool = False  # choices are suggestions, other text allowed
    deadline: bool = False  # DATE counted in days: shown “（暂按）” while its year's holidays are unknown
    # a deadline whose day is a count for some records only: records (a list's page) -> the ids
    # of those whose day is (not a 信访's typed 交办回报, a 督查 办结时限 typed); None: always
    counted: Callable[[Sequence[Any]], set[int]] | None = field(default=None, compare=False)
    minimum: int | None = None  # INT: the smallest value (default INT_MIN)
    maximum: int | None = None  # INT: the largest value (default INT_MAX)
    show: Callable[[Any], str] | None = field(default=None, compare=False)  # stored value -> words
    # a code's own spelling before it is measured and checked (身份证号: no spaces, full-width
    # digits to ASCII), as it is stored
    tidy: Callable[[str], str] | None = field(default=None, compare=False)
    # a free text core may have written (保密期限 10年), as the window reads it (i18n.worded):
    # the record's detail translates what it returns; the value stays as written everywhere else
    words: Callable[[str], Any] | None = field(default=None, compare=False)
    # (another field's name, its values): this field is filled only when that field holds one
    # of them (处理's 去向单位: 转送、交办); given otherwise it is refused, and the form disables it
    used_when: tuple[str, tuple[str, ...]] | None = None
    # a CHOICE's words a new record's cell may hold besides its choices, kept as typed: the
    # registry's create hook reads them itself (督查 状态 已办结: the 办结 step's checks decide
    # 按期 or 逾期 by the dates), so `add` and a sheet's row take the same words
    created_words: tuple[str, ...] = ()
    # names a person, or several (签发人, 信访人, 责任人 …; a field offering the 通讯录's people
    # does): a name padded to align it (王　伟) is stored as the name (names.tidy_person)
    person: bool = False

    def __post_init__(self) -> None:
        if self.tidy is None and (self.person or self.completer == "people"):
            object.__setattr__(self, "tidy", tidy_person)

    @property
    def correctable(self) -> bool:
        """A correction of a record made (the form's 修改, import --update) may write it."""
        return self.editable and self.corrected

    def used_with(self, values: dict[str, Any]) -> bool:
        """Whether the field is filled in with these other values (see `used_when`)."""
        if self.used_when is None:
            return True
        name, allowed = self.used_when
        return values.get(name) in allowed

    def choice_list(self) -> list[str]:
        return list(self.choices() if callable(self.choices) else self.choices)

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default

    @property
    def chosen(self) -> bool:
        """Filled by choosing, not typing: a list (a CHOICE, a field offering choices) or a
        picker of names (a directory's completer), as the form shows it."""
        return self.kind == CHOICE or bool(self.choices) or self.completer is not None

    def left_empty(self) -> ValidationError:
        """core's word for this required field left empty: 请选择 a choice, 请填写 a typed text
        (“请填写‘来源’” read wrong beside a list to choose from)."""
        if not self.chosen:
            return ValidationError(text("请填写“%1”。", self.label), self.name)
        listed = () if callable(self.choices) else tuple(self.choices or ())
        if 0 < len(listed) <= 8:  # the command line shows no list: a short one is said
            return ValidationError(text("请选择“%1”：%2。", self.label, listed), self.name)
        return ValidationError(text("请选择“%1”。", self.label), self.name)

    def bounds(self) -> tuple[int, int]:
        """The range of an INT or PERCENT field: form, `add`, import and template use it."""
        if self.kind == PERCENT:
            return 0, 100
        low = INT_MIN if self.minimum is None else self.minimum
        return low, INT_MAX if self.maximum is None else self.maximum

    def length_limit(self) -> int | None:
        """The most characters a text field takes; None for non-text kinds."""
        if self.kind in (INT, PERCENT, DATE, DATETIME, BOOL):
            return None
        if self.max_length:
            return self.max_length
        return LONGTEXT_MAX if self.kind == LONGTEXT else TEXT_MAX

    def bounds_text(self) -> str:
        """The bounds in words, for hints and the template's 说明."""
        if self.kind in (INT, PERCENT):
            low, high = self.bounds()
            return text("%1 到 %2 之间的整数", low, high)
        if self.kind in (DATE, DATETIME):
            low_day, high_day = date_window()
            return text("%1 至 %2 之间", low_day.isoformat(), high_day.isoformat())
        limit = self.length_limit()
        return text("最多 %1 个字", limit) if limit else ""


def time_dropped(spec: FieldSpec, raw: Any) -> dt.time | None:
    """The time of day a date-only field's input carries that parse_date leaves out (a typed
    date-time cell, or text with a time); None for a date, a time of 00:00, a date-time field,
    or input that is no date-time at all (parse_value says what is wrong with it)."""
    if spec.kind != DATE:
        return None
    if isinstance(raw, dt.datetime):
        moment: dt.datetime | None = raw
    elif isinstance(raw, str):
        moment = _date_with_time(strip_controls(raw).strip().translate(_DATE_MARKS))
    else:
        return None
    if moment is None or moment.time().replace(microsecond=0) == dt.time(0, 0):
        return None
    return moment.time().replace(microsecond=0)


def time_dropped_text(spec: FieldSpec, raw: Any) -> str | None:
    """What `add` (and any single input) says of a time left out of a date-only field; None
    when there is none, or when the date is refused anyway (parse_value says why)."""
    left_out = time_dropped(spec, raw)
    if left_out is None:
        return None
    try:
        day = parse_date(raw, spec.label)
    except ValidationError:
        return None
    shown = left_out.strftime("%H:%M:%S" if left_out.second else "%H:%M")
    return text("“%1”带时间 %2，只保存了日期 %3。", spec.label, shown, day.isoformat())


CONTROL_CHARACTERS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{INVISIBLE}]")


def strip_controls(text: str) -> str:
    """Input keeps tabs and line breaks but no other control characters (a pasted \x07 or \x00
    would break exports and prints), nor characters that show nothing (a title of zero-width
    spaces alone passed as filled; one pasted into 来文机关 hid a duplicate; a direction
    override shows a 文号 backwards)."""
    return CONTROL_CHARACTERS.sub("", text)


# A choice as registers write it, by the choice it means (only where that is one of the field's
# choices): 急件 is GB/T 9704-1999's name of 加急; 无 in a 密级 column is 非密; 网上信访 is 网上.
CHOICE_WORDS = {
    "急件": "加急", "加急件": "加急", "特急件": "特急", "一般": "平件", "普通": "平件",
    "无": "非密", "无密级": "非密", "非涉密": "非密", "不涉密": "非密",
    # 信访形式 as《信访工作条例》第十七条 and registers name them (书信、网络、电话、走访)
    "网上信访": "网上", "网络": "网上", "网信": "网上", "书信": "来信", "走访": "来访", "来电": "电话",
}


def parse_value(spec: FieldSpec, raw: Any) -> Any:
    """Turn typed or imported input into the stored value; raise ValidationError with the reason."""
    if isinstance(raw, str):
        raw = strip_controls(raw)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if spec.required:
            raise spec.left_empty()
        return None
    if isinstance(raw, str):
        raw = raw.strip()
    kind = spec.kind
    if kind == DATE:
        value: Any = parse_date(raw, spec.label)
    elif kind == DATETIME:
        value = parse_datetime(raw, spec.label)
    elif kind in (INT, PERCENT):
        value = _parse_int(spec, _percent_cell(spec, raw) if kind == PERCENT else raw)
        low, high = spec.bounds()
        if not low <= value <= high:
            raise ValidationError(
                text("“%1”应在 %2 到 %3 之间，现在是 %4。", spec.label, low, high, _short_number(value)),
                spec.name,
            )
    elif kind == BOOL:
        value = _parse_bool(spec, raw)
    else:
        value = str(raw)
        if isinstance(raw, float) and raw.is_integer():
            value = str(int(raw))
        if kind == CHOICE and not spec.free_choice:
            options = spec.choice_list()
            if options and value not in options and value.strip() not in spec.created_words:
                # 命令（令） typed with full-width brackets is the choice 命令(令)
                same = [o for o in options if unicodedata.normalize("NFKC", o) == unicodedata.normalize("NFKC", value)]
                meant = CHOICE_WORDS.get("".join(value.split()))
                if not same and meant in options:  # 急件: 加急 as the register wrote it
                    same = [meant]
                if len(same) != 1:
                    raise ValidationError(
                        text("“%1”只能是：%2（现在是“%3”）。", spec.label,
                             tuple(options) + spec.created_words, value), spec.name)
                value = same[0]
        if spec.tidy is tidy_person:
            spaced = spaced_people(value)
            if spaced:  # 张三 李四: two people or one? never joined into 张三李四 unasked
                raise ValidationError(
                    text("“%1”里的“%2”中间有空格，读不出是几个人。多人请用、分隔（如：张三、李四）；"
                         "一个人的姓名请连着写，不加空格。", spec.label, spaced),
                    spec.name,
                )
        if spec.tidy is not None:
            value = spec.tidy(value)
        limit = spec.length_limit()
        if limit and len(value) > limit:
            if spec.check is not None:  # a code: its own check says what is wrong with it
                try:
                    spec.check(value)
                except ValidationError as exc:
                    raise ValidationError(exc.message, spec.name) from exc
            # only a long text has a place elsewhere; a name or a code is simply too long
            elsewhere = "，或把长文放进附件" if kind == LONGTEXT or limit >= TEXT_MAX else ""
            raise ValidationError(  # a composed text: the form shows it in its language
                text("“%1”最多 %2 个字，现在是 %3 个。请删减%4。", spec.label, limit, len(value),
                     elsewhere),
                spec.name,
            )
    if spec.check is not None:
        try:
            spec.check(value)
        except ValidationError as exc:
            raise ValidationError(exc.message, spec.name) from exc
    return value


def _percent_cell(spec: FieldSpec, raw: Any) -> Any:
    """A cell formatted as 百分比 shows 80% and holds 0.8. Where the reader knows the cell's
    format it gives such a cell as the text it shows (80%; a plain number as a
    cell_values.PlainNumber, not a bare float). Where it cannot (an .xls, an .ods, an .xlsx
    without readable styles) a fraction is refused, not read as 80: the same column's 100% holds
    1, which cannot be told from a 1% written as 1, and reading the one and not the other would
    put a task done at 1% in silence."""
    if type(raw) is float and 0 < raw < 1:
        raise ValidationError(text(
            "“%1”是 %2：这一列像是设成了“百分比”格式（显示 80%，实际存的是 0.8，100% 存的是 1）。"
            "请把这一列的单元格格式改为“常规”并填写整数（如 80、100；改格式后显示为 1 的，原来是 "
            "100%），再导入。", spec.label, f"{raw:g}"), spec.name)
    return raw


def _parse_int(spec: FieldSpec, raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValidationError(text("“%1”应为整数。", spec.label), spec.name)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    digits = str(raw).strip().rstrip("%％份人件")
    if re.fullmatch(r"-?\d+", digits):
        if len(digits.lstrip("-")) > 15:  # far out of every range; int() of 5,000 digits raises
            low, high = spec.bounds()
            raise ValidationError(
                text("“%1”应在 %2 到 %3 之间，现在是 %4。", spec.label, low, high, _short_number(digits)),
                spec.name,
            )
        return int(digits)
    raise ValidationError(text("“%1”应为整数，现在是“%2”。", spec.label, raw), spec.name)


def _short_number(value: Any) -> str:
    written = str(value)
    return written if len(written) <= 20 else text("%1…（共 %2 位）", written[:12], len(written.lstrip("-")))


def _parse_bool(spec: FieldSpec, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    answer = str(raw).strip().lower()
    if answer in ("是", "1", "true", "yes", "y", "√"):
        return True
    if answer in ("否", "0", "false", "no", "n", "×"):
        return False
    raise ValidationError(text("“%1”请填“是”或“否”。", spec.label), spec.name)


# the first administrative area of an address (a 小区 or 社区 is a few streets, not an area)
_ADDRESS_AREA = re.compile(r"街道|(?<![小社])区|[县市乡镇]")
ADDRESS_AREA_MAX = 10  # a longer "area" is no leading area (新疆维吾尔自治区 is 8)


def mask(kind: str | None, text: str) -> str:
    """110101********1234, 138****5678, 北京市*********** and **** (a name)."""
    if not text or kind is None:
        return text
    if kind == MASK_ID:
        return text[:6] + "*" * max(len(text) - 10, 0) + text[-4:] if len(text) > 10 else "*" * len(text)
    if kind == MASK_PHONE:
        return text[:3] + "*" * max(len(text) - 7, 0) + text[-4:] if len(text) >= 7 else "*" * len(text)
    if kind == MASK_ADDRESS:
        return _mask_address(text)
    if kind == MASK_NAME:  # not even the surname, nor its length: four * (a mask import knows)
        return "****"
    return text


def _mask_address(text: str) -> str:
    """The leading area up to its first 县/区/市/乡/镇/街道 kept, the rest one * a character,
    at least four (so a masked cell reads as masked: import refuses “****” as a new value)."""
    found = _ADDRESS_AREA.search(text)
    if found is None or found.end() > ADDRESS_AREA_MAX:
        return "*" * max(len(text), 4)
    rest = len(text) - found.end()
    return text[: found.end()] + ("*" * max(rest, 4) if rest else "")


def display(spec: FieldSpec, value: Any, unmasked: bool = False) -> str:
    """The text shown in lists, forms, exports and prints."""
    if value is None or value == "":
        return ""
    if spec.show is not None:  # a code shown by name (级别 7 -> 正科级)
        return spec.show(value)
    if type(value) is str and spec.kind not in (BOOL, PERCENT):  # most cells: skip hasattr's miss
        return value if unmasked else mask(spec.sensitive, value)
    if hasattr(value, "_meta"):  # a reference to another row: show its name
        value = getattr(value, "name", None) or getattr(value, "title", None) or value.get_id()
    if spec.kind == DATE and isinstance(value, dt.date):
        if spec.deadline:
            from officedesk.core import workdays

            return value.isoformat() + workdays.mark(value)
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
