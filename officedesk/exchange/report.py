"""What an import found and did: rows, problems (the first 100 listed, the rest counted),
matched records, the changes of an update; its summary in the words a clerk reads."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import menu_paths
from officedesk.core.i18n import Text, joined, text

MAX_LISTED = 100  # problems listed one by one; the rest are counted ("另有 N 处")
MAX_SPANS = 10  # runs of hidden rows named ("第 4–6、9 行"); the rest are counted

MATCH_REFUSE = "refuse"  # report matching rows; import nothing until the clerk chooses
MATCH_SKIP = "skip"
MATCH_UPDATE = "update"
MATCH_ADD = "add"
MATCH_CHOICES = (MATCH_REFUSE, MATCH_SKIP, MATCH_UPDATE, MATCH_ADD)


@dataclass(frozen=True)
class RowProblem:
    row: int  # as Excel numbers it (1: the header row, wherever it is)
    column: str  # the header (a letter for a column without one), or "" for the row as a whole
    reason: str
    header_at: int = 1  # the header row as Excel numbers it (lower down below a title row)

    def __str__(self) -> str:
        return str(self.text())

    def text(self) -> Text:
        """The line as a catalogue text: the window shows it in its language (display)."""
        if self.row == 1:
            if self.column:
                return text("第 %1 行（列标题），“%2”列：%3", self.header_at, self.column, self.reason)
            return text("第 %1 行（列标题）：%2", self.header_at, self.reason)
        if self.column:
            return text("第 %1 行，“%2”列：%3", self.row, self.column, self.reason)
        return text("第 %1 行：%2", self.row, self.reason)


@dataclass(frozen=True)
class RowChange:
    """What an update changed (or, on a dry run, would change) in one record."""

    row: int
    record_id: int
    record: str  # its number and title, as a clerk knows it
    changes: dict[str, tuple[Any, Any]]  # label -> (before, after)
    # what the registry tells of the change (RegistrySpec.update_notes), as its step does
    notes: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return str(self.text())

    def text(self) -> Text:
        """The line as a catalogue text (the window shows it in its language: display)."""
        parts = joined([text("%1：%2 → %3", k, *change_words(a, b)) for k, (a, b) in self.changes.items()],
                       "%1；%2")
        told = joined([text("\n    注意：%1", note) for note in self.notes.values()])
        return text("第 %1 行 %2：%3%4", self.row, self.record, parts, told)


def template_where(registry: str, label: str) -> Text:
    """Where a clerk gets a registry's import template. These messages are read in the window
    and on the command line alike: the command line prints its own way too, “（命令行：…）”."""
    return text("%1的导入模板可在窗口中用“%3”得到（命令行：officedesk template %2 模板.xlsx）",
                label, registry, menu_paths.IMPORT_TEMPLATE)


SHOWN_LIMIT = 40  # characters of a value a change shows
CONTEXT = 8  # unchanged characters shown on each side of a long text's changed part


def change_words(before: Any, after: Any, limit: int = SHOWN_LIMIT) -> tuple[str, str]:
    """A changed cell's two values as a report shows them. A long text is shown from a little
    before its first difference to a little after its last, the rest elided (“…”): cutting
    both at the same length would show two different values as the same words."""
    old, new = _cell_text(before), _cell_text(after)
    if not old or not new or (len(old) <= limit and len(new) <= limit):
        return cell_words(before, limit), cell_words(after, limit)
    same = 0  # the common beginning, then the common end (not overlapping it)
    while same < min(len(old), len(new)) and old[same] == new[same]:
        same += 1
    tail = 0
    while tail < min(len(old), len(new)) - same and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start = max(0, same - CONTEXT)
    return (
        _excerpt(old, start, len(old) - tail + CONTEXT, limit),
        _excerpt(new, start, len(new) - tail + CONTEXT, limit),
    )


def _excerpt(text: str, start: int, end: int, limit: int) -> str:
    """text[start:end], quoted, at most `limit` characters of it, elisions marked. The part
    starts at most CONTEXT characters before the first difference, so a cut one still differs."""
    part = text[start:end]
    if len(part) > limit:
        part, end = part[:limit], start + limit
    return f"“{'…' if start > 0 else ''}{part}{'…' if end < len(text) else ''}”"


def _cell_text(value: Any) -> str:
    """A cell's value as the clerk sees it (a date as a date, a whole number without “.0”)."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        value = value.date()
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def cell_words(value: Any, limit: int = 0) -> str:
    """A cell's value as a message shows it: quoted as the clerk sees it (a date as a date, a
    whole number without “.0”), a blank one as 空白, never Python's None."""
    text = _cell_text(value)
    if not text:
        return "空白"
    if limit and len(text) > limit:
        text = text[:limit] + "…"
    return f"“{text}”"


