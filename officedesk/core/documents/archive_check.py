"""`check`: the 归档文件目录 (archive_item) against the records it lists.

A 件's entry is made by `archive.archive` in the 归档 step's transaction: its 档号 is the one the
step wrote on the record (whose row the audit trail digests), its 全宗号, 门类, 年度, 保管期限,
机构(问题)代码 and 件号 are the parts that 档号 is made of, and its 保管期限 is the record's. An
entry whose 档号 or parts no longer agree with the record, or with each other, was written
outside the program: the 目录 printed from it would list a 件 under another number.
(Read once: the entries, and the 档号 of the records filed.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from officedesk.core import i18n
from officedesk.core.documents.common import RETENTION


def _label(name: str) -> Any:
    from officedesk.core import registry

    try:
        return registry.get(name).label
    except Exception:  # noqa: BLE001  (a registry this program does not have: by its name)
        return name


def _filed() -> dict[tuple[str, int], tuple[str, str]]:
    """(registry, record id) -> (the record's 档号, its 保管期限 code) of every record with one."""
    from officedesk.store.documents import IncomingDoc, OutgoingDoc

    found: dict[tuple[str, int], tuple[str, str]] = {}
    for registry, model in (("incoming", IncomingDoc), ("outgoing", OutgoingDoc)):
        rows: Any = (model.select(model.id, model.archive_no, model.retention)
                     .where(model.archive_no != "").tuples())
        for record_id, number, retention in rows.iterator():
            found[(registry, record_id)] = (number, RETENTION.get(retention, retention))
    return found


def problems() -> Iterator[str]:
    """Each 目录 entry whose 档号 differs from its record's, or from its own parts, in words."""
    from officedesk.core.documents.archive import archive_number
    from officedesk.store.documents import ArchiveItem as A

    filed = _filed()
    rows: Any = (A.select(A.id, A.registry, A.record_id, A.archive_no, A.fonds, A.category, A.year,
                          A.retention, A.org_code, A.piece_no)
                 .order_by(A.id).tuples())
    for (item_id, registry, record_id, number, fonds, category, year, retention, org_code,
         piece) in rows.iterator():
        label = _label(registry)
        made = archive_number(fonds, category, year, retention, org_code, piece)
        if made != number:
            yield i18n.text("归档文件目录第 %1 条（%2第 %3 号记录）的档号“%4”与其全宗号、年度、保管期限、"
                            "机构（问题）代码和件号组成的“%5”不符（在程序之外被改动）",
                            item_id, label, record_id, number, made)
        kept = filed.get((registry, record_id))
        if kept is None:
            continue  # the record gone, or not filed in this file: the entry stands for it
        if kept[0] != number:
            yield i18n.text("归档文件目录第 %1 条的档号“%2”与%3第 %4 号记录归档时写入的档号“%5”不符（在程序之外被改动）",
                            item_id, number, label, record_id, kept[0])
        elif kept[1] and kept[1] != retention:
            yield i18n.text("归档文件目录第 %1 条的保管期限“%2”与%3第 %4 号记录的“%5”不符（在程序之外被改动）",
                            item_id, retention, label, record_id, kept[1])
