"""A number typed by hand against its sequence: what the office issues in order may not jump
ahead nor be used twice, and a voided or skipped (空缺) one is issued again only on purpose.

The modes that relax it: `reissuing(reason)` (`add --reissue 理由`, the window) and
`history_import()` (`import --history`: a past register's numbers as they come). The 编号台账
a number is judged against (`Ledger`: the database's; core.number_claims lays a file's rows
over it), the judgement with the next free number (`refused_in_sequence`), the office's own
number written another way (`misformed_refusal`, `refuse_misformed`) and the words of each
refusal (`NumberRefused`), one text for `add`, a step, an import row by row and a batch.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Collection, Iterator
from typing import Any

from officedesk.core import i18n
from officedesk.core.context_values import bound
from officedesk.core.errors import ConflictError, ValidationError
from officedesk.core.number_forms import canonical_form, parse_number, tidy_number
from officedesk.core.number_holders import held_refusal
from officedesk.core.numbering import KINDS, format_number, issued_marks, last_issued
from officedesk.store.models import IssuedNumber

# Kinds whose hand-typed numbers must follow the sequence (rule: no jumping ahead): the office
# issues them (a 信息编号 is the 信息科's, given to what units send); a 信访编号 may come from the
# national 信访信息系统, the system of record, and is taken as it comes
SEQUENTIAL_BY_HAND = ("incoming", "outgoing", "supervision", "info")
# set by `add --reissue 理由` / the window: a voided or skipped number re-issued on purpose
_reissue_reason: contextvars.ContextVar[str] = contextvars.ContextVar("reissue", default="")
# set by `import --history`: an office's past register brings its own numbers, in any order
_history: contextvars.ContextVar[bool] = contextvars.ContextVar("history", default=False)


@contextlib.contextmanager
def reissuing(reason: str) -> Iterator[None]:
    """Within: a hand-typed voided or skipped number may be issued again, for this reason."""
    with bound(_reissue_reason, reason.strip()):
        yield


@contextlib.contextmanager
def history_import() -> Iterator[None]:
    """Within: numbers of a past register are claimed as they come (gaps stay gaps)."""
    with bound(_history, True):
        yield


def follows_sequence(kind: str) -> bool:
    """Whether a typed number of `kind` must follow its sequence here (SEQUENTIAL_BY_HAND, not
    in a past register: history_import)."""
    return kind in SEQUENTIAL_BY_HAND and not _history.get()


def reissue_reason() -> str:
    """The reason in force for issuing a voided or skipped number again (reissuing), "" none."""
    return _reissue_reason.get()


class NumberRefused(ConflictError):
    """A typed number refused (used, voided, skipped, jumping ahead): an import names its column."""


def refused_in_sequence(kind: str, text: str, *, last: int | None = None,
                        claimed: Collection[tuple[str, int, int]] = (),
                        reissue_too: bool = False, ledger: Ledger | None = None) -> tuple[str, str] | None:
    """Why a number in the kind's form, typed by hand now, would be refused by its sequence
    (skipping numbers, or used already) and the next free number to offer instead; None when it
    would be taken, or is reissued on purpose (a voided or skipped one), or the kind is not
    numbered in sequence by hand. A hint that rewrites a typed number offers what is taken.
    `last` and `claimed`: the sequence as a batch's rows before have it (its last number, the
    numbers they take), not the database's alone. `reissue_too`: a voided or never-issued (空缺)
    number is refused too unless a reason to reissue it is in force (reissuing), as
    claim_manual refuses it — an import never reissues. `ledger`: the 编号台账 as the rows
    before have it (a file checked one by one in memory: core.number_claims), else the database's."""
    parsed = parse_number(kind, text)
    if parsed is None or not follows_sequence(kind):
        return None
    ledger = ledger if ledger is not None else Ledger(kind)
    prefix, year, seq = parsed
    last = ledger.last(prefix, year) if last is None else last
    following = format_number(kind, prefix, year, last + 1)
    if seq > last + 1:
        return i18n.text("跳过了 %1 个号", seq - last - 1), following
    if seq <= last and (prefix, year, seq) in claimed:
        return i18n.text("已经使用过"), following
    existing = ledger.status_at(prefix, year, seq)
    if seq <= last and existing is not None and existing != "voided":
        return i18n.text("已经使用过"), following
    if reissue_too and seq <= last and not _reissue_reason.get():
        return (i18n.text("是已作废的号") if existing is not None else i18n.text("是空缺的号")), following
    return None


