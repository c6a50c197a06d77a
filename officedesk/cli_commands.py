"""The command line's subcommands (`officedesk init`, `add`, `print` …) and their helpers.

The parser and the entry point are in officedesk/cli.py."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from officedesk.cli_output import (
    cut_quoted,
    err,
    out,
    print_json,
    progress_printer,
    refuse,
)

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_BUG = 3

PROG = "officedesk"


class UsageError(Exception):
    """Wrong use of the command line: exit code 2."""


def _version() -> str:
    from officedesk import __version__

    return __version__


# ---------------------------------------------------------------- helpers


def actor() -> Any:
    from officedesk.core.actor import CLI_ACTOR

    return CLI_ACTOR


# Commands that may make a new database of a missing or blank file; the others refuse one.
CREATES_DATABASE = {"init", "demo", "restore"}


def open_db(args: argparse.Namespace, migrate: bool = True) -> Any:
    """The one place the commands open the database: a missing or blank file only for those
    that make one (store.file_guard says why it refuses)."""
    from officedesk.core import settings
    from officedesk.store import db as store_db
    from officedesk.store.file_guard import NEW_ANY, NEW_NEVER

    new = NEW_ANY if args.command in CREATES_DATABASE else NEW_NEVER
    settings.forget_cache()
    return store_db.open_database(getattr(args, "db", None), migrate=migrate, new=new)


def whole_number(low: int, high: int, what: str = "", hint: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, refused in Chinese otherwise (a
    number too big for the database would reach it as a driver's OverflowError)."""

    def parse(text: str) -> int:
        value = text.strip()
        digits = value[1:] if value.startswith("-") else value
        if not (digits.isascii() and digits.isdigit()) or not low <= int(value) <= high:
            raise argparse.ArgumentTypeError(
                f"{what}应为 {low} 到 {high} 之间的整数{hint}，现在是“{text}”"
            )
        return int(value)

    return parse


def record_id(text: str) -> int:
    """argparse type of every record id the commands take: 1 … core.record_guards.ID_MAX."""
    from officedesk.core.record_guards import ID_MAX

    return whole_number(1, ID_MAX, "记录 id ", "（add --json 或列表中显示的 id）")(text)


def checked_year(year: int, label: str = "年份") -> int:
    """A --year given to a command (after open_db: the window of years is a setting): the same
    check as the statistics' (core.fields.check_year)."""
    from officedesk.core.fields import check_year

    return check_year(year, label)


def registry_spec(name: str) -> Any:
    from officedesk.core import registry

    return registry.get(name)


_TIME_OF_DAY = re.compile(r"^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")


def parse_pairs(pairs: Sequence[str], command: str = "add") -> dict[str, str]:
    values: dict[str, str] = {}
    seen: set[str] = set()
    for before, pair in zip([None, *pairs], pairs, strict=False):
        key, sep, value = pair.replace("＝", "=", 1).partition("=")
        key = key.strip()
        if not sep and before is not None and "=" in before and _TIME_OF_DAY.match(pair.strip()):
            # 时间=2026-12-07 09:00 unquoted: the shell gave the time of day as a word of its own
            raise UsageError(f"{PROG} {command}：“{before}”后面的“{pair}”是单独的一项：日期和时刻之间有空格时，"
                             f"请给整项加引号，如 \"{before} {pair}\"，或写成 {before}T{pair}。")
        if not sep or not key:
            raise UsageError(f"{PROG} {command}：“{pair}”应写成 字段=值，如 姓名=张三。")
        if key in seen:
            raise UsageError(f"{PROG} {command}：“{key}”给了两次。")
        seen.add(key)
        if value.strip():  # 字段= (empty) is the same as leaving the field out
            values[key] = value
    return values


# ---------------------------------------------------------------- commands


DEMO_ORG = ("中共云岭县委办公室", "云委办")


