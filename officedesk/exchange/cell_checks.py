"""What is wrong with an imported cell before its field's own check: error cells, codes a
spreadsheet turned into numbers or dates, masked or cut texts, more than a cell holds."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core.fields import MASK_ADDRESS, MASK_ID, MASK_NAME, MASK_PHONE, FieldSpec
from officedesk.core.i18n import text
from officedesk.exchange import cells as C
from officedesk.exchange.common import CODE_ID, CODE_NUMBER, CODE_PHONE, code_kind
from officedesk.exchange.reading import ErrorCell, MergedCell, UncomputedCell

KEEP_AS_TEXT = "请把这一列设成“文本”格式后照原样重新填写（或在前面加英文单引号 '），再导入。"


def code_reason(field_spec: FieldSpec, value: int | float) -> str | None:
    """Why a number in a code column cannot be the code that was typed (None: it can be)."""
    kind = code_kind(field_spec)
    digits = str(int(value)) if float(value).is_integer() else repr(value)
    keep = KEEP_AS_TEXT
    label = field_spec.label
    if kind == CODE_ID and (len(digits.lstrip("-")) > 15 or not float(value).is_integer()):
        return text("“%1”这一格被电子表格存成了数字（%2），数字只保留 15 位有效数字，身份证号的最后几位已经丢失。%3",
                    label, digits, keep)
    if kind == CODE_PHONE and len(digits) in (9, 10, 11) and not digits.startswith("1"):
        return text("“%1”这一格被电子表格存成了数字（%2），区号开头的 0 已经丢失。%3", label, digits, keep)
    if kind == CODE_NUMBER:
        return text("“%1”这一格被电子表格存成了数字（%2），编号开头的 0 或其中的文字可能已经丢失。%3",
                    label, digits, keep)
    return None


def cell_reason(field_spec: FieldSpec, value: Any, creating: bool) -> str | None:
    """What is wrong with a cell before its field's own check: error cells, codes turned into
    numbers, masked or cut texts, more than a cell holds."""
    if type(value) is str:  # most cells
        return text_reason(field_spec, value, creating)
    if isinstance(value, ErrorCell):
        return text("这一格是错误值 %1（公式没有算出结果），不能导入，也不会当作空白。"
                    "请改成正确的值（或删去公式只留数值）后再导入。", value.name)
    if isinstance(value, MergedCell):
        return value.reason
    if isinstance(value, UncomputedCell):
        formula = text("（%1）", str(value)) if len(value.formula) <= 40 else ""
        return text("这一格是公式%1，但文件中没有保存计算结果，不能导入，也不会当作空白："
                    "请在 Excel 或 WPS 中打开并保存后再导入，或把公式改为数值。", formula)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return code_reason(field_spec, value)
    if isinstance(value, dt.date) and code_kind(field_spec) is not None:
        return text("“%1”这一格被电子表格当成了日期（%2），原来填的编号已经被改掉。%3",
                    field_spec.label, f"{value:%Y-%m-%d}", KEEP_AS_TEXT)
    if not isinstance(value, str):
        return None
    return text_reason(field_spec, value, creating)


def no_reasons(spec: Any, values: dict[str, Any], creating: bool) -> bool:
    """Whether cell_reason finds nothing wrong with any cell of `values` (label -> cell, a
    label's field as spec.by_label finds it): most rows of an import, checked without a call
    a text cell (text_reason's three tests, inline)."""
    fields = spec.labelled()
    for label, value in values.items():
        field_spec = fields.get(label) or spec.by_label(label)
        if type(value) is str:  # cell_reason's first case: text_reason is None unless …
            if value.endswith(_OVERFLOW_END) or len(value) > C.EXCEL_CELL_LIMIT \
                    or (field_spec.sensitive and "****" in value):
                return False
        elif cell_reason(field_spec, value, creating) is not None:
            return False
    return True


_OVERFLOW_END = C.OVERFLOW_NOTE.strip()


def text_reason(field_spec: FieldSpec, value: str, creating: bool) -> str | None:
    if value.endswith(_OVERFLOW_END):
        if creating:
            return "这一格只有导出时截下的开头（全文在“超长内容”表），不能作为新记录导入。"
        # an update would store the beginning only: the rest of the text lost for good
        return (
            "这一格只有导出时截下的开头（全文在“超长内容”表），改过后导入会丢掉后面的全文。"
            "请在窗口中修改这一项，或把这一格换成修改后的全文（不带末尾的提示）再导入。"
        )
    if field_spec.sensitive and "****" in value:
        return masked_reason(field_spec, value, creating)
    if len(value) > C.EXCEL_CELL_LIMIT:
        return text("这一格有 %1 字，超过 Excel 单元格 %2 字的上限。", len(value), C.EXCEL_CELL_LIMIT)
    return None


_WHOLE = {MASK_ID: "18 位身份证号", MASK_PHONE: "电话号码", MASK_ADDRESS: "详细住址", MASK_NAME: "姓名"}


def masked_reason(field_spec: FieldSpec, value: str, creating: bool) -> str:
    """A cell that still holds the export's mask (身份证号, 电话, 住址 …): never a value, new or
    corrected — the mask would be written over the real data for good."""
    label = field_spec.label
    whole = _WHOLE.get(field_spec.sensitive or "", "内容")
    use = "作为新记录导入" if creating else "作为修改后的值导入（会把遮盖的文字写进记录，原来的完整内容从此丢失）"
    return text("这一格是导出时遮盖过的“%1”（%2），不能%3。请填写完整的%1（%4）；不改的保持导出时的样子即可"
                "（不会写回）。要对照完整数据修改的，请管理员在命令行用“officedesk export 登记簿 文件 --unmasked”"
                "导出（留痕）后再改。", label, value, use, whole)


def holds_mask(field_spec: FieldSpec, value: Any, exported: Any) -> bool:
    """Whether a sensitive cell still holds the mask it was exported with (a short value is
    masked whole, with fewer than the four * text_reason looks for)."""
    return bool(
        field_spec.sensitive
        and isinstance(value, str)
        and isinstance(exported, str)
        and "*" in exported
        and exported.strip() in value
    )
