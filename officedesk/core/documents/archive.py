"""归档 per DA/T 22-2015: 档号 全宗号-门类代码·年度-保管期限-机构(问题)代码-件号.

件号 run from 0001 within the lowest class (全宗, 门类, 年度, 保管期限, 机构); they come from the
numbering sequence table, locked by its UPDATE like every other number, so two workstations
archiving at once never share a 件号.

A 件 once filed is described by its 归档文件目录 entry: what the entry records (题名, 文号,
责任者, 日期) takes no correction on the record any more (`_filed_locks`, on every path of
core.corrections), so the register and the 目录 never disagree. Its 密级 may still change (升密,
降密, 解密: a decision on the 件 by core.corrections.check_level, not a correction of the entry);
the entry's copy follows it (`_follow_level`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import peewee
from peewee import fn

from officedesk.core import menu_paths, record_lists, settings
from officedesk.core.actor import Actor
from officedesk.core.documents import incoming, outgoing
from officedesk.core.documents.common import RETENTION, run_step, step_moment
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.store.db import guarded
from officedesk.store.documents import ArchiveItem, IncomingDoc, OutgoingDoc
from officedesk.store.models import NumberSequence

CATEGORY = settings.declare(
    "documents.archive.category", str, "WS", "归档门类代码", "归档", help="文书档案为 WS",
    required=True,
)

FONDS_LONGEST = 8


def fonds_refusal(fonds: str) -> str | None:
    """The 全宗号 as DA/T 13 gives it (letters and digits, Z107): it begins every 档号, whose
    parts a “-” joins, so a space, a hyphen or a 汉字 breaks the number."""
    fonds = (fonds or "").strip()
    if not fonds or (fonds.isascii() and fonds.isalnum() and len(fonds) <= FONDS_LONGEST):
        return None
    return text("全宗号只写字母和数字（最多 %1 位，如 Z107，由档案馆给定），现在是“%2”：它是档号的第一段，"
                "空格、“-”或汉字会使档号无法辨读。", FONDS_LONGEST, fonds)


@settings.check("org.fonds", on_read=False)  # one kept from before numbers as it did
def _fonds_form(value: Any) -> Any:
    return fonds_refusal(str(value or ""))


_SPECS = {"incoming": incoming.INCOMING, "outgoing": outgoing.OUTGOING}
_FLOWS = {"incoming": incoming.FLOW, "outgoing": outgoing.FLOW}
ARCHIVED = "已归档"


def class_key(fonds: str, category: str, year: int, retention_code: str, org_code: str) -> str:
    """The lowest class the 件号 runs in, written as the 档号 without its 件号."""
    parts = [fonds, f"{category}·{year}", retention_code]
    if org_code:
        parts.append(org_code)
    return "-".join(parts)


# DA/T 22-2015: the 件号 is four digits, from 0001 within the lowest class
LAST_PIECE = 9999


def archive_number(
    fonds: str, category: str, year: int, retention_code: str, org_code: str, piece: int
) -> str:
    return f"{class_key(fonds, category, year, retention_code, org_code)}-{piece:04d}"


def _next_piece(key: str, year: int) -> int:
    NumberSequence.insert(
        kind="archive", prefix=key, year=year, last_value=0
    ).on_conflict_ignore().execute()
    NumberSequence.update(last_value=NumberSequence.last_value + 1).where(
        (NumberSequence.kind == "archive")
        & (NumberSequence.prefix == key)
        & (NumberSequence.year == year)
    ).execute()
    return NumberSequence.get(
        (NumberSequence.kind == "archive")
        & (NumberSequence.prefix == key)
        & (NumberSequence.year == year)
    ).last_value


def _facts(registry: str, record: Any) -> dict[str, Any]:
    """年度, 文号, 责任者, 日期 of the 件."""
    if registry == "incoming":
        return {
            "year": record.received_on.year,
            "doc_ref": record.from_ref,
            "responsible": record.from_org,
            "doc_date": record.received_on,
        }
    org = str(settings.get("org.name") or "") or record.issuer_org or record.drafting_unit
    day = record.doc_date or record.signed_on or record.created_at.date()
    return {"year": day.year, "doc_ref": record.doc_no, "responsible": org, "doc_date": day}


def check_filing(retention: str, fonds: str, org_code: str, pages: int) -> None:
    """An 归档's input: a 保管期限 of DA/T 22, the office's 全宗号, a 机构（问题）代码 of letters and
    digits, the 页数 not negative."""
    if retention not in RETENTION:
        raise ValidationError(text("保管期限只能是：%1。", '、'.join(RETENTION)), "retention")
    if not fonds:
        raise ValidationError(text("请先在“%1”中填写全宗号，再归档。",
                                   menu_paths.setting_path(settings.ORG_FONDS)), "fonds")
    refused = fonds_refusal(fonds)
    if refused:
        raise ValidationError(refused, "fonds")
    if org_code and not org_code.replace("_", "").isalnum():
        raise ValidationError("机构（问题）代码只能含字母和数字，如 BGS。", "org_code")
    if pages < 0:
        raise ValidationError("页数不能为负数。", "pages")


def claim_piece(key: str, year: int, piece: int) -> None:
    """A 件号 a past register brings: the class's next one follows it, as it follows an issued one."""
    NumberSequence.insert(kind="archive", prefix=key, year=year, last_value=0).on_conflict_ignore().execute()
    NumberSequence.update(last_value=piece).where(
        (NumberSequence.kind == "archive") & (NumberSequence.prefix == key)
        & (NumberSequence.year == year) & (NumberSequence.last_value < piece)).execute()


