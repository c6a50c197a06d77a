"""Which office a workbook came from, and which record each of its rows was exported from.

An export writes the office's own id (made once, kept in the database's settings table) into
the workbook's custom properties, which Excel and WPS keep when the file is edited and saved,
and each record's id in a last column “记录号”. An import trusts that column only when the
workbook carries this database's office id: a row then finds exactly the record it came from,
even when two drafts look alike. The 记录号 of a workbook from another office (or one whose
properties were lost: rows pasted into a new file) is never used to find a record there:
rows are found by 编号 or natural key, and one that fits several records is refused.

A backup restored, or the database moved to PostgreSQL, is the same office with the same
records: it keeps its id. A copy of a database made before its first export makes its own."""

from __future__ import annotations

import json
import re
import uuid
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from officedesk.store.models import AppSetting

RECORD_ID = "记录号"  # the export's last column: the record's id in the office it came from
PROPERTY = "OfficeDeskOffice"  # the workbook's custom property holding the office's id
MARK = "OfficeDeskAuditMark"  # the last audit entry's id when it was exported (stale.py)
_KEY = "exchange.office_id"  # not a setting anyone changes: no declaration, no dialog
_MAX_PROPERTIES = 64 * 1024  # bytes of docProps/custom.xml read at most
_OFFICE = re.compile(r"^[0-9a-f]{32}$")
_MARK = re.compile(r"[0-9]{1,18}")  # fullmatch


def office_id(create: bool = False) -> str | None:
    """This database's office id; made (once, by the program) when `create` and it has none."""
    row = AppSetting.get_or_none(AppSetting.key == _KEY)
    if row is not None or not create:
        return _read(row)
    from officedesk.core import audit, settings
    from officedesk.store.db import write_transaction

    with write_transaction():
        made = json.dumps(uuid.uuid4().hex)
        inserted = AppSetting.insert(key=_KEY, value=made).on_conflict_ignore().execute()
        row = AppSetting.get(AppSetting.key == _KEY)  # another workstation's, if it was first
        if inserted and row.value == made:
            audit.record(settings.SYSTEM, "setting", "settings", None, None, {_KEY: _read(row)},
                         "导出文件用的机关标识（用于再次导入时识别本机关导出的表）")
    return _read(row)


def _read(row: Any) -> str | None:
    if row is None:
        return None
    try:
        value = json.loads(row.value)
    except ValueError:
        return None
    return value if isinstance(value, str) and value else None


def custom_properties(office: str, mark: int | None = None) -> str:
    """docProps/custom.xml naming the office (and, `mark`, the last audit entry before the
    export: stale.py)."""
    later = (
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="'
        f'{MARK}"><vt:lpwstr>{int(mark)}</vt:lpwstr></property>' if mark is not None else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="'
        f'{PROPERTY}"><vt:lpwstr>{office}</vt:lpwstr></property>{later}</Properties>'
    )


def workbook_office(path: str | Path) -> str | None:
    """The office id an .xlsx was exported from (None: none, or not an .xlsx)."""
    value = _property(path, PROPERTY)
    return value if value is not None and _OFFICE.match(value) else None


def workbook_mark(path: str | Path) -> int | None:
    """The audit mark an .xlsx was exported with (None: an older export, or none)."""
    value = _property(path, MARK)
    # ASCII digits only: str.isdigit() also takes “²” or “１２”, which int() refuses or reads
    return int(value) if value is not None and _MARK.fullmatch(value) else None


def _property(path: str | Path, name: str) -> str | None:
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/custom.xml")
            if info.file_size > _MAX_PROPERTIES:
                return None
            text = archive.read(info).decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile):
        return None
    if "<!" in text:  # no DTD or entity a program could have put there: not ours
        return None
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return None
    for element in root:  # <property name=…><vt:lpwstr>…</vt:lpwstr></property>, any spelling
        if element.tag.rpartition("}")[2] == "property" and element.get("name") == name:
            return "".join(element.itertext()).strip()
    return None


def same_office(path: str | Path) -> bool:
    """Whether the workbook was exported from this database's office (its 记录号 then holds)."""
    here = office_id()
    return here is not None and workbook_office(path) == here


def record_id_column(headers: list[str]) -> int | None:
    """The index of the 记录号 column, if the sheet has one."""
    for index, header in enumerate(headers):
        if str(header or "").strip().rstrip("*＊").strip() == RECORD_ID:
            return index
    return None


def parse_record_id(value: Any) -> int | None:
    """A 记录号 cell as the id it holds; None when blank; ValueError when it is no id."""
    if value is None or isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text.isdigit() or len(text) > 12:
        raise ValueError(value)
    return int(text)
