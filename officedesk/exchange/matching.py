"""Rows that are records already: found by the registry's 编号, else by its natural key
(来文字号 + 来文机关, 发文字号, 信访编号 …); what an edited row changes in its record is
edited.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.directory import unit_key, unit_spellings
from officedesk.core.i18n import joined, text
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import identity
from officedesk.exchange.common import ForeignNames, foreign_key
from officedesk.exchange.edited import UNREAD, canonical, read_cell
from officedesk.exchange.report import cell_words


@dataclass(frozen=True)
class Match:
    record: Any
    by: str  # the labels that matched, e.g. "来文字号＋来文机关"

    def describe(self, spec: RegistrySpec) -> str:
        title = getattr(self.record, spec.title_field, "") or ""
        number = getattr(self.record, spec.number_field, "") if spec.number_field else ""
        return f"“{number + ' ' if number else ''}{title}”"




def _parsed(spec: RegistrySpec, raw: dict[str, Any], name: str) -> Any:
    """A key's value as stored; a bad one matches nothing (the cell check says why)."""
    field_spec = spec.field(name)
    value = read_cell(spec, field_spec, raw.get(field_spec.label))
    return None if value is UNREAD else value


class _Names:
    """A referenced row's id by its name or short name, looked up once per name."""

    def __init__(self) -> None:
        self._ids: dict[tuple[Any, str], int | None] = {}

    def id_of(self, model: Any, name: str) -> int | None:
        key = (model, name)
        if key not in self._ids:
            columns = [getattr(model, n) for n in ("name", "short_name") if n in model._meta.fields]
            found = None
            if columns:
                condition = columns[0] == name
                for column in columns[1:]:
                    condition = condition | (column == name)
                found = model.select(model.id).where(condition).order_by(model.id).first()
            self._ids[key] = None if found is None else found.id
        return self._ids[key]


@dataclass(frozen=True)
class Refused:
    """A row that stands for a record, but for which one cannot be told (two drafts alike), or
    whose 记录号 and 编号 name different records: refused by row and column, saying what to do."""

    column: str
    reason: str


