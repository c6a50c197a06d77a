"""信息报送 on the command line: the periodicals and their issues (`info-periodical`,
`info-issues`, `info-publish`, `info-order`), the units' ranking (`info-ranking`) and the sudden
events' report clocks (`info-clock`). Items themselves go through `add info`, `steps`/`step info`,
`print info-issue|info-ranking|info-receipt`, import/export and `stats`."""

from __future__ import annotations

import argparse
from typing import Any

from officedesk.cli_commands import (
    EXIT_OK,
    actor,
    checked_year,
    open_db,
    record_id,
    whole_number,
)
from officedesk.cli_output import out, print_json

COMMANDS = {"info-periodical", "info-issues", "info-publish", "info-issue-remove", "info-order",
            "info-ranking", "info-clock"}


def add_commands(command: Any) -> None:
    p = command("info-periodical", "信息刊物：不带名称列出全部；带名称新增或修改编发单位、报送范围",
                cmd_periodical)
    p.add_argument("name", nargs="?", metavar="刊物", help="如 每日要情")
    p.add_argument("--unit", default=None, metavar="编发单位", help="默认为本机关名称")
    p.add_argument("--bao", default=None, metavar="报", help="版记“报”")
    p.add_argument("--song", default=None, metavar="送", help="版记“送”")
    p.add_argument("--fa", default=None, metavar="发", help="版记“发”")
    p.add_argument("--total-start", type=whole_number(0, 999_999), default=None,
                   metavar="N",
                   help="使用本程序前已出的总期数")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("info-issues", "列出信息刊物的各期（id、期号、状态、信息数）", cmd_issues)
    p.add_argument("--periodical", default="", metavar="刊物", help="只列这一刊物的，如 每日要情")
    p.add_argument("--year", type=int, default=None, metavar="年份", help="只列这一年的")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("info-publish", "印发一期信息刊物（此后不再编入信息）", cmd_publish)
    p.add_argument("issue", type=record_id, metavar="期ID", help="info-issues 列出的 id")
    p.add_argument("--on", default=None, metavar="日期", help="印发日期（默认今天）")

    p = command("info-issue-remove", "删除一期没有编入信息、未印发的空期，其后各期期号、总期号依次提前",
                cmd_issue_remove)
    p.add_argument("issue", type=record_id, metavar="期ID", help="info-issues 列出的 id")

    p = command("info-order", "调整一期信息刊物中信息的顺序", cmd_order)
    p.add_argument("issue", type=record_id, metavar="期ID", help="info-issues 列出的 id")
    p.add_argument("items", type=record_id, nargs="*", metavar="信息ID",
                   help="按新顺序列出全部信息的 id（不列：显示现在的顺序）")
    p.add_argument("--seen", type=record_id, nargs="+", default=None, metavar="信息ID",
                   help="调整前看到的顺序（不列信息ID时显示）：其间他人调整过的，不保存")

    p = command("info-ranking", "各单位信息工作得分和排名", cmd_ranking)
    p.add_argument("--period", default=None, metavar="期间",
                   help="年（2026）、季度（2026-Q1）或月份（2026-03），默认今年")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("info-clock", "突发事件首报的报送计时，按书面报告时限先后列出全部："
                "计时、临近、超时，以及已按时报送的（作废的不列）", cmd_clock)
    p.add_argument("--json", action="store_true", help="输出 JSON")


def cmd_periodical(args: argparse.Namespace) -> int:
    from officedesk.core.info import periodicals

    open_db(args)
    if args.name:
        current = _periodical_or_none(args.name)

        def keep(new: Any, old: Any) -> Any:
            return old if new is None else new

        found = periodicals.save_periodical(
            args.name, actor(),
            unit=keep(args.unit, current.unit if current else ""),
            send_up=keep(args.bao, current.send_up if current else ""),
            send_to=keep(args.song, current.send_to if current else ""),
            send_down=keep(args.fa, current.send_down if current else ""),
            total_start=keep(args.total_start, current.total_start if current else 0))
        rows = [found]
    else:
        rows = periodicals.periodicals(active_only=False)
    data = [{"id": p.id, "name": p.name, "unit": periodicals.unit_of(p), "报": p.send_up,
             "送": p.send_to, "发": p.send_down, "total_start": p.total_start} for p in rows]
    if args.json:
        print_json(data)
        return EXIT_OK
    for row in data:
        out(f"{row['name']}（编发：{row['unit']}）报：{row['报'] or '—'}；送：{row['送'] or '—'}；"
            f"发：{row['发'] or '—'}")
    return EXIT_OK


def _periodical_or_none(name: str) -> Any:
    from officedesk.store.info import Periodical

    return Periodical.get_or_none(Periodical.name == name.strip())


