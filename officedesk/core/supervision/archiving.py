"""归档 of a 督查事项 (DA/T 22-2015), the loop's last step (办结 → 通报 → 归档): once 办结, the
item is filed as one 件 of the 归档文件目录, as a 收文 or 发文 is (core.documents.archive): its
档号 from the 全宗号, 门类, 年度 (that of its 办结), 保管期限, 机构(问题)代码 and the next 件号
of that class. The 件's 题名 is the item's 事项名称, its 文号 the 督查编号, its 责任者 the office,
its 日期 the 办结日期.

The item keeps its 状态 (按期办结 / 逾期办结: the 通报 counts it where it was 办结); its entry in
the 目录 is what makes it filed. Once filed it is not reopened (重新打开 undoes an 办结 the 目录
now lists; an 办结 item takes no correction anyway), and its entry's 密级 follows the item's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from officedesk.core import clock, menu_paths, records, settings, step_dates
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.i18n import text
from officedesk.core.summary_texts import trail_text
from officedesk.core.supervision.items import DONE_STATUSES, SPEC
from officedesk.core.supervision.tasks import hold_item
from officedesk.store.db import guarded, write_transaction
from officedesk.store.documents import ArchiveItem
from officedesk.store.supervision import SupervisionItem

REGISTRY = SPEC.name


def archive_no(item_id: int) -> str | None:
    """The item's 档号, once filed (None: not archived)."""
    entry = ArchiveItem.get_or_none((ArchiveItem.registry == REGISTRY)
                                    & (ArchiveItem.record_id == item_id))
    return None if entry is None else str(entry.archive_no)


def filed_refusal(item: Any, doing: str) -> str | None:
    """A step that would undo or repeat what the 目录 lists, refused once the item is filed."""
    number = archive_no(item.id)
    if number is None:
        return None
    return text("这个督查事项已归档（档号 %1），不能再“%2”。归档文件的更正须按档案管理的规定办理，"
                "请联系档案管理员（系统管理员）。", number, doing)


def _facts(item: SupervisionItem, closed: dt.date) -> dict[str, Any]:
    """年度, 文号, 责任者, 日期 of the 件: its 办结's year and day, its 督查编号, the office."""
    org = str(settings.get("org.name") or "")
    return {"year": closed.year, "doc_ref": item.number, "responsible": org, "doc_date": closed}


def archive_item(item_id: int, retention: str, org_code: str, pages: int, expected_version: int,
                 actor: Actor, day: dt.date | None = None) -> SupervisionItem:
    """归档 of an item 办结: its 件 in the 归档文件目录 and an audit entry on the item that keeps
    the entry as filed (`check` holds the 目录 to it). `day`: the day it was filed (default
    today), not before its 办结日期 nor after today."""
    from officedesk.core.documents import archive

    records.require_writer(actor)
    fonds = str(settings.get("org.fonds") or "").strip()
    org_code = org_code.strip().upper()
    category = str(settings.get(archive.CATEGORY.key) or "WS")
    with guarded("保存"), write_transaction():
        hold_item(item_id)
        item = records.get(SPEC, item_id, actor)
        archive.check_filing(retention, fonds, org_code, pages)
        closed = item.closed_on
        if item.status not in DONE_STATUSES or closed is None:
            raise ProcedureError(text("这个督查事项现在是“%1”，尚未办结，不能归档。请先办结事项。",
                                      item.status))
        refused = filed_refusal(item, "归档")
        if refused:
            raise ProcedureError(refused)
        if day is not None and day > clock.today():
            raise ValidationError(text("归档日期（%1）不能晚于今天。", day.isoformat()), "on")
        step_dates.not_before("归档", day, [("办结", closed)], what="归档日期")
        noted: dict[str, Any] = {}
        number = archive.file_piece(REGISTRY, item, _facts(item, closed), fonds, category, retention,
                                    org_code, pages, day, actor, noted)
        return records.save_changes(
            SPEC, item, {}, expected_version, actor, action="archive",
            summary=trail_text("督查事项归档：%1，档号 %2，保管期限%3", item.title, number, retention),
            noted={"档号": number, "保管期限": retention, **noted})


# 全宗号-门类代码·年度-保管期限[-机构(问题)代码]-件号, as archive.archive_number writes it
_NUMBER = re.compile(r"([A-Za-z0-9]+)-([A-Za-z0-9]+)·(\d{4})-([A-Z0-9]+)(?:-([A-Za-z0-9_]+))?-(\d{4})")


def _brought_refusal(said: str) -> ValidationError:
    return ValidationError(said, "archive_no")


