"""The registries: each declares its fields once in a RegistrySpec and registers it here."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import i18n
from officedesk.core.errors import ValidationError
from officedesk.core.fields import CHOICE, TEXT, FieldSpec
from officedesk.core.named import named_by

# Modules whose import registers specs; a registry issue adds its module here once.
REGISTRY_MODULES = [
    "officedesk.core.directory",
    "officedesk.core.documents",
    "officedesk.core.meetings",
    "officedesk.core.supervision",
    "officedesk.core.petitions",
    "officedesk.core.efficiency",
    "officedesk.core.info",
]

# the columns a registry's list shows beside its fields, worked out by the window from core's
# facts; a list_first names them so
LIGHT = "light"  # the deadline light: 收文 持有/时限, 督查 预警, 信访 期限提示, 信息 报送计时
REPEAT = "repeat"  # 信访: 重复件
ATTENDANCE = "attendance"  # 会议: 实到/应到

RecordRule = Callable[[dict[str, Any], Any], None]  # (changes, mutable; stored record or None): records.pick


@dataclass(frozen=True)
class RowNote:
    """What an import tells the clerk about one row it takes in, without refusing it (a possible
    重复信访): `text` for the report, `data` for --json."""

    row: int  # as Excel numbers it
    text: str
    data: dict[str, Any]


@dataclass(frozen=True)
class DetailSheet:
    """A record's sub-records exported on a sheet of their own beside the registry's (a 督查事项's
    tasks), one row each naming its record by 编号, and read back by import: `rows(records)` gives
    a batch of records' rows, record after record, in `fields`' order (dates and numbers typed);
    `read(rows)` takes the sheet's
    (row number, label -> cell) and returns what import holds while it writes (`.holding()`), with
    `.problems` by 编号 (number -> what is wrong, each naming its row and column)."""

    label: str
    fields: list[FieldSpec]
    rows: Callable[[list[Any]], list[list[Any]]]
    read: Callable[[list[tuple[int, dict[str, Any]]]], Any]
    # import --update: (record, its rows as `read` gives them, actor) -> what changed (label ->
    # (before, after)), written through the registry's steps
    update: Callable[[Any, Any, Any], dict[str, tuple[Any, Any]]] | None = None
    # import --update of this office's own export: (record, its rows, the audit entries of the
    # record after the export, oldest first) -> why rows that would write over a sub-record
    # changed since then are refused (each naming its row and column; the record is refused)
    stale: Callable[[Any, Any, list[Any]], list[str]] | None = None
    # import --update: (record, its rows) -> its sub-records no row names (kept, never deleted:
    # the report names each and says how to delete one)
    left_out: Callable[[Any, Any], list[str]] | None = None
    # import --update: (record, its rows) -> whether `update` would change nothing (the rows as
    # exported): then the records' own rows are checked before the write lock (its dry run
    # takes none) and saved together, as a registry's without such a sheet
    changes_nothing: Callable[[Any, Any], bool] | None = None
    # import --update: `update` checked with no write, (the record as its row's correction leaves
    # it, its rows, actor) -> what `update` would change, or its refusal raised (the steps' own
    # checks): the rows changing sub-records are checked before the write lock too (a dry run,
    # and a file refused by row, take none)
    check: Callable[[Any, Any, Any], dict[str, tuple[Any, Any]]] | None = None


@dataclass(frozen=True)
class ShownSheet:
    """A sheet an export writes beside the registry's for people to read, never read back (a
    督查事项's 反馈记录): `rows(records)` gives a batch of records' rows, record after record, in
    `fields`' order (dates and numbers typed); the records are those the export writes, so of
    what the actor may see, and its `sensitive` fields are masked as the records' are. Import
    leaves the sheet alone, but `import --history` where `read_back` is given: it reads the
    sheet's rows (row number, label -> cell) into the detail sheet read (DetailSheet.read's
    result: its problems by record number), whose create path writes them, and gives the record
    numbers they name (a 督查事项's 反馈记录: core/supervision/report_sheet.py). `counting`, with
    it: a block in which the create path counts the rows it wrote, by record number (the import
    report says how many came back, in `noun`s: 条反馈)."""

    label: str
    fields: list[FieldSpec]
    rows: Callable[[list[Any]], list[list[Any]]]
    read_back: Callable[[list[tuple[int, dict[str, Any]]], Any], set[str]] | None = None
    counting: Callable[[], contextlib.AbstractContextManager[dict[str, int]]] | None = None
    noun: str = ""  # a catalogue text (i18n.text)


@dataclass(frozen=True)
class NamedRows:
    """Rows of another table that name people for a record (core.cleared_names): its 办理过程,
    whose rows of the steps with a person field (批示领导, 核稿人, 复核人 …, read from the step
    declarations) keep whom each step named; or rows that all name someone `label` (传阅's readers)."""

    model: Any
    record: str  # its column naming the record (record_id, item, petition)
    person: str  # its column naming the person
    step: str = ""  # its column naming the step: only the steps with a person field count
    registry: str = ""  # a table of several registries (DocStep): its column naming the registry
    label: str = ""  # without `step`: what every row names him


@dataclass
class RegistrySpec:
    name: str  # "incoming", used by the CLI: `add incoming …`
    label: str  # "收文"
    model: Any  # peewee model class (an EditableModel)
    fields: list[FieldSpec]
    title_field: str
    number_field: str | None = None  # filled by the numbering service on create
    number_kind: str | None = None
    # the kind of the numbers a new record may bring, typed (claimed as claim_manual claims them:
    # core.batch checks and plans them), where the registry issues none on create (number_kind
    # None): a 发文 draft is given its 发文字号 at 编号, one numbered elsewhere brings it
    brought_kind: str | None = None
    # the year a new record's number is of (record -> year; 信息 by their 报送时间): by default
    # the year it is entered
    number_year: Callable[[Any], int] | None = None
    level_field: str | None = None  # 密级 label field: records above the user's clearance are hidden
    # (field, label) of the fields that name people (出席人员, 承办人 …): a user of the program
    # below the record's 密级 is not named there, nor is the record raised above him (core.cleared_names)
    named_people: tuple[tuple[str, str], ...] = ()
    # the people it names outside its row (its steps' people in the 办理过程, 传阅's readers): as
    # cleared for it as named_people while it is in work (core.cleared_names.check_user, check)
    named_rows: tuple[NamedRows, ...] = ()
    # (record) -> whether it is still in work (a meeting not yet held, a 收文 not 办结): the people
    # it names stay cleared for it when a user changes (core.cleared_names.check_user); one no
    # longer in work brought from a past register keeps the people of its time. None: always
    in_work: Callable[[Any], bool] | None = None
    rules: list[RecordRule] = field(default_factory=list)
    # the list's first columns, in this order, the others after them as declared (fields, then
    # the computed LIGHT …): what a clerk scanning the list for his work sees at 1366 px without
    # scrolling sideways — 编号, 标题 (事由), 状态, the deadline light; long free text and contact
    # data after. The list's alone: the form, xlsx and CLI keep the fields' order
    list_first: tuple[str, ...] = ()
    default_sort: str = "id"
    default_descending: bool = True
    # field -> (model) -> the SQL a list sorted by the field orders by, where that is not its
    # column alone: 发文's 成文日期, which a draft has none of before 签发, falls back to the time
    # it was 拟稿 (store.documents.listed_on). An index on the very expression keeps a page cheap.
    sort_keys: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    searchable_extra: Callable[[Any], str] | None = None  # text of sub-records for the index
    # the same for many records at once (the records -> id: text), read in a query or a few
    searchable_extra_many: Callable[[list[Any]], dict[int, str]] | None = None
    # headers of import/export/template; by default every field's label, in order
    exchange_labels: list[str] | None = None
    # `add` and import call this (label -> raw value, actor) instead of records.create when the
    # registry has more to do (sub-records, repeats); it returns the new record
    create_hook: Callable[[dict[str, Any], Any], Any] | None = None
    # batch imports (core.batch) of a registry with a create_hook: the same checks, without
    # writing: (label -> raw value, actor) -> batch.NewRecord with the sub-rows to write
    prepare_new: Callable[[dict[str, Any], Any], Any] | None = None
    # batch checks run inside this (a context manager): snapshots the rules query once per
    # batch instead of once per row
    prepare_scope: Callable[[], Any] | None = None
    # (ids, the batch.NewRecord written with them), under the write lock after the rows and
    # sub-rows are copied in: what refers to the sub-rows' ids (a 督查 task's counted 时限)
    batch_written: Callable[[list[int], list[Any]], None] | None = None
    # import: notes on the new rows (file row, label -> raw value), found for all rows at once
    # with the actor's view (possible repeats); they are reported, nothing is refused or marked
    import_notes: Callable[[list[tuple[int, dict[str, Any]]], Any], list[RowNote]] | None = None
    # import: the fields the registry computes from a row's other cells whatever its own cell
    # says (信息's 得分): a sheet that fills their column is told so once, not dropped silently
    recomputed: tuple[str, ...] = ()
    # extra keys for `add … --json` (e.g. possible repeats found)
    json_extra: Callable[[Any], dict[str, Any]] | None = None
    # values of one record for export (label -> text); default: the declared fields' display
    export_row: Callable[[Any, Any], dict[str, str]] | None = None
    # import --update calls this (record, label -> raw value of the changed cells, actor) instead
    # of records.update when a change needs more than the record's row (people, agenda)
    update_hook: Callable[[Any, dict[str, Any], Any], Any] | None = None
    # import --update with an update_hook: (record, the row's changed cells) -> whether the hook
    # would save them as `edit` saves a correction (records.update alone), so the row is checked
    # before the write lock and saved with the others; it refuses what the hook refuses first
    plain_update: Callable[[Any, dict[str, Any]], bool] | None = None
    # import --update with an update_hook, for a row plain_update leaves to the hook: (record, the
    # row's changed cells, actor) -> the record's own values as the hook saves them, its every
    # refusal made with no write (the hook's own steps: a joint letter's lists), so the row is
    # checked before the lock (a dry run takes none) and saved by the hook under it
    check_update: Callable[[Any, dict[str, Any], Any], dict[str, Any]] | None = None
    # import --update with an update_hook: (record, the row's changed cells, actor) -> the
    # records.Correction the hook would save, every check of it made with no write (its own
    # rows in `then`, what it read in `read`, verified under the lock: a 会议's schedule), or
    # batch.OneByOne for a row left to the hook under the lock. Called inside `prepare_scope`
    prepare_update: Callable[[Any, dict[str, Any], Any], Any] | None = None
    # import --update: (record, the row's label -> cell) -> the labels whose cells list one value
    # per person (a joint letter's petitioners, 、-separated), compared as exported and, when
    # changed, left to update_hook to split, check and write place by place
    listed_cells: Callable[[Any, dict[str, Any]], frozenset[str]] | None = None
    # import --update: what the clerk is told of a record it updated (before, after), keyed as
    # the registry's step gives it in --json (a notified meeting moved: its notice outdated)
    update_notes: Callable[[Any, Any], dict[str, str]] | None = None
    # fields that identify a record to a clerk (来文字号 + 来文机关): import recognises a row that
    # matches an existing record by them and offers to skip, update or add it anyway
    natural_key: tuple[str, ...] = ()
    # sub-records on a sheet of their own in the export, read back by import (a 督查事项's tasks)
    detail_sheet: DetailSheet | None = None
    # sheets the export adds after it for people to read, which import ignores (反馈记录)
    shown_sheets: tuple[ShownSheet, ...] = ()
    # natural-key fields that may be blank: a blank one matches only a blank one (a draft's
    # 拟稿人, a meeting's 地点); a blank in any other key field leaves the row without a key
    key_blanks: tuple[str, ...] = ()
    # the natural key stands for records that have no 编号 yet (drafts): a row with a 编号 is
    # found by it alone, and a row without one never matches a numbered record
    key_unnumbered: bool = False
    # fields that name another record of this registry by its 编号 (a 续报's first report):
    # import writes the row of such a record before the rows of the same file that name it
    links_by_number: tuple[str, ...] = ()
    # a record that links to another (links_by_number, first) is recognised by that link and
    # these fields instead of its natural key (a 续报 by its 首报 + 报送时间 + 正文: every 续报 of one
    # 首报 has its 报送单位 and 标题, which its row may leave blank): exchange.matching
    link_key: tuple[str, ...] = ()
    # what a save of a record carries to other records of the registry, by the rule its own
    # hooks apply when it is saved (a 信息 首报's 报送单位 and a 密级 raised, to its 续报): (the
    # record before, as saved) -> {id of another record: field -> value}. An import --update's
    # rows are then checked before the lock as those saves leave their records (core.correction_plan)
    carries: Callable[[Any, Any], dict[int, dict[str, Any]]] | None = None
    # corrections (records.update of typed input: the form's 修改, import --update), core.corrections:
    # (record, actor) -> {field name or corrections.ALL: why the actor may not correct it now}
    correction_locks: list[Callable[[Any, Any], dict[str, str]]] = field(default_factory=list)
    # (record, changes after the rules, actor): raises when the values may not be written
    correction_checks: list[Callable[[Any, dict[str, Any], Any], None]] = field(default_factory=list)
    # fields another list keeps (a petition's first petitioner) and the function that writes
    # them there and on the row: (record, parsed values, actor) -> record
    correction_route: tuple[frozenset[str], Callable[[Any, dict[str, Any], Any], Any]] | None = None
    # what that function refuses, checked with no write (an import --update's dry run takes no
    # lock): (record, parsed values, actor) -> the record's own values as it would save them
    correction_route_check: Callable[[Any, dict[str, Any], Any], dict[str, Any]] | None = None
    # "" when every writer keeps the registry; else it is the administrator's (a table the
    # others only choose from, such as the 职级 whose 排序 orders seating), and this names the
    # work in the refusal ("只有管理员可以进行…"): records.create/update/save_changes/delete,
    # batch and import refuse anyone else (record_guards.require_writer_of), the window offers them
    # no 新建/修改/删除 (writable_by)
    admin_only: str = ""
    # (record before, record after, actor), in the save's transaction after its audit entry
    # (records.save_changes, so every path of a change): what follows it (a 职级's holders
    # follow its 排序)
    after_change: list[Callable[[Any, Any, Any], None]] = field(default_factory=list)
    # (record, actor) -> changes: what a chain's 退回 also writes on the record, after its row
    # (core.chain_returns; 发文: the 核稿人 of a level it undid)
    return_changes: list[Callable[[Any, Any], dict[str, Any]]] = field(default_factory=list)
    # (record, actor), in records.delete's transaction before the row goes: raises when the
    # record may not be deleted (a 职级 people hold)
    delete_checks: list[Callable[[Any, Any], None]] = field(default_factory=list)
    # (record, actor): why the actor may not void the record (作废), or None — a registry whose
    # records are one section's work says who (信息: the 信息科's, as its corrections):
    # core.lifecycle refuses with it, and the window's 作废 is disabled with it (void_refusal)
    void_checks: list[Callable[[Any, Any], str | None]] = field(default_factory=list)
    # (record, actor): why records that hang on this one hold its 作废 (asked after the right;
    # 信息: a 首报 whose 续报 live), or None; refused as a procedure, disabled in the window alike
    void_holds: list[Callable[[Any, Any], str | None]] = field(default_factory=list)
    # (actor, record): why the record does not exist for the actor whatever his clearance ("" when
    # it does; 效能投诉: for whom it complains of, recusal.withheld), with `withheld_where`
    # (actor) -> the same as SQL over the model (None: nothing withheld). record_guards
    # (ensure_visible, may_see) and record_lists (visible_condition, search) apply both, so every
    # path that reads records for an actor leaves such a record out as one above his clearance
    withheld: Callable[[Any, Any], str] | None = None
    withheld_where: Callable[[Any], Any] | None = None
    # (actor) -> whether he may see the `sensitive` fields whole (unmasked export, history, a
    # correction of them, a filter or sort by them); None: a leader or the administrator
    # (Actor.may_see_sensitive, as 信访人's). 效能投诉: also the clerks who handle complaints
    may_unmask: Callable[[Any], bool] | None = None
    # who may, as a refusal names them (效能投诉: 管理员、领导或督查室的工作人员, from the
    # setting); None: 管理员或领导 — `whole_readers()`
    named_readers: Callable[[], str] | None = None
    # free texts a clerk may type personal data into (效能投诉: the 投诉人's name or phone in its
    # 投诉内容, 核查情况, 处理意见), and `told` (text, holders) -> the text without what the
    # holders (the record, or its snapshots: objects with the sensitive fields as attributes)
    # hold: shown so wherever the sensitive fields are masked (the list, a masked export, the
    # history), and not corrected by whom they are masked for (core/told_texts.py)
    told_texts: tuple[str, ...] = ()
    told: Callable[[str, Any], str] | None = None
    # (text, actor): a stored text of the record's history or audit trail as the actor may read
    # it — another record it names, raised since above his clearance, told as hidden (信访: a
    # 重复件's original, petitions.named_originals); audit.history reads entries through it
    told_in_history: Callable[[str, Any], str] | None = None
    # a unique column's refusal in its own rule's words, by field name: (the value) -> message.
    # Its index's IntegrityError (a save racing another workstation's past the rule's read)
    # says what the rule says (core.duplicates); `check` names the records sharing a value
    taken: dict[str, Callable[[str], str]] = field(default_factory=dict)

    @property
    def typed_number_kind(self) -> str | None:
        """The kind of a number a new record brings, typed: that of the numbers it is issued,
        else brought_kind."""
        return self.number_kind or self.brought_kind

    def writable_by(self, actor: Any) -> bool:
        """Whether core takes `actor`'s changes of this registry's records (the window asks)."""
        return bool(actor.can_write) and (not self.admin_only or bool(actor.is_admin))

    def sees_whole(self, actor: Any) -> bool:
        """Whether the actor may see this registry's `sensitive` fields whole (may_unmask)."""
        if self.may_unmask is not None:
            return bool(self.may_unmask(actor))
        return bool(actor.may_see_sensitive)

    def whole_readers(self) -> str:
        """Who may see the `sensitive` fields whole, as a refusal names them."""
        return self.named_readers() if self.named_readers is not None else "管理员或领导"

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def by_label(self, label: str) -> FieldSpec:
        label = label.strip()
        found = self.labelled().get(label)
        if found is not None:
            return found
        known = "、".join(spec.label for spec in self.fields)
        raise ValidationError(i18n.text("%1没有“%2”这一项。可用的有：%3",
                                        self.label, label, known), label)

    def labelled(self) -> dict[str, FieldSpec]:
        """The fields by label and by name, as by_label finds them (a label as given, not
        stripped): a dict rebuilt when the field list changes, which an import's check reads
        for every cell. Read only."""
        cache = self.__dict__.get("_by_label")
        if cache is None or cache[0] != len(self.fields):
            names: dict[str, FieldSpec] = {}
            for spec in reversed(self.fields):  # the first field that matches wins, as before
                names[spec.label] = names[spec.name] = spec
            cache = self.__dict__["_by_label"] = (len(self.fields), names)
        return cache[1]

    def columns(self) -> list[FieldSpec]:
        return [spec for spec in self.fields if spec.column]

    def list_order(self, names: Sequence[str]) -> list[int]:
        """The list's columns (`names`: its fields', then its computed ones') in the order it
        shows them: list_first's, then the others as given; indices into `names`."""
        first = [names.index(name) for name in self.list_first if name in names]
        return first + [i for i in range(len(names)) if i not in first]

    def exchange_fields(self) -> list[FieldSpec]:
        if self.exchange_labels is None:
            return list(self.fields)
        # remembered while the fields and labels stay the same: an export asks once a row
        key = (len(self.fields), tuple(self.exchange_labels))
        cache = self.__dict__.get("_exchange_fields")
        if cache is None or cache[0] != key:
            cache = self.__dict__["_exchange_fields"] = (key, [self.by_label(label) for label in self.exchange_labels])
        return list(cache[1])


_REGISTRIES: dict[str, RegistrySpec] = {}
_loaded = False


def register(spec: RegistrySpec) -> RegistrySpec:
    shown = {f.name for f in spec.columns()} | {LIGHT, REPEAT, ATTENDANCE}
    unknown = [name for name in spec.list_first if name not in shown]
    if unknown:
        raise ValueError(f"{spec.name}.list_first names no column of its list: {unknown}")
    _declare_lengths(spec)
    _name_unique_columns(spec)
    _REGISTRIES[spec.name] = spec
    return spec


def _name_unique_columns(spec: RegistrySpec) -> None:
    """A unique column's duplicate is said by its FieldSpec's label wherever the driver's error
    surfaces (store.db_errors.duplicate_error), not by a second list of labels."""
    from officedesk.store.db_errors import name_unique

    for field_spec in spec.fields:
        column = spec.model._meta.fields.get(field_spec.name)
        if column is not None and column.unique:
            name_unique(spec.model._meta.table_name, column.column_name, spec.label, field_spec.label)


def _declare_lengths(spec: RegistrySpec) -> None:
    """A text field without its own max_length takes its column's: one declaration (the model's
    CharField) bounds the form, `add`, import and template alike, and nothing typed overflows
    a PostgreSQL varchar."""
    import peewee

    for field_spec in spec.fields:
        if field_spec.max_length or field_spec.kind not in (TEXT, CHOICE):
            continue
        column = spec.model._meta.fields.get(field_spec.name)
        if isinstance(column, peewee.CharField) and column.max_length:
            # FieldSpec is frozen so that nobody changes it later; this is its declaration
            object.__setattr__(field_spec, "max_length", column.max_length)


def load_all() -> None:
    global _loaded
    if not _loaded:
        for module in REGISTRY_MODULES:
            importlib.import_module(module)
        _loaded = True


def get(name: str) -> RegistrySpec:
    """The registry of that name: its English one (`incoming`), or the one a clerk sees in the
    window (`收文`, or a short form of it: see named_by)."""
    load_all()
    found = _REGISTRIES.get(name) or named_by(_REGISTRIES.values(), name, _aliases)
    if found is None:
        known = "、".join(f"{spec.name}（{spec.label}）" for spec in _REGISTRIES.values())
        raise ValidationError(i18n.text("没有名为“%1”的登记簿。可用的有：%2", name, known))
    return found


def _aliases(spec: RegistrySpec) -> tuple[str, ...]:
    # 督查事项 is 督查 or 督查督办 to a clerk, as the window's tab and the statistics say
    return (spec.label, spec.label.removesuffix("事项"), *(("督查督办",) if spec.name == "supervision" else ()))


def all_registries() -> list[RegistrySpec]:
    load_all()
    return list(_REGISTRIES.values())
