"""Procedure steps and record lifecycle on the command line: `steps`, `step`, `void`, `delete`,
and the office settings (`settings`). They call the same core functions as the window
(core.steps, core.lifecycle, core.settings)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from officedesk.cli_commands import (
    EXIT_OK,
    actor,
    open_db,
    parse_pairs,
    record_id,
    registry_spec,
    times_dropped,
)
from officedesk.cli_output import err, out, print_json
from officedesk.core.errors import ValidationError

COMMANDS = {"steps", "step", "void", "delete", "settings"}

REGISTRIES = "incoming、outgoing、meetings、supervision、petitions、info、complaints"
REGISTRIES_HELP = REGISTRIES + "（也可写中文名，如 收文、信访、督查）"


def add_commands(command: Any) -> None:
    p = command("steps", "一件记录现在的状态、可以办理的步骤和每步要填的项目", cmd_steps)
    p.add_argument("registry", metavar="登记簿", help=REGISTRIES_HELP)
    p.add_argument("id", type=record_id, metavar="ID", help="记录的 id（add --json 输出的 id）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("--as", dest="as_user", metavar="用户名", help="列出该用户可以办理的步骤")

    p = command("step", "办理一个步骤：step 登记簿 ID 步骤 字段=值 …", cmd_step)
    p.add_argument("registry", metavar="登记簿", help=REGISTRIES_HELP)
    p.add_argument("id", type=record_id, metavar="ID", help="记录的 id（add --json 或 list 输出的 id）")
    p.add_argument("step", metavar="步骤", help="如 登记、批办、签发、分解、答复（steps 列出可办的）")
    p.add_argument("pairs", nargs="*", metavar="字段=值", help="字段用 steps 列出的中文名")
    p.add_argument("--json", action="store_true", help="输出 JSON：新状态、取得的编号等")
    p.add_argument("--on", metavar="日期", help="办理日期（默认今天；补录以前办的步骤时用）；"
                                                "代领导录入批示、阅、会签时连同时刻，如 2026-12-01T15:30")
    p.add_argument("--person", metavar="姓名", help="实际办理人（代领导或他人录入时）")
    p.add_argument("--as", dest="as_user", metavar="用户名",
                   help="以该用户的身份办理（按审批链检查其岗位）；不写则以管理员身份代录")
    p.add_argument("--force", metavar="理由", default="",
                   help="步骤有冲突仍要办理时写明理由（记入审计，并列出所越过的冲突）；只有 steps 标明"
                        "“可加 --force 理由”的步骤接受，如会议“修改”时领导同一时间另有会议、会议室坐不下")
    p.add_argument("--confirm", action="store_true",
                   help="步骤先有提醒时（steps 列出的“注意”，如核稿人修改退回的稿件即成为拟稿人），"
                        "表示已知悉，仍要办理")
    p.add_argument("--reissue", metavar="理由", default="",
                   help="编号时手工填写的发文字号是已作废或空缺的号，有意重新使用时写明理由（记入审计）")

    p = command("void", "作废一件已编号的记录：编号记为作废，不再使用", cmd_void)
    p.add_argument("registry", metavar="登记簿", help="incoming、outgoing、supervision、petitions、info（也可写中文名，如 收文、信访）")
    p.add_argument("id", type=record_id, metavar="ID", help="记录的 id（add --json 或 list 输出的 id）")
    p.add_argument("--reason", required=True, metavar="理由", help="作废原因（必填）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("delete", "删除一件未编号的草稿（已编号的请用 void 作废）", cmd_delete)
    p.add_argument("registry", metavar="登记簿", help=REGISTRIES_HELP)
    p.add_argument("id", type=record_id, metavar="ID", help="记录的 id（add --json 或 list 输出的 id）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = command("settings", "系统设置：不带参数列出全部；设置项 显示一项；设置项 新值 修改一项",
                cmd_settings)
    p.add_argument("key", nargs="?", metavar="设置项", help="如 org.name（不带参数时列出全部）")
    p.add_argument("value", nargs="?", metavar="新值", help="如 settings org.name 中共云岭县委办公室")
    p.add_argument("--json", action="store_true", help="输出 JSON")


def _field_text(field: dict[str, Any]) -> str:
    text = ("*" if field["required"] else "") + field["label"]
    if field["choices"]:
        text += f"（{'/'.join(field['choices'])}）"
    if "default" in field:
        text += f"[默认 {field['default']}]"
    if "current" in field:  # what the step changes, as it is now: not sent unless typed
        text += f"[现为 {field['current']}]"
    if "used_when" in field:  # refused with another choice of that field
        text += f"[{field['used_when']['field']}为{'/'.join(field['used_when']['values'])}时填]"
    return text


def acting(args: argparse.Namespace) -> Any:
    """--as 用户名: that user (checked against the chain like the window); else the
    administrator, whose steps are recorded as 代录."""
    name = (getattr(args, "as_user", None) or "").strip()
    if not name:
        return actor()
    from officedesk.core import users
    from officedesk.core.errors import PermissionDeniedError

    user = users.get_user(name)
    if not user.active:
        raise PermissionDeniedError(f"用户“{name}”已停用，不能以其身份办理。")
    return users.actor_for(user)


def cmd_steps(args: argparse.Namespace) -> int:
    from officedesk.core import steps

    open_db(args)
    spec = registry_spec(args.registry)
    info = steps.describe(spec.name, args.id, acting(args))
    if args.json:
        print_json(info)
        return EXIT_OK
    number = f"，编号 {info['number']}" if info["number"] else ""
    out(f"{spec.label} id {info['id']}：{info['title']}{number}")
    out(f"状态：{info['state']}")
    if not info["steps"]:
        out("现在没有可以办理的步骤。")
        return EXIT_OK
    out("可以办理的步骤（字段前有 * 的必填）：")
    for step in info["steps"]:
        options = " ".join(o for o, used in (("--on 日期", step["on"]), ("--person 姓名", step["person"]),
                                              ("--force 理由", step["force"]),
                                              ("--confirm", "caution" in step)) if used)
        # a help ending a sentence (。) joins the rest without “。；”
        notes = "；".join(x for x in (step["help"].rstrip("。"),
                                     step["limit"] and f"时限：{step['limit']}",
                                     options and f"可加 {options}") if x)
        out(f"  {step['step']}" + (f" — {notes}" if notes else ""))
        if "caution" in step:  # `step` asks for --confirm
            out(f"      {step['caution']}")
        if step["fields"]:
            out("      " + "  ".join(_field_text(f) for f in step["fields"]))
    out(f"办理：officedesk step {spec.name} {info['id']} 步骤 字段=值 …")
    return EXIT_OK


def cmd_step(args: argparse.Namespace) -> int:
    from officedesk.cli_forced import as_json, lines, told
    from officedesk.core import steps, typed_numbers

    values = parse_pairs(args.pairs, "step")
    open_db(args)
    spec = registry_spec(args.registry)
    step = steps.procedure(spec.name).find(args.step)
    if args.reissue.strip() and not step.takes_number:  # as core refuses --force, --person
        raise ValidationError(f"“{step.name}”不填编号，不接受 --reissue。", "reissue")
    who = acting(args)
    # a voided or skipped number typed on purpose; what --force 理由 overrode, said after
    with typed_numbers.reissuing(args.reissue), told(args.force, who) as forced:
        outcome = steps.perform(spec.name, args.id, args.step, values, who, on=args.on,
                                person=args.person, force=args.force, cautioned=args.confirm)
    if args.json:
        print_json(outcome.as_dict() | as_json(args.force, forced))
        return EXIT_OK
    moved = (f"{outcome.state_before} → {outcome.state}" if outcome.state != outcome.state_before
             else outcome.state)
    out(f"已办理“{outcome.step}”：{spec.label} id {outcome.record_id}，状态 {moved}")
    if outcome.number:
        out(f"  编号：{outcome.number}")
    from officedesk.cli_labels import label, shown

    for key, value in outcome.extra.items():
        out(f"  {label(key)}：{shown(value)}")
    for note in times_dropped(step, values):
        out(f"  注意：{note}")
    for line in lines(args.force, forced):
        out(f"  {line}")
    return EXIT_OK


def cmd_void(args: argparse.Namespace) -> int:
    from officedesk.core import lifecycle

    open_db(args)
    spec = registry_spec(args.registry)
    record = lifecycle.void_record(spec.name, args.id, actor(), args.reason)
    number = lifecycle.number_of(spec, record)
    if args.json:
        print_json({"registry": spec.name, "id": record.id, "number": number,
                    "state": lifecycle.state_of(spec, record), "voided": True})
    else:
        out(f"已作废{spec.label} {number}（id {record.id}）：{args.reason.strip()}。此号不再使用。")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from officedesk.core import lifecycle, records

    open_db(args)
    spec = registry_spec(args.registry)
    title = str(getattr(records.get(spec, args.id, actor()), spec.title_field, "") or "")
    lifecycle.delete_draft(spec.name, args.id, actor())
    if args.json:
        print_json({"registry": spec.name, "id": args.id, "deleted": True})
    else:
        out(f"已删除{spec.label}草稿：{title}（id {args.id}）。原内容留在审计记录中。")
    return EXIT_OK


def _load_settings() -> None:
    """Settings are declared by the modules that use them: import those modules."""
    from officedesk.declared_settings import declare_all

    declare_all()


def cmd_settings(args: argparse.Namespace) -> int:
    from officedesk.core import settings

    open_db(args)
    _load_settings()
    if args.key is None:
        rows = [{"key": s.key, "label": s.label, "group": s.group, "value": settings.get(s.key),
                 "default": s.default, "choices": list(s.choices), "help": s.help}
                for s in settings.declared()]
        if args.json:
            print_json(rows)
            return EXIT_OK
        group = None
        for row in rows:
            if row["group"] != group:
                group = row["group"]
                out(f"[{group}]")
            out(f"  {row['key']} = {_shown(row['value'])}    # {row['label']}")
        return EXIT_OK
    declared = settings.setting(args.key)
    if args.value is None:
        value = settings.get(declared.key)
        if args.json:
            print_json({"key": declared.key, "label": declared.label, "value": value,
                        "default": declared.default, "choices": list(declared.choices)})
        else:
            out(_shown(value))
        from officedesk.core import i18n, settings_refused

        refused = settings_refused.refusal(declared.key)
        if refused is not None:  # the default shown: the kept value and why it is not read
            err(i18n.text("保存的值 %1 不被接受：%2 现按默认值使用。请改正：officedesk settings %3 <值>",
                          json.dumps(refused.stored, ensure_ascii=False), refused.reason, declared.key))
        if declared.key.startswith("print.font."):  # kept though its file is gone: said why
            from officedesk.printing import fonts

            trouble = fonts.setting_trouble(declared.key.removeprefix("print.font."))
            if trouble:
                err(trouble)
        return EXIT_OK
    from officedesk.core import settings_refused

    refused = settings_refused.refusal(declared.key)  # mended: from what was kept, not the default
    before = settings.get(declared.key) if refused is None else refused.stored
    notes = settings.put(declared.key, args.value, actor())
    after = settings.get(declared.key)
    if args.json:
        print_json({"key": declared.key, "before": before, "value": after}
                   | ({"notes": notes} if notes else {}))
    else:
        out(f"已修改“{declared.label}”（{declared.key}）：{_shown(before)} → {_shown(after)}")
        for note in notes:
            out(note)
    return EXIT_OK


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if "\n" in text:  # one item a line: shown as a quoted string, set with $'甲\n乙'
        return json.dumps(text, ensure_ascii=False)
    return text if text else "（空）"
