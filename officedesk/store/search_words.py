"""The words of the text index: the tokens a text is indexed by, and the terms a typed query
searches for (store/search_index.py).

A text's tokens: every CJK character, every CJK bigram (two characters side by side in one
run), and every suffix of each Latin word or number. A query's terms: its words (spaces between
them: a record must hold each), a phrase in quotes as typed, a name padded to align it as the
name; each term's tokens make the FTS match, and a term the tokens do not answer exactly is
checked against the kept text."""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence

from officedesk.core.names import INVISIBLE

# Only characters that SQLite's unicode61 tokenizer (Unicode 6.1 tables) keeps as token
# characters: a character it treats as a separator (punctuation such as ・ or ×, or an ideograph
# assigned after Unicode 6.1) would become an empty token and a query of it would find nothing.
# Characters outside these classes are simply not indexed; the LIKE check still sees them.
_CJK = (r"\u3400-\u4db5\u4e00-\u9fcc\uf900-\ufa2d\ufa30-\ufa6d\ufa70-\ufad9"
        r"\u3041-\u3096\u30a1-\u30fa\uac00-\ud7a3")
_WORD = r"0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_SEGMENT = re.compile(f"([{_CJK}]+)|([{_WORD}]+)")
# Latin words and numbers are indexed with every suffix (so 5678 finds 13812345678, as LIKE
# does), each cut to this length; a query word is cut the same way, so it stays a prefix.
MAX_WORD_TOKEN = 32
CJK_RUN = re.compile(f"[{_CJK}]+")


def tokens(text: str) -> str:
    """The index's tokens for a text: CJK characters and bigrams, suffixes of Latin words."""
    out: list[str] = []  # each run's tokens joined at once (in C), then the runs'
    for cjk, word in _SEGMENT.findall(text):
        if cjk:
            out.append(" ".join(cjk))
            if len(cjk) > 1:
                out.append(" ".join(map(operator.add, cjk, cjk[1:])))  # the bigrams
        else:
            lowered = word.lower()
            out.append(" ".join([lowered[i : i + MAX_WORD_TOKEN] for i in range(len(lowered))]))
    return " ".join(out)


def tokens_remembered(text: str, known: dict[str, str]) -> str:
    """tokens(text), each run's tokens kept in `known` (the caller's, dropped with it) and taken
    from it when the run comes again: a batch's rows repeat their places, units, categories and
    replies (a 信访 import's runs, four in five; a run met once costs ~4% more)."""
    out: list[str] = []
    for cjk, word in _SEGMENT.findall(text):
        run = cjk or word  # the classes are disjoint: a CJK run never reads as a word
        made = known.get(run)
        if made is None:
            if cjk:  # its characters, then its bigrams, as tokens() joins them
                made = " ".join(cjk) + " " + " ".join(map(operator.add, cjk, cjk[1:])) if len(cjk) > 1 else cjk
            else:
                lowered = word.lower()
                made = " ".join([lowered[i : i + MAX_WORD_TOKEN] for i in range(len(lowered))])
            known[run] = made
        out.append(made)
    return " ".join(out)


# characters that show nothing (core.names.INVISIBLE): pasted with a name from Word or a web
# page, they would keep it from matching anything
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_HAN_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
# two-character surnames: 欧阳　明 is a name padded as 王　伟 is
_COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "轩辕", "令狐", "端木", "西门", "南宫", "独孤", "呼延", "申屠", "太史", "万俟", "闻人", "赫连", "澹台",
    "公冶", "宗政", "濮阳", "淳于", "单于", "钟离", "百里", "东郭", "拓跋"))


def query_text(query: str) -> str:
    """A typed query tidied: trimmed (an ideographic or a non-breaking space too), without
    characters that show nothing, and a person's name padded to align it (王　伟, 王 小 明,
    欧阳　明: single Chinese characters, or a two-character surname and one, with spaces
    between) as the name, which is how names are stored (core/names.py)."""
    query = _INVISIBLE.sub("", query).strip()
    words = query.split()
    if len(words) > 1 and all(_HAN_RUN.fullmatch(w) for w in words) \
            and all(len(w) == 1 or (n == 0 and w in _COMPOUND_SURNAMES) for n, w in enumerate(words)):
        return "".join(words)
    return query


# a phrase in quotes ("GB/T 9704", “县委 办公室”) is one term, spaces and all; any other run of
# non-space characters is a word of its own
_TERM = re.compile(r'"([^"]*)"|“([^”]*)”|(\S+)')


def query_terms(query: str) -> list[str]:
    """What a typed query searches for: the texts a record must each contain. Words with
    spaces between them are each searched (张三 信访: records holding both, as a search box
    takes them), a quoted phrase as typed, a padded name (query_text) as the name. Empty when
    nothing is left to search."""
    query = query_text(query)
    terms = []
    for double, curly, word in _TERM.findall(query):
        term = (double or curly or word).strip()
        if term:
            terms.append(term)
    return list(dict.fromkeys(terms))


def _term_expressions(term: str) -> list[str]:
    parts: list[str] = []
    for cjk, word in _SEGMENT.findall(term):
        if cjk and len(cjk) == 1:
            parts.append(f'"{cjk}"')
        elif cjk:
            parts.extend(f'"{cjk[i : i + 2]}"' for i in range(len(cjk) - 1))
        else:
            parts.append(f'"{word.lower()[:MAX_WORD_TOKEN]}"*')
    return parts


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH text for a query (every term's tokens), or None when it holds nothing
    indexable."""
    parts = [part for term in query_terms(query) for part in _term_expressions(term)]
    return " AND ".join(dict.fromkeys(parts)) if parts else None


def exact_term(term: str) -> bool:
    return bool(CJK_RUN.fullmatch(term)) and len(term) <= 2


def exact(query: str) -> bool:
    """The index alone answers a query whose terms are each one or two CJK characters exactly
    (their tokens occur where the text does); anything else gets the LIKE check."""
    terms = query_terms(query)
    return bool(terms) and all(map(exact_term, terms))


def all_cjk(terms: Sequence[str]) -> bool:
    """Terms that are each a run of CJK characters: a plain substring test is LIKE's."""
    return bool(terms) and all(CJK_RUN.fullmatch(term) for term in terms)