class Matcher:
    """Finds the existing records of many rows with a query per 500 rows, not per row: by the
    record id the row was exported with (its 记录号, when the workbook is this office's own:
    identity.py), else by the registry's 编号, then by its natural key (only records the actor
    may see). A key that fits several records finds none of them: the row is refused, naming
    them and how to tell them apart."""

    CHUNK = 500

    def __init__(self, spec: RegistrySpec, actor: Actor, own_ids: bool = False) -> None:
        self.spec, self.actor, self.names = spec, actor, _Names()
        self.own_ids = own_ids  # the rows' 记录号 are this office's record ids
        self.keys: list[tuple[str, ...]] = []
        if spec.number_field:
            self.keys.append((spec.number_field,))
        self.link = _link_key(spec)
        if self.link:  # before the natural key, which a linked row is never found by
            self.keys.append(self.link)
        if spec.natural_key and spec.natural_key != (spec.number_field,):
            self.keys.append(tuple(spec.natural_key))
        self._linked: dict[str, Any] = {}  # a linked record's 编号 -> its id (_UNKNOWN: none)
        self.units = _unit_fields(spec)
        self._unit_names: dict[str, str] = {}
        self._found: dict[tuple[Any, ...], list[Any]] = {}
        self._by_id: dict[int, Any] = {}
        # the keys of a row twice in the file (key_of), and those of them the matching reads alike
        self._file_keys = _file_key_names(spec)
        self._alike = {names for names in self._file_keys if names in self.keys and names != self.link
                       and all(foreign_key(spec, spec.field(name)) is None for name in names)}
        # (names, id of the row) -> its key: prepare and find ask for the same rows' keys
        self._keys: dict[tuple[tuple[str, ...], int], tuple[tuple[Any, ...] | None, dict[str, Any]]] = {}

    def _row_key(self, names: tuple[str, ...], raw: dict[str, Any]) -> tuple[Any, ...] | None:
        known = self._keys.get((names, id(raw)))
        if known is not None and known[1] is raw:
            return known[0]
        key = self._make_key(names, raw)
        self._keys[(names, id(raw))] = (key, raw)  # the row kept: its id is not reused meanwhile
        return key

    def file_key(self, raw: dict[str, Any]) -> tuple[Any, ...] | None:
        """key_of(spec, raw, self.unit_name), to find a row twice in the file: a key the
        matching reads alike (no link, no name looked up: the cells' values, units by their
        名称) taken from its keys, made once a row (_row_key)."""
        for names in self._file_keys:
            if names in self._alike:
                key = self._row_key(names, raw)
            else:
                key = key_of(self.spec, raw, self.unit_name, names)
            if key is not None:
                return key
        return None

    def unit_name(self, value: Any) -> Any:
        """A unit's text as the rules store it (its 名称), asked once per text."""
        if not isinstance(value, str):
            return value
        if value not in self._unit_names:
            self._unit_names[value] = unit_key(value)
        return self._unit_names[value]

    def _make_key(self, names: tuple[str, ...], raw: dict[str, Any]) -> tuple[Any, ...] | None:
        def resolved(name: str, value: Any) -> Any:
            if name in self.units:
                return self.unit_name(value)
            if names == self.link and name == names[0]:
                return self.linked_id(str(value))
            foreign = foreign_key(self.spec, self.spec.field(name))
            if foreign is None:
                return value
            found = self.names.id_of(foreign.rel_model, str(value))
            return _UNKNOWN if found is None else found  # a name typed but unknown: no key

        return _key(self.spec, names, raw, resolved)

    def linked_id(self, number: str) -> Any:
        """The id of the record a link cell names by its 编号 (as typed, or tidied), asked once;
        _UNKNOWN when none (the row is new: its check says why it is refused)."""
        from officedesk.core.typed_numbers import tidy_number

        if number not in self._linked:
            model, column = self.spec.model, getattr(self.spec.model, self.spec.number_field or "id")
            found = model.select(model.id).where(column.in_({number, tidy_number(number)})).first()
            self._linked[number] = _UNKNOWN if found is None else found.id
        return self._linked[number]

    def _visible(self, record: Any) -> bool:
        """Within the clearance and not withheld (a 效能投诉 from whom it complains of): a row
        naming another is answered as one naming an id that is not there."""
        return records.may_see(self.spec, record, self.actor)

    def prepare(self, raws: list[dict[str, Any]], ids: Sequence[int] = ()) -> None:
        """Load the records that the rows' 记录号 (`ids`) and keys point at."""
        model = self.spec.model
        wanted_ids = sorted(set(ids))
        for start in range(0, len(wanted_ids), self.CHUNK):
            chunk = wanted_ids[start : start + self.CHUNK]
            for record in model.select().where(model.id.in_(chunk)):
                if self._visible(record):
                    self._by_id[record.id] = record
        for names in self.keys:
            wanted = {k for k in (self._row_key(names, raw) for raw in raws) if k is not None}
            firsts = sorted({k[1] for k in wanted}, key=str)
            if names[0] in self.units:  # a record may hold its unit by the 简称 (see _unit_fields)
                firsts = sorted({text for name in firsts for text in unit_spellings(name)}, key=str)
            column = getattr(model, names[0])
            unnumbered = _drafts_only(self.spec, names)
            for start in range(0, len(firsts), self.CHUNK):
                chunk = firsts[start : start + self.CHUNK]
                for record in model.select().where(column.in_(chunk)).order_by(model.id):
                    data = record.__data__
                    if unnumbered and not _blank(data.get(self.spec.number_field)):
                        continue  # a numbered record is found by its 编号 only
                    key = (names, *(None if _blank(data.get(n))
                                    else self.unit_name(data.get(n)) if n in self.units
                                    else data.get(n) for n in names))
                    if key in wanted and self._visible(record):
                        self._found.setdefault(key, []).append(record)

    def find(self, raw: dict[str, Any], record_id: int | None = None,
             foreign_id: bool = False) -> Match | Refused | None:
        """`record_id`: the row's 记录号 in this office's own workbook; `foreign_id`: the row has
        one, but the workbook is not this office's (it cannot be used here)."""
        if record_id is not None:
            record = self._by_id.get(record_id)
            if record is not None:  # gone since (a draft deleted): found as any row is
                # named to the clerk by its 编号 when the row gives it (the same, or refused)
                number = self.spec.number_field
                by = identity.RECORD_ID
                if number and _parsed(self.spec, raw, number) is not None:
                    by = self.spec.field(number).label
                return self._same_number(record, raw) or Match(record, by)
        for names in self.keys:
            key = self._row_key(names, raw)
            found = self._found.get(key, []) if key is not None else []
            if found and self._gives_number(names, raw):
                # its 编号 found no record the reader may see (above his clearance, or never
                # issued): it is none of the look-alikes numbered otherwise, but new — or, to
                # an update, a record not there
                found = [record for record in found if not self._another_number(record, raw)]
                if not found:
                    return None
            if len(found) > 1:
                return self._ambiguous(names, found, foreign_id)
            if found:
                return Match(found[0], "＋".join(self.spec.field(n).label for n in names))
            if names == self.link and _parsed(self.spec, raw, names[0]) is not None:
                return None  # a linked row is new unless its link finds it (not its 标题)
        return None

    def _gives_number(self, names: tuple[str, ...], raw: dict[str, Any]) -> bool:
        """The row gives a 编号, and `names` is another key (报送单位＋标题, 来文字号＋来文机关)."""
        name = self.spec.number_field
        return bool(name) and names != (name,) and not _blank(_parsed(self.spec, raw, name or ""))

    def _another_number(self, record: Any, raw: dict[str, Any]) -> bool:
        """The record has a 编号 of its own, other than the one the row gives: the row stands
        for the record of its 编号, not for this look-alike."""
        from officedesk.core.typed_numbers import tidy_number

        name = self.spec.number_field or ""
        stored = getattr(record, name, None)
        if _blank(stored):
            return False
        given = str(_parsed(self.spec, raw, name)).strip()
        return bool(tidy_number(given) != tidy_number(str(stored).strip()))

    def _same_number(self, record: Any, raw: dict[str, Any]) -> Refused | None:
        """A 记录号 and a 编号 that name two different records (a row copied and its 编号
        changed, or its 记录号 typed over): which one is meant cannot be told."""
        name = self.spec.number_field
        given = _parsed(self.spec, raw, name) if name else None
        stored = getattr(record, name, None) if name else None
        if given is None or _blank(stored) or str(given).strip() == str(stored).strip():
            return None
        label = self.spec.field(name).label  # type: ignore[arg-type]
        return Refused(
            identity.RECORD_ID,
            text("记录号 %1 是%2“%3”的，而这一行的%4是“%5”：不知道要改的是哪一件。"
                 "请恢复这一行原来的记录号或%4；新增的一行请清空“记录号”。",
                 record.id, self.spec.label, str(stored), label, str(given)),
        )

    def _ambiguous(self, names: tuple[str, ...], found: list[Any], foreign_id: bool) -> Refused:
        labels = joined([self.spec.field(n).label for n in names], "%1＋%2")
        shown = _told_apart(self.spec, found[:5], names, self.actor)
        more = text("等 %1 件", len(found)) if len(found) > 5 else ""
        how: Any
        if foreign_id:
            how = text(
                "这一行的“%1”在这里不能用：这个文件不是本机关导出的原文件（是其他"
                "机关导出的，或内容复制到了新的工作簿），记录号指的不是这里的记录。请用本机关导出的原文件"
                "修改后再导入，或先在窗口中修改其中一件，使它们的%2不同；新增的一件请用“仍然新增”"
                "（--matched add）导入。", identity.RECORD_ID, labels)
        elif self.own_ids:
            how = text(
                "这一行的“记录号”是空白：如是本机关导出的行，请恢复它的记录号（它指明是哪一件）；"
                "新增的一件请用“仍然新增”（--matched add）导入。")
        else:
            how = text(
                "请在本机关导出的表中修改后再导入（表的最后一列“%1”指明是哪一件），"
                "或先在窗口中修改其中一件，使它们的%2不同；新增的一件请用“仍然新增”"
                "（--matched add）导入。", identity.RECORD_ID, labels)
        return Refused(
            "",
            text("%1与 %2 件%3相同（%4%5），无法确定是哪一件，这一行没有导入。%6",
                 labels, len(found), self.spec.label, shown, more, how),
        )


