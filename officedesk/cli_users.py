"""Users and their 岗位 on the command line: `users list`, `users add`, `users set`.

They call core.users (accounts) and core.positions (unit, 职务, 分管, 代录) like the window."""

from __future__ import annotations

import argparse
import os
from typing import Any

from officedesk.cli_commands import (
    EXIT_OK,
    UsageError,
    actor,
    open_db,
    out,
    parse_pairs,
    print_json,
)

COMMANDS = {"users"}

KEYS = {"姓名": "display_name", "单位": "unit", "职务": "position", "角色": "role",
        "密级": "clearance", "分管": "in_charge", "代录": "proxy_entry", "启用": "active"}


def add_commands(command: Any) -> None:
    p = command("users", "用户与岗位：users list | users add 用户名 字段=值 … | users set 用户名 字段=值 …",
                cmd_users)
    p.add_argument("action", choices=("list", "add", "set"), metavar="操作",
                   help="list 列出；add 新建；set 修改")
    p.add_argument("username", nargs="?", metavar="用户名")
    p.add_argument("pairs", nargs="*", metavar="字段=值",
                   help="姓名、单位、职务、角色（管理员/科员/领导/只读）、密级（公开/秘密/机密/绝密）、"
                        "分管（用、隔开）、代录（是/否）、启用（是/否）")
    p.add_argument("--password", metavar="P",
                   help="新用户的密码（也可用环境变量 OFFICEDESK_USER_PASSWORD）")
    p.add_argument("--json", action="store_true", help="输出 JSON")


def _row(user: Any) -> dict[str, Any]:
    from officedesk.core.actor import ROLE_LABELS, clearance_label

    return {"username": user.username, "name": user.display_name, "unit": user.unit,
            "position": user.position, "in_charge": user.in_charge,
            "proxy_entry": bool(user.proxy_entry),
            "role": ROLE_LABELS.get(user.role, user.role),
            "clearance": clearance_label(user.clearance), "active": bool(user.active)}


def _role(text: str) -> str:
    from officedesk.core.actor import ROLE_LABELS

    for key, label in ROLE_LABELS.items():
        if text.strip() in (key, label):
            return key
    options = "、".join(ROLE_LABELS.values())
    raise UsageError(f"角色“{text}”不存在，可选：{options}。")


def _clearance(text: str) -> int:
    from officedesk.core.actor import CLEARANCE_LABELS

    text = text.strip()
    if text.isdigit() and 0 <= int(text) <= 3:
        return int(text)
    if text in CLEARANCE_LABELS:
        return CLEARANCE_LABELS.index(text)
    raise UsageError(f"密级“{text}”不对，可选：{'、'.join(CLEARANCE_LABELS)}。")


def _yes(text: str, key: str) -> bool:
    if text.strip() in ("是", "1", "true", "yes"):
        return True
    if text.strip() in ("否", "0", "false", "no"):
        return False
    raise UsageError(f"“{key}”请写 是 或 否。")


def _fields(pairs: list[str], command: str) -> dict[str, str]:
    values = parse_pairs(pairs, command)
    unknown = [k for k in values if k not in KEYS]
    if unknown:
        raise UsageError(f"不认识的字段：{'、'.join(unknown)}。可用：{'、'.join(KEYS)}。")
    return {KEYS[k]: v for k, v in values.items()}


def cmd_users(args: argparse.Namespace) -> int:
    from officedesk.core import positions, users

    open_db(args)
    if args.action == "list":
        rows = [_row(u) for u in users.list_users()]
        if args.json:
            print_json(rows)
            return EXIT_OK
        for r in rows:
            extra = "".join(x for x in (r["in_charge"] and f"  分管 {r['in_charge']}",
                                        r["proxy_entry"] and "  可代录",
                                        not r["active"] and "  已停用") if x)
            out(f"{r['username']:<12} {r['name']:<6} {r['unit'] or '-':<10} "
                f"{r['position'] or '-':<5} {r['role']} {r['clearance']}{extra}")
        out(f"共 {len(rows)} 个用户。")
        return EXIT_OK
    if not args.username:
        raise UsageError(f"users {args.action} 请写明用户名。")
    fields = _fields(args.pairs, f"users {args.action}")
    me = actor()
    if args.action == "add":
        password = args.password or os.environ.get("OFFICEDESK_USER_PASSWORD")
        if not password:
            raise UsageError("请用 --password 或环境变量 OFFICEDESK_USER_PASSWORD 给出新用户的密码。")
        if "position" in fields:
            positions.check_position(fields["position"])
        users.create_user(args.username, password, _role(fields.get("role", "科员")), me,
                          display_name=fields.get("display_name", ""),
                          clearance=_clearance(fields.get("clearance", "公开")))
    else:
        users.get_user(args.username)
        if "role" in fields:
            users.set_role(args.username, _role(fields["role"]), me)
        if "clearance" in fields:
            users.set_clearance(args.username, _clearance(fields["clearance"]), me)
        if "display_name" in fields:
            users.set_display_name(args.username, fields["display_name"], me)
        if "active" in fields:
            (users.activate if _yes(fields["active"], "启用") else users.deactivate)(
                args.username, me)
    post = {k: fields[k] for k in ("unit", "position", "in_charge") if k in fields}
    if "proxy_entry" in fields:
        post["proxy_entry"] = _yes(fields["proxy_entry"], "代录")
    if post:
        positions.set_post(args.username, me, **post)
    row = _row(users.get_user(args.username))
    if args.json:
        print_json(row)
    else:
        done = "已新建" if args.action == "add" else "已修改"
        out(f"{done}用户 {row['username']}：{row['name']} {row['unit']} {row['position']}"
            f"（{row['role']}，{row['clearance']}）")
    return EXIT_OK
