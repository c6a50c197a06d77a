"""Command-line subcommands of the security work: the printable 审计校验码 and the PostgreSQL
grants that make the audit table append-only for the program's account."""

from __future__ import annotations

import argparse
from typing import Any

from officedesk.cli_commands import EXIT_OK, open_db
from officedesk.cli_output import out

COMMANDS = {"audit-code", "audit-grants", "audit-guard", "restored"}


def cmd_audit_code(args: argparse.Namespace) -> int:
    from officedesk.core import anchor
    from officedesk.core.check import run_checks

    db = open_db(args)
    problems = run_checks(update_anchor=False)
    code = anchor.current_code()
    out(f"审计校验码：{code}")
    out("请打印或抄录，连同日期保存在数据库之外；日后运行 officedesk check --anchor 校验码 核对。")
    if problems:
        out(f"注意：检查发现 {len(problems)} 个问题（运行 officedesk check 查看），此校验码锚定的是现状。")
    else:
        anchor.write(anchor.anchor_path(db))
    return EXIT_OK


def cmd_audit_grants(args: argparse.Namespace) -> int:
    from officedesk.store import audit_guard

    for statement in audit_guard.grant_statements(args.role):
        out(statement + ";")
    return EXIT_OK


def cmd_audit_guard(args: argparse.Namespace) -> int:
    from officedesk.store import audit_guard
    from officedesk.store.db import database

    open_db(args)
    missing = audit_guard.missing(database.obj)
    audit_guard.install(database.obj)
    out(f"已重新设置审计表保护触发器：{'、'.join(missing)}。" if missing else "审计表保护触发器完好，无需设置。")
    return EXIT_OK


def cmd_restored(args: argparse.Namespace) -> int:
    from officedesk.cli_commands import actor
    from officedesk.core import restored

    open_db(args)
    out(restored.settle(actor()).summary())
    return EXIT_OK


def add_commands(command: Any) -> None:
    p = command("audit-code", "显示审计校验码（打印保存，用于核对审计链未被改写）", cmd_audit_code)
    p = command("audit-grants", "列出 PostgreSQL 授权语句：程序账号对审计表只能查询和追加", cmd_audit_grants)
    p.add_argument("role", metavar="程序账号", help="程序连接数据库所用的 PostgreSQL 账号")
    command("audit-guard", "重新设置审计表的保护触发器（check 报告触发器缺失、核实之后）", cmd_audit_guard)
    command("restored", "在程序之外恢复数据库之后（如 pg_restore）：编号序列提到恢复前的最大号，丢失的编号作废，"
            "重新锚定", cmd_restored)
