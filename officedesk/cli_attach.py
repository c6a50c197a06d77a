"""`attach`: a 收文's or 发文's attached files from the command line, as the window's 附件 dialog
(core.documents.attachments): add, list, save a copy, remove."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from officedesk.cli_commands import EXIT_OK, PROG, UsageError, actor, open_db, record_id
from officedesk.cli_output import out, print_json, refuse_existing

COMMANDS = {"attach"}
REGISTRIES = ("incoming", "outgoing")


def cmd_attach(args: argparse.Namespace) -> int:
    import officedesk.core.documents  # noqa: F401  (registers the specs)
    from officedesk.core import registry
    from officedesk.core.documents import attachments
    from officedesk.core.errors import ValidationError

    chosen = [name for name in ("save", "remove") if getattr(args, name) is not None]
    if len(chosen) > 1 or (chosen and args.files):
        raise UsageError(f"{PROG} attach：添加文件、--save、--remove 一次只做一件。")
    if args.save is not None and not args.output:
        raise UsageError(f"{PROG} attach：--save 附件号 须用 -o 文件 指定存到哪里。")
    # an option that would do nothing is refused, not passed over: the clerk meant something by it
    if args.output and args.save is None:
        raise UsageError(f"{PROG} attach：-o 文件 只与 --save 附件号 一起用（把这个附件另存到该文件），"
                         f"如 {PROG} attach {args.registry} {args.id} --save 附件号 -o {args.output}"
                         f"（附件号由 {PROG} attach {args.registry} {args.id} 列出）。")
    if args.force and args.save is None:
        raise UsageError(f"{PROG} attach：--force 只与 --save 附件号 -o 文件 一起用（替换已有的同名文件）。")
    if args.json and (args.files or chosen):
        raise UsageError(f"{PROG} attach：--json 只用于列出附件（{PROG} attach {args.registry} {args.id} --json）。")
    open_db(args)
    spec = registry.get(args.registry)
    who = actor()
    if args.files:
        # every file looked at first: one mistyped name adds none, so the command runs again whole
        problems = [problem for problem in map(attachments.source_problem, args.files) if problem]
        if problems:
            raise ValidationError("\n".join([*problems, "没有添加任何附件。请改正后重新运行。"]))
        for path in args.files:
            row = attachments.add_attachment(spec, args.id, Path(path), who)
            out(f"已添加附件：{row.filename}（附件号 {row.id}，{attachments.size_text(row.size)}）")
        return EXIT_OK
    if chosen:  # an attachment of this record: a wrong 附件号 acts on no other record's file
        number = args.save if args.save is not None else args.remove
        if number not in {row.id for row in attachments.attachments(spec.name, args.id, who)}:
            raise UsageError(f"{PROG} attach：附件号 {number} 不是{spec.label} id {args.id} 的附件"
                             f"（{PROG} attach {args.registry} {args.id} 列出它的附件）。")
    if args.save is not None:
        refuse_existing(Path(args.output), args.force)  # before the copy is audited
        saved = attachments.save_attachment_as(spec, args.save, who, Path(args.output))
        out(f"已另存附件到：{saved}（已记入审计）")
        return EXIT_OK
    if args.remove is not None:
        attachments.remove_attachment(spec, args.remove, who)
        out(f"已删除附件号 {args.remove}（文件内容仍留在数据库中，审计可查）。")
        return EXIT_OK
    rows = attachments.attachments(spec.name, args.id, who)
    if args.json:
        print_json([{"id": r.id, "filename": r.filename, "size": r.size, "sha256": r.sha256,
                     "added_at": r.added_at, "added_by": r.added_by} for r in rows])
    elif not rows:
        out(f"{spec.label} id {args.id} 没有附件。")
    for r in rows if not args.json else ():
        out(f"附件号 {r.id}  {r.filename}  {attachments.size_text(r.size)}")
    return EXIT_OK


def add_commands(command: Any) -> None:
    p = command("attach", "公文附件：attach 登记簿 ID 文件…（添加）| attach 登记簿 ID（列出）| "
                "--save 附件号 -o 文件 | --remove 附件号", cmd_attach)
    p.add_argument("registry", metavar="登记簿", choices=(*REGISTRIES, "收文", "发文"), help="incoming（收文）或 outgoing（发文）")
    p.add_argument("id", type=record_id, metavar="ID", help="收文或发文的 id")
    p.add_argument("files", nargs="*", metavar="文件", help="要添加的文件（每个不超过 100 MB）")
    p.add_argument("--save", type=record_id, metavar="附件号", help="把这个附件另存一份（记入审计）")
    p.add_argument("-o", "--output", metavar="文件", help="--save 存到的文件")
    p.add_argument("--force", action="store_true", help="--save 的文件已存在时，确要替换它")
    p.add_argument("--remove", type=record_id, metavar="附件号", help="从该件删除这个附件")
    p.add_argument("--json", action="store_true", help="列出时输出 JSON")