# columns clerks' sheets carry that no registry reads: the row numbers (1, 2, 3 …) a 台账
# begins with. Skipped without a problem (exchange/headers.py), named in the report.
UNREAD_LABELS = ("序号",)


def unread_columns_text(columns: list[str]) -> str:
    """The `unread_columns` line: the columns the import did not read, so that none is left
    out without a word (a 序号 is the sheet's own row numbers; the others the system fills)."""
    named = [text("%1（表格自身的行号，不导入）", column) if column in UNREAD_LABELS
             else text("%1（由系统生成，导入时忽略）", column) for column in columns]
    return text("未读取的列：%1。", named)


def hidden_rows_text(rows: list[int]) -> str:
    """What the import did with the rows the clerk hid (by hand, or a filter showing only some):
    named as runs (第 4–6、9 行), the first MAX_SPANS of them, the rest counted."""
    spans: list[list[int]] = []
    for row in sorted(rows):
        if spans and row == spans[-1][1] + 1:
            spans[-1][1] = row
        else:
            spans.append([row, row])
    named: Any = [f"{first}–{last}" if last > first else str(first) for first, last in spans[:MAX_SPANS]]
    if len(spans) > MAX_SPANS:
        named = text("%1……（共 %2 行）", named, len(rows))
    return text("第 %1 行是隐藏的（或被筛选隐藏），没有导入；要导入这些行，请在 Excel 中取消隐藏后再导入。", named)


