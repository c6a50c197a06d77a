"""Users and their 岗位 on the command line: `users list`, `users add`, `users set`.

They call core.users (accounts) and core.positions (unit, 职务, 分管, 代录) like the window."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from officedesk.cli_commands import (
    EXIT_OK,
    UsageError,
    actor,
    open_db,
    parse_pairs,
)
from officedesk.cli_output import out, print_json

COMMANDS = {"users", "holidays"}

KEYS = {"姓名": "display_name", "单位": "unit", "职务": "position", "角色": "role",
        "密级": "clearance", "分管": "in_charge", "代录": "proxy_entry", "启用": "active"}


def add_commands(command: Any) -> None:
    p = command("users", "用户与岗位：users list | users add 用户名 角色=… 密级=… 字段=值 … | users set 用户名 字段=值 … | "
                "users password 用户名 | users unlock 用户名", cmd_users)
    p.add_argument("action", choices=("list", "add", "set", "password", "unlock"), metavar="操作",
                   help="list 列出；add 新建；set 修改；password 重置密码（其他工作站上该用户的登录随即失效）；"
                        "unlock 解除锁定")
    p.add_argument("username", nargs="?", metavar="用户名", help="登录用的用户名（list 不用）")
    p.add_argument("pairs", nargs="*", metavar="字段=值",
                   help="姓名、单位、职务、角色（管理员/科员/领导/只读）、密级（公开/秘密/机密/绝密）、"
                        "分管（用、隔开）、代录（是/否）、启用（是/否）；add 须写明角色和密级")
    p.add_argument("--password", metavar="密码",
                   help="新用户的密码或重置的新密码（也可用环境变量 OFFICEDESK_USER_PASSWORD；"
                        "都不给时在终端上输入两次）")
    p.add_argument("--new-section", action="store_true",
                   help="单位或分管中写的科室是新科室（办公室还没有的科室须加它：防止写错字另成一个科室）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("holidays", "节假日调整：holidays [list] 列出 | holidays add 日期 放假|上班 [说明] | "
                "holidays remove 日期（期限随即重算）| holidays complete 年份（该年安排已全部录入，"
                "期限不再标“暂按”）| holidays incomplete 年份", cmd_holidays)
    p.add_argument("action", nargs="?", choices=("list", "add", "remove", "complete", "incomplete"),
                   default="list", metavar="操作",
                   help="list 列出（默认）；add 添加或修改一天；remove 删除一天的调整；complete 标记某年的"
                        "安排已全部录入；incomplete 取消该标记")
    p.add_argument("day", nargs="?", metavar="日期", help="如 2027-10-08（complete/incomplete：年份，如 2027）")
    p.add_argument("kind", nargs="?", metavar="放假|上班", help="放假，或 上班（调休上班）")
    p.add_argument("note", nargs="*", metavar="说明", help="如 国庆节")
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


# `users set 用户名 分管=` clears the field (parse_pairs drops an empty value as “not given”)
CLEARABLE = {"unit", "position", "in_charge"}


def _fields(pairs: list[str], command: str) -> dict[str, str]:
    values = parse_pairs(pairs, command)
    unknown = [k for k in values if k not in KEYS]
    if unknown:
        raise UsageError(f"不认识的字段：{'、'.join(unknown)}。可用：{'、'.join(KEYS)}。")
    fields = {KEYS[k]: v for k, v in values.items()}
    if command == "users set":
        for key in _emptied(pairs):
            if KEYS.get(key) not in CLEARABLE:
                raise UsageError(f"“{key}”不能改为空，请写明新的值。")
            fields[KEYS[key]] = ""
    return fields


def _emptied(pairs: list[str]) -> list[str]:
    """The known fields written with an empty value (分管=): asked to be cleared."""
    found = []
    for pair in pairs:
        key, sep, value = pair.replace("＝", "=", 1).partition("=")
        if sep and key.strip() in KEYS and not value.strip():
            found.append(key.strip())
    return found


def _password(args: argparse.Namespace) -> str:
    """--password, the environment, or (at a terminal) typed twice without showing it."""
    password = args.password or os.environ.get("OFFICEDESK_USER_PASSWORD")
    if password:
        return str(password)
    if not sys.stdin.isatty():
        raise UsageError("请用 --password 或环境变量 OFFICEDESK_USER_PASSWORD 给出密码。")
    first = getpass.getpass("新密码：")
    if first != getpass.getpass("再输一次："):
        raise UsageError("两次输入的密码不一致，密码没有修改。")
    return first


def cmd_holidays(args: argparse.Namespace) -> int:
    from officedesk.core import workdays
    from officedesk.core.fields import parse_date

    open_db(args)
    if args.action == "list":
        if args.day or args.kind or args.note:
            raise UsageError("holidays list 不带其他参数。")
        rows = workdays.overrides()
        if args.json:
            print_json([{"day": r.day, "kind": r.kind, "workday": r.is_workday, "note": r.note}
                        for r in rows])
            return EXIT_OK
        for r in rows:
            out(f"{r.day.isoformat()}  {r.kind:<6} {r.note}")
        out(f"共 {len(rows)} 天调整。" if rows else "没有节假日调整（按内置节假日表）。")
        entered = sorted(workdays.entered_years())
        if entered:
            out(f"已全部录入的年份：{'、'.join(str(y) for y in entered)}。")
        return EXIT_OK
    if args.action in ("complete", "incomplete"):
        return _mark_year(args, workdays)
    if not args.day:
        raise UsageError(f"holidays {args.action} 请写明日期，如 2027-10-08。")
    day = parse_date(args.day)
    me = actor()
    if args.action == "remove":
        if args.kind or args.note:
            raise UsageError("holidays remove 只要日期。")
        changed = workdays.remove_override(day, me)
        if args.json:
            print_json({"day": day, "removed": True, "recounted": changed})
            return EXIT_OK
        out(f"已删除 {day.isoformat()} 的节假日调整；重算期限 {changed} 件。")
        return EXIT_OK
    kinds = {"放假": False, "休": False, "上班": True, "调休": True, "补班": True, "上班（调休）": True}
    if args.kind not in kinds:
        raise UsageError("请写明这一天 放假 还是 上班（调休上班），如：holidays add 2027-10-08 放假 国庆节")
    change = workdays.change_override(day, kinds[args.kind], " ".join(args.note), me)
    old = change.replaced
    if args.json:
        # the row as saved (core tidies the note), shaped like the listing's, and the one replaced
        saved = next(r for r in workdays.overrides() if r.day == day)
        print_json({"day": saved.day, "kind": saved.kind, "workday": saved.is_workday,
                    "note": saved.note, "recounted": change.recounted,
                    "replaced": None if old is None else {
                        "day": old.day, "kind": old.kind, "workday": old.is_workday, "note": old.note}})
        return EXIT_OK
    label = workdays.WORK_LABEL if kinds[args.kind] else workdays.REST_LABEL
    instead = f"（替换了原来的 {old.described}）" if old is not None else ""
    out(f"已设 {day.isoformat()} 为{label}{instead}；重算期限 {change.recounted} 件。")
    return EXIT_OK


def _mark_year(args: argparse.Namespace, workdays: Any) -> int:
    """holidays complete|incomplete 年份: the year's arrangement entered whole, or not yet."""
    year = (args.day or "").strip().removesuffix("年")
    if not year.isdigit() or args.kind or args.note:
        raise UsageError(f"holidays {args.action} 只要年份，如：holidays {args.action} 2027")
    entered = args.action == "complete"
    changed = workdays.mark_entered(int(year), entered, actor())
    if args.json:
        print_json({"year": int(year), "entered": entered, "changed": changed})
        return EXIT_OK
    if not changed:
        out(f"{year} 年本来就已标记为已全部录入。" if entered else f"{year} 年本来就没有“已全部录入”的标记。")
    else:
        out(f"已标记 {year} 年的节假日安排已全部录入，该年的期限不再标“{workdays.PROVISIONAL}”。" if entered
            else f"已取消 {year} 年“已全部录入”的标记，该年的期限标“{workdays.PROVISIONAL}”。")
    return EXIT_OK