def misformed_refusal(kind: str, text: str, own: set[str] | None = None, *,
                      last: int | None = None,
                      claimed: Collection[tuple[str, int, int]] = (), ledger: Ledger | None = None) -> Any:
    """The words refusing a typed number that is the office's own written another way (None:
    it is not): the form it takes, offered only when its sequence would take it — else why not
    and the next free number (refused_in_sequence; `last` and `claimed`: a batch's sequence at
    the row). One text for `add`, a step, an import row by row and a batch."""
    canonical = canonical_form(kind, text, own)
    if canonical is None:
        return None
    label = KINDS[kind].label
    form = ("年份用六角括号〔〕，序号不编虚位、不加“第”" if "〔" in KINDS[kind].template
            else "按本机关的编号格式")
    instead = refused_in_sequence(kind, canonical, last=last, claimed=claimed, reissue_too=True, ledger=ledger)
    if instead is not None:
        return i18n.text(
            "%1“%2”应写作“%3”（%4）；但“%3”%5，下一个可用的号是“%6”。请改正后再登记。",
            label, tidy_number(text), canonical, form, instead[0], instead[1])
    return i18n.text("%1“%2”应写作“%3”（%4），否则会被当作另一个号而重号。请改正后再登记。",
                     label, tidy_number(text), canonical, form)


def refuse_misformed(kind: str, text: str, own: set[str] | None = None, *, offer_next: bool = False) -> None:
    """A typed number that is the office's own written another way: refused, naming the form
    (misformed_refusal). `offer_next`: one number claimed now (claim_manual: `add`, an import
    row by row, a step's 编号), judged against the database. Without it (a batch's check of
    each row, core.batch), a kind that follows its sequence is left to the batch's sequence
    check (number_plans.sequence_problems), which words it the same with the rows before it
    taken: the number offered is then the one the row would get, one by one as in the batch."""
    if not offer_next and follows_sequence(kind):
        return
    refusal = misformed_refusal(kind, text, own)
    if refusal is not None:
        raise ValidationError(refusal, KINDS[kind].label)


class Ledger:
    """The 编号台账 a typed number is judged against (claim_manual, under the write lock): the
    database's. core.number_claims lays over it the numbers a file's rows before claim."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def last(self, prefix: str, year: int) -> int:
        return last_issued(self.kind, prefix, year)

    def status(self, text: str) -> str | None:
        """The status of the number's row (used, manual, voided, reissued …), None: no row."""
        row = (IssuedNumber.select(IssuedNumber.status)
               .where((IssuedNumber.kind == self.kind) & (IssuedNumber.text == text)).tuples().first())
        return None if row is None else str(row[0])

    def status_at(self, prefix: str, year: int, seq: int) -> str | None:
        row = (IssuedNumber.select(IssuedNumber.status)
               .where((IssuedNumber.kind == self.kind) & (IssuedNumber.prefix == prefix)
                      & (IssuedNumber.year == year) & (IssuedNumber.seq == seq)).tuples().first())
        return None if row is None else str(row[0])

    def held(self, text: str, registry: str = "", record_id: int | None = None) -> str | None:
        """Why a record in use holding the number refuses it (number_holders.held_refusal)."""
        return held_refusal(self.kind, text, registry, record_id)

    def marks(self) -> dict[str, int]:
        return issued_marks()


def used_again(kind: str, text: str) -> NumberRefused:
    return NumberRefused(i18n.text("%1“%2”已经使用过（或已作废），不能重复使用。", KINDS[kind].label, text))


def refuse_jump(kind: str, text: str, prefix: str, year: int, seq: int, last: int) -> None:
    """A typed number past the next free one (`last` + 1) would leave a gap: refused, naming it."""
    if seq > last + 1:
        raise NumberRefused(i18n.text(
            "%1“%2”跳过了 %3 个号。手工填写只能用下一个号“%4”，或有意重新使用已作废、空缺的号（须说明理由）。",
            KINDS[kind].label, text, seq - last - 1, format_number(kind, prefix, year, last + 1)))


def used_refusal(kind: str, text: str, following: str) -> NumberRefused:
    """A typed number behind the sequence that is already in use."""
    return NumberRefused(i18n.text("%1“%2”已经使用过，不能重复使用。下一个可用的号是“%3”。",
                                   KINDS[kind].label, text, following))


def reissue_refused(kind: str, text: str, what: str, following: str) -> NumberRefused:
    """A voided (已作废) or never-issued (空缺) number typed without the reason that reissues it."""
    return NumberRefused(i18n.text("%1“%2”是%3的号。如确需重新使用，请说明理由"
                                   "（命令行 add 或 step 编号：--reissue 理由；导入不能重新使用，请逐条登记）；"
                                   "否则请用下一个号“%4”。", KINDS[kind].label, text, what, following))
