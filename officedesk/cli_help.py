"""`officedesk … -h` laid out for Chinese: argparse counts a character as one column, but a
Chinese one takes two on a terminal, and it wraps only at spaces — so a help of Chinese with
English words between 、 broke those words (supervisio|n, complain|ts), ran past the terminal's
edge and put the helps of options with Chinese metavars (--db 数据库) out of line. Here widths
are display columns (East Asian wide and full-width characters count two), a line breaks
between Chinese characters or at a space but never inside an English word or option, nor before
a closing mark (，。、）…); section headings end with a Chinese colon (选项：) as 用法： does."""

from __future__ import annotations

import argparse
import re
import unicodedata
from typing import Any

# a run of spaces, an address (postgresql://用户:密码@主机/库名), a run of ASCII (a word, an
# option, a number: never broken), or one character
_PIECES = re.compile(r" +|\S*://\S*|[\x21-\x7e]+|.", re.S)
_NO_LINE_START = set("，。；：、）」』”’！？》〕】…·])")
_NO_LINE_END = set("（「『“‘《〔【[(")


def width(text: str) -> int:
    """Display columns of `text` on a terminal."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, columns: int) -> list[str]:
    """`text` (spaces already collapsed) in lines of at most `columns` display columns where it
    can be: an ASCII run longer than a line keeps its own line."""
    lines: list[str] = []
    line, used = "", 0
    for piece in _PIECES.findall(text):
        if piece.startswith(" "):
            if line:
                line, used = line + " ", used + 1
            continue
        size = width(piece)
        if line.strip() and used + size > columns and piece[0] not in _NO_LINE_START:
            carry = ""
            if line.rstrip()[-1] in _NO_LINE_END:  # an opening mark goes with what it opens
                line = line.rstrip()
                carry, line = line[-1], line[:-1]
            lines.append(line.rstrip())
            line, used = carry + piece, width(carry) + size
            continue
        line, used = line + piece, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


class Formatter(argparse.RawDescriptionHelpFormatter):
    """The descriptions keep their own lines (the examples); a line of one longer than the
    terminal, not indented, is wrapped as a help is."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        # prefix "" is argparse making a subcommand's prog from its parent's usage: no "用法：" there
        super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any) -> str:
        text = super()._format_usage(usage, actions, groups, prefix)
        if len(text.strip("\n").splitlines()) == 1 and width(text.strip("\n")) <= self._width:
            return str(text)
        # argparse wrapped it counting characters (its lines after the first out of line under
        # 用法：): on one line, then wrapped by display width, each [选项 值] kept whole, the
        # lines after the first under the first option
        wide, self._width = self._width, 10_000
        try:
            one = str(super()._format_usage(usage, actions, groups, prefix)).strip("\n")
        finally:
            self._width = wide
        head = f"{prefix or ''}{self._prog}"
        parts = re.findall(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+", one[len(head):])
        indent = " " * (width(head) + 1)
        lines, line = [], head
        for part in parts:
            if width(line) + 1 + width(part) > self._width - self._current_indent and line.strip() != head:
                lines.append(line)
                line = indent + part
            else:
                line = f"{line} {part}"
        return "\n".join([*lines, line]) + "\n\n"

    def _split_lines(self, text: str, columns: int) -> list[str]:
        return wrap(re.sub(r"\s+", " ", text).strip(), columns)

    def _fill_text(self, text: str, columns: int, indent: str) -> str:
        out = []
        for line in text.splitlines():
            if line.startswith(" ") or width(line) <= columns:
                out.append(indent + line)
            else:
                out += [indent + part for part in wrap(line, columns)]
        return "\n".join(out)

    def add_argument(self, action: argparse.Action) -> None:
        if action.help is not argparse.SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            invocations += [self._format_action_invocation(sub)
                            for sub in self._iter_indented_subactions(action)]
            longest = max(width(i) for i in invocations) + self._current_indent
            self._action_max_length = max(self._action_max_length, longest)
            self._add_item(self._format_action, [action])

    def _format_action(self, action: argparse.Action) -> str:
        # argparse's own, with the invocation padded by its display width
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = f"{' ' * self._current_indent}{header}\n"
        elif width(header) <= action_width:
            header = f"{' ' * self._current_indent}{header}{' ' * (action_width - width(header))}  "
        else:
            header = f"{' ' * self._current_indent}{header}\n"
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append(f"{' ' * indent_first}{help_lines[0]}\n")
                parts += [f"{' ' * help_position}{line}\n" for line in help_lines[1:]]
        elif not header.endswith("\n"):
            parts.append("\n")
        parts += [self._format_action(sub) for sub in self._iter_indented_subactions(action)]
        return self._join_parts(parts)

    def format_help(self) -> str:
        # argparse ends each section heading with ":" (参数:): the Chinese colon, as 用法：
        return re.sub(r"^(\S[^\n]*):$", r"\1：", super().format_help(), flags=re.M)
