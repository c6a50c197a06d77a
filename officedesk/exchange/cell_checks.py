"""What is wrong with an imported cell before its field's own check: error cells, codes a
spreadsheet turned into numbers or dates, masked or cut texts, more than a cell holds."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core.fields import FieldSpec
from officedesk.exchange import cells as C
from officedesk.exchange.common import CODE_ID, CODE_NUMBER, CODE_PHONE, code_kind
from officedesk.exchange.reading import ErrorCell, MergedCell, UncomputedCell


def code_reason(field_spec: FieldSpec, value: int | float) -> str | None:
    """Why a number in a code column cannot be the code that was typed (None: it can be)."""
    kind = code_kind(field_spec)
    digits = str(int(value)) if float(value).is_integer() else repr(value)
    keep = "请把这一列设成“文本”格式后照原样重新填写（或在前面加英文单引号 '），再导入。"
    label = field_spec.label
    if kind == CODE_ID and (len(digits.lstrip("-")) > 15 or not float(value).is_integer()):
        return (
            f"“{label}”这一格被电子表格存成了数字（{digits}），数字只保留 15 位有效数字，"
            f"身份证号的最后几位已经丢失。{keep}"
        )
    if kind == CODE_PHONE and len(digits) in (9, 10, 11) and not digits.startswith("1"):
        return f"“{label}”这一格被电子表格存成了数字（{digits}），区号开头的 0 已经丢失。{keep}"
    if kind == CODE_NUMBER:
        return (
            f"“{label}”这一格被电子表格存成了数字（{digits}），编号开头的 0 或其中的文字可能已经丢失。"
            f"{keep}"
        )
    return None


def cell_reason(field_spec: FieldSpec, value: Any, creating: bool) -> str | None:
    """What is wrong with a cell before its field's own check: error cells, codes turned into
    numbers, masked or cut texts, more than a cell holds."""
    if type(value) is str:  # most cells
        return text_reason(field_spec, value, creating)
    if isinstance(value, ErrorCell):
        return (
            f"这一格是错误值 {value.name}（公式没有算出结果），不能导入，也不会当作空白。"
            "请改成正确的值（或删去公式只留数值）后再导入。"
        )
    if isinstance(value, MergedCell):
        return value.reason
    if isinstance(value, UncomputedCell):
        formula = f"（{value}）" if len(value.formula) <= 40 else ""
        return (
            f"这一格是公式{formula}，但文件中没有保存计算结果，不能导入，也不会当作空白："
            "请在 Excel 或 WPS 中打开并保存后再导入，或把公式改为数值。"
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        return code_reason(field_spec, value)
    if isinstance(value, dt.date) and code_kind(field_spec) is not None:
        return (
            f"“{field_spec.label}”这一格被电子表格当成了日期（{value:%Y-%m-%d}），原来填的编号已经"
            "被改掉。请把这一列设成“文本”格式后照原样重新填写（或在前面加英文单引号 '），再导入。"
        )
    if not isinstance(value, str):
        return None
    return text_reason(field_spec, value, creating)


_OVERFLOW_END = C.OVERFLOW_NOTE.strip()


def text_reason(field_spec: FieldSpec, value: str, creating: bool) -> str | None:
    if creating and value.endswith(_OVERFLOW_END):
        return "这一格只有导出时截下的开头（全文在“超长内容”表），不能作为新记录导入。"
    if creating and field_spec.sensitive and "****" in value:
        return (
            f"这一格是导出时遮盖过的“{field_spec.label}”（{value}），不能作为新记录导入。"
            "请填写完整的号码，或由管理员用“不遮盖”方式导出。"
        )
    if len(value) > C.EXCEL_CELL_LIMIT:
        return f"这一格有 {len(value)} 字，超过 Excel 单元格 {C.EXCEL_CELL_LIMIT} 字的上限。"
    return None