def _told_apart(spec: RegistrySpec, found: list[Any], names: tuple[str, ...], actor: Actor) -> list[Any]:
    """Each record as “id 89《标题》（份数 10）”: its id, title, and the columns in which the
    records differ (up to three), so that the clerk sees which is which."""
    from officedesk.exchange.writing import export_values

    fields = [f for f in spec.exchange_fields() if f.name not in names and f.name != spec.number_field]
    foreign = ForeignNames()
    values = [export_values(spec, record, actor, foreign, fields=fields) for record in found]
    differ = [i for i in range(len(fields)) if len({repr(canonical(v[i])) for v in values}) > 1][:3]
    out = []
    for record, row in zip(found, values, strict=True):
        title = getattr(record, spec.title_field, "") or ""
        parts = joined([text("%1 %2", fields[i].label, cell_words(row[i]).strip("“”")) for i in differ], "%1，%2")
        out.append(text("id %1“%2”%3", record.id, title, text("（%1）", parts) if parts else ""))
    return out


def find(spec: RegistrySpec, raw: dict[str, Any], actor: Actor) -> Match | Refused | None:
    """The existing record one row stands for (see Matcher for many rows)."""
    matcher = Matcher(spec, actor)
    matcher.prepare([raw])
    return matcher.find(raw)