@dataclass
class ImportReport:
    registry: str
    label: str
    dry_run: bool = False
    skip_bad: bool = False  # bad rows are left out, the rest imported
    total: int = 0  # data rows that were not empty
    imported: int = 0  # new records written (or, on a dry run, that would be)
    skipped: int = 0  # bad rows left out (skip_bad; on a dry run, that would be)
    ids: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    more_problems: int = 0  # problems beyond MAX_LISTED, counted only
    unknown_headers: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)  # system-assigned: not imported
    # every column read for nothing (序号, and the ignored ones): named in the summary
    unread_columns: list[str] = field(default_factory=list)
    # rows above the header row (a title: 2026年收文登记簿), not read as data: (row, their words)
    rows_above: list[tuple[int, str]] = field(default_factory=list)
    totals_rows: list[int] = field(default_factory=list)  # 合计 rows under the table: not imported
    header_row: int = 1  # the row the headers were read from (lower down below a title)
    # columns titled as clerks write them (来文单位), read as the registry's (来文机关): (title, label)
    read_as: list[tuple[str, str]] = field(default_factory=list)
    # columns no export writes (a 信访's 接待人): a new row takes them, an update does not
    not_updated: list[str] = field(default_factory=list)
    matched: int = 0  # rows that are existing records
    matched_skipped: int = 0
    updated: list[RowChange] = field(default_factory=list)
    unchanged: int = 0  # matched rows left as exported
    bad_rows: set[int] = field(default_factory=set)
    on_match: str = MATCH_REFUSE
    misplaced: bool = False  # the headers are elsewhere (lower down, another sheet): see problems
    sheet: str = ""  # the worksheet read, when the workbook has more than one
    hidden_rows: list[int] = field(default_factory=list)  # rows hidden in the sheet: not imported
    # the same of a detail sheet read beside it (督查's 分解任务), by its name
    detail_hidden_rows: dict[str, list[int]] = field(default_factory=dict)
    # an update's sub-records a detail sheet leaves out (督查 tasks whose rows were deleted), by
    # the sheet's name: kept, never deleted through a workbook; a line a record, each named,
    # with how to delete it (kept_lines: listed below the summary)
    details_kept: dict[str, list[str]] = field(default_factory=dict)
    # sheets written to read (ShownSheet: a 督查事项's 反馈记录) whose rows are not what this
    # office holds for the file's records (a 反馈 added or changed there): sheet -> such rows.
    # Never read back, so said: the clerk takes the step in the window
    shown_unread: dict[str, int] = field(default_factory=dict)
    # those `import --history` reads back with their records (a past 台账's 反馈记录): sheet ->
    # rows written with the records that came in (or, on a dry run, that would be), in the
    # sheet's noun (反馈); `back_rows`: sheet -> record number -> its row, read with them
    brought_back: dict[str, int] = field(default_factory=dict)
    brought_nouns: dict[str, str] = field(default_factory=dict)
    back_rows: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)
    # rows refused only for want of a reason (ConflictError.needs_reason): the window offers
    # to give one (meetings.forcing), the command line takes --force 理由
    need_reason: list[int] = field(default_factory=list)

    def add(self, problem: RowProblem) -> None:
        if problem.row == 1 and self.header_row != 1:  # the headers below a title row
            problem = dataclasses.replace(problem, header_at=self.header_row)
        self.bad_rows.add(problem.row)
        if len(self.problems) < MAX_LISTED:
            self.problems.append(problem)
        else:
            self.more_problems += 1

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def header_only(self) -> bool:
        """The header row is the only problem: the rows below were not checked."""
        return bool(self.problems) and self.bad_rows == {1}

    @property
    def skippable(self) -> bool:
        """Skipping the bad rows would import the rest: the rows were checked (no fault of the
        header row's) and some of them are good. Otherwise the only answer is not to import."""
        return not self.header_only and bool(self.imported or self.updated)

    @property
    def wrote_nothing(self) -> bool:
        """An import that created and changed no record: its end is no 导入完成."""
        return not self.dry_run and not self.imported and not self.updated

    def dry_run_done(self) -> None:
        """A trial run wrote nothing; with skip_bad it counts the rows the import would skip."""
        self.ids = []
        if self.skip_bad:
            self.skipped = len(self.bad_rows - {1})

    def kept_lines(self) -> list[str]:
        """What the detail sheets left out and the update kept, a line a record (catalogue
        texts: the window shows them through display())."""
        return [line for kept in self.details_kept.values() for line in kept]

    def more_text(self) -> str:
        return text("……另有 %1 处问题未列出。", self.more_problems) if self.more_problems else ""

    def summary(self) -> str:
        """What the import found and did, a catalogue text (core.i18n): the command line prints
        it as it is, the window shows it through display()."""
        said = self._summary()
        if self.sheet:  # a workbook of several sheets: the clerk sees which one was read
            said = text("读取的是工作表“%1”（第一个未隐藏的工作表）。%2", self.sheet, said)
        if self.header_row > 1:  # below a title row: said, with the rows not read as data
            titles = [text("第 %1 行（%2）", number, words) for number, words in self.rows_above]
            said = text("%1列标题在第 %2 行：%3是标题，没有作为数据导入。", said, self.header_row, titles) \
                if titles else text("%1列标题在第 %2 行（上方是空行）。", said, self.header_row)
        if self.totals_rows:
            said = text("%1第 %2 行是合计行，没有导入。", said, [str(n) for n in self.totals_rows])
        if self.hidden_rows:
            said = text("%1%2", said, hidden_rows_text(self.hidden_rows))
        for sheet, rows in self.detail_hidden_rows.items():
            said = text("%1“%2”表%3", said, sheet, hidden_rows_text(rows))
        for sheet, kept in self.details_kept.items():
            said = text("%1“%2”表中删去的行不会删除已有的内容：%3 个%4的这些内容仍然保留（见下）。",
                        said, sheet, len(kept), self.label)
        for sheet, count in self.brought_back.items():
            said = text("%1“%2”表的 %3 条%4可随%5一并导入。" if self.dry_run else "%1“%2”表的 %3 条%4随%5一并导入。",
                        said, sheet, count, self.brought_nouns.get(sheet, ""), self.label)
        for sheet, count in self.shown_unread.items():
            said = text("%1“%2”表只供查看，导入不读取它：表中有 %3 行与本单位现有的不同（新增或改动的内容），"
                        "没有登记。请在窗口中按步骤办理（如为任务登记“反馈”）。", said, sheet, count)
        if self.read_as:
            pairs = [text("“%1”列作“%2”", title, label) for title, label in self.read_as]
            said = text("%1按列的意思读取：%2。", said, pairs)
        if self.unread_columns:
            said = text("%1%2", said, unread_columns_text(self.unread_columns))
        if self.not_updated and self.matched and self.on_match == MATCH_UPDATE:
            columns = [text("“%1”", label) for label in self.not_updated]
            said = text("%1表中的%2列不是导出的列，更新已有记录时未采用（新增的行照常导入）；"
                        "已有记录的这些项请在窗口中修改。", said, columns)
        if self.matched and self.on_match == MATCH_REFUSE:
            said = text("%1其中 %2 行与已有记录重复：请选择跳过这些行、用表中内容更新已有记录，"
                        "或仍然新增（命令行：--matched skip、--update 或 --matched add）。", said, self.matched)
        return said

    def _summary(self) -> Text:
        if self.header_only and self.misplaced:
            return text("列标题不在导入读取的位置（第一个工作表的第一行），没有导入任何数据。请按下面的提示调整后再导入。")
        if self.header_only:
            return text("第 %1 行的列标题有问题（见下），所以没有检查下面的 %2 行，也没有导入任何数据。"
                        "请按模板改正列标题后再导入（%3）。", self.header_row, self.total,
                        template_where(self.registry, self.label))
        bad_rows = len(self.bad_rows - {1})
        if self.ok and not self.total and not self.updated:  # the titles alone: 已导入 0 条 said nothing
            return text("第 %1 行的列标题下面没有要导入的行，没有导入任何数据。请从第 %2 行起每行填写一条%3，再导入。",
                        self.header_row, self.header_row + 1, self.label)
        if self.dry_run:
            if self.ok:
                return text("试导入：共 %1 行%2，全部可以导入%3（未写入数据库）。", self.total, self.label,
                            self._done_text())
            return self._trial_with_problems(bad_rows)
        if self.ok:
            return text("已导入%1。", self._done_text() or text(" %1 条%2", self.imported, self.label))
        if self.imported or self.updated:
            return text("已导入%1，跳过 %2 行有问题的行。", self._done_text(), self.skipped)
        if self.skip_bad:
            return text("共 %1 行，%2 行有问题，没有导入任何数据。请改正后重新导入。", self.total, bad_rows)
        return text("共 %1 行，%2 行有问题，没有导入任何数据。请改正后重新导入，或选择跳过有问题的行。",
                    self.total, bad_rows)

    def _trial_with_problems(self, bad_rows: int) -> Text:
        """A trial run that found bad rows says what the import would do: with skip_bad, what
        it writes and skips; without, that skipping them would still import the rest."""
        if self.skip_bad and (self.imported or self.updated):
            return text("试导入：%1，跳过 %2 行有问题的行（见下）；未写入数据库。", self._would_do(), bad_rows)
        if self.skip_bad or not (self.imported or self.updated):
            return text("试导入：共 %1 行%2，%3 行有问题（未写入数据库）。请改正后再导入。",
                        self.total, self.label, bad_rows)
        return text("试导入：共 %1 行%2，%3 行有问题（未写入数据库）。请改正后再导入，或跳过有问题的行、"
                    "导入其余 %4 条（命令行：--skip-bad）。",
                    self.total, self.label, bad_rows, self.imported + len(self.updated))

    def _would_do(self) -> Text:
        if not self.matched:
            return text("可导入 %1 条%2", self.imported, self.label)
        return text("可%1", joined(self._done_parts(), "%1，%2"))

    def _done_parts(self) -> list[Text]:
        parts = []
        if self.imported or not self.matched:
            parts.append(text("新增 %1 条", self.imported))
        if self.updated:
            parts.append(text("更新 %1 条", len(self.updated)))
        if self.unchanged:
            parts.append(text("%1 条与已有记录相同、未改", self.unchanged))
        if self.matched_skipped:
            parts.append(text("%1 行已有记录、跳过", self.matched_skipped))
        return parts

    def _done_text(self) -> Text:
        parts = self._done_parts()
        if not self.matched:
            return text("：%1", parts[0]) if self.dry_run else text(" %1 条%2", self.imported, self.label)
        return text("：%1", joined(parts, "%1，%2"))

    def as_dict(self) -> dict[str, Any]:
        return {
            "registry": self.registry,
            "dry_run": self.dry_run,
            "sheet": self.sheet or None,  # as summary(): named only when there are several
            "hidden_rows": self.hidden_rows,
            **({"detail_hidden_rows": self.detail_hidden_rows} if self.detail_hidden_rows else {}),
            **({"details_kept": [str(kept) for kept in self.kept_lines()]} if self.details_kept else {}),
            **({"shown_unread": self.shown_unread} if self.shown_unread else {}),
            **({"brought_back": self.brought_back} if self.brought_back else {}),
            "total": self.total,
            "imported": self.imported,
            "skipped": self.skipped,
            "ids": self.ids,
            "matched": self.matched,
            "matched_skipped": self.matched_skipped,
            "unchanged": self.unchanged,
            "updated": [
                {
                    "row": c.row,
                    "id": c.record_id,
                    "record": c.record,
                    "changes": {k: [str(a or ""), str(b or "")] for k, (a, b) in c.changes.items()},
                    **c.notes,
                }
                for c in self.updated
            ],
            "unknown_headers": self.unknown_headers,
            "ignored_columns": self.ignored_columns,
            "unread_columns": self.unread_columns,
            "read_as": {title: label for title, label in self.read_as},
            "header_row": self.header_row,
            "totals_rows": self.totals_rows,
            "rows_above": [{"row": number, "text": words} for number, words in self.rows_above],
            "not_updated": self.not_updated,
            "problems": [
                {"row": p.header_at if p.row == 1 else p.row, "column": p.column, "reason": p.reason}
                for p in self.problems
            ],
            "more_problems": self.more_problems,
            "need_reason_rows": self.need_reason,
        }