def brought_entry(item: SupervisionItem, number: str, actor: Actor,
                  pages: int = 0) -> tuple[dict[str, Any], dict[str, Any], str]:
    """The checks of file_brought, with no write, on `item` as 办结: its 目录 entry's columns (but
    its record_id; `pages`: its 页数, 0 not counted), the step's noted facts and summary."""
    from officedesk.core.documents import archive
    from officedesk.core.documents.common import RETENTION, step_moment

    fonds = str(settings.get("org.fonds") or "").strip()
    found = _NUMBER.fullmatch(number)
    retention = {code: label for label, code in RETENTION.items()}.get(found.group(4)) if found else None
    if found is None or retention is None:
        raise _brought_refusal(text(
            "档号“%1”不是档号的写法：应为“全宗号-门类代码·年度-保管期限-机构代码-件号”，如 %2（保管期限写 Y、"
            "D30 或 D10，件号四位，机构代码可省）。请照归档文件目录上的档号填写。", number,
            archive.archive_number(fonds or "Z107", "WS", clock.today().year, "D30", "", 1)))
    brought, category, year, code, org_code, piece = found.groups()
    if brought != fonds:
        raise _brought_refusal(text(
            "档号“%1”的全宗号是“%2”，本机关的全宗号是“%3”：请核对档号，或先在“%4”中填写本机关的全宗号。",
            number, brought, fonds or text("未填写"), menu_paths.setting_path(settings.ORG_FONDS)))
    closed = item.closed_on
    if closed is None or item.status not in DONE_STATUSES:
        raise _brought_refusal(text("档号“%1”只能给已办结的事项：请填写办结日期。", number))
    if int(year) != closed.year:
        raise _brought_refusal(text("档号“%1”的年度是 %2，事项的办结日期是 %3：督查事项按办结的年度归档，"
                                    "请核对档号和办结日期。", number, year, closed.isoformat()))
    if not 1 <= int(piece) <= archive.LAST_PIECE:
        raise _brought_refusal(text("档号“%1”的件号应为 0001 到 9999。", number))
    # which 件 holds it is not said: its 题名 may be above the importer's clearance
    if archive.taken(number):  # a 目录 entry's, or a 收文/发文's kept on the record only
        raise _brought_refusal(text("档号“%1”已归档（归档文件目录中的另一件），不能再给这个事项。"
                                    "请核对档号。", number))
    facts = _facts(item, closed)
    entry = {"registry": REGISTRY, "archive_no": number, "fonds": fonds, "category": category,
             "year": facts["year"], "retention": code, "org_code": org_code or "", "piece_no": int(piece),
             "title": item.title, "doc_ref": facts["doc_ref"] or "", "responsible": facts["responsible"] or "",
             "doc_date": facts["doc_date"], "pages": pages, "secrecy": item.secrecy,
             "archived_at": step_moment(None), "archived_by": actor.username}
    noted = {"档号": number, "保管期限": retention, **archive.filed_facts(entry)}
    return entry, noted, trail_text("督查事项归档：%1，档号 %2，保管期限%3", item.title, number, retention)


def claim_pieces(entries: list[dict[str, Any]]) -> None:
    """The 件号 of entries brought: each class's next 归档 follows the highest (under the lock)."""
    from officedesk.core.documents import archive

    for entry in entries:
        key = archive.class_key(entry["fonds"], entry["category"], entry["year"], entry["retention"],
                                entry["org_code"])
        archive.claim_piece(key, entry["year"], entry["piece_no"])


def file_brought(item_id: int, number: str, actor: Actor, pages: int = 0) -> SupervisionItem:
    """An item 办结 that a past 台账 brings filed (import --history, `add`): its 件 entered in the
    归档文件目录 under the 档号 it brings, as 归档 enters it (the step's audit entry, `check`
    holding the entry to it), its 件号 claimed so that the class's next 归档 follows it. The
    档号 must be of this office's 全宗, of the year of the item's 办结, of a 保管期限 of DA/T 22,
    and not filed already (brought_entry; a batch import writes the same: item_batch)."""
    with write_transaction():
        item = records.get_unchecked(SPEC, item_id)
        entry, noted, summary = brought_entry(item, number, actor, pages)
        ArchiveItem.create(record_id=item.id, **entry)
        claim_pieces([entry])
        return records.save_changes(SPEC, item, {}, item.version, actor, action="archive",
                                    summary=summary, noted=noted)


def _follow_level(before: Any, after: Any, actor: Actor) -> None:
    """The 目录 entry's 密级 follows the item's (升密, 降密, 解密 are decisions on the 件)."""
    if before.secrecy != after.secrecy:
        ArchiveItem.update(secrecy=after.secrecy).where(
            (ArchiveItem.registry == REGISTRY) & (ArchiveItem.record_id == after.id)).execute()


SPEC.after_change.append(_follow_level)
