"""English for the notice shown while an office's database is upgraded at start-up."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "正在升级数据库（升级前已自动备份）。\n数据多时需要几分钟，请稍候，不要关闭本程序。": (
        "Upgrading the database (a backup was made first).\n"
        "With much data this takes a few minutes: please wait and do not close the program."
    ),
    "正在升级数据库": "Upgrading the database",
}
