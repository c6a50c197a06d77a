"""Translation for text made below the ui layer: one catalogue keyed by the Chinese text.

Core must not import Qt. Its labels, states, choices, deadline and light texts stay Chinese
strings (printed papers, xlsx and the CLI use them as they are); the interface shows them
through `display()`, which asks the catalogue the GUI installs (Qt's translator, whose English
comes from resources/translations/en_glossary*.py).

Composed texts keep their pattern: `text("剩 %1 天", 3)` is the str "剩 3 天" that also carries
"剩 %1 天" and (3,), so the interface translates the pattern and puts the numbers back in."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from officedesk.core.cli_words import for_window


def _identity(context: str, text: str) -> str:
    return text


_translate: Callable[[str, str], str] = _identity


def install(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def tr(text: str, context: str = "core") -> str:
    return _translate(context, text)


class Text(str):
    """A Chinese str that remembers its pattern (%1, %2 …) and arguments."""

    pattern: str
    args: tuple[Any, ...]

    def __new__(cls, pattern: str, *args: Any) -> Text:
        made = _put_in(pattern, [LIST_MARK.join(map(str, value)) if _listed(value) else str(value)
                                 for value in args])
        self = super().__new__(cls, made)
        self.pattern, self.args = pattern, args
        return self


_PLACE = re.compile(r"%(\d+)")


def _put_in(pattern: str, shown: list[str]) -> str:
    """The pattern with %1, %2 … replaced by the texts, in one pass: a text that holds “%2”
    itself (a header a clerk typed) is put in as it is; a number past the texts stays."""
    literals, places = _pieces(pattern)
    made = [literals[0]]
    for (number, written), literal in zip(places, literals[1:], strict=True):
        made.append(shown[number - 1] if 0 < number <= len(shown) else written)
        made.append(literal)
    return "".join(made)


@functools.lru_cache(maxsize=4096)
def _pieces(pattern: str) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    """A pattern's literal parts and, between them, its places (the number, as written): split
    once a pattern (an import makes a summary a row from the same few)."""
    parts = _PLACE.split(pattern)
    return tuple(parts[0::2]), tuple((int(digits), "%" + digits) for digits in parts[1::2])


LIST_MARK = "、"  # between the items of a list argument (choices); display() translates it


def _listed(value: Any) -> bool:
    return isinstance(value, (list, tuple))


class Verbatim:
    """An argument put in as it is, never looked up in the catalogue (the characters a font
    lacks: 是 is no “Yes”)."""

    def __init__(self, value: str) -> None:
        self.value = value

    def __str__(self) -> str:
        return self.value


def text(pattern: str, *args: Any) -> Text:
    """A composed text for people: Chinese as a str, translatable as a pattern. A list or tuple
    argument is its items joined with 、 (each translated in the interface)."""
    return Text(pattern, *args)


def worded(stored: str, pattern: str, *args: Any) -> Text:
    """A value kept as written (`stored`, the str) that the window reads as `pattern` with `args`:
    for a value whose shape is another text's pattern (保密期限 10年 is read as “%1年（保密期限）”:
    “%1年” is a year, 2026年)."""
    made = str.__new__(_Worded, stored)
    made.pattern, made.args = pattern, args
    return made


class _Worded(Text):
    """A `worded` value: without the pattern's translation (the Chinese window) it shows as stored."""


def joined(parts: list[Any], pattern: str = "%1%2") -> Any:
    """Parts put together by a two-place pattern of the catalogue ("%1，%2": the parts between
    commas), as one text: the str is the Chinese the parts make, the interface translates the
    pattern and each part. "" for no parts, the part itself for one."""
    if not parts:
        return ""
    made = parts[0]
    for part in parts[1:]:
        made = text(pattern, made, part)
    return made


def display(value: Any, context: str = "core") -> str:
    """The text in the interface's language, as the window shows it: patterns and their text
    arguments translated, fixed texts (states, choices, 密级 …) looked up; anything unknown shown
    as it is. The command line's words in it (“（命令行：…）”) are left out before translating
    (`cli_words.for_window`): the window shows a refusal without them."""
    if isinstance(value, _Worded) and tr(value.pattern, context) == value.pattern:
        return str(value)  # 10年, never its pattern “%1年（保密期限）” filled in
    if isinstance(value, Text):
        shown = []
        for argument in value.args:
            if _listed(argument):
                shown.append(display(LIST_MARK, context).join(display(item, context) for item in argument))
            else:
                shown.append(display(argument, context) if isinstance(argument, str) else str(argument))
        return _put_in(tr(for_window(value.pattern), context), shown)
    if not isinstance(value, str) or not value:
        return "" if value is None else str(value)
    return tr(for_window(value), context)
