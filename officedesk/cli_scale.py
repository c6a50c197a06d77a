"""`officedesk migrate-to postgresql://…`: move the office's SQLite file to PostgreSQL."""

from __future__ import annotations

import argparse
from typing import Any

from officedesk.cli_commands import EXIT_OK, EXIT_REFUSED, UsageError
from officedesk.cli_output import err, out

COMMANDS = {"migrate-to"}


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from officedesk.core import audit, check
    from officedesk.store import db as store_db
    from officedesk.store import file_guard, transfer

    source_path = store_db.resolve_target(getattr(args, "db", None))
    if store_db.is_url(source_path):
        raise UsageError("migrate-to：--db 应是要迁移的 SQLite 文件，而不是数据库地址。")
    if not args.url.startswith(("postgresql://", "postgres://")):
        raise UsageError("migrate-to：目标应是 postgresql://用户:密码@主机:5432/数据库名 形式的地址。")
    file_guard.check_file(source_path)  # a 0-byte file would move as an empty office
    source = transfer.open_source(source_path)
    try:
        out(f"迁移 {source_path} → {store_db.mask_url(args.url)}")
        # another program's tables are refused before a migration adds ours beside them
        transfer.refuse_foreign_tables(source, store_db.open_database(args.url, migrate=False))
        store_db.close_database()
        target = store_db.open_database(args.url)  # created and migrated as at a first start

        def shown(table: str, rows: int) -> None:
            out(f"  {table}: {rows} 行")

        report = transfer.copy_all(source, target, shown)
        chain = audit.verify_chain()
        problems = report.problems + [item.message for item in chain]
        problems += [problem.message for problem in check.run_checks()]
    finally:
        source.close()
    if problems:
        for problem in problems:
            err(problem)
        err("迁移后的检查发现问题（见上）。SQLite 文件未改动，可继续使用。")
        return EXIT_REFUSED
    out(f"完成：{len(report.tables)} 张表，共 {report.rows} 行；行数一致，审计链完整，检查通过。"
        f"SQLite 文件未改动。各工作站改用：officedesk --db {store_db.mask_url(args.url)}")
    return EXIT_OK


def add_commands(command: Any) -> None:
    p = command("migrate-to", "把 SQLite 数据库迁移到 PostgreSQL（复制全部数据并核对；原文件不变）",
                cmd_migrate_to)
    p.add_argument("url", metavar="postgresql://…", help="目标 PostgreSQL 数据库（新建的空库）")