def cmd_issues(args: argparse.Namespace) -> int:
    from officedesk.core.info import periodicals

    open_db(args)
    data = [{"id": i.id, "periodical": i.periodical.name, "year": i.year, "seq": i.seq,
             "total": i.total, "state": i.state, "issued_on": i.issued_on,
             "items": periodicals.count_of(i.id, actor())}
            for i in periodicals.issues(
                args.periodical, None if args.year is None else checked_year(args.year))]
    if args.json:
        print_json(data)
        return EXIT_OK
    if not data:
        out("还没有刊物期次。信息“编发”时自动新开一期。")
    for row in data:
        out(f"id {row['id']}  {row['periodical']} {row['year']}年第{row['seq']}期（总第{row['total']}期）"
            f"  {row['state']}  {row['items']} 条")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from officedesk.core.fields import parse_date
    from officedesk.core.info import periodicals

    open_db(args)
    on = parse_date(args.on, "--on 日期") if args.on else None
    issue = periodicals.publish(args.issue, actor(), on)
    out(f"已印发：{periodicals.label_of(issue)}（{issue.issued_on}）")
    return EXIT_OK


def cmd_issue_remove(args: argparse.Namespace) -> int:
    from officedesk.core.info import empty_issue, periodicals

    open_db(args)
    label = periodicals.label_of(periodicals.issue(args.issue))
    moved = empty_issue.remove_issue(args.issue, actor())
    out(f"已删除空期：{label}")
    for issue in moved:
        out(f"改号：{periodicals.label_of(issue)}（总第{issue.total}期）")
    return EXIT_OK


def cmd_order(args: argparse.Namespace) -> int:
    from officedesk.core.errors import ValidationError
    from officedesk.core.info import issue_order, periodicals

    open_db(args)
    if not args.items:  # the order as it is: what --seen names
        issue = periodicals.issue(args.issue)
        found = periodicals.whole_issue(issue.id, actor(), "调整其信息顺序")
        for n, item in enumerate(found, 1):
            out(f"{n}. id {item.id}  {item.edited_title or item.title}")
        refused = issue_order.order_refusal(issue)
        if refused:  # as it went out: no command core would refuse
            out(refused)
            return EXIT_OK
        out("调整顺序：officedesk info-order " + " ".join(
            [str(args.issue), "新顺序的信息ID…", "--seen", *(str(i.id) for i in found)]))
        return EXIT_OK
    if args.seen is None:
        raise ValidationError(
            "请用 --seen 列出调整前看到的顺序（先运行 officedesk info-order 期ID 查看），"
            "以免覆盖他人同时所做的调整。", "seen")
    items = issue_order.reorder(args.issue, list(args.items), actor(), seen=list(args.seen))
    for n, item in enumerate(items, 1):
        out(f"{n}. {item.edited_title or item.title}")
    if issue_order.unchanged(list(args.items), list(args.seen)):  # nothing written
        out(issue_order.unchanged_text(periodicals.issue(args.issue)))
    return EXIT_OK


def cmd_ranking(args: argparse.Namespace) -> int:
    from officedesk.core import clock, counted_scope
    from officedesk.core.info import counted_by, reporting_units, scoring

    open_db(args)
    period = args.period or str(clock.today().year)
    level = counted_scope.counted_level(actor())  # read with the scores, as they count
    label, ranked = scoring.ranking(actor(), period)
    first, last, _label = scoring.period_range(period)
    scope = counted_by.scope(label, first, last, ranked)
    silent = reporting_units.silent_line(ranked)  # as the printed 通报 and the window say it
    if args.json:  # the table in force at the period's end (each event counts by its day's),
        # and every table the period was counted by with its days, as the 通报's 计分标准 says
        tables = [{"from": since.isoformat(), "to": until.isoformat(), "points": table}
                  for since, until, table in scoring.tables_within(first, last)]
        print_json({"period": label, "points": scoring.table_on(last), "tables": tables,
                    "counted_by": counted_by.COUNTED_BY, "scope": scope.as_dict(),
                    "counted_level": level,
                    "units": [s.as_dict() for s in ranked],
                    "silent": reporting_units.silent_in(ranked)})
        return EXIT_OK
    out(f"{label}信息工作得分")
    out(scope.line())
    if note := counted_scope.shown_note(level, "信息"):
        out(note)
    out(counted_by.COUNTED_BY)
    for s in ranked:
        adopted = "，".join(f"{k}{v}" for k, v in s.adopted.items() if v) or "无采用"
        out(f"{s.rank:>3}. {s.unit}  报送{s.reported}  {adopted}  批示{s.instructions}  {s.points}分")
    if not ranked:  # as the printed 通报's table says it
        out(counted_by.NOTHING_REPORTED)
    if silent:
        out(silent)
    return EXIT_OK


def cmd_clock(args: argparse.Namespace) -> int:
    from officedesk.core.info import SPEC, sudden
    from officedesk.core.record_lists import Filter, fetch, list_ids

    open_db(args)
    ids = list_ids(SPEC, actor(), [Filter("category", "eq", "突发事件")])
    rows = []
    for item in fetch(SPEC, ids).values():
        running = sudden.clock_of(item)
        if running is not None:
            rows.append({"id": item.id, "number": item.number, "title": item.title,
                         "unit": item.unit, "light": running.light, "clock": running.text,
                         "phone_due": running.phone_due, "written_due": running.written_due})
    rows.sort(key=lambda r: r["written_due"])
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        out("没有突发事件报送记录。")
    for row in rows:
        out(f"[{row['light']}] {row['number']} {row['title']}（{row['unit']}）：{row['clock']}")
    return EXIT_OK
