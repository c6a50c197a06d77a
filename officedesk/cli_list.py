"""A registry's records on the command line: `list 登记簿 [字段=值 …] [--word 文字]`, to find the
ids `steps` and `step` take. It is the window's list (core.record_lists): the same conditions in
SQL, the records above the user's 密级 left out, the same masks on 身份证号, 电话 and 住址, the
newest first."""

from __future__ import annotations

import argparse
from typing import Any

from officedesk.cli_commands import EXIT_OK, open_db, parse_pairs, registry_spec, whole_number
from officedesk.cli_output import out, print_json
from officedesk.cli_steps import REGISTRIES_HELP, acting

COMMANDS = {"list"}


def add_commands(command: Any) -> None:
    p = command("list", "列出一个登记簿的记录（与窗口中的列表相同：高于本人密级的不列出，敏感信息遮盖）", cmd_list)
    p.add_argument("registry", metavar="登记簿", help=REGISTRIES_HELP)
    p.add_argument("pairs", nargs="*", metavar="字段=值",
                   help="只列出该项为该值的记录，如 状态=办理中；写几项则同时满足")
    p.add_argument("--word", default="", metavar="文字", help="只列出含这些词的记录（同 search）")
    p.add_argument("--limit", type=whole_number(1, 1_000_000), default=50, metavar="N",
                   help="最多显示几条（默认 50，最新的在前）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("--as", dest="as_user", metavar="用户名", help="以该用户的密级列出")


def _filters(spec: Any, pairs: list[str]) -> list[Any]:
    """字段=值 pairs as the list's conditions: each value read as its field reads it (a choice
    among its choices, a date as a date), refused in the field's own words otherwise."""
    from officedesk.core.fields import parse_value
    from officedesk.core.record_lists import Filter

    filters = []
    for label, text in parse_pairs(pairs, "list").items():
        field = spec.by_label(label)
        filters.append(Filter(field.name, "eq", parse_value(field, text)))
    return filters


def cmd_list(args: argparse.Namespace) -> int:
    from officedesk.core import record_lists

    open_db(args)
    spec = registry_spec(args.registry)
    user = acting(args)
    filters = _filters(spec, args.pairs)
    ids = record_lists.list_ids(spec, user, filters, args.word, limit=args.limit)
    total = len(ids) if len(ids) < args.limit else record_lists.count(spec, user, filters, args.word)
    found = record_lists.fetch_shown(spec, ids, user)
    labels = [field.label for field in spec.columns()]
    shown = [found[record_id] for record_id in ids if record_id in found]
    rows = [(record.id, texts) for record, texts in zip(shown, record_lists.rows_texts(spec, shown),
                                                         strict=True)]
    if args.json:
        print_json({"registry": spec.name, "total": total,
                    "records": [{"id": record_id, **dict(zip(labels, texts, strict=True))}
                                for record_id, texts in rows]})
        return EXIT_OK
    if not rows:
        out(f"{spec.label}中没有符合条件的记录（或您无权查看）。")
        return EXIT_OK
    out("id  " + "  ".join(labels))
    for record_id, texts in rows:
        out(f"{record_id}  " + "  ".join(text or "—" for text in texts))
    more = f"（只显示最新的 {len(rows)} 条，用 --limit 显示更多）" if total > len(rows) else ""
    out(f"共 {total} 条{more}")
    return EXIT_OK
