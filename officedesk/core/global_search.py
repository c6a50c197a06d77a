"""The global search (the window's 全局搜索, `officedesk search`) for an actor: every registry's
newest hits, each registry given its share of the page, grouped in the tabs' order. Walked
newest first over the whole index, a word common in one registry filled the page with it and
hid every other's (“关于” showed 信息, 会议 and 发文, and not one 收文 of the 190 holding it)."""

from __future__ import annotations

from dataclasses import dataclass

from officedesk.core.actor import Actor
from officedesk.core.record_lists import visible_condition
from officedesk.core.registry import RegistrySpec
from officedesk.store import search_index
from officedesk.store.db import guarded

# the tabs' order (公文, 会议, 督查, 信访, 效能, 信息); 通讯录's registries after them
TAB_ORDER = ("incoming", "outgoing", "meetings", "supervision", "petitions", "complaints", "info")


@dataclass(frozen=True)
class Found:
    hits: list[search_index.Hit]
    more: bool  # hits the actor may see were left off: a registry had more than its share


def found(text: str, actor: Actor, limit: int = 200) -> Found:
    """Up to `limit` hits the actor may see: each registry's newest, an equal share each, what
    one registry does not use going to the others."""
    from officedesk.core import registry

    specs = sorted(registry.all_registries(),
                   key=lambda spec: TAB_ORDER.index(spec.name) if spec.name in TAB_ORDER else len(TAB_ORDER))
    # one more than the page each: whether any was left off
    first = search_index.search_each(text, actor.clearance, limit + 1, [spec.name for spec in specs])
    each = {spec.name: _visible_hits(text, actor, spec, first.get(spec.name, []), limit + 1) for spec in specs}
    shares = fair_shares({name: len(hits) for name, hits in each.items()}, limit)
    hits = [hit for spec in specs for hit in each[spec.name][: shares[spec.name]]]
    return Found(hits, sum(len(found) for found in each.values()) > limit)


def search(text: str, actor: Actor, limit: int = 200) -> list[search_index.Hit]:
    """The hits of `found`, without saying whether more were left off."""
    return found(text, actor, limit).hits


def fair_shares(sizes: dict[str, int], limit: int) -> dict[str, int]:
    """How many of each group's `sizes` a page of `limit` shows: an equal share each, a group
    that has fewer leaving the rest to the others (a remainder goes to the first groups)."""
    shares = dict.fromkeys(sizes, 0)
    left = limit
    waiting = [name for name, size in sizes.items() if size > 0]
    while left > 0 and waiting:
        share = max(1, left // len(waiting))
        for name in list(waiting):
            take = min(share, sizes[name] - shares[name], left)
            shares[name] += take
            left -= take
            if shares[name] >= sizes[name]:
                waiting.remove(name)
            if not left:
                break
    return shares


def _visible_hits(text: str, actor: Actor, spec: RegistrySpec, hits: list[search_index.Hit],
                  wanted: int) -> list[search_index.Hit]:
    """The registry's newest `wanted` hits the actor may see, of its first `hits` (`wanted` of
    them, or all it has): the index's are within his clearance (it keeps one 密级 per record);
    those withheld from him (RegistrySpec.withheld_where) or above his clearance by the record's
    own 密级 (an index entry left lower than its record — changed in the file — shows no title)
    are left off, asked in SQL of the few hits, and more fetched in their place."""
    condition = visible_condition(spec, actor)
    fetched = wanted
    while True:
        if condition is None or not hits:
            return hits
        with guarded("搜索"):
            kept = {row[0] for row in spec.model.select(spec.model.id)
                    .where(spec.model.id.in_([hit.record_id for hit in hits]) & condition).tuples()}
        shown = [hit for hit in hits if hit.record_id in kept]
        if len(shown) >= wanted or len(hits) < fetched or fetched >= wanted * 64:
            return shown[:wanted]
        fetched *= 4
        hits = search_index.search(text, actor.clearance, limit=fetched, registry=spec.name)
