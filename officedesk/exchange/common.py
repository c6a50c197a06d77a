"""What the template, export and import of spreadsheets share: hints, widths, names of
referenced rows, saving a workbook with a clear message."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee

from officedesk.core import i18n
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.fields import (
    BOOL,
    DATE,
    DATETIME,
    INT,
    LONGTEXT,
    MASK_ID,
    MASK_PHONE,
    PERCENT,
    TEXT,
    FieldSpec,
)
from officedesk.core.registry import RegistrySpec
from officedesk.store.db_errors import disk_full_error, disk_trouble, file_error_reason
from officedesk.store.file_guard import refuse_database_target, write_in_place

Progress = Callable[[int, int], Any]  # (done, total); returning False cancels


class Cancelled(OfficeDeskError):
    """The user stopped an import or export: nothing was written."""


TEMPLATE_ROWS = 2000  # rows that carry the drop-down lists in a template
BATCH = 500

_KIND_HINTS = {
    DATE: "日期，如 2026-12-03 或 2026年12月3日",
    DATETIME: "时间，如 2026-12-03 09:00",
    INT: "数字",
    PERCENT: "百分数",
    BOOL: "填“是”或“否”",
    LONGTEXT: "文字，可以较长",
}

# What a spreadsheet does to a code typed into a number cell, per kind of code.
CODE_ID = "id"  # 18 digits: a number keeps only 15 significant digits
CODE_PHONE = "phone"  # 0871…: a number loses the leading 0
CODE_NUMBER = "number"  # 文号, 编号, 份号: a number loses leading zeros and its words


def code_kind(field_spec: FieldSpec) -> str | None:
    """Which text columns hold codes a spreadsheet must keep as text (None: ordinary text)."""
    if field_spec.kind != TEXT:
        return None
    if field_spec.sensitive == MASK_ID or "身份证" in field_spec.label:
        return CODE_ID
    if field_spec.sensitive == MASK_PHONE or "电话" in field_spec.label:
        return CODE_PHONE
    if field_spec.label.endswith(("编号", "字号", "文号", "份号", "件号", "档号")):
        return CODE_NUMBER
    return None


_CODE_HINTS = {
    CODE_ID: "此列是文本格式：身份证号若被存成数字，只剩 15 位有效数字，末几位会丢失",
    CODE_PHONE: "此列是文本格式：电话若被存成数字，区号开头的 0 会丢失",
    CODE_NUMBER: "此列是文本格式：编号若被存成数字，开头的 0 会丢失",
}


def width(spec: FieldSpec) -> float:
    """Excel column width (characters) from the field's list width (pixels)."""
    return max(8.0, min(60.0, spec.width / 7.0))


def foreign_key(spec: RegistrySpec, field_spec: FieldSpec) -> peewee.ForeignKeyField | None:
    model_field = spec.model._meta.fields.get(field_spec.name)
    return model_field if isinstance(model_field, peewee.ForeignKeyField) else None


def _title_column(model: Any) -> str:
    from officedesk.core import registry

    for other in registry.all_registries():
        if other.model is model:
            return other.title_field
    return "name" if "name" in model._meta.fields else "id"


class ForeignNames:
    """Names of referenced rows (a person's 单位), loaded once per export instead of per row."""

    def __init__(self) -> None:
        self._maps: dict[Any, dict[int, str]] = {}

    def name(self, model: Any, key: Any) -> str:
        if key is None:
            return ""
        names = self._maps.get(model)
        if names is None:
            column = getattr(model, _title_column(model))
            names = {
                row_id: str(text or "") for row_id, text in model.select(model.id, column).tuples()
            }
            self._maps[model] = names
        return names.get(key, "")


def hint(field_spec: FieldSpec) -> str:
    """What a clerk should type in a column: shown as the header's comment and on the 说明 sheet."""
    parts = ["必填" if field_spec.required else "选填"]
    choices = field_spec.choice_list() if field_spec.choices else []
    if choices and not field_spec.free_choice:
        parts.append("只能是：" + "、".join(choices + list(field_spec.created_words)))
    elif field_spec.completer == "units":
        parts.append("填通讯录中已有的单位名称或简称")
    elif choices:
        parts.append("可选：" + "、".join(choices[:12]) + ("……" if len(choices) > 12 else ""))
    kind_hint = _KIND_HINTS.get(field_spec.kind, "")
    if kind_hint:
        parts.append(kind_hint)
    bounds = field_spec.bounds_text()  # the declared bounds, as import checks them
    if bounds:
        parts.append(bounds)
    placeholder = field_spec.placeholder.strip()
    if placeholder and placeholder not in kind_hint:  # "时间，如 2026-12-03 09:00" says it already
        parts.append(placeholder)
    code = code_kind(field_spec)
    if code is not None:
        parts.append(_CODE_HINTS[code])
    return "；".join(parts)


def write_error(path: Path, exc: OSError) -> OfficeDeskError:
    """What a clerk is told when a spreadsheet cannot be written where they chose."""
    if disk_trouble(exc):
        return disk_full_error(path)
    if isinstance(exc, PermissionError):
        return ValidationError(
            i18n.text("无法写入“%1”：没有权限，或文件正被 Excel/WPS 打开。请关"
                      "闭它或换一个位置。",
                      path)
        )
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return ValidationError(
            i18n.text("“%1”是文件夹。请给出表格文件的名字，如 %2。",
                      path, path / '导出.xlsx')
        )
    return ValidationError(i18n.text("无法写入“%1”：%2。请检查位置和磁盘空间。",
                                     path, file_error_reason(exc)))


def save(workbook: Any, path: Path) -> None:
    # made in memory, then written: a failed write (a full disk) leaves no half-closed zip for
    # the garbage collector to complain about on the console. Written whole beside the target
    # and then put in place: one cut short leaves the earlier file of that name as it was
    refuse_database_target(path)
    buffer = io.BytesIO()
    workbook.save(buffer)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_in_place(path, buffer.getvalue())
    except OSError as exc:  # PermissionError too
        raise write_error(path, exc) from exc


def workbook_path(path: str | Path) -> Path:
    """Where an export or a template goes: an Excel workbook under another format's name (.csv
    opened as garbage, .xls made Excel warn that its content did not match) is refused before
    anything is written; a name without a suffix is taken as given. The open database, its
    companions and the anchor file are refused first, in those words (the graver mistake)."""
    path = Path(path)
    refuse_database_target(path)
    if path.suffix and path.suffix.lower() != ".xlsx":
        raise ValidationError(
            i18n.text("导出的文件是 Excel 工作簿（.xlsx），不能存为“%1”文件："
                      "请把文件名改为“%2.xlsx”。",
                      path.suffix, path.stem), "file")
    return path
