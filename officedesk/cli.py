"""The command line: `officedesk` (or `python -m officedesk`).

Without a subcommand it starts the window. Every subcommand works on the database directly as
the administrator (core.actor.CLI_ACTOR): whoever can run it on the database file has full
rights, so the file's permissions are the boundary (README, "命令行与管理员").

Exit codes: 0 done, 1 refused (bad input, a rule, a database problem; the reason in Chinese on
stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import re
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_BUG = 3

PROG = "officedesk"


class UsageError(Exception):
    """Wrong use of the command line: exit code 2."""


# ---------------------------------------------------------------- argparse in Chinese

_ARGPARSE_MESSAGES = [
    (re.compile(r"the following arguments are required: (.*)"), r"缺少参数：\1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"不认识的参数：\1"),
    (
        re.compile(r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)"),
        r"参数 \1 的值 \2 无效，可选：\3",
    ),
    (re.compile(r"argument (.*?): invalid int value: (.*)"), r"参数 \1 应为整数，现在是 \2"),
    (re.compile(r"argument (.*?): expected one argument"), r"参数 \1 后面需要一个值"),
    (re.compile(r"argument (.*?): expected at least one argument"), r"参数 \1 后面至少需要一个值"),
    (re.compile(r"argument (.*?): (.*)"), r"参数 \1：\2"),
]


def _chinese(message: str) -> str:
    for pattern, replacement in _ARGPARSE_MESSAGES:
        if pattern.search(message):
            return pattern.sub(replacement, message)
    return message


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix="用法：")


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出"
        )

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            f"{self.prog}：{_chinese(message)}\n{self.format_usage().rstrip()}\n"
            f"（用 {self.prog} -h 查看帮助）"
        )


# ---------------------------------------------------------------- the parser

EPILOG = """\
不带子命令时启动图形界面。所有子命令都以管理员身份直接操作数据库（--db 指定，默认为用户数据目录中的
officedesk.db，也可用环境变量 OFFICEDESK_DB）。

例：
  officedesk init --org 中共云岭县委办公室 --code 云委办
  officedesk demo --size 50
  officedesk add people 姓名=张三 单位=县委办公室 职务=科员 电话=13800000000 --json
  officedesk template people 人员模板.xlsx
  officedesk import people 人员.xlsx --dry-run
  officedesk search 张 --json
  officedesk backup 备份/2026-12-03.db
