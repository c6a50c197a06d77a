"""The command line: `officedesk` (or `python -m officedesk`).

Without a subcommand it starts the window. Every subcommand works on the database directly as
the administrator (core.actor.CLI_ACTOR): whoever can run it on the database file has full
rights, so the file's permissions are the boundary (README, "命令行与管理员").

Exit codes: 0 done, 1 refused (bad input, a rule, a database problem; the reason in Chinese on
stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from importlib import import_module

from officedesk.cli_commands import (  # noqa: F401 - EXIT_* are part of the CLI's interface
    EXIT_BUG,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    PROG,
    UsageError,
    _version,
    cmd_add,
    cmd_backup,
    cmd_check,
    cmd_demo,
    cmd_import,
    cmd_restore,
    cmd_search,
    cmd_stats,
    record_id,
    whole_number,
)
from officedesk.cli_files import REPLACE_HELP, cmd_export, cmd_print, cmd_template
from officedesk.cli_init import cmd_init
from officedesk.cli_output import OutputLost, err, flush_output, refuse, showing_warnings
from officedesk.cli_parser import ChineseParser

# ---------------------------------------------------------------- the parser

EPILOG = """\
不带子命令时启动图形界面。所有子命令都以管理员身份直接操作数据库（--db 指定，
默认为用户数据目录中的 officedesk.db，也可用环境变量 OFFICEDESK_DB）。

例：
  officedesk init --org 中共云岭县委办公室 --code 云委办
  officedesk demo --size 50
  officedesk add people 姓名=张三 单位=县委办公室 职务=科员 --json
  officedesk template people 人员模板.xlsx
  officedesk import people 人员.xlsx --dry-run
  officedesk search 张 --json
  officedesk backup 备份/2026-12-03.db
