"""argparse in Chinese for the command line (and the window's own arguments): its messages
put in Chinese words and quotes, a subcommand's options taken anywhere among its 字段=值 pairs,
and an argument left over refused with the usage of the subcommand it was given to."""

from __future__ import annotations

import argparse
import re
from typing import Any, NoReturn

from officedesk.cli_commands import UsageError
from officedesk.cli_help import Formatter

_ARGPARSE_MESSAGES = [
    (re.compile(r"the following arguments are required: (.*)"), r"缺少参数：\1"),
    (re.compile(r"unrecognized arguments: (.*)"), lambda found: f"不认识的参数：{_quoted_words(found.group(1))}"),
    (
        re.compile(r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)"),
        lambda m: f"参数 {m[1]} 不能是{_quoted(m[2])}，只能是：{'、'.join(map(_quoted, m[3].split(', ')))}",
    ),
    (re.compile(r"argument (.*?): invalid int value: (.*)"), lambda m: f"参数 {m[1]} 应为整数，现在是{_quoted(m[2])}"),
    (re.compile(r"argument (.*?): expected one argument"), r"参数 \1 后面需要一个值"),
    (re.compile(r"argument (.*?): expected at least one argument"), r"参数 \1 后面至少需要一个值"),
    (re.compile(r"argument (.*?): (.*)"), r"参数 \1：\2"),
]


def _quoted(word: str) -> str:
    """One value argparse shows in Python's quotes ('foo') in Chinese ones (“foo”)."""
    bare = word[1:-1] if len(word) > 1 and word[0] == word[-1] and word[0] in "'\"" else word
    return f"“{bare}”"


def _quoted_words(words: str) -> str:
    """argparse's arguments joined by spaces, each in “”: a long one is then cut as every quoted
    value of a refusal is (cli_output.cut_quoted)."""
    return " ".join(f"“{word}”" for word in words.split(" "))


def _chinese(message: str) -> str:
    for pattern, replacement in _ARGPARSE_MESSAGES:
        if pattern.search(message):
            return pattern.sub(replacement, message)
    return message


class ChineseParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)  # widths and breaks for Chinese
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出"
        )

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        # A subcommand takes its options anywhere, also before or between its 字段=值 pairs
        # (`users add t6 --password … 姓名=…`): argparse's intermixed parsing, which the top
        # parser (it has the subparsers) cannot use and which calls back here for each pass.
        if self._subparsers is not None or getattr(self, "_intermixing", False):
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        usage = self.usage
        if usage is None:  # argparse would cut 7 characters ("usage: ") off our "用法："
            self.usage = self.format_usage().removeprefix("用法：").rstrip()
        try:
            return super().parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False
            self.usage = usage

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:  # type: ignore[override]
        # an argument left over is refused by the subcommand it was given to, with its usage
        # (`export 信访 -o x.xlsx`: where export's file goes), not by the top command's
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            self._chosen(parsed).error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed

    def _chosen(self, parsed: argparse.Namespace) -> argparse.ArgumentParser:
        """The subcommand's parser `parsed` was given to; this one when there is none."""
        if self._subparsers is None:
            return self
        for action in self._subparsers._group_actions:
            if isinstance(action, argparse._SubParsersAction):
                return action.choices.get(getattr(parsed, action.dest, None) or "", self)  # type: ignore[no-any-return]
        return self

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            f"{self.prog}：{_chinese(self._really_missing(message))}\n{self.format_usage().rstrip()}\n"
            f"（用 {self.prog} -h 查看帮助）"
        )

    def _really_missing(self, message: str) -> str:
        """argparse's intermixed parsing lists an optional positional (字段=值 …, 文件 …: nargs
        "*") among the arguments missing: only those required are named, joined by 、."""
        found = re.fullmatch(r"the following arguments are required: (.*)", message)
        if found is None:
            return message
        optional = {str(a.metavar or a.dest) for a in self._actions
                    if not a.option_strings and a.nargs in ("*", "?")}
        names = found.group(1).split(", ")
        required = [name for name in names if name not in optional] or names
        return f"the following arguments are required: {'、'.join(required)}"