"""


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="数据库",
        default=argparse.SUPPRESS,
        help="SQLite 文件路径或 postgresql://用户:密码@主机:5432/库名",
    )


def build_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="机关办公桌面 OfficeDesk：公文、会议、督查督办、信访的登记与办理。",
        epilog=EPILOG,
    )
    _db_option(parser)
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {_version()}", help="显示版本并退出"
    )
    sub = parser.add_subparsers(
        dest="command", title="子命令", metavar="子命令", parser_class=_Parser
    )

    def command(name: str, help_text: str, handler: Callable[[argparse.Namespace], int]) -> _Parser:
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
    p.add_argument(
        "--password",
        metavar="密码",
        help="管理员密码；不给时在终端询问，或取环境变量 OFFICEDESK_ADMIN_PASSWORD",
    )

    p = command("demo", "填入演示数据（虚构的县委、县政府机关）：只用于空数据库", cmd_demo)
    p.add_argument(
        "--size", type=int, default=50, metavar="N", help="规模，越大记录越多（默认 50）"
    )
    p.add_argument("--seed", type=int, default=2026, metavar="种子", help=argparse.SUPPRESS)

    p = command("add", "添加一条记录：add 登记簿 字段=值 …", cmd_add)
    p.add_argument(
        "registry",
        metavar="登记簿",
        help="units、people、rooms、incoming、outgoing、meetings、supervision、petitions",
    )
    p.add_argument("pairs", nargs="*", metavar="字段=值", help="字段用表单上的中文名，如 姓名=张三")
    p.add_argument("--json", action="store_true", help="输出 JSON：id、编号等")

    p = command("import", "从 Excel（.xlsx）导入记录：先检查每一行，有问题则不导入", cmd_import)
    p.add_argument("registry", metavar="登记簿")
    p.add_argument("file", metavar="文件.xlsx")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.add_argument("--skip-bad", action="store_true", help="跳过有问题的行，导入其余的行")
    p.add_argument("--json", action="store_true", help="输出 JSON 报告")

    p = command("export", "导出记录到 Excel（.xlsx）", cmd_export)
    p.add_argument("registry", metavar="登记簿")
    p.add_argument("file", metavar="文件.xlsx")

    p = command("template", "生成导入用的 Excel 模板", cmd_template)
    p.add_argument("registry", metavar="登记簿")
    p.add_argument("file", metavar="文件.xlsx")

    p = command("print", "打印单据到 PDF：print 单据 ID… -o 文件.pdf", cmd_print)
    p.add_argument("form", metavar="单据", help="单据名称（print --list 列出全部）", nargs="?")
    p.add_argument(
        "ids", nargs="*", type=int, metavar="ID", help="记录的 id（add --json 输出的 id）"
    )
    p.add_argument("-o", "--output", metavar="文件.pdf", help="输出的 PDF 文件")
    p.add_argument("--list", action="store_true", help="列出所有单据及其参数")
    p.add_argument("--unit", metavar="单位", help="按单位打印的单据（如督查催办通知单）")
    p.add_argument(
        "--from", dest="date_from", metavar="日期", help="期间开始（如督查通报、归档文件目录）"
    )
    p.add_argument("--to", dest="date_to", metavar="日期", help="期间结束")
    p.add_argument("--year", type=int, metavar="年份", help="年度（如归档文件目录）")

    p = command("search", "全文检索所有登记簿", cmd_search)
    p.add_argument("text", metavar="文字")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="最多显示几条（默认 50）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("backup", "备份数据库（SQLite）到一个文件", cmd_backup)
    p.add_argument("file", metavar="备份文件")

    p = command("restore", "从备份文件恢复数据库（当前数据库先另存一份）", cmd_restore)
    p.add_argument("file", metavar="备份文件")

    command("check", "检查数据库：文件完整性、关联、结构版本、检索索引、审计链", cmd_check)

    p = command("stats", "统计数字（发文、会议、督查、信访等）", cmd_stats)
    p.add_argument("--year", type=int, metavar="年份", help="默认今年")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    return parser


def _version() -> str:
    from officedesk import __version__

    return __version__


# ---------------------------------------------------------------- helpers


def out(text: str = "") -> None:
    print(text)


def err(text: str) -> None:
    print(text, file=sys.stderr)


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def actor() -> Any:
    from officedesk.core.actor import CLI_ACTOR

    return CLI_ACTOR


# Commands that may make a new database file; the others refuse a missing one.
CREATES_DATABASE = {"init", "demo", "restore"}


def open_db(args: argparse.Namespace) -> Any:
    from officedesk.core import settings
    from officedesk.core.errors import DatabaseError
    from officedesk.store import db as store_db

    target = store_db.resolve_target(getattr(args, "db", None))
    if (
        not store_db.is_url(target)
        and args.command not in CREATES_DATABASE
        and not Path(target).exists()
    ):
        raise DatabaseError(
            f"数据库文件“{target}”不存在。请先运行 officedesk init --org 机关名称 --code 机关代字 "
            "建立数据库，或用 --db 指定已有的数据库。"
        )
    settings.forget_cache()
    return store_db.open_database(target)


def registry_spec(name: str) -> Any:
    from officedesk.core import registry

    return registry.get(name)


def parse_pairs(pairs: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    seen: set[str] = set()
    for pair in pairs:
        key, sep, value = pair.replace("＝", "=", 1).partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(f"{PROG} add：“{pair}”应写成 字段=值，如 姓名=张三。")
        if key in seen:
            raise UsageError(f"{PROG} add：“{key}”给了两次。")
        seen.add(key)
        if value.strip():  # 字段= (empty) is the same as leaving the field out
            values[key] = value
    return values


# ---------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    from officedesk.core import users
    from officedesk.core.errors import ValidationError
    from officedesk.store import db as store_db

    password = args.password or os.environ.get("OFFICEDESK_ADMIN_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            raise ValidationError(
                "请用 --password 或环境变量 OFFICEDESK_ADMIN_PASSWORD 给出管理员密码。"
            )
        password = getpass.getpass(f"管理员 {args.admin} 的密码：")
        again = getpass.getpass("再输入一次：")
        if password != again:
            raise ValidationError("两次输入的密码不一致，未建立数据库。")
    open_db(args)
    admin = users.first_run_setup(args.org, args.code, args.admin, password, args.admin_name)
    out(f"已建立机关“{args.org.strip()}”（机关代字：{args.code.strip()}）。")
    out(f"管理员账号：{admin.username}（{admin.display_name or '管理员'}）")
    out(f"数据库：{store_db.resolve_target(getattr(args, 'db', None))}")
    return EXIT_OK


DEMO_ORG = ("中共云岭县委办公室", "云委办")


def cmd_demo(args: argparse.Namespace) -> int:
    from officedesk import demo
    from officedesk.core import settings
    from officedesk.core.errors import ConflictError, ValidationError
    from officedesk.store.models import Person, Room, Unit

    if args.size < 1:
        raise ValidationError("--size 应为正整数。")
    open_db(args)
    if Unit.select().exists() or Person.select().exists() or Room.select().exists():
        raise ConflictError(
            "数据库中已有通讯录数据，没有再生成演示数据（演示数据只放进新建的空数据库）。"
            "请用 --db 指定一个新文件。"
        )
    if not settings.get("org.name"):
        settings.put("org.name", DEMO_ORG[0])
    if not settings.get("org.code"):
        settings.put("org.code", DEMO_ORG[1])
    counts = demo.populate(args.size, seed=args.seed)
    labels = {
        "directory": "通讯录",
        "documents": "公文",
        "meetings": "会议",
        "supervision": "督查督办",
        "petitions": "信访",
    }
    out(f"已生成演示数据（{settings.get('org.name')}，虚构）：")
    for name, count in counts.items():
        out(f"  {labels.get(name, name)}：{count} 条")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from officedesk.core import records

    values = parse_pairs(args.pairs)
    open_db(args)
    spec = registry_spec(args.registry)
    if spec.create_hook is not None:
        record = spec.create_hook(values, actor())
    else:
        record = records.create(spec, values, actor())
    number = getattr(record, spec.number_field, None) if spec.number_field else None
    if args.json:
        result: dict[str, Any] = {"id": record.id, "number": number, "registry": spec.name}
        if spec.json_extra is not None:
            result.update(spec.json_extra(record))
        print_json(result)
    else:
        title = getattr(record, spec.title_field, "")
        shown = f"，编号 {number}" if number else ""
        out(f"已添加{spec.label}：{title}（id {record.id}{shown}）")
        if spec.json_extra is not None:
            for key, value in spec.json_extra(record).items():
                if value:
                    out(f"  {key}：{value}")
    return EXIT_OK


def _progress_printer(verb: str) -> Callable[[int, int], None]:
    interactive = sys.stderr.isatty()

    def show(done: int, total: int) -> None:
        if interactive and total >= 1000:
            print(
                f"\r{verb} {done}/{total}",
                end="" if done < total else "\n",
                file=sys.stderr,
                flush=True,
            )

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from officedesk.exchange import xlsx

    open_db(args)
    spec = registry_spec(args.registry)
    report = xlsx.import_file(
        spec,
        args.file,
        actor(),
        dry_run=args.dry_run,
        skip_bad=args.skip_bad,
        progress=_progress_printer("检查并导入"),
    )
    if args.json:
        print_json(report.as_dict())
    else:
        out(report.summary())
        if report.ignored_columns:
            out(f"以下列由系统生成，导入时忽略：{'、'.join(report.ignored_columns)}")
    for problem in report.problems:
        err(str(problem))
    if report.problems and not (args.skip_bad and report.imported):
        if not args.json:
            err(report.summary())
        return EXIT_REFUSED
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from officedesk.exchange import xlsx

    open_db(args)
    spec = registry_spec(args.registry)
    count = xlsx.export(spec, args.file, actor(), progress=_progress_printer("导出"))
    out(f"已导出 {count} 条{spec.label}到 {args.file}")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from officedesk.exchange import xlsx

    open_db(args)
    spec = registry_spec(args.registry)
    xlsx.write_template(spec, args.file)
    out(
        f"已生成{spec.label}导入模板：{args.file}（列：{'、'.join(f.label for f in spec.exchange_fields())}）"
    )
    return EXIT_OK


PRINT_OPTIONS = {"unit": "--unit", "date_from": "--from", "date_to": "--to", "year": "--year"}


def cmd_print(args: argparse.Namespace) -> int:
    from officedesk.core.errors import ValidationError
    from officedesk.printing import forms

    if args.list or not args.form:
        for item in forms.all_forms():
            shown = {
                "unit": "[--unit 单位]",
                "date_from": "[--from 日期]",
                "date_to": "[--to 日期]",
                "year": "[--year 年份]",
            }
            words = ["ID…"] if item.needs_ids else []
            words += [shown.get(o, f"[--{o} …]") for o in item.options]
            out(f"{item.name:<22} {item.label}（{item.registry}）")
            out(f"    print {item.name} {' '.join(words + ['-o 文件.pdf'])}")
        return EXIT_OK
    if not args.output:
        raise UsageError(f"{PROG} print：请用 -o 文件.pdf 指定输出文件。")
    form = forms.get(args.form)
    options = {
        name: getattr(args, name) for name in PRINT_OPTIONS if getattr(args, name) is not None
    }
    unknown = [PRINT_OPTIONS[name] for name in options if name not in form.options]
    if unknown:
        raise UsageError(f"{PROG} print：{form.label}不接受 {'、'.join(unknown)}。")
    if form.needs_ids and not args.ids:
        raise UsageError(
            f"{PROG} print：请给出要打印的{form.label}的记录 id（add --json 输出的 id）。"
        )
    open_db(args)
    data = form.build(args.ids, actor(), **options)
    output = Path(args.output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(data)
    except OSError as exc:
        raise ValidationError(
            f"无法写入“{output}”：{exc.strerror or exc}。请检查位置、权限和磁盘空间。"
        ) from exc
    out(f"已生成{form.label}：{output}（{max(1, len(data) // 1024)} KB）")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from officedesk.core import registry
    from officedesk.store import search_index

    open_db(args)
    hits = search_index.search(args.text, 3, limit=args.limit)
    labels = {spec.name: spec.label for spec in registry.all_registries()}
    if args.json:
        print_json(
            [
                {
                    "registry": h.registry,
                    "registry_label": labels.get(h.registry, h.registry),
                    "id": h.record_id,
                    "title": h.title,
                    "snippet": h.snippet,
                }
                for h in hits
            ]
        )
        return EXIT_OK
    if not hits:
        out(f"没有找到含“{args.text}”的记录。")
        return EXIT_OK
    for hit in hits:
        out(f"[{labels.get(hit.registry, hit.registry)}] id {hit.record_id}  {hit.title}")
        snippet = " ".join(hit.snippet.split())
        if snippet and snippet != hit.title:
            out(f"    {snippet}")
    out(
        f"共 {len(hits)} 条"
        + ("（只显示前面这些，用 --limit 显示更多）" if len(hits) >= args.limit else "")
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from officedesk.store import backup

    db = open_db(args)
    target = backup.backup_to(db, Path(args.file))
    out(f"已备份到 {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from officedesk.core import settings
    from officedesk.store import backup

    db = open_db(args)
    kept = backup.restore_from(db, Path(args.file))
    settings.forget_cache()
    out(f"已从 {args.file} 恢复数据库。恢复前的数据库另存为 {kept}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from officedesk.core.check import run_checks

    open_db(args)
    problems = run_checks()
    if not problems:
        out("检查完毕：数据库完好。")
        return EXIT_OK
    for problem in problems:
        err(str(problem))
    err(f"发现 {len(problems)} 个问题。")
    return EXIT_REFUSED


def cmd_stats(args: argparse.Namespace) -> int:
    from officedesk.core import clock, stats

    open_db(args)
    year = args.year or clock.today().year
    figures = stats.collect(actor(), year)
    if args.json:
        print_json({"year": year, **figures})
        return EXIT_OK
    out(f"{year} 年统计")
    _print_tree(figures, 0)
    return EXIT_OK


def _print_tree(value: Any, depth: int) -> None:
    indent = "  " * depth
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict | list):
                out(f"{indent}{key}：")
                _print_tree(item, depth + 1)
            else:
                out(f"{indent}{key}：{item}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                _print_tree(item, depth + 1)
            else:
                out(f"{indent}- {item}")
    else:
        out(f"{indent}{value}")


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
}


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
    try:
        if _wants_gui(argv):
            return run_gui(argv)
        args = build_parser().parse_args(argv)
        if not getattr(args, "command", None):
            build_parser().print_help()
            return EXIT_USAGE
        return int(args.handler(args))
    except UsageError as exc:
        err(str(exc))
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


def _report(exc: BaseException) -> int:
    import peewee

    from officedesk.core.errors import OfficeDeskError
    from officedesk.store.db import translate_error

    if isinstance(exc, OfficeDeskError):
        err(exc.message)
        return EXIT_REFUSED
    if isinstance(exc, peewee.PeeweeException | sqlite3.Error):
        err(translate_error(exc).message)
        return EXIT_REFUSED
    if isinstance(exc, OSError):
        name = f"“{exc.filename}”" if getattr(exc, "filename", None) else ""
        err(f"无法访问文件{name}：{exc.strerror or exc}。请检查路径、权限和磁盘空间。")
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