"""


# every registry is added to, imports, exports and has a template
# (tests/exchange/test_cli_exchange.py holds this list to core.registry's)
EXCHANGE_REGISTRIES = (
    "units、people、ranks、rooms、incoming、outgoing、meetings、supervision、petitions、complaints、info"
    "（也可写中文名，如 收文、信访、督查）"
)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="数据库",
        default=argparse.SUPPRESS,
        help="SQLite 文件路径或 postgresql://用户:密码@主机:5432/库名",
    )


DEMO_MAX = 1000  # the demo's invented names run out some way above this


def build_parser() -> ChineseParser:
    parser = ChineseParser(
        prog=PROG,
        description=("机关办公桌面 OfficeDesk：公文、会议、督查督办、信访、信息报送的登记与办理，"
                     "效能统计与通报，逐级负责。"),
        epilog=EPILOG,
    )
    _db_option(parser)
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {_version()}", help="显示版本并退出"
    )
    sub = parser.add_subparsers(
        dest="command", title="子命令", metavar="子命令", parser_class=ChineseParser,
        help="每个子命令的用法：officedesk 子命令 -h",
    )

    def command(name: str, help_text: str, handler: Callable[[argparse.Namespace], int]) -> ChineseParser:
        child = sub.add_parser(name, help=help_text, description=help_text)
        _db_option(child)
        child.set_defaults(handler=handler)
        return child

    p = command("init", "建立数据库：机关名称、机关代字和管理员账号", cmd_init)
    p.add_argument("--org", required=True, metavar="机关名称", help="如 中共云岭县委办公室")
    p.add_argument(
        "--code", required=True, metavar="机关代字", help="发文字号的机关代字，如 云委办"
    )
    p.add_argument("--admin", default="admin", metavar="用户名", help="管理员用户名（默认 admin）")
    p.add_argument("--admin-name", default="系统管理员", metavar="姓名", help="管理员显示的名字")
    p.add_argument("--app-role", metavar="程序账号",
                   help="PostgreSQL：程序日常连接所用的账号，对审计表只授予查询和追加（见 README 安全）")
    p.add_argument(
        "--password",
        metavar="密码",
        help="管理员密码；不给时在终端询问，或取环境变量 OFFICEDESK_ADMIN_PASSWORD",
    )

    p = command("demo", "填入演示数据（虚构的县委、县政府机关）：只用于空数据库", cmd_demo)
    p.add_argument(
        "--size", type=whole_number(1, DEMO_MAX), default=50, metavar="N",
        help=f"规模，越大记录越多（默认 50，最大 {DEMO_MAX}）",
    )
    p.add_argument("--seed", type=int, default=2026, metavar="种子", help=argparse.SUPPRESS)

    p = command("add", "添加一条记录：add 登记簿 字段=值 …", cmd_add)
    p.add_argument(
        "registry",
        metavar="登记簿",
        help=EXCHANGE_REGISTRIES,
    )
    p.add_argument("pairs", nargs="*", metavar="字段=值", help="字段用表单上的中文名，如 姓名=张三")
    p.add_argument("--json", action="store_true", help="输出 JSON：id、编号等")
    p.add_argument(
        "--reissue",
        metavar="理由",
        default="",
        help="手工填写的收文编号、发文字号是已作废或空缺的号，有意重新使用时写明理由",
    )
    p.add_argument(
        "--force",
        metavar="理由",
        default="",
        help="只用于会议（meetings）：有人员时间冲突或会议室容量不足时，写明仍要保存的理由"
        "（记入审计，并列出所越过的冲突；会议室已被占用的仍不能保存）",
    )

    p = command(
        "import",
        "从 Excel（.xlsx、.xls）或 .ods 导入记录：先检查每一行，有问题则不导入；"
        ".csv 请先用 Excel 或 WPS 另存为 .xlsx",
        cmd_import,
    )
    p.add_argument("registry", metavar="登记簿", help=EXCHANGE_REGISTRIES)
    p.add_argument("file", metavar="文件.xlsx", help="要导入的表格（template 生成的模板或 export 导出的表）")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.add_argument("--skip-bad", action="store_true", help="跳过有问题的行，导入其余的行")
    p.add_argument(
        "--matched",
        choices=["skip", "update", "add"],
        metavar="skip|update|add",
        help="表中某行与已有记录相同（按编号，或来文字号＋来文机关等）时：skip 跳过，update 用表中"
        "内容更新，add 仍然新增；不给时列出这些行，不导入",
    )
    p.add_argument(
        "--update",
        action="store_true",
        help="即 --matched update：导出、在表格中修改后再导入，按编号找到记录，只改有变化的格",
    )
    p.add_argument(
        "--history",
        action="store_true",
        help="导入往年台账：各行可处于任何状态，但须带有该状态应有的内容（如归档须有档号），"
        "并在历史中注明为导入",
    )
    p.add_argument(
        "--force",
        metavar="理由",
        default="",
        help="只用于会议（meetings）：有人员时间冲突或会议室容量不足的行仍要导入时，写明理由"
        "（逐条记入审计，并列出所越过的冲突；会议室被占用的行仍不导入。--history 中已召开的"
        "会议按台账导入，冲突逐行列出，不需理由）",
    )
    p.add_argument("--json", action="store_true", help="输出 JSON 报告")

    p = command("export", "导出记录到 Excel（.xlsx）", cmd_export)
    p.add_argument("registry", metavar="登记簿", help=EXCHANGE_REGISTRIES)
    p.add_argument("file", metavar="文件.xlsx", help="导出到的文件（以 .xlsx 结尾）")
    p.add_argument(
        "--unmasked",
        action="store_true",
        help="导出完整的个人信息：身份证号、电话、住址，效能投诉的投诉人姓名（默认遮盖）；记入审计",
    )
    p.add_argument("--force", action="store_true", help=REPLACE_HELP)

    p = command("template", "生成导入用的 Excel 模板", cmd_template)
    p.add_argument("registry", metavar="登记簿", help=EXCHANGE_REGISTRIES)
    p.add_argument("file", metavar="文件.xlsx", help="模板存到的文件（以 .xlsx 结尾）")
    p.add_argument("--force", action="store_true", help=REPLACE_HELP)

    p = command("print", "打印单据到 PDF：print 单据 ID… -o 文件.pdf", cmd_print)
    p.add_argument("form", metavar="单据", help="单据名称：英文名或中文名，如 incoming-slip 或 收文处理笺（print --list 列出全部）", nargs="?")
    p.add_argument(
        "ids", nargs="*", type=record_id, metavar="ID", help="记录的 id（add --json 输出的 id）"
    )
    p.add_argument("-o", "--output", metavar="文件.pdf", help="输出的 PDF 文件")
    p.add_argument("--force", action="store_true", help=REPLACE_HELP)
    p.add_argument("--list", action="store_true", help="列出所有单据及其参数")
    p.add_argument("--unit", metavar="单位", help="按单位打印的单据（如督查催办通知单）")
    p.add_argument(
        "--from", dest="date_from", metavar="日期", help="期间开始（如督查通报、归档文件目录）"
    )
    p.add_argument("--to", dest="date_to", metavar="日期", help="期间结束")
    p.add_argument("--year", type=int, metavar="年份", help="年度（如归档文件目录）")
    p.add_argument("--copy", type=whole_number(1, 999_999, "份号"), metavar="份号",
                   help="涉密公文、会议通知、纪要、信息刊物：只印这一份的份号（默认 000001；公文不超过其印制份数）")
    p.add_argument("--copies", type=whole_number(1, 9999, "份数"), metavar="份数",
                   help="涉密公文、会议通知、纪要、信息刊物：印 N 份，份号 000001 起逐份编号"
                        "（公文不超过其印制份数；非涉密的不编份号，只印一份）")
    p.add_argument("--number", metavar="发文字号",
                   help="效能通报、督查通报、信息工作通报：本期的发文字号（如 云委办通〔2026〕3号；\"\" 印空白序号待手填）；"
                        "不给则用设置 efficiency.bulletin.number、supervision.bulletin.number、info.bulletin.number")
    p.add_argument("--all-copies", action="store_true", default=None,
                   help="涉密公文印全部印制份数、涉密会议通知与纪要每位参加人一份，各有份号")
    p.add_argument("--unmasked", action="store_true", default=None,
                   help="信访告知书、转送单（交办单）、答复意见书：印完整的身份证号、电话和住址，供邮寄送达"
                        "和承办单位联系（须有查看权限，记入审计）；不给则遮盖")
    p.add_argument("--added", action="store_true", default=None,
                   help="会议通知：只印给通知发出后增加的参会人员（补发），附注写明补发对象和日期")

    p = command("search", "全文检索所有登记簿", cmd_search)
    p.add_argument("text", metavar="文字", nargs="+",
                   help="几个词用空格分开，找出含每个词的记录；加引号的词组（\"GB/T 9704\"）整体查找")
    p.add_argument("--limit", type=whole_number(1, 1_000_000), default=50, metavar="N",
                   help="最多显示几条（默认 50）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("backup", "备份数据库（SQLite）到一个文件", cmd_backup)
    p.add_argument("file", metavar="备份文件", help="以 .db 结尾的文件名")
    p.add_argument("--force", action="store_true",
                   help="备份文件已存在时，确要用这次备份替换它（替换了会说明）")

    p = command("restore", "从备份文件恢复数据库（当前数据库先另存一份；已损坏的原样另存）", cmd_restore)
    p.add_argument("file", metavar="备份文件", help="backup 生成的 .db 文件")
    p.add_argument("--replace-office", action="store_true",
                   help="备份是另一个机关的数据库时，确要用它替换本机关的全部数据")

    p = command("check", "检查数据库：文件完整性、关联、结构版本、检索索引、审计链、记录内容、编号", cmd_check)
    p.add_argument("--anchor", metavar="审计校验码", help="与抄录在纸上的审计校验码核对（如 128-3FA2-09BC-77D1-E0A4）")
    p.add_argument("--reindex", action="store_true", help="先由记录重建检索索引（check 报告检索索引不一致时）")

    p = command("stats", "统计数字（公文、会议、督查、信访、效能、信息）", cmd_stats)
    p.add_argument("--year", type=int, metavar="年份", help="默认今年")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    for module_name in COMMAND_MODULES:
        import_module(module_name).add_commands(command)
    return parser


# ---------------------------------------------------------------- more subcommands

# Modules that add subcommands, one a line: each has `COMMANDS` (the names, a set, so the entry
# knows a subcommand without importing the module) and `add_commands(command)`, where
# `command(name, help, handler)` returns the subparser. Keep their top level light: the window
# starts through this file, so a module imports core only inside its handlers.
COMMAND_MODULES: list[str] = [
    "officedesk.cli_steps",
    "officedesk.cli_security",
    "officedesk.cli_users",
    "officedesk.cli_info",
    "officedesk.cli_scale",
    "officedesk.cli_attach",
    "officedesk.cli_list",
]


def _more_subcommands() -> set[str]:
    names: set[str] = set()
    for module_name in COMMAND_MODULES:
        names |= set(import_module(module_name).COMMANDS)
    return names


# ---------------------------------------------------------------- entry


SUBCOMMANDS = {
    "init",
    "demo",
    "add",
    "import",
    "export",
    "template",
    "print",
    "search",
    "backup",
    "restore",
    "check",
    "stats",
} | _more_subcommands()


def _wants_gui(argv: Sequence[str]) -> bool:
    """No subcommand (only options such as --db, --smoke or Qt's own): start the window.

    A word that follows an option is taken as that option's value (`-platform offscreen`); any
    other word is a subcommand, and a wrong one is a usage error, not a window."""
    previous = ""
    for token in argv:
        if token in SUBCOMMANDS or token in ("-h", "--help", "--version"):
            return False
        if not token.startswith("-") and not (previous.startswith("-") and "=" not in previous):
            return False
        previous = token
    return True


def run_gui(argv: Sequence[str]) -> int:
    from officedesk.app import main as gui_main

    try:
        return int(gui_main(list(argv)) or 0)
    except ImportError as exc:
        missing_qt = (exc.name or "").split(".")[0] in ("PySide6", "shiboken6") or ".so" in str(exc)
        if not missing_qt:
            raise
        err(
            f"无法启动图形界面：Qt 或它需要的系统库没有装好（{exc}）。\n"
            "在 Debian 上请以 root 身份运行 bash scripts/setup.sh，它会安装缺少的系统库；"
            "命令行子命令（officedesk -h）不需要图形界面，仍可使用。"
        )
        return EXIT_REFUSED


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = contextlib.ExitStack()
    try:
        if _wants_gui(argv):
            return run_gui(argv)
        from officedesk.store.db_errors import COMMAND_LINE, messages_for

        # until the error below is printed: what to do next as a command says it, not the window
        wording.enter_context(messages_for(COMMAND_LINE))
        wording.callback(showing_warnings())  # a warning is a line, never a traceback
        args = build_parser().parse_args(argv)
        if not getattr(args, "command", None):
            build_parser().print_help()
            return EXIT_USAGE
        from officedesk.store.db_errors import running_command

        wording.enter_context(running_command(str(args.command)))  # named in permission errors
        result = int(args.handler(args))
        flush_output()
        return result
    except OutputLost as exc:
        # what it still held is lost: no second failure at exit (open till the process ends)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        err(exc.message)
        return EXIT_REFUSED
    except UsageError as exc:
        refuse(str(exc))
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version finish through argparse's exit
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        err("已中断。")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - everything below becomes a message, never a bare trace
        return _report(exc)
    finally:
        _close()
        wording.close()


def file_trouble_message(exc: OSError) -> str:
    """A file or folder that could not be made, written or read, said in Chinese (the window's
    start says it in a box)."""
    from officedesk.store.db_errors import disk_trouble, file_error_reason, translate_error

    if disk_trouble(exc):
        return translate_error(exc, exc.filename or "").message
    name = f"“{exc.filename}”" if getattr(exc, "filename", None) else ""
    return f"无法访问文件{name}：{file_error_reason(exc)}。请检查路径、权限和磁盘空间。"


def _report(exc: BaseException) -> int:
    import peewee

    from officedesk.core.errors import OfficeDeskError
    from officedesk.store.db_errors import translate_error

    if isinstance(exc, OfficeDeskError):
        refuse(exc.message)
        return EXIT_REFUSED
    if isinstance(exc, peewee.PeeweeException | sqlite3.Error):
        refuse(translate_error(exc).message)
        return EXIT_REFUSED
    if isinstance(exc, OSError):
        refuse(file_trouble_message(exc))
        return EXIT_REFUSED
    err("程序内部出错（这不是您的操作问题）。请把下面的信息发给维护人员：")
    traceback.print_exception(exc, file=sys.stderr)
    return EXIT_BUG


def _close() -> None:
    try:
        from officedesk.store.db import close_database

        close_database()
    except Exception:  # noqa: BLE001 - closing must never mask the real outcome
        pass
