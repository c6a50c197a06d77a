"""`check`'s rules about the records themselves (issue 11): numbers per prefix and year (gaps,
jumps, duplicates) and records whose state and facts disagree. Each problem says what to do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import i18n

NUMBERS = "numbers"
STATES = "states"
LINKS = "links"
LABELS = {NUMBERS: "编号", STATES: "状态", LINKS: "记录关联"}


@dataclass(frozen=True)
class Finding:
    kind: str  # NUMBERS, STATES or LINKS
    message: str


def _ranges(numbers: list[int]) -> str:
    """[3, 4, 5, 9] -> '3–5、9'."""
    parts: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return "、".join(parts[:20]) + ("……" if len(parts) > 20 else "")


# numbers above a sequence's highest row looked for on the records (the rows deleted last)
BEYOND_TOP = 1000


def check_numbers() -> list[Finding]:
    """Per kind, prefix and year: numbers never issued below the highest (缺号), a counter
    ahead of every number issued (跳号), and one number on two records in use (重号). A voided
    record keeps the number it had; issued again on purpose (`--reissue 理由`, audited as
    such) it stands on the voided one and the one using it now, which is no 重号."""
    from officedesk.core import number_ledger, numbering
    from officedesk.core.number_holders import holders
    from officedesk.core.registry import all_registries, load_all
    from officedesk.store.models import NumberSequence

    trail = number_ledger.trail_statuses()
    ledger = number_ledger.ledger_rows()  # read once
    # each row against the trail (作废, holder, form, reissue); a voided number's row deleted
    found = [Finding(NUMBERS, said) for said in number_ledger.problems(trail, ledger)]
    groups: dict[tuple[str, str, int], list[int]] = {}
    for row in ledger:
        if row.seq > 0:
            groups.setdefault((row.kind, row.prefix, row.year), []).append(row.seq)
    counters = {
        (r.kind, r.prefix, r.year): r.last_value for r in NumberSequence.select()
    }
    for key in sorted(set(groups) | set(counters)):
        kind, prefix, year = key
        if kind not in numbering.KINDS:  # other counters (档号's 件号) issue no numbers here
            continue
        label = numbering.KINDS[kind].label
        seqs = sorted(groups.get(key, []))
        top = seqs[-1] if seqs else 0
        counter = counters.get(key, 0)
        missing = sorted(set(range(1, top + 1)) - set(seqs))
        # a number voided in the trail whose row is gone was issued (said by number_ledger)
        missing = [seq for seq in missing if number_ledger.voided_in_trail(
            trail, kind, numbering.format_number(kind, prefix, year, seq)) is None]
        # above the highest row, up to the counter: the last rows deleted (跳号), or a record's
        beyond = list(range(top + 1, min(counter, top + BEYOND_TOP) + 1))
        held = holders(kind, [numbering.format_number(kind, prefix, year, seq)
                              for seq in [*missing, *beyond]])
        for seq in [*missing, *beyond]:
            number = numbering.format_number(kind, prefix, year, seq)
            if number in held:
                if seq in missing:
                    missing.remove(seq)
                found.append(Finding(NUMBERS, i18n.text(
                    "%1“%2”用在%3第 %4 条记录上，编号台账中却没有它（台账在程序之外被删除或改动）。"
                    "不要作废或重新使用这个号；请保留现状，报告管理员并与备份核对。",
                    label, number, held[number][0], held[number][1])))
        if missing:
            found.append(Finding(NUMBERS, i18n.text(
                "%1（%2，%3年）缺号：第 %4 号从未发出。请查明原因；确实不用的号请作废并写明原因，以便台账连续。",
                label, prefix, year, _ranges(missing))))
        if counter > top:
            found.append(Finding(NUMBERS, i18n.text(
                "%1（%2，%3年）跳号：编号计数已到第 %4 号，实际发出的最大号为第 %5 号。请查明是否有号在程序外被占用。",
                label, prefix, year, counter, top)))
    load_all()
    for spec in all_registries():
        if spec.number_field:
            found.extend(_duplicates(spec))
            found.extend(_other_years(spec))
        found.extend(_taken_twice(spec))
    return found


def _taken_twice(spec: Any) -> list[Finding]:
    """A value of a unique column with words of its own (spec.taken: a meeting's 发文字号) that
    records share, saved before the rule or changed outside the program: the upgrade left its
    index off (store.meetings.make_doc_no_index), which the first start after the correction makes."""
    from officedesk.store.base import shared_values

    found: list[Finding] = []
    for name in spec.taken:
        column = getattr(spec.model, name).column_name
        shared = shared_values(spec.model._meta.database, spec.model._meta.table_name, column)
        label = spec.field(name).label
        found += [Finding(NUMBERS, i18n.text(
            "%1的%2“%3”同用在 id 为 %4 的%1上，只能有一个：数据库因此没有启用%2不能重复的保护。请核对，"
            "修改其中错误的%2；改正后重新打开程序即启用。", spec.label, label, value, "、".join(map(str, ids))))
            for value, ids in shared.items()]
    return found


def _other_years(spec: Any) -> list[Finding]:
    """Numbers of another year than their record's own date (`number_year`): 收〔2026〕2号 on a
    收文 of 2025-12-30, kept from before numbers followed that date (or written outside the
    program). A number in a form of its own names no year of ours."""
    from officedesk.core import typed_numbers
    from officedesk.core.lifecycle import LIFECYCLE, VOIDED

    date_field = getattr(spec.number_year, "date_field", None)
    if not (spec.number_kind and date_field):
        return []
    number, day = getattr(spec.model, spec.number_field), getattr(spec.model, date_field)
    in_use = (number != "") & day.is_null(False)
    if spec.name in LIFECYCLE:
        in_use &= getattr(spec.model, LIFECYCLE[spec.name][0]) != VOIDED
    wrong: list[str] = []
    for written, when in spec.model.select(number, day).where(in_use).order_by(spec.model.id).tuples():
        parsed = typed_numbers.parse_number(spec.number_kind, str(written))
        if parsed is not None and isinstance(when, dt.date) and parsed[1] != when.year:
            wrong.append(i18n.text("“%1”（%2 %3）", written, spec.field(date_field).label, f"{when:%Y-%m-%d}"))
    if not wrong:
        return []
    label = spec.field(date_field).label
    shown = i18n.text("%1……", wrong[:10]) if len(wrong) > 10 else wrong
    return [Finding(NUMBERS, i18n.text("%1编号与%2不是同一年：%3 条，%4。编号按年连续，归入%2的年份。请核对%2；"
                                  "确属另一年的，作废这个编号后按该年重新登记。", spec.label, label, len(wrong), shown))]


def _duplicates(spec: Any) -> list[Finding]:
    """One number on two records in use (重号) — also when written in two forms: 收〔2026〕第1号,
    kept before such forms were refused, is 收〔2026〕1号 (typed_numbers.canonical_form)."""
    from officedesk.core import numbering, typed_numbers
    from officedesk.core.lifecycle import LIFECYCLE, NUMBER_KINDS, VOIDED

    column = getattr(spec.model, spec.number_field)
    in_use = column != ""
    if spec.name in LIFECYCLE:
        in_use &= getattr(spec.model, LIFECYCLE[spec.name][0]) != VOIDED
    counts = dict(spec.model.select(column, peewee.fn.COUNT(spec.model.id)).where(in_use)
                  .group_by(column).tuples())
    kind = spec.number_kind or NUMBER_KINDS.get(spec.name)
    same: dict[str, list[str]] = {}
    if kind in numbering.KINDS:
        own = typed_numbers.own_prefixes(kind)
        for text in counts:
            same.setdefault(typed_numbers.canonical_form(kind, text, own) or text, []).append(text)
    else:
        same = {text: [text] for text in counts}
    found: list[Finding] = []
    for canonical, texts in same.items():
        count = sum(counts[text] for text in texts)
        if count < 2:
            continue
        if texts == [canonical]:
            found.append(Finding(NUMBERS, i18n.text("%1重号：“%2”用在 %3 条记录上。请核对原件，更正其中错误的编号。",
                                               spec.label, canonical, count)))
            continue
        written = "、".join(f"“{one}”" for one in sorted(texts))
        found.append(Finding(NUMBERS, i18n.text("%1重号：%2是同一个号“%3”，用在 %4 条记录上。请核对原件，更正其中错误的编号，"
                                           "并按本机关的格式写。", spec.label, written, canonical, count)))
    return found


# rule 5: registries add a function that lists their records whose state lacks its facts
StateCheck = Callable[[], list[str]]
_state_checks: list[StateCheck] = []


def register_state_check(fn: StateCheck) -> StateCheck:
    if fn not in _state_checks:
        _state_checks.append(fn)
    return fn


def check_states() -> list[Finding]:
    from officedesk.core import state_facts
    from officedesk.core.registry import load_all

    load_all()
    texts = state_facts.check_all() + [text for fn in _state_checks for text in fn()]
    return [Finding(STATES, text) for text in texts]


# links between records (a 重复件's original, …): registries add a function that lists the
# links that cannot stand, one text each
LinkCheck = Callable[[], list[str]]
_link_checks: list[LinkCheck] = []


def register_link_check(fn: LinkCheck) -> LinkCheck:
    if fn not in _link_checks:
        _link_checks.append(fn)
    return fn


def check_links() -> list[Finding]:
    from officedesk.core.registry import load_all

    load_all()
    return [Finding(LINKS, text) for fn in _link_checks for text in fn()]


def check_archive_numbers() -> list[Finding]:
    """A 档号 two 收文/发文 hold (core.documents.archive_check.held_twice)."""
    from officedesk.core.documents import archive_check

    return [Finding(NUMBERS, said) for said in archive_check.held_twice()]


def run() -> list[Finding]:
    return check_numbers() + check_archive_numbers() + check_states() + check_links()
