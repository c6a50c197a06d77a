"""How a number typed by hand or brought by an import reads (core.typed_numbers claims it).

`tidy_number` makes a typed number plain (its width variants: ２, 〔) as it is checked and
stored; `parse_number` reads one in its kind's own form back into prefix, year and 序号;
`canonical_form` knows the office's own number written another way (收[2026]5号, 收〔2026〕05号),
by the prefixes the office numbers a kind with (`own_prefixes`, those its registries set:
`set_prefixes`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from officedesk.core.numbering import KINDS, default_prefix, format_number
from officedesk.store.models import NumberSequence

# the width and form variants of a character (full-width ２ and 〔, ideographic space, vertical
# ︹): a typed number means the plain character, and is read and stored with it
_WIDTH_TAGS = ("<wide>", "<narrow>", "<vertical>", "<small>")


def _plain(char: str) -> str:
    return unicodedata.normalize("NFKC", char) if unicodedata.decomposition(char).startswith(_WIDTH_TAGS) else char


_PLAIN = {code: _plain(chr(code)) for code in (*range(0x3000, 0x3001), *range(0xFE10, 0xFE70), *range(0xFF01, 0xFFEF))
          if _plain(chr(code)) != chr(code)}


def tidy_number(text: str) -> str:
    """A typed number as it is checked and stored: width variants made plain (云委办发〔２０２６〕
    １号 is 云委办发〔2026〕1号, or it would pass as a free-form number and go out twice)."""
    return (text or "").translate(_PLAIN).strip()


def _pattern(template: str, loose: bool = False) -> re.Pattern[str]:
    """A regex that reads a number written in a kind's template back into prefix, year, seq
    (`loose`: a 序号 with 虚位 zeros too)."""
    parts = re.split(r"(\{[a-z]+(?::[^}]*)?\})", template)
    groups = {"{prefix}": r"(?P<prefix>.*?)", "{year}": r"(?P<year>[0-9]{4})",
              "{seq}": r"(?P<seq>[0-9]+)" if loose else r"(?P<seq>[1-9][0-9]*)"}
    regex = "".join(groups.get(part, r"(?P<seq>[0-9]+)" if part.startswith("{seq:") else re.escape(part))
                    for part in parts)
    return re.compile(f"^{regex}$")


_PATTERNS = {key: _pattern(kind.template) for key, kind in KINDS.items()}


def parse_number(kind: str, text: str) -> tuple[str, int, int] | None:
    """(prefix, year, seq) of a number in the kind's own form, or None for a free-form one."""
    pattern = _PATTERNS.get(kind)
    if pattern is None:  # a kind its registry added later (效能投诉编号)
        pattern = _PATTERNS[kind] = _pattern(KINDS[kind].template)
    text = tidy_number(text)
    match = pattern.match(text)
    if match is None:
        return None
    prefix, year, seq = match["prefix"], int(match["year"]), int(match["seq"])
    if seq < 1 or format_number(kind, prefix, year, seq) != text:
        return None
    return prefix, year, seq


# brackets a 〔年〕 is often typed with (GB/T 9704 §7.2.5: 六角括号〔〕)
_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕", "〖": "〔", "〗": "〕",
                           "［": "〔", "］": "〕", "（": "〔", "）": "〕"})


def canonical_form(kind: str, text: str, own: set[str] | None = None) -> str | None:
    """The office's own number that `text` writes another way (收[2026]159号, 收（2026）159号,
    收〔2026〕0159号, 收〔2026年〕159号, 收〔2026〕第159号, 收〔2026〕159, 收 〔2026〕159号 are all
    收〔2026〕159号; 信2026-1号 is 信2026-00001), or None: `text` is in the kind's form, or
    free-form — a number of another prefix than the office's (a national 信访 system's
    XF2026-000123) is taken as it comes. Taken as a free-form number it was the same number twice.
    `own`: the office's prefixes (own_prefixes), read once by a caller checking many."""
    text = tidy_number(text)
    parsed = parse_number(kind, text) if text else None
    if parsed is not None:  # in the form, but a space in the prefix makes another sequence of it
        prefix = re.sub(r"\s+", "", parsed[0])
        if prefix == parsed[0] or prefix not in (own if own is not None else own_prefixes(kind)):
            return None
        return format_number(kind, prefix, parsed[1], parsed[2])
    if not text:
        return None
    template = KINDS[kind].template
    loose = re.sub(r"\s+", "", text.translate(_BRACKETS))
    loose = re.sub(r"〔([0-9]{4})年〕", r"〔\1〕", loose).replace("〕第", "〕")
    if template.endswith("号") and not loose.endswith("号"):
        loose += "号"
    elif not template.endswith("号") and loose.endswith("号"):
        loose = loose[:-1]
    match = _pattern(template, loose=True).match(loose)
    if match is None or int(match["seq"]) < 1 or match["prefix"] not in (own if own is not None else own_prefixes(kind)):
        return None
    canonical = format_number(kind, match["prefix"], int(match["year"]), int(match["seq"]))
    return canonical if canonical != text and parse_number(kind, canonical) is not None else None


# kind -> what else the office numbers it under, as its registry sets it (a 发文's 文种 numbered
# apart and its 令号: core.documents.doc_rules), before the first number of them is issued
_SET_PREFIXES: dict[str, list[Callable[[], Iterable[str]]]] = {}


def set_prefixes(kind: str) -> Callable[[Callable[[], Iterable[str]]], Callable[[], Iterable[str]]]:
    """Register a function giving prefixes the settings give `kind` (own_prefixes)."""
    def register(fn: Callable[[], Iterable[str]]) -> Callable[[], Iterable[str]]:
        _SET_PREFIXES.setdefault(kind, []).append(fn)
        return fn

    return register


def own_prefixes(kind: str) -> set[str]:
    """The prefixes this office numbers `kind` with: the setting's, those of its sequences and
    those its registry sets (set_prefixes: 函=某委办函, the 令号's), issued from yet or not."""
    used = NumberSequence.select(NumberSequence.prefix).where(NumberSequence.kind == kind).distinct()
    own = {default_prefix(kind), *(str(row.prefix) for row in used)}
    for given in _SET_PREFIXES.get(kind, ()):
        own.update(given())
    return own - {""}
