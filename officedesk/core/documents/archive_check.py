"""`check`: the 归档文件目录 (archive_item) against the records it lists and the 归档 steps.

A 件's entry is made by `archive.archive` in the 归档 step's transaction, and by nothing else;
nothing deletes one. Its 档号 is the one the step wrote on the record (whose row the audit trail
digests), its 全宗号, 门类, 年度, 保管期限, 机构(问题)代码 and 件号 are the parts that 档号 is made
of, and its 保管期限 is the record's. The step's audit entry (the record's, 状态 → 已归档 with its
档号) keeps the entry as filed, every column (`archive.FILED_LABELS`; its 密级 then follows the
record's, `archive._follow_level`); one made before it did keeps only the record's 档号. An
entry whose columns no longer agree with its step's entry, with its record or with each other,
one no 归档 step made, and a 归档 step whose entry is gone were written outside the program: the
目录 printed from it would list a 件 otherwise than it was filed.
(Read once: the entries, the 档号 of the records filed, and the 归档 steps' entries.) A 档号
two records hold is a record-level finding of its own (`held_twice`, read by rule_checks).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from officedesk.core import audit, i18n
from officedesk.core.documents.common import RETENTION

_REGISTRIES = ("incoming", "outgoing")


def _label(name: str) -> Any:
    from officedesk.core import registry

    try:
        return registry.get(name).label
    except Exception:  # noqa: BLE001  (a registry this program does not have: by its name)
        return name


def _filed() -> dict[tuple[str, int], tuple[str, str, str]]:
    """(registry, record id) -> (the record's 档号, its 保管期限 code, its 密级) of every record
    with one."""
    from officedesk.store.documents import IncomingDoc, OutgoingDoc

    found: dict[tuple[str, int], tuple[str, str, str]] = {}
    for registry, model in (("incoming", IncomingDoc), ("outgoing", OutgoingDoc)):
        rows: Any = (model.select(model.id, model.archive_no, model.retention, model.secrecy)
                     .where(model.archive_no != "").tuples())
        for record_id, number, retention, secrecy in rows.iterator():
            found[(registry, record_id)] = (number, RETENTION.get(retention, retention), secrecy)
    return found


def _supervision_levels() -> dict[int, str]:
    """督查事项 id -> its 密级 now, of the items filed (the item holds no 档号 of its own: its
    目录 entry is its 归档; the entry's 密级 follows the item's)."""
    from officedesk.store.documents import ArchiveItem
    from officedesk.store.supervision import SupervisionItem

    rows: Any = (SupervisionItem.select(SupervisionItem.id, SupervisionItem.secrecy)
                 .join(ArchiveItem, on=(ArchiveItem.registry == "supervision")
                       & (ArchiveItem.record_id == SupervisionItem.id)).tuples())
    return dict(rows.iterator())


@dataclass(frozen=True)
class _Step:
    """A 归档 step's audit entry: its id, actor and what it kept."""

    entry: int
    actor: str
    kept: dict[str, Any]


def _steps() -> dict[tuple[str, int], _Step]:
    """(registry, record id) -> its 归档 step's entry (a step leaving it 已归档 with a 档号, or an
    entry of action “archive” with its 档号: a 督查事项's 归档, a 收文/发文 brought filed)."""
    from officedesk.core.documents.archive import ARCHIVED
    from officedesk.store.models import AuditEntry as A

    found: dict[tuple[str, int], _Step] = {}
    query: Any = (A.select(A.id, A.registry, A.record_id, A.actor, A.after)
                  .where(A.registry.in_(_REGISTRIES) & (A.action == "step") & A.record_id.is_null(False)
                         & A.after.contains(ARCHIVED))
                  .order_by(A.id).tuples())
    for entry_id, registry, record_id, actor, after in query.iterator():
        kept = audit.fields_of(after)
        if kept.get("状态") == ARCHIVED and "档号" in kept:
            found[(registry, record_id)] = _Step(entry_id, actor, kept)
    # a 督查事项 keeps its 状态 (按期/逾期办结): its 归档 is the item's entry of action "archive";
    # so is that of a 收文/发文 brought 已归档 with a 档号 of the office (archive_brought)
    filed: Any = (A.select(A.id, A.registry, A.record_id, A.actor, A.after)
                  .where(A.registry.in_(("supervision", *_REGISTRIES)) & (A.action == "archive")
                         & A.record_id.is_null(False))
                  .order_by(A.id).tuples())
    for entry_id, registry, record_id, actor, after in filed.iterator():
        kept = audit.fields_of(after)
        if "档号" in kept:
            found[(registry, record_id)] = _Step(entry_id, actor, kept)
    return found


def _shown(value: Any) -> str:
    return "“”" if value is None or value == "" else f"“{value}”"


def problems() -> Iterator[str]:
    """Each 目录 entry that differs from its 归档 step, its record or its own parts, each no step
    made, and each step's entry gone, in words."""
    from officedesk.core.documents.archive import FILED_LABELS, archive_number
    from officedesk.store.documents import ArchiveItem as A

    filed, steps, levels = _filed(), _steps(), _supervision_levels()
    names = list(FILED_LABELS)
    rows: Any = (A.select(A.id, A.registry, A.record_id, *[getattr(A, name) for name in names])
                 .order_by(A.id).tuples())
    listed: set[tuple[str, int]] = set()
    for item_id, registry, record_id, *values in rows.iterator():
        row = dict(zip(names, values, strict=True))
        label = _label(registry)
        listed.add((registry, record_id))
        made = archive_number(row["fonds"], row["category"], row["year"], row["retention"],
                              row["org_code"], row["piece_no"])
        if made != row["archive_no"]:
            yield i18n.text("归档文件目录第 %1 条（%2第 %3 号记录）的档号“%4”与其全宗号、年度、保管期限、"
                            "机构（问题）代码和件号组成的“%5”不符（在程序之外被改动）",
                            item_id, label, record_id, row["archive_no"], made)
        kept = filed.get((registry, record_id))
        step = steps.get((registry, record_id))
        if step is None:
            yield i18n.text("归档文件目录第 %1 条（%2第 %3 号记录）没有审计记录为它办理归档（在程序之外写入，"
                            "或改了它所属的记录）", item_id, label, record_id)
        else:
            yield from _against_step(item_id, label, record_id, row, step,
                                     kept[2] if kept is not None else levels.get(record_id)
                                     if registry == "supervision" else None)
        if kept is None:
            continue  # the record gone, or not filed in this file: the entry stands for it
        if kept[0] != row["archive_no"]:
            yield i18n.text("归档文件目录第 %1 条的档号“%2”与%3第 %4 号记录归档时写入的档号“%5”不符（在程序之外被改动）",
                            item_id, row["archive_no"], label, record_id, kept[0])
        elif kept[1] and kept[1] != row["retention"]:
            yield i18n.text("归档文件目录第 %1 条的保管期限“%2”与%3第 %4 号记录的“%5”不符（在程序之外被改动）",
                            item_id, row["retention"], label, record_id, kept[1])
    for (registry, record_id), step in sorted(steps.items()):
        if (registry, record_id) not in listed:
            yield i18n.text("审计记录 %1 记载%2第 %3 号记录已归档（档号“%4”），归档文件目录中却没有它"
                            "（在程序之外被删除，或改了所属的记录）",
                            step.entry, _label(registry), record_id, step.kept.get("档号"))


def held_twice() -> Iterator[str]:
    """A 档号 two or more 收文/发文 hold (a past register brought one 已归档 with a 档号 another
    holds, or the 归档 issued one that a brought record held before it passed over them): the
    目录 and the 归档章 would give two 件 one number (rule_checks: a record-level finding)."""
    holders: dict[str, list[tuple[str, int]]] = {}
    for key, (number, _retention, _level) in _filed().items():
        holders.setdefault(number, []).append(key)
    for number, keys in sorted(holders.items()):
        if len(keys) > 1:
            named = [i18n.text("%1第 %2 号记录", _label(registry), record_id) for registry, record_id in sorted(keys)]
            yield i18n.text("档号“%1”用在 %2 件文件上：%3。一个档号只能给一件文件：请核对原件和归档文件目录，"
                            "错误的档号请联系档案管理员（系统管理员）更正。", number, len(keys), named)


def _against_step(item_id: int, label: Any, record_id: int, row: dict[str, Any], step: _Step,
                  level_now: str | None) -> Iterator[str]:
    """The entry's columns against what its 归档 step's entry kept: every one where it kept them
    (its 密级 may be the record's now, `level_now`: a change of it follows), else the 归档人."""
    from officedesk.core.documents.archive import FILED_LABELS, filed_facts

    if not any(key in step.kept for key in FILED_LABELS.values()):  # filed before it kept them
        if row["archived_by"] != step.actor:
            yield _differs(item_id, label, record_id, "归档人", row["archived_by"], step.entry, step.actor)
        return
    now = filed_facts(row)
    for name, key in FILED_LABELS.items():
        was = step.kept.get(key)
        if now[key] != was and not (name == "secrecy" and now[key] == level_now):
            yield _differs(item_id, label, record_id, _COLUMN_WORDS[name], now[key], step.entry, was)


# the 目录's columns in the words of its header (archive.FILED_LABELS name them for the trail)
_COLUMN_WORDS = {"archive_no": "档号", "fonds": "全宗号", "category": "门类代码", "year": "年度",
                 "retention": "保管期限", "org_code": "机构（问题）代码", "piece_no": "件号",
                 "title": "题名", "doc_ref": "文号", "responsible": "责任者", "doc_date": "日期",
                 "pages": "页数", "secrecy": "密级", "archived_at": "归档时间", "archived_by": "归档人"}


def _differs(item_id: int, label: Any, record_id: int, column: str, now: Any, entry: int,
             was: Any) -> Any:
    return i18n.text("归档文件目录第 %1 条（%2第 %3 号记录）的%4现为%5，与归档时的审计记录 %6 中的%7不符"
                     "（在程序之外被改动）", item_id, label, record_id, i18n.text(column), _shown(now),
                     entry, _shown(was))