def _held(number: str, but: tuple[str, int] | None = None) -> bool:
    """Whether a 收文 or 发文 holds this 档号 already: one a past register brought 已归档 with a
    档号 of another 全宗 or written otherwise (core.documents.archive_brought) keeps it on the
    record only, with no 目录 entry and no 件号 claimed (and one brought before its 件号 was
    claimed likewise), so the class's sequence may come to it; the 归档 passes over it."""
    return any(model.select().where((model.archive_no == number) & (model.id != (
        but[1] if but is not None and but[0] == name else 0))).exists()
        for name, model in (("incoming", IncomingDoc), ("outgoing", OutgoingDoc)))


def taken(number: str, but: tuple[str, int] | None = None) -> bool:
    """Whether the office has this 档号 already: a 目录 entry's (a 件 filed or brought filed,
    a 督查事项's too) or a 收文/发文's kept on the record only (`but`: a record that brings it,
    written already). A 档号 is one 件's."""
    return ArchiveItem.select().where(ArchiveItem.archive_no == number).exists() or _held(number, but)


# 全宗号-门类代码·年度-保管期限[-机构(问题)代码]-件号, as archive_number writes it
_NUMBER = re.compile(r"([A-Za-z0-9]+)-([A-Za-z0-9]+)·(\d{4})-([A-Z0-9]+)(?:-([A-Za-z0-9_]+))?-(\d{4})")


@dataclass(frozen=True)
class Parts:
    """A 档号 read back into its parts (`read_number`)."""

    fonds: str
    category: str
    year: int
    retention: str  # its code: Y, D30, D10
    org_code: str
    piece: int

    def key(self) -> str:
        return class_key(self.fonds, self.category, self.year, self.retention, self.org_code)


def read_number(number: str) -> Parts | None:
    """A 档号 as archive_number writes it (a 保管期限 of DA/T 22, a 件号 0001–9999), in its
    parts; None for one written otherwise (an older register's form, another program's)."""
    found = _NUMBER.fullmatch(number or "")
    if found is None or found.group(4) not in RETENTION_LABELS or not 1 <= int(found.group(6)) <= LAST_PIECE:
        return None
    fonds, category, year, code, org_code, piece = found.groups()
    return Parts(fonds, category, int(year), code, org_code or "", int(piece))


