"""The commands that write a file the clerk names: `export`, `template` and `print -o`. One that
is already there is kept unless `--force` (cli_output.refuse_existing), and each is written whole
beside it and then put in place, so a failure leaves the old file as it was."""

from __future__ import annotations

import argparse
from pathlib import Path

from officedesk.cli_commands import (
    EXIT_OK,
    PROG,
    UsageError,
    actor,
    checked_year,
    open_db,
    registry_spec,
)
from officedesk.cli_output import err, out, progress_printer, refuse_existing, write_file

REPLACE_HELP = "文件已存在时，确要替换它（不给则不写出，原文件不动）"


def cmd_export(args: argparse.Namespace) -> int:
    from officedesk.exchange import xlsx
    from officedesk.exchange.common import workbook_path

    open_db(args)
    spec = registry_spec(args.registry)
    refuse_existing(workbook_path(args.file), args.force)
    count = xlsx.export(
        spec, args.file, actor(), progress=progress_printer("导出"), unmasked=args.unmasked
    )
    shown = "（个人信息未遮盖，已记入审计）" if args.unmasked else ""
    out(f"已导出 {count} 条{spec.label}到 {args.file}{shown}")
    for note in count.notes:
        out(f"注意：{note}")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from officedesk.exchange import xlsx
    from officedesk.exchange.common import workbook_path

    open_db(args)
    spec = registry_spec(args.registry)
    refuse_existing(workbook_path(args.file), args.force)
    xlsx.write_template(spec, args.file)
    out(
        f"已生成{spec.label}导入模板：{args.file}（列：{'、'.join(f.label for f in spec.exchange_fields())}）"
    )
    return EXIT_OK


PRINT_OPTIONS = {
    "unit": "--unit", "date_from": "--from", "date_to": "--to", "year": "--year",
    "copy": "--copy", "copies": "--copies", "all_copies": "--all-copies", "number": "--number",
    "unmasked": "--unmasked", "added": "--added",
}


def pdf_output(given: str) -> tuple[Path, bool]:
    """print's -o: the file a PDF is written to, and whether ".pdf" was put after a name without
    one. A name ending in another type (x.xlsx, x.docx) is refused: a PDF under it would open
    as a damaged file in the program that type belongs to."""
    from officedesk.store.file_guard import refuse_database_target

    output = Path(given)
    refuse_database_target(output)  # the office's database named: said as that, first
    suffix = output.suffix
    # a folder, a device or a pipe: as given, refused by write_file with its own reason
    if output.name.lower().endswith(".pdf") or (output.exists() and not output.is_file()) \
            or not output.name.strip("."):
        return output, False
    if not suffix:
        return output.with_name(output.name + ".pdf"), True
    raise UsageError(f"{PROG} print：打印生成的是 PDF 文件，-o 后的“{output.name}”却以 {suffix} 结尾。"
                     f"请写以 .pdf 结尾的文件名，如 -o {output.with_suffix('.pdf')}。")


def cmd_print(args: argparse.Namespace) -> int:
    from officedesk.core import registry
    from officedesk.printing import forms

    if args.list or not args.form:
        # the registry whose ids a paper takes, by the window's name too (会议，meetings)
        named = {spec.name: f"{spec.label}，{spec.name}" for spec in registry.all_registries()}
        for item in forms.all_forms():
            shown = {
                "unit": "[--unit 单位]",
                "date_from": "[--from 日期]",
                "date_to": "[--to 日期]",
                "year": "[--year 年份]",
                "copy": "[--copy 份号]",
                "copies": "[--copies 份数]",
                "all_copies": "[--all-copies]",
                "number": "[--number 发文字号]",
                "unmasked": "[--unmasked]",
                "added": "[--added]",
            }
            words = ["ID…"] if item.needs_ids else []
            words += [shown.get(o, f"[--{o} …]") for o in item.options]
            out(f"{item.name:<22} {item.label}（{named.get(item.registry, item.registry)}）")
            out(f"    print {item.name} {' '.join(words + ['-o 文件.pdf'])}")
        return EXIT_OK
    if not args.output:
        raise UsageError(f"{PROG} print：请用 -o 文件.pdf 指定输出文件。")
    output, added_suffix = pdf_output(args.output)
    refuse_existing(output, args.force)  # before the paper is built (a notice issued)
    form = forms.get(args.form)
    options = {
        name: getattr(args, name) for name in PRINT_OPTIONS if getattr(args, name) is not None
    }
    unknown = [PRINT_OPTIONS[name] for name in options if name not in form.options]
    if unknown:
        raise UsageError(f"{PROG} print：{form.label}不接受 {'、'.join(unknown)}。")
    from officedesk.printing.secrecy import copy_options_clash

    clash = copy_options_clash(options)
    if clash:  # --copy K, --copies N and --all-copies: one of them
        raise UsageError(f"{PROG} print：{clash}请只用 --copy、--copies、--all-copies 中的一个。")
    if form.needs_ids and not args.ids:
        raise UsageError(
            f"{PROG} print：请给出要打印的{form.label}的记录 id（add --json 输出的 id）。"
        )
    open_db(args)
    if "year" in options:
        checked_year(options["year"], "年度")
    if len(args.ids) > 1:  # papers of several records: each note names the record it is about
        from officedesk.printing import batch

        data = batch.build_named(form, args.ids, actor(), **options)
    else:
        data = form.build(args.ids, actor(), **options)
    write_file(output, data)
    forms.issue(data)  # the file is the paper handed out (a 更正通知 becomes the notice held)
    # the paper as it calls itself: a meeting's notice may be its 更正通知 or 取消通知
    name = getattr(data, "paper_name", "") or form.label
    out(f"已生成{name}：{output}（{max(1, len(data) // 1024)} KB）")
    if added_suffix:
        err(f"注意：-o 给的“{args.output}”没有扩展名，已存为 {output.name}（PDF 文件）。")
    for note in getattr(data, "notes", ()):  # how it was laid out (a joint 公文's 标志)
        err(f"注意：{note}")
    missing = getattr(data, "missing", "")
    if missing:
        err(forms.missing_text(missing))
    from officedesk.printing import fonts

    for trouble in fonts.setting_troubles():  # the administrator's font file gone since
        err(trouble)
    return EXIT_OK
