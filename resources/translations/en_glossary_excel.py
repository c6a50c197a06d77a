"""English for the exchange (import/export) strings of the window; see en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "注意：": "Note:",
    "表格文件 (%1)": "Spreadsheets (%1)",
    "所有文件 (*)": "All files (*)",
    "选择要导入的表格（.xlsx、.xls、.ods；.csv 请先用 Excel 或 WPS 另存为 .xlsx）": (
        "Choose a spreadsheet to import (.xlsx, .xls, .ods; save a .csv as .xlsx in Excel or "
        "WPS first)"
    ),
    "已有相同的记录": "Records already there",
    "表中有 %1 行与已有记录相同（按编号，或来文字号＋来文机关等）。要怎样处理这些行？": (
        "%1 rows of the sheet match existing records (by number, or by reference and sender "
        "etc.). What should be done with these rows?"
    ),
    "跳过这些行": "Skip these rows",
    "用表中内容更新已有记录": "Update the records from the sheet",
    "仍然新增": "Add them anyway",
    "冲突原因": "Reason for the conflict",
    "第 %1 行有冲突（见检查结果），写明仍要保存的原因，再检查一遍：":
        "Row(s) %1 conflict (see the check). Give the reason to save them anyway, then check again:",
    "写明冲突原因…": "Give a reason for the conflicts…",
}