def key_of(spec: RegistrySpec, raw: dict[str, Any], unit_name: Callable[[str], str] = unit_key,
           only: tuple[str, ...] | None = None) -> tuple[Any, ...] | None:
    """The row's natural key (or 编号), to find the same record twice in one file; a unit
    read by `unit_name` (an import's Matcher.unit_name: asked once per text). `only`: that
    one of the keys (_file_key_names) alone."""
    units = _unit_fields(spec)

    def resolved(name: str, value: Any) -> Any:
        return unit_name(value) if name in units and isinstance(value, str) else value

    for names in (only,) if only is not None else _file_key_names(spec):
        key = _key(spec, names, raw, resolved)
        if key is not None:
            return key
    return None


def _file_key_names(spec: RegistrySpec) -> list[tuple[str, ...]]:
    """The keys key_of tries, in order: the 编号, then the natural key (once, when it is the
    编号: a 信访's)."""
    keys: list[tuple[str, ...]] = [(spec.number_field,)] if spec.number_field else []
    if spec.natural_key and tuple(spec.natural_key) not in keys:
        keys.append(tuple(spec.natural_key))
    return keys


_UNKNOWN = object()  # a key value that names nothing: the row has no key


def _link_key(spec: RegistrySpec) -> tuple[str, ...]:
    """The key of a row that links to another record (RegistrySpec.link_key: its link first)."""
    if not spec.link_key or not spec.number_field or spec.link_key[0] not in spec.links_by_number:
        return ()
    return tuple(spec.link_key)


def _unit_fields(spec: RegistrySpec) -> frozenset[str]:
    """The key fields that name a unit of the 通讯录 as text (信息 报送单位, 会议 主办单位, 发文
    拟稿单位, 收文 来文机关): a unit given by its 名称 or 简称 is the same unit, as the rules store
    it (directory.known_unit) and as an update compares it (_same_units). Both sides are read so,
    the row's and the record's, since a field its rule does not check (来文机关) keeps what was
    typed. A unit by foreign key (人员 单位) is found by either name already (_Names)."""
    return frozenset(
        name for name in spec.natural_key
        if spec.field(name).completer == "units" and foreign_key(spec, spec.field(name)) is None
    )


