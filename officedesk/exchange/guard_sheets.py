"""The import guard's look at a worksheet read beside the first (a registry's detail sheet: the
督查 分解任务), named: the same caps as guard.inspect before any reader builds it — a cell at
ZZ1000000 would make calamine fill a million rows × 702 columns — and its error cells,
formulas without a result and hidden rows, as the first sheet's."""

from __future__ import annotations

import zipfile
from pathlib import Path

from officedesk.core.errors import ValidationError
from officedesk.core.i18n import Text, text
from officedesk.exchange import guard, guard_styles
from officedesk.exchange.guard import Scan


def inspect_named(path: Path, name: str, index: int) -> Scan:
    """Refuse the worksheet `name` (at `index` among the workbook's sheets) past the caps, and
    find what guard.inspect finds on the first one. An .ods's tables were all looked at by
    guard.inspect already (the whole file); an .xls's sheet is looked at as its first one (its
    error cells and hidden rows: the fast reader gives them as empty and shown); a worksheet the look cannot find in an
    .xlsx is refused, never read unlooked."""
    try:
        return _inspect_named(path, name, index)
    except ValidationError as exc:  # say which sheet: the first one passed
        refused = exc.message  # guard._refuse's: 没有导入“<file>”：<why>
        said = refused.args[1] if isinstance(refused, Text) and refused.pattern == guard.REFUSED else \
            refused.removeprefix(f"没有导入“{path.name}”：")
        raise ValidationError(text("没有导入“%1”：其中的“%2”表%3", path.name, name, said)) from exc


def _inspect_named(path: Path, name: str, index: int) -> Scan:
    if not zipfile.is_zipfile(path):  # .xls: its size is what the reader loads, taken already
        from officedesk.exchange import guard_xls

        return guard_xls.inspect_xls_sheet(path, index)
    with zipfile.ZipFile(path) as archive:
        names = guard._part_names(archive)
        if "content.xml" in names:  # .ods: every table was looked at, by its place
            scan = guard.inspect(path)
            scan.choose(index)
            return scan
        budget = guard.unpacked_budget(path)
        part = guard._first_sheet_part(archive, budget, name)
        if part is None:
            raise guard._refuse(path, "找不到它的工作表内容（文件结构异常，可能是损坏或恶意构造的文件）。"
                                "请用 Excel 或 WPS 打开后“另存为”.xlsx 格式再导入。")
        scan = Scan()
        shared = names.get("xl/sharedstrings.xml")
        strings = guard._shared_lengths(archive, shared, part, budget) if shared else None
        limit = int(guard.settings.get("exchange.max_rows"))
        styles = guard_styles.percent_styles(archive, names)
        with archive.open(part) as stream:
            guard._scan_part(stream, budget, b"row>", guard._xlsx_rows(path, scan, limit, strings, styles))
    return scan
