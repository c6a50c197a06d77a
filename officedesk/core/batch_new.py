"""A record checked for a batch (core.batch, written by core.batch_write): its row, its sub-rows
and, where the one-record path takes steps on it as it makes it (a 督查事项's 分解交办), those
steps' audit entries and changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["InOrder", "NewRecord", "Step"]


@dataclass
class NewRecord:
    """One checked record, ready to write."""

    values: dict[str, Any]  # the main row by field name (storable: defaults filled)
    number: str = ""  # a number the record brings along (claimed as typed, never issued)
    # sub-rows: (model, name of the column that refers to the new record, values)
    children: list[tuple[Any, str, dict[str, Any]]] = field(default_factory=list)
    extra_text: str = ""  # the sub-rows' text for the search index (spec.searchable_extra)
    summary: str = ""  # the audit entry's summary
    # the record's own dates by label that a brought number's year must match (claim_manual's
    # `dated`: a 发文's 签发日期 and 成文日期); None: the registry's (typed_numbers.dated_by)
    dated: dict[str, Any] | None = None
    # the rules its deadlines were counted by in the check (core.rules_read.read): the write
    # copies it in only if they still hold under the lock (rules_read.require)
    rules: Any = None
    # the users its named people were checked against (core.rules_read.names_read): likewise
    names: Any = None
    # the steps done on it after its creation, as the one-record path does them (a 督查事项's
    # 分解交办): each an audit entry of its own after the create entry; `values` is the record as
    # created, the row written is it with every step's changes
    steps: list[Step] = field(default_factory=list)
    # the sub-rows each of its entries covers (core.sub_rows) where its steps write them (a
    # 督查事项's 分解任务): by model, the create entry's first, then each step's; None: the
    # record's children as written, for every entry
    sub_rows_then: list[dict[Any, list[dict[str, Any]]]] | None = None
    later: Any = None  # what the registry's batch_written writes for it under the lock
    # a row of 状态 已作废: made as its row gives it, then voided under the lock after the rows
    # are in (state_facts.void_brought), as one by one
    voided: bool = False
    # more of its making, under the lock once the rows are in, as its create path writes it after
    # the record (a 信息's 采用 and 批示: steps of their own): (record, actor) -> the record
    after: Any = None


@dataclass
class Step:
    """A step on a new record in a batch: its audit entry (action, before, after, summary) and
    what it changes on the record's row (its version too; empty: the row stays as it was)."""

    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    summary: str
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class InOrder:
    """A file's good rows as core.batch_in_order checked them, in the order one by one writes
    them (a 信息 续报 after the 首报 of the file it names), for core.batch_write to write as
    checked: each record's number as that check claimed or issued it, and the links between the
    records, which name the ids the check guessed for them, put right once the ids are known."""

    numbers: list[tuple[str, str]]  # per record: its number and the ledger's status as made ("": none)
    links: list[tuple[int, str, int]]  # (record, field, the record it names), by their places in the list
    state: Any = None  # the number sequences as the check read them (number_plans.NumberState)
