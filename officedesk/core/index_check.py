"""The search index against the records (`check`) and its rebuilding (`check --reindex`).

The global search shows a hit's title from the index and filters it by the 密级 the index
keeps for it. An index entry whose 密级 is lower than its record's (edited in the file, or left
behind by a fault) shows a classified record's title to someone not cleared for it; an entry
missing hides a record from the search; an entry of no record names one that is gone. `check`
compares each record's entry with the record (its 密级, that it is there); `rebuild` makes every
entry again from the records.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from officedesk.core import i18n
from officedesk.core.actor import Actor, clearance_of, require_admin, secrecy_label
from officedesk.core.summary_texts import trail_text
from officedesk.store.search_index import SearchDoc

CHUNK = 500


def _indexed() -> dict[str, dict[int, int]]:
    """registry -> record id -> the 密级 its index entry keeps."""
    found: dict[str, dict[int, int]] = {}
    rows: Any = SearchDoc.select(SearchDoc.registry, SearchDoc.record_id, SearchDoc.level).tuples()
    for registry, record_id, level in rows.iterator():
        found.setdefault(registry, {})[int(record_id)] = int(level)
    return found


def _levels(spec: Any) -> dict[int, int]:
    """record id -> its 密级 now (0 for a registry without one)."""
    model = spec.model
    if spec.level_field is None:
        return {int(record_id): 0 for (record_id,) in model.select(model.id).tuples().iterator()}
    column = getattr(model, spec.level_field)
    return {int(record_id): clearance_of(str(label or ""))
            for record_id, label in model.select(model.id, column).tuples().iterator()}


def problems() -> Iterator[str]:
    """Index entries that do not agree with their records, in words (at most a few named per
    registry, then how many more)."""
    from officedesk.core import integrity, registry

    indexed = _indexed()
    known = {spec.name for spec in registry.all_registries()}
    for spec in registry.all_registries():
        entries = indexed.get(spec.name, {})
        levels = _levels(spec)
        lower = sorted(i for i, level in levels.items() if i in entries and entries[i] < level)
        other = sorted(i for i, level in levels.items() if i in entries and entries[i] > level)
        missing = sorted(i for i in levels if i not in entries) if spec.name not in integrity.SEEDED else []
        gone = sorted(i for i in entries if i not in levels)
        for record_id in lower[:5]:
            yield i18n.text("检索索引中%1第 %2 条记录的密级为“%3”，低于记录本身的“%4”：密级权限不够的用户会在搜索结果中看到它的标题",
                            spec.label, record_id, secrecy_label(entries[record_id]),
                            secrecy_label(levels[record_id]))
        if len(lower) > 5:
            yield i18n.text("检索索引中还有%1 %2 条记录的密级低于记录本身", spec.label, len(lower) - 5)
        if other:
            yield i18n.text("检索索引中%1 %2 条记录的密级与记录本身不同（如第 %3 条）",
                            spec.label, len(other), other[0])
        if missing:
            yield i18n.text("%1 %2 条记录不在检索索引中（如第 %3 条），搜索找不到它们",
                            spec.label, len(missing), missing[0])
        if gone:
            yield i18n.text("检索索引中有%1 %2 条已不存在的记录（如第 %3 条），搜索会列出它们的标题",
                            spec.label, len(gone), gone[0])
    for name in sorted(set(indexed) - known):
        yield i18n.text("检索索引中有 %1 条不属于任何登记簿（%2）的条目", len(indexed[name]), name)


def rebuild(actor: Actor) -> int:
    """Make every index entry again from the records (administrators only; audited): entries of
    records gone or of no registry removed. Returns the entries made."""
    from officedesk.core import audit, records, registry
    from officedesk.store import search_index
    from officedesk.store.db import guarded, write_transaction

    require_admin(actor, "重建检索索引")
    made = 0
    with guarded("重建检索索引"), write_transaction():
        known = {spec.name for spec in registry.all_registries()}
        for spec in registry.all_registries():
            model = spec.model
            ids = [int(i) for (i,) in model.select(model.id).order_by(model.id).tuples()]
            for start in range(0, len(ids), CHUNK):
                chunk = list(model.select().where(model.id.in_(ids[start:start + CHUNK])).order_by(model.id))
                records.reindex_many(spec, chunk)
                made += len(chunk)
        present = {spec.name: set(_levels(spec)) for spec in registry.all_registries()}
        for registry_name, entries in _indexed().items():
            for record_id in entries:
                if registry_name not in known or record_id not in present[registry_name]:
                    search_index.remove(registry_name, record_id)
        search_index.rebuild_fts()
        audit.record(actor, "reindex", "system", None, None, {"条目": made},
                     trail_text("重建检索索引：%1 条记录", made))
    return made