def cmd_demo(args: argparse.Namespace) -> int:
    from officedesk import demo
    from officedesk.core import settings
    from officedesk.core.errors import ConflictError
    from officedesk.store.models import Person, Room, Unit

    open_db(args)
    if Unit.select().exists() or Person.select().exists() or Room.select().exists():
        raise ConflictError(
            "数据库中已有通讯录数据，没有再生成演示数据（演示数据只放进新建的空数据库）。"
            "请用 --db 指定一个新文件。"
        )
    if not settings.get("org.name"):
        settings.put("org.name", DEMO_ORG[0], actor())
    if not settings.get("org.code"):
        settings.put("org.code", DEMO_ORG[1], actor())
    counts = demo.populate(args.size, seed=args.seed)
    from officedesk.cli_labels import label

    labels = {"efficiency": "效能（往年办件、会议、发文与效能投诉）"}
    out(f"已生成演示数据（{settings.get('org.name')}，虚构）：")
    for name, count in counts.items():
        out(f"  {labels.get(name) or label(name)}：{count} 条")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from officedesk.cli_forced import as_json, lines, refuse_unless_forceable, told
    from officedesk.core import records, typed_numbers
    from officedesk.core.meetings.service import forcing

    values = parse_pairs(args.pairs)
    open_db(args)
    spec = registry_spec(args.registry)
    reissue, force = getattr(args, "reissue", "") or "", getattr(args, "force", "") or ""
    refuse_unless_forceable("add", spec.name, spec.label, force)
    with typed_numbers.reissuing(reissue), forcing(force), told(force) as forced:
        if spec.create_hook is not None:
            record = spec.create_hook(values, actor())
        else:
            record = records.create(spec, values, actor())
    # no number yet (a 发文稿 before 编号) is null, as README says, not ""
    number = (getattr(record, spec.number_field, None) or None) if spec.number_field else None
    told = times_dropped(spec, values)
    if args.json:
        result: dict[str, Any] = {"id": record.id, "number": number, "registry": spec.name}
        if spec.json_extra is not None:
            result.update(spec.json_extra(record))
        if told:
            result["notes"] = told
        result.update(as_json(force, forced))
        print_json(result)
    else:
        title = getattr(record, spec.title_field, "")
        shown = f"，编号 {number}" if number else ""
        out(f"已添加{spec.label}：{title}（id {record.id}{shown}）")
        if spec.json_extra is not None:
            from officedesk.cli_labels import label, shown

            for key, value in spec.json_extra(record).items():
                if value:
                    out(f"  {label(key)}：{shown(value)}")
        for note in told:
            out(f"  注意：{note}")
        for line in lines(force, forced):
            out(f"  {line}")
    return EXIT_OK


def times_dropped(spec: Any, values: dict[str, str]) -> list[str]:
    """What `add` (a registry's fields) and `step` (a step's: `spec` is its StepSpec) say of a
    date-only field given a time of day (its date kept, as an import keeps it): core's words,
    one a field."""
    from officedesk.core.errors import ValidationError
    from officedesk.core.fields import time_dropped_text

    find = spec.by_label if hasattr(spec, "by_label") else spec.field
    told = []
    for key, value in values.items():
        try:
            note = time_dropped_text(find(key), value)
        except ValidationError:  # a column a registry's own hook reads (not a field)
            continue
        if note is not None:
            told.append(str(note))
    return told


