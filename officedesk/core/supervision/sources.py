"""Where a 督查事项 comes from: the 来源 kinds, the record of another registry an item was made
from (a loose link: source_kind + source_id), its readable label and 密级, and the items made
from one record."""

from __future__ import annotations

from typing import Any

from officedesk.core import i18n, records, registry
from officedesk.core.actor import Actor
from officedesk.core.registry import RegistrySpec
from officedesk.store.supervision import SupervisionItem

# source_kind -> 来源 label
SOURCE_KINDS: dict[str, str] = {
    "decision": "上级决策部署",
    "instruction": "领导批示",
    "meeting": "会议议定事项",
    "incoming": "收文批办",
    "petition": "群众反映",
    "info": "信息批示",
    "other": "其他",
}
SOURCES = tuple(SOURCE_KINDS.values())
KIND_OF_SOURCE = {label: kind for kind, label in SOURCE_KINDS.items()}
# source_kind -> the registry holding the linked record
SOURCE_REGISTRIES = {"meeting": "meetings", "incoming": "incoming", "petition": "petitions",
                     "info": "info"}


def linked_record(kind: str, source_id: int | None) -> tuple[RegistrySpec, Any] | None:
    """The registry and record an item of this kind links to (the record None when it is not
    there: links are loose); None when the kind names no registry or there is no id."""
    name = SOURCE_REGISTRIES.get(kind)
    if name is None or source_id is None:
        return None
    spec = registry.get(name)
    return spec, spec.model.get_or_none(spec.model.id == source_id)


def source_label_for(kind: str, source_id: int | None, actor: Actor) -> str:
    """Readable text of the linked record: “会议议定事项：2026年第3次常委会”, or its id if unknown.
    Refuses (PermissionDeniedError) a record above the actor's clearance: the text is its."""
    label = SOURCE_KINDS.get(kind, "其他")
    if source_id is None:
        return label
    text = ""
    linked = linked_record(kind, source_id)
    if linked is not None and linked[1] is not None:
        spec, record = linked
        records.ensure_visible(spec, record, actor)
        parts = []
        if spec.number_field and getattr(record, spec.number_field, ""):
            parts.append(str(getattr(record, spec.number_field)))
        parts.append(str(getattr(record, spec.title_field, "") or ""))
        text = " ".join(p for p in parts if p)
    return f"{label}：{text or f'第 {source_id} 号记录'}"[:300]


def label_words(source: str, label: str) -> Any:
    """关联记录 (or the 来源 alone) as the window reads it: “信息批示：信息〔2026〕58号 …” with its
    来源 translated, the record's number and title as written (source_label_for wrote it)."""
    head = f"{source}："
    if source in SOURCES and label.startswith(head):
        return i18n.text("%1：%2", source, i18n.Verbatim(label[len(head):]))
    return label or source


def source_level(kind: str, source_id: int | None) -> int:
    """The 密级 level of the record an item was made from (0 when none or not found)."""
    linked = linked_record(kind, source_id)
    if linked is None or linked[1] is None:
        return 0
    return records.level_of(*linked)


def source_query(source_kind: str, source_id: int | None) -> Any:
    return SupervisionItem.select().where(
        (SupervisionItem.source_kind == source_kind)
        & (
            SupervisionItem.source_id.is_null()
            if source_id is None
            else SupervisionItem.source_id == source_id
        )
    )


def items_for_source(
    source_kind: str, source_id: int | None, actor: Actor
) -> list[SupervisionItem]:
    """The items made from one record of another registry that the actor may see, oldest
    first."""
    query = source_query(source_kind, source_id)
    levels = records.visible_levels(registry.get("supervision"), actor)
    if levels is not None:
        query = query.where(levels)
    return list(query.order_by(SupervisionItem.id))
