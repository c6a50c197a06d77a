"""The empty sheet a clerk fills in: headers, drop-downs, hints, text columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from officedesk.core.fields import DATE, DATETIME, INT, PERCENT, FieldSpec
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import header_aliases
from officedesk.exchange.cells import column_letter
from officedesk.exchange.common import TEMPLATE_ROWS, hint, save, width, workbook_path


def write_template(spec: RegistrySpec, path: str | Path) -> Path:
    """An empty sheet to fill in: the headers, a drop-down for choice fields, hints as comments,
    text-formatted columns (so ID and phone numbers stay as typed), widths, a frozen header, and a
    说明 sheet that explains every column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = workbook_path(path)
    fields = spec.exchange_fields()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = spec.label[:31]
    options = workbook.create_sheet("选项")
    notes = workbook.create_sheet("说明")
    detail = spec.detail_sheet
    details = workbook.create_sheet(detail.label[:31], 1) if detail is not None else None
    option_column = _headed(sheet, fields, options, 0)
    if details is not None and detail is not None:  # a record's sub-records, a row each
        _headed(details, detail.fields, options, option_column)
        details.freeze_panes = "A2"
    options.sheet_state = "hidden"
    sheet.freeze_panes = "A2"
    notes.append(["列", "说明"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for field_spec in fields:
        also = header_aliases.aliases_of(spec.name, field_spec.label)  # a clerk's own titles
        notes.append([field_spec.label, hint(field_spec) + (f"（列标题也可写作：{'、'.join(also)}）" if also else "")])
    if detail is not None:
        notes.append([])
        notes.append([f"“{detail.label}”表", f"每行一项，“{detail.fields[0].label}”写明所属的{spec.label}；"
                      f"不填此表时，按“{spec.label}”表的牵头单位每个单位一项。"])
        for field_spec in detail.fields:
            notes.append([field_spec.label, hint(field_spec)])
    notes.append([])
    notes.append(
        ["", f"第一张表“{sheet.title}”的第一行是列标题，请勿改动；从第二行起每行一条{spec.label}。"]
    )
    notes.append(["", "红色标题为必填项。导入前可先“试导入”检查，有问题的行会列出行号、列和原因。"])
    notes.append(
        [
            "",
            "身份证号、电话、编号等列是文本格式，请照原样填写；若被改成了数字，"
            "身份证号会丢失末几位、区号和编号会丢失开头的 0。",
        ]
    )
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["B"].width = 90
    workbook.active = 0
    save(workbook, path)
    return path


def _headed(sheet: Any, fields: list[FieldSpec], options: Any, option_column: int) -> int:
    """The sheet's header row: each column's label (red: required), hint, width, text format,
    drop-down of its choices (listed on the hidden 选项 sheet from `option_column` on) and
    bounds. Returns the last 选项 column used."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    header_fill = PatternFill("solid", fgColor="DDEBF7")
    option_column = 0
    for index, field_spec in enumerate(fields, start=1):
        letter = column_letter(index)
        cell = sheet.cell(row=1, column=index, value=field_spec.label)
        cell.font = Font(bold=True, color="C00000" if field_spec.required else "000000")
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.comment = Comment(hint(field_spec), "OfficeDesk", width=260, height=110)
        sheet.column_dimensions[letter].width = width(field_spec)
        if field_spec.kind not in (INT, PERCENT, DATE, DATETIME):
            sheet.column_dimensions[letter].number_format = "@"
        choices = field_spec.choice_list() + list(field_spec.created_words) if field_spec.choices else []
        if choices:
            option_column += 1
            option_letter = column_letter(option_column)
            options.cell(row=1, column=option_column, value=field_spec.label)
            for row, choice in enumerate(choices, start=2):
                options.cell(row=row, column=option_column, value=choice)
            validation = DataValidation(
                type="list",
                formula1=f"'选项'!${option_letter}$2:${option_letter}${len(choices) + 1}",
                allow_blank=True,
                showErrorMessage=not field_spec.free_choice,
                errorTitle="请从列表中选择",
                error=f"“{field_spec.label}”只能是：{'、'.join(choices)}"[:255],
            )
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            sheet.add_data_validation(validation)
        if field_spec.kind in (INT, PERCENT):  # the declared bounds, checked again on import
            low, high = field_spec.bounds()
            numbers = DataValidation(
                type="whole",
                operator="between",
                formula1=str(low),
                formula2=str(high),
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="数字超出范围",
                error=f"“{field_spec.label}”应在 {low} 到 {high} 之间。",
            )
            numbers.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            sheet.add_data_validation(numbers)
    return option_column