def file_piece(registry: str, record: Any, facts: dict[str, Any], fonds: str, category: str,
               retention: str, org_code: str, pages: int, day: dt.date | None, actor: Actor,
               noted: dict[str, Any]) -> str:
    """The 件's next 件号 in its class and its 归档文件目录 entry (`facts`: 年度, 文号, 责任者,
    日期); `noted` gets the entry as filed, for the step's audit entry. Its 档号."""
    key = class_key(fonds, category, facts["year"], RETENTION[retention], org_code)
    while True:
        piece = _next_piece(key, facts["year"])
        if piece > LAST_PIECE:  # rolled back with the rest: the class keeps its 9999
            raise ValidationError(text(
                "“%1”这一类本年度已归档 %2 件，件号已到四位数的上限（DA/T 22-2015）。请填写机构（问题）代码再分一类，"
                "或核对保管期限后再归档。", key, LAST_PIECE), "org_code")
        number = archive_number(fonds, category, facts["year"], RETENTION[retention], org_code, piece)
        if not _held(number):
            break
    try:
        entry = ArchiveItem.create(
            registry=registry,
            record_id=record.id,
            archive_no=number,
            fonds=fonds,
            category=category,
            year=facts["year"],
            retention=RETENTION[retention],
            org_code=org_code,
            piece_no=piece,
            title=record.title,
            doc_ref=facts["doc_ref"] or "",
            responsible=facts["responsible"] or "",
            doc_date=facts["doc_date"],
            pages=pages,
            secrecy=record.secrecy,
            archived_at=step_moment(day),
            archived_by=actor.username,
        )
    except peewee.IntegrityError as exc:
        raise ValidationError("这份文件已经归档。") from exc
    noted.update(filed_facts({name: getattr(entry, name) for name in FILED_LABELS}))
    return number


def archive(
    registry: str,
    record_id: int,
    version: int,
    actor: Actor,
    retention: str,
    org_code: str = "",
    pages: int = 0,
    fonds: str | None = None,
    day: dt.date | None = None,
) -> Any:
    """归档: give the 件 its 档号 and record it in the 归档文件目录 (`day`: the day it was
    archived, default today)."""
    spec: RegistrySpec = _SPECS[registry]
    fonds = (fonds if fonds is not None else str(settings.get("org.fonds") or "")).strip()
    org_code = org_code.strip().upper()
    category = str(settings.get(CATEGORY.key) or "WS")
    noted: dict[str, Any] = {}  # the 目录 entry as filed (file_it), kept by the step's entry

    def check(record: Any) -> None:
        check_filing(retention, fonds, org_code, pages)

    def file_it(record: Any) -> dict[str, Any]:
        number = file_piece(registry, record, _facts(registry, record), fonds, category, retention,
                            org_code, pages, day, actor, noted)
        return {"archive_no": number, "retention": retention}

    return run_step(
        spec,
        record_id,
        version,
        actor,
        "归档",
        _FLOWS[registry],
        {},
        ARCHIVED,
        opinion=f"归档，保管期限{retention}",
        then=file_it,
        check=check,
        day=day,
        day_field=("on", "归档日期"),
        noted=noted,
    )


# A 目录 entry's columns as the 归档 step's audit entry keeps them, after the record's changed
# fields (labels none of the record's fields has): `check` holds each entry to them
# (archive_check). Entries of 件 filed before keep only the record's 档号 and 状态.
FILED_LABELS = {
    "archive_no": "目录档号", "fonds": "目录全宗号", "category": "目录门类代码", "year": "目录年度",
    "retention": "目录保管期限", "org_code": "目录机构代码", "piece_no": "目录件号", "title": "目录题名",
    "doc_ref": "目录文号", "responsible": "目录责任者", "doc_date": "目录日期", "pages": "目录页数",
    "secrecy": "目录密级", "archived_at": "归档时间", "archived_by": "归档人",
}


def filed_facts(values: dict[str, Any]) -> dict[str, Any]:
    """A 目录 entry's columns (by name, as the table gives them) by their FILED_LABELS, as an
    audit entry holds them: dates and times as text."""
    return {label: str(values[name]) if isinstance(values[name], dt.date) else values[name]
            for name, label in FILED_LABELS.items()}


# the record's fields each 目录 entry is made of (`_facts`; 责任者 of a 发文: 印发机关 or 拟稿单位
# when no 机关名称 is set)
ENTRY_FIELDS = {
    "incoming": ("received_on", "from_org", "from_ref", "title"),
    "outgoing": ("title", "doc_date", "signed_on", "issuer_org", "drafting_unit"),
}


def filed(record: Any) -> bool:
    """Whether a 收文 or 发文 is a 件 of the 归档文件目录."""
    # a register brought in 已归档 (import --history) has its 档号 but no entry here: filed too
    return record.state == ARCHIVED or bool(getattr(record, "archive_no", "") or "")


