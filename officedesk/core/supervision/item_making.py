"""督查事项 made: from the form, `add` or an import row (`create_item`, `_create`), and 立项 from
another registry's record (`create_item_from_source`: a meeting decision, a 收文's 批办, a 信访,
a 信息) — an item left without a 办结时限 given the default, counted in the item's own
transaction and remembered so that a holiday change counts it again; and an item following its
source's 密级 up (records.LEVEL_HOOKS). The item's fields and rules: core.supervision.items."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from typing import Any

from officedesk.core import counted_deadlines, i18n, records, settings, workdays
from officedesk.core.actor import Actor, secrecy_label
from officedesk.core.errors import ValidationError
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.core.supervision.items import DEFAULT_DAYS, SPEC, WORKING_DAYS, _no_source
from officedesk.core.supervision.sources import (
    SOURCE_KINDS,
    SOURCE_REGISTRIES,
    source_label_for,
    source_query,
)
from officedesk.store.db import guarded, write_transaction
from officedesk.store.supervision import SupervisionItem


def _deadline_given(values: dict[str, Any]) -> bool:
    return str(values.get("deadline", values.get("办结时限")) or "").strip() != ""


def _remember_default(item: SupervisionItem, given: bool) -> None:
    """An item whose 办结时限 was left blank got the default (counted in its transaction): kept
    with what it was counted from, so that a holiday change counts it again."""
    if given:
        counted_deadlines.forget(SPEC.name, item.id, "deadline")
        return
    days, working = int(settings.get(DEFAULT_DAYS.key)), bool(settings.get(WORKING_DAYS.key))
    if item.deadline == workdays.add_days(item.start_date, days, working):
        counted_deadlines.remember(SPEC.name, item.id, "deadline", item.start_date, days, working,
                                   item.deadline)


@contextlib.contextmanager
def _counting() -> Iterator[None]:
    """records.create checks its rules before its transaction: the default 办结时限
    (_check_item) is counted inside this one instead, under the holiday table as committed (a
    holiday change still running is waited for)."""
    with guarded("保存"), write_transaction():
        yield


def _create(values: dict[str, Any], actor: Actor) -> SupervisionItem:
    """records.create; an item without its 来源 (required, no default) is refused naming the
    choices (the cells given are checked first, as any missing field is)."""
    try:
        with _counting():
            item = records.create(SPEC, values, actor)
            _remember_default(item, _deadline_given(values))
            return item
    except ValidationError as exc:
        given = values.get("source", values.get("来源"))
        if exc.field == "source" and not str(given or "").strip():
            raise _no_source() from exc
        raise


def create_item(values: dict[str, Any], actor: Actor) -> SupervisionItem:
    """A new item from form input (field names or labels -> raw values)."""
    return _create(values, actor)


def create_item_from_source(
    source_kind: str,
    source_id: int | None,
    title: str,
    content: str,
    actor: Actor,
    leader: str = "",
    instruction: str = "",
    deadline: dt.date | None = None,
) -> SupervisionItem:
    """立项 from another registry: a meeting decision, an incoming document's 批办, a petition.

    The item keeps source_kind + source_id (a loose link) and a readable label of the source;
    without a deadline it gets 立项日期 + the configured default. The caller stores the new
    item's id on its own row. A source above the actor's clearance is refused."""
    if source_kind not in SOURCE_KINDS:
        raise ValidationError(
            i18n.text("未知的督查来源“%1”，可用的有：%2。",
                      source_kind, '、'.join(SOURCE_KINDS)), "source"
        )
    # before anything else: a source the actor may not see is refused, not copied from
    source_label = source_label_for(source_kind, source_id, actor)
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError("请填写“事项名称”。", "title")
    if len(title) > 300:
        content = content or title
        title = title[:299] + "…"
    values: dict[str, Any] = {
        "title": title,
        "content": content or "",
        "leader": leader or "",
        "instruction": instruction or "",
        "source": SOURCE_KINDS[source_kind],
    }
    if deadline is not None:
        values["deadline"] = deadline
    extra = {
        "source_kind": source_kind,
        "source_id": source_id,
        "source_label": source_label,
    }
    with _counting():
        item = records.create(
            SPEC, values, actor, extra=extra, summary=trail_text("立项（%1）：%2", SOURCE_KINDS[source_kind], title)
        )
        _remember_default(item, deadline is not None)
        return item


def _follow_source(spec: RegistrySpec, record: Any, actor: Actor) -> None:
    """A source's 密级 was raised: the items made from it are raised with it."""
    kinds = [kind for kind, name in SOURCE_REGISTRIES.items() if name == spec.name]
    level = records.level_of(spec, record)
    for kind in kinds:
        for item in _items_for_source_unchecked(kind, record.id):
            if records.level_of(SPEC, item) < level:
                records.save_changes(
                    SPEC, item, {"secrecy": secrecy_label(level)}, item.version, actor,
                    action="step", summary=trail_text("随来源记录提高密级为%1", secrecy_label(level)),
                )


records.LEVEL_HOOKS.append(_follow_source)


def _items_for_source_unchecked(source_kind: str, source_id: int | None) -> list[SupervisionItem]:
    """Every item made from the record, whatever its 密级: only for `_follow_source`, which
    raises their 密级 with the source's and shows none of them to anyone."""
    return list(source_query(source_kind, source_id).order_by(SupervisionItem.id))