def cmd_import(args: argparse.Namespace) -> int:
    from officedesk.cli_forced import as_json, lines, refuse_unless_forceable, told
    from officedesk.core.meetings.service import forcing
    from officedesk.exchange import xlsx

    if args.update and args.matched not in (None, "update"):
        raise UsageError(f"{PROG} import：--update 与 --matched {args.matched} 不能同时使用。")
    open_db(args)
    spec = registry_spec(args.registry)
    force = getattr(args, "force", "") or ""
    refuse_unless_forceable("import", spec.name, spec.label, force)
    # the conflicts' own advice (“命令行：--force 理由”) holds for an import too
    with forcing(force), told(force) as forced:
        report = xlsx.import_file(
            spec,
            args.file,
            actor(),
            dry_run=args.dry_run,
            skip_bad=args.skip_bad,
            progress=progress_printer("检查并导入"),
            on_match="update" if args.update else (args.matched or "refuse"),
            history=getattr(args, "history", False),
        )
    # a dry run, or an import refused whole, wrote nothing: its reason overrode nothing yet
    unwritten = report.dry_run or not (report.imported or report.updated)
    if args.json:
        print_json(report.as_dict() | as_json(force, forced, unwritten))
    else:
        out(report.summary())  # its unread_columns line names the columns not read
        for change in report.updated:
            out(f"  {'将更新' if report.dry_run else '已更新'} {change}")
        for kept in report.kept_lines():  # what a detail sheet left out: kept, and how to delete it
            out(f"  {kept}")
        for line in lines(force, forced, unwritten):
            out(f"  {line}")
    for problem in report.problems:
        refuse(str(problem))
    if report.more_problems:
        err(report.more_text())
    # exit 1 means refused: a --skip-bad import that wrote rows (new or updated) was not
    if report.problems and not (args.skip_bad and (report.imported or report.updated)):
        if not args.json:
            err(report.summary())
        return EXIT_REFUSED
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from officedesk.core import global_search, registry

    text = " ".join(args.text)  # 张三 信访 unquoted is two arguments: the same words
    if not text.strip():
        raise UsageError(f"{PROG} search：请写出要查找的文字，如 {PROG} search 张三。")
    open_db(args)
    found = global_search.found(text, actor(), limit=args.limit)
    hits = found.hits
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
        out(cut_quoted(f"没有找到含“{text}”的记录。"))
        return EXIT_OK
    for hit in hits:
        out(f"[{labels.get(hit.registry, hit.registry)}] id {hit.record_id}  {hit.title}")
        snippet = " ".join(hit.snippet.split())
        if snippet and snippet != hit.title:
            out(f"    {snippet}")
    out(
        f"共 {len(hits)} 条"
        + ("（只列出最新的这些，还有更多：请多写几个字缩小范围，或用 --limit 显示更多，"
           "或用 list 登记簿 --word 字词 列出一个登记簿的全部）" if found.more else "")
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from officedesk.core import backups
    from officedesk.store.file_guard import refuse_database_target

    open_db(args)
    refuse_database_target(args.file)  # before the backup is audited
    force = bool(getattr(args, "force", False))
    # --force said what it did: the file it replaced (the window asks before it does)
    replaced = force and backups.check_target(actor(), Path(args.file))
    result = backups.backup(actor(), Path(args.file), overwrite=force)
    out(f"已备份到 {result.path}" + ("（--force：已替换原有的同名文件）" if replaced else ""))
    out(f"审计校验码：{result.code}（请抄录保存，日后可用 check --anchor 核对）")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """The one command that works over a damaged database: the file SQLite cannot open is kept
    aside as it is and the backup put in its place."""
    from officedesk.core import backups
    from officedesk.core.errors import DatabaseError
    from officedesk.store.db import resolve_target

    replace = bool(getattr(args, "replace_office", False))
    target = resolve_target(getattr(args, "db", None))
    made = "://" not in target and target != ":memory:" and not Path(target).exists()
    try:
        open_db(args)
    except DatabaseError as exc:
        if backups.damaged_hint(target) is None:
            from officedesk.store.db_errors import disk_trouble

            if disk_trouble(exc):  # SQLite could not grow the healthy file's -shm: not damage
                raise backups.full_disk_refusal(target) from exc
            raise
        report = backups.restore_damaged(actor(), Path(target), Path(args.file), replace)
    else:
        report = backups.restore(actor(), Path(args.file), replace, made_for_restore=made)
    out(report.summary())
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from officedesk.core.check import run_checks
    from officedesk.core.lifecycle import voided_numbers
    from officedesk.store.backup import DamagedDatabase

    try:
        open_db(args)
    except DamagedDatabase:  # an older version's file, damaged: its damage told, not upgraded
        open_db(args, migrate=False)
    if getattr(args, "reindex", False):
        from officedesk.core import index_check

        out(f"已重建检索索引：{index_check.rebuild(actor())} 条记录。")
    problems = run_checks(anchor_code=getattr(args, "anchor", None))
    for voided in voided_numbers():
        out(f"[作废编号] {voided}")
    if not problems:
        out("检查完毕：数据库完好。")
        return EXIT_OK
    for problem in problems:
        err(str(problem))
    err(f"发现 {len(problems)} 个问题。")
    return EXIT_REFUSED


def cmd_stats(args: argparse.Namespace) -> int:
    from officedesk.core import clock, counted_scope, stats

    open_db(args)
    year = clock.today().year if args.year is None else checked_year(args.year, "统计年份")
    level = counted_scope.counted_level(actor())  # read with the figures, as they count
    figures = stats.collect(actor(), year)
    if args.json:
        print_json({"year": year, **figures})
        return EXIT_OK
    from officedesk.cli_labels import summary_lines

    out(f"{year} 年统计（摘要）")
    if note := counted_scope.shown_note(level):
        out(note)
    for line in summary_lines(figures):
        out(line)
    out("按月、按类别、按单位等全部数字请用：officedesk stats --json")
    return EXIT_OK