def _filed_locks(registry: str) -> Any:
    spec = _SPECS[registry]
    names = [name for name in ENTRY_FIELDS[registry] if any(f.name == name for f in spec.fields)]

    def locks(record: Any, actor: Actor) -> dict[str, str]:
        if not filed(record):
            return {}
        number = f"（档号 {record.archive_no}）" if record.archive_no else ""
        return {name: (
            f"这份{spec.label}已归档{number}，“{spec.field(name).label}”已载入归档文件目录，不能再修改。"
            "归档文件的更正须按档案管理的规定办理，请联系档案管理员（系统管理员）。")
            for name in names}

    locks.__name__ = f"filed_locks_{registry}"
    return locks


def _follow_level(registry: str) -> Any:
    def follow(before: Any, after: Any, actor: Actor) -> None:
        if before.secrecy != after.secrecy:
            ArchiveItem.update(secrecy=after.secrecy).where(
                (ArchiveItem.registry == registry) & (ArchiveItem.record_id == after.id)).execute()

    follow.__name__ = f"follow_level_{registry}"
    return follow


for _name, _spec in _SPECS.items():
    _spec.correction_locks.append(_filed_locks(_name))
    _spec.after_change.append(_follow_level(_name))


RETENTION_LABELS = {code: label for label, code in RETENTION.items()}


def archive_items(
    actor: Actor,
    year: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    retention: str | None = None,
) -> list[ArchiveItem]:
    """The 归档文件目录 the actor may see, in 档号 order: the entries as filed. Each 件's
    `secrecy` is its document's 密级 now (raised or lowered since it was archived; the entry's
    copy follows it, `_follow_level`, but one written before that did not): that one decides who
    sees it; the copy stands for a document no longer there."""
    from officedesk.store.supervision import SupervisionItem

    live = fn.COALESCE(IncomingDoc.secrecy, OutgoingDoc.secrecy, SupervisionItem.secrecy,
                       ArchiveItem.secrecy)
    kept = [f for f in ArchiveItem._meta.sorted_fields if f.name != "secrecy"]
    query = (
        ArchiveItem.select(*kept, live.alias("secrecy"))
        .join(IncomingDoc, peewee.JOIN.LEFT_OUTER,
              on=(ArchiveItem.registry == "incoming") & (IncomingDoc.id == ArchiveItem.record_id))
        .switch(ArchiveItem)
        .join(OutgoingDoc, peewee.JOIN.LEFT_OUTER,
              on=(ArchiveItem.registry == "outgoing") & (OutgoingDoc.id == ArchiveItem.record_id))
        .switch(ArchiveItem)
        .join(SupervisionItem, peewee.JOIN.LEFT_OUTER,
              on=(ArchiveItem.registry == "supervision")
              & (SupervisionItem.id == ArchiveItem.record_id))
    )
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationError(
            text("期间的结束日期（%1）早于开始日期（%2），请改正。",
                 date_to.isoformat(), date_from.isoformat()),
            "date_to",
        )
    levels = record_lists.level_condition(live, actor)
    if levels is not None:
        query = query.where(levels)
    if year is not None:
        query = query.where(ArchiveItem.year == year)
    if date_from is not None:
        query = query.where(ArchiveItem.doc_date >= date_from)
    if date_to is not None:
        query = query.where(ArchiveItem.doc_date <= date_to)
    if retention:
        query = query.where(ArchiveItem.retention == RETENTION.get(retention, retention))
    with guarded("查询"):
        return list(
            query.order_by(
                ArchiveItem.fonds,
                ArchiveItem.year,
                ArchiveItem.retention,
                ArchiveItem.org_code,
                ArchiveItem.piece_no,
            ).objects()
        )


def archived_record(item: ArchiveItem) -> Any:
    """The record a 目录 entry files: a 收文, a 发文 or a 督查事项 (None: no longer there)."""
    from officedesk.store.supervision import SupervisionItem

    model: Any = {"incoming": IncomingDoc, "outgoing": OutgoingDoc,
                  "supervision": SupervisionItem}.get(item.registry)
    return None if model is None else model.get_or_none(model.id == item.record_id)