def _blank(value: Any) -> bool:
    return value is None or isinstance(value, str) and not value.strip()


def _drafts_only(spec: RegistrySpec, names: tuple[str, ...]) -> bool:
    """Whether this key finds only records without a 编号 (spec.key_unnumbered)."""
    return bool(spec.key_unnumbered and spec.number_field and names != (spec.number_field,))


def _key(
    spec: RegistrySpec, names: tuple[str, ...], raw: dict[str, Any], resolve: Any
) -> tuple[Any, ...] | None:
    """A row's key by `names` (values parsed, then `resolve(name, value)`): None when a field
    that may not be blank is blank, or a draft's key is asked of a row with a 编号."""
    if _drafts_only(spec, names) and _parsed(spec, raw, spec.number_field or "") is not None:
        return None
    values: list[Any] = []
    for name in names:
        value = _parsed(spec, raw, name)
        if value is None:
            if name not in spec.key_blanks or names == (name,):
                return None
        else:
            value = resolve(name, value)
            if value is _UNKNOWN:
                return None
        values.append(value)
    if all(v is None for v in values):
        return None
    return (names, *values)


def link_order(spec: RegistrySpec, rows: list[tuple[dict[str, Any], bool]]) -> list[int]:
    """The order to write rows (raw, new?) in: the file's, except that a new row naming another
    new row of the file by its 编号 (RegistrySpec.links_by_number: a 续报 and its first report,
    which an export lists newest first) comes after that row."""
    if not spec.links_by_number or not spec.number_field:
        return list(range(len(rows)))
    number = spec.field(spec.number_field).label
    links = [spec.field(name).label for name in spec.links_by_number]
    by_number: dict[str, int] = {}
    for index, (raw, new) in enumerate(rows):
        given = str(raw.get(number) or "").strip() if new else ""
        if given:
            by_number.setdefault(given, index)

    def named(index: int) -> list[int]:
        raw, new = rows[index]
        found = (by_number.get(str(raw.get(label) or "").strip()) for label in links) if new else ()
        return [other for other in found if other is not None and other != index]

    ordered: list[int] = []
    placed: set[int] = set()
    for start in range(len(rows)):
        stack, seen = [start], {start}  # depth first, without recursion: a chain may be long
        while stack:
            index = stack[-1]
            waiting = [other for other in named(index) if other not in placed and other not in seen]
            if waiting:
                seen.update(waiting)
                stack.extend(waiting)
                continue
            stack.pop()
            if index not in placed:
                placed.add(index)
                ordered.append(index)
    return ordered


def updates_after_their_links(spec: RegistrySpec, records: list[Any]) -> list[int]:
    """The order to write rows whose records are `records` (None: a new row) in: the given one,
    except that an edited record linked to another edited record of the file
    (RegistrySpec.links_by_number: a 续报 and its first report) comes after it — a first
    report's correction may carry its 续报 along (core.info.followup_unit), and the 续报's own
    row then finds it done."""
    if not spec.links_by_number:
        return list(range(len(records)))
    follows = _following(spec, records)
    return [i for i, r in enumerate(records) if not follows(r)] + [i for i, r in enumerate(records) if follows(r)]


def linked_among(spec: RegistrySpec, records: list[Any]) -> set[int]:
    """The ids of the edited records of the file linked to another edited record of it, both
    ends (a 续报 and its first report)."""
    edited = {record.id for record in records if record is not None}
    linked: set[int] = set()
    for record in records:
        for name in spec.links_by_number if record is not None else ():
            target = linked_id(getattr(record, name, None))
            if target in edited - {record.id}:
                linked |= {record.id, target}
    return linked


def _following(spec: RegistrySpec, records: list[Any]) -> Any:
    edited = {record.id for record in records if record is not None}

    def follows(record: Any) -> bool:
        return record is not None and any(
            linked_id(getattr(record, name, None)) in edited - {record.id} for name in spec.links_by_number)

    return follows


def linked_id(value: Any) -> Any:
    return getattr(value, "id", value)
