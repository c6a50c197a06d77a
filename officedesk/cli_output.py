"""What the commands write: lines to standard output and standard error (a line the terminal
cannot show escaped, a lost standard output said as OutputLost), JSON, progress on a terminal,
and an output file (never over the open database or an anchor file)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def out(text: str = "") -> None:
    _print(text, sys.stdout)


def err(text: str) -> None:
    _print(text, sys.stderr)


class _Notes(logging.Handler):
    """The program's warnings (work it went round: an anchor file it could not write, a cache it
    could not keep) as one line each on standard error, an OSError's reason in Chinese. Never
    its traceback: with no handler, Python's last-resort one printed it whole to the console."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            from officedesk.store.db_errors import file_error_reason

            line = record.getMessage()
            exc = record.exc_info[1] if record.exc_info else None
            if isinstance(exc, OSError):
                line += f"（原因：{file_error_reason(exc)}）"
            err(f"注意：{line}")
        except Exception:  # noqa: BLE001 - a note that cannot be shown never fails the command
            self.handleError(record)


def showing_warnings() -> Callable[[], None]:
    """Show the program's warnings as notes (`_Notes`) until the returned call removes them."""
    logger = logging.getLogger("officedesk")
    handler = _Notes(logging.WARNING)
    logger.addHandler(handler)
    return lambda: logger.removeHandler(handler)


def refuse(text: str) -> None:
    """A refusal on standard error, a value it quotes cut to its beginning (`cut_quoted`)."""
    err(cut_quoted(text))


# A value a refusal quotes: “…”, 「…」, "…" or argparse's '…'. One longer than QUOTED_LONGEST is
# cut to its first QUOTED_KEPT characters and the count: a 10,000-character 字段=值 pasted by
# mistake is not echoed back whole, burying what to do under it. A path (it holds a / or \) is
# shown whole up to PATH_LONGEST: the file a refusal names is found by all of it.
QUOTED_LONGEST = 60
QUOTED_KEPT = 40
PATH_LONGEST = 300
# (ASCII quotes hold no Chinese punctuation: a stray ' in a sentence does not pair with the next)
_QUOTED = re.compile(r"(“)([^“”]*)(”)|(「)([^「」]*)(」)|(\")([^\"\n，。；]*)(\")|(')([^'\n，。；]*)(')")


def cut_quoted(text: str) -> str:
    """`text` with each quoted value above QUOTED_LONGEST characters cut: “长长…（共 10000 字）”."""
    def cut(found: re.Match[str]) -> str:
        opening, value, closing = (part for part in found.groups() if part is not None)
        longest = PATH_LONGEST if "/" in value or "\\" in value else QUOTED_LONGEST
        if len(value) <= longest:
            return found.group(0)
        return f"{opening}{value[:QUOTED_KEPT]}…（共 {len(value)} 字）{closing}"

    return _QUOTED.sub(cut, text)


# Characters a terminal would obey rather than show: the bidirectional controls (U+202E turns
# “报告\u202Efdp.exe” into “报告exe.pdf”) and the control characters other than tab and newline.
_HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """`text` with each character of _HIDDEN written as <U+202E>: a file name with an RTL override
    is listed as it is, not reversed."""
    return _HIDDEN.sub(lambda found: f"<U+{ord(found.group(0)):04X}>", text)


class OutputLost(Exception):
    """Standard output could not be written (a full disk it was redirected to, /dev/full): the
    command's work is done, and a script told to run it again would do it twice."""

    def __init__(self, exc: OSError) -> None:
        from officedesk.store.db_errors import file_error_reason

        super().__init__(str(exc))
        reason = file_error_reason(exc)
        self.message = (f"命令的结果无法写到输出（{reason}；如输出被重定向到文件或设备）。命令本身已经完成："
                        "写入数据库的内容已保存，不要重新执行；请用 list、show 或 search 查看结果，"
                        "或把输出改到有空间的位置。")


def _print(text: str, stream: Any) -> None:
    """A line the terminal's encoding cannot show (䶮 on a GBK console) is written with the
    characters it lacks escaped: the command's work is done, and a crash (exit 3) after it would
    have a script do it again."""
    text = shown(text)
    try:
        try:
            print(text, file=stream)
        except UnicodeEncodeError:
            encoding = getattr(stream, "encoding", None) or "ascii"
            print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream)
    except BrokenPipeError:
        raise
    except OSError as exc:
        if stream is sys.stdout:
            raise OutputLost(exc) from exc
        raise


def flush_output() -> None:
    """Write out what standard output still holds, while a failure can still be told (at exit
    Python would only print an ignored exception)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputLost(exc) from exc


def print_json(value: Any) -> None:
    # the characters a terminal would obey are written as JSON's \\u escapes: the same string read
    # back, shown as it is on a terminal (out() would make them <U+…>, which is no longer the value)
    said = json.dumps(value, ensure_ascii=False, indent=2, default=_json_default)
    out(_HIDDEN.sub(lambda found: f"\\u{ord(found.group(0)):04x}", said))


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def progress_printer(verb: str) -> Callable[[int, int], None]:
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


def refuse_existing(output: Path, force: bool) -> None:
    """A file the clerk named for a command's output that is already there (a 台账 he corrected
    for `import --update`, an earlier paper) is kept unless `--force`: said before anything is
    built or audited. A folder, a device or a pipe is left to the writer's own refusal."""
    from officedesk.core import i18n
    from officedesk.core.errors import ValidationError

    if force or not (output.is_file() or output.is_symlink()):
        return
    raise ValidationError(i18n.text(
        "“%1”已存在，没有写出：写出会替换这个文件，它原有的内容将丢失。"
        "请换一个文件名，或加 --force 覆盖。", output))


def write_file(output: Path, data: bytes) -> None:
    """Write a command's output file (print -o): refused over the open database or an anchor
    file (store.file_guard), said in Chinese when it cannot be written. Written whole beside
    it and then put in place: one cut short (a full disk) leaves neither half a file nor the
    temporary, and an earlier file of that name stays as it was."""
    from officedesk.store.file_guard import refuse_database_target, write_in_place

    refuse_database_target(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        write_in_place(output, data, private=bool(getattr(data, "private", False)))
    except OSError as exc:
        raise _write_error(output, exc) from exc


def _write_error(output: Path, exc: OSError) -> Exception:
    """A file the command could not write, said in Chinese."""
    from officedesk.core.errors import ValidationError
    from officedesk.store.db_errors import disk_full_error, disk_trouble, file_error_reason

    if disk_trouble(exc):
        return disk_full_error(output)
    if isinstance(exc, IsADirectoryError) or output.is_dir():
        return ValidationError(f"“{output}”是文件夹。请在 -o 后写上 PDF 文件名，如 {output / '单据.pdf'}。")
    if isinstance(exc, PermissionError):
        return ValidationError(f"无法写入“{output}”：没有权限，或文件正被其他程序打开。请关闭它或换一个位置。")
    return ValidationError(
        f"无法写入“{output}”：{file_error_reason(exc)}。请检查位置、权限和磁盘空间。"
    )