def _told(exc: Any) -> Any:
    """A new 科室's refusal, saying how the command line confirms it."""
    from officedesk.core.errors import ValidationError

    return ValidationError(exc.told("加 --new-section 再运行一次"), exc.field)


def _checked_post(positions: Any, fields: dict[str, str], new: bool) -> None:
    from officedesk.core.post_sections import NewSectionError

    given = {k: fields[k] for k in ("unit", "position", "in_charge") if k in fields}
    try:
        positions.post_changes(**given, new_section=new)
    except NewSectionError as exc:
        raise _told(exc) from None


def _set_post(positions: Any, username: str, me: Any, post: dict[str, Any], new: bool) -> None:
    from officedesk.core.post_sections import NewSectionError

    try:
        positions.set_post(username, me, **post, new_section=new)
    except NewSectionError as exc:
        raise _told(exc) from None


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
    if args.action in ("password", "unlock"):
        if fields:
            raise UsageError(f"users {args.action} 只要用户名，不带 字段=值。")
        if args.action == "password":
            users.change_password(args.username, _password(args), me)
            out(f"已重置用户 {args.username} 的密码；该用户在其他工作站上的登录需要用新密码重新登录。")
        else:
            users.unlock(args.username, me)
            out(f"已解除用户 {args.username} 的锁定。")
        return EXIT_OK
    new = bool(getattr(args, "new_section", False))
    if args.action == "add":
        users.check_username(args.username)  # before the password is asked for
        # no 科员/公开 given unasked: the window opens on 请选择 and refuses it left so
        role = _role(fields["role"]) if "role" in fields else None
        clearance = _clearance(fields["clearance"]) if "clearance" in fields else None
        users.check_choices(role, clearance)
        password = _password(args)
        _checked_post(positions, fields, new)  # before the user is made: not made half
        users.create_user(args.username, password, role, me,
                          display_name=fields.get("display_name", ""), clearance=clearance)
    post = {k: fields[k] for k in ("unit", "position", "in_charge") if k in fields}
    if "proxy_entry" in fields:
        post["proxy_entry"] = _yes(fields["proxy_entry"], "代录")
    if args.action != "add":
        users.get_user(args.username)
        if post and "active" in fields and _yes(fields["active"], "启用"):
            # re-enabled with the post he is given now (one dropped from the 职务表 meanwhile)
            _set_post(positions, args.username, me, post, new)
            post = {}
        if "role" in fields:
            users.set_role(args.username, _role(fields["role"]), me)
        if "clearance" in fields:
            users.set_clearance(args.username, _clearance(fields["clearance"]), me)
        if "display_name" in fields:
            users.set_display_name(args.username, fields["display_name"], me)
        if "active" in fields:
            (users.activate if _yes(fields["active"], "启用") else users.deactivate)(
                args.username, me)
    if post:
        _set_post(positions, args.username, me, post, new)
    row = _row(users.get_user(args.username))
    if args.json:
        print_json(row)
    else:
        done = "已新建" if args.action == "add" else "已修改"
        out(f"{done}用户 {row['username']}：{row['name']} {row['unit']} {row['position']}"
            f"（{row['role']}，{row['clearance']}）")
    return EXIT_OK
