"""The global search (the window's 全局搜索, `officedesk search`) for an actor: the index's
newest hits he may see, grouped in the tabs' order, and whether some were left off. A page cut
short was said as 找到 200 条, as if that were all; and since the index keeps each registry's
documents together, a word common in one registry fills the page with it (“关于”: 信息, 会议
and 发文, and not one 收文 of the 190 holding it) — said now, with what to do: more words, or the
registry's own 查找 box, which lists every hit.

(Each registry's newest in turn, a share each, was tried: the index's walk to a registry below a
big one passes every hit above it, 5–14 ms of CPU at 200,000 records where the walk takes 1–2 ms.)"""

from __future__ import annotations

from dataclasses import dataclass

from officedesk.core.actor import Actor
from officedesk.core.record_lists import visible_condition
from officedesk.store import search_index
from officedesk.store.db import guarded

# the tabs' order (公文, 会议, 督查, 信访, 效能, 信息); 通讯录's registries after them
TAB_ORDER = ("incoming", "outgoing", "meetings", "supervision", "petitions", "complaints", "info",
             "units", "people", "ranks", "rooms")


@dataclass(frozen=True)
class Found:
    hits: list[search_index.Hit]
    more: bool  # hits the actor may see were left off the page


def found(text: str, actor: Actor, limit: int = 200) -> Found:
    """Up to `limit` of the newest hits the actor may see, grouped by registry in the tabs'
    order (newest first within each), and whether more were left off."""
    hits = _visible(text, actor, limit + 1)  # one more than the page: whether any was left off
    page = hits[:limit]
    order = {name: place for place, name in enumerate(TAB_ORDER)}
    page.sort(key=lambda hit: order.get(hit.registry, len(order)))  # stable: newest first within
    return Found(page, len(hits) > limit)


def search(text: str, actor: Actor, limit: int = 200) -> list[search_index.Hit]:
    """The hits of `found`, without saying whether more were left off."""
    return found(text, actor, limit).hits


def _visible(text: str, actor: Actor, limit: int) -> list[search_index.Hit]:
    """The index's newest `limit` hits within the actor's clearance (it keeps one 密级 per
    record), less those withheld from him (RegistrySpec.withheld_where) or above his clearance
    by the record's own 密级 (an index entry left lower than its record — changed in the file —
    shows no title), asked in SQL of the few hits of such a registry; more are fetched in their
    place."""
    from officedesk.core import registry

    fetched = limit
    while True:
        hits = search_index.search(text, actor.clearance, limit=fetched)
        kept: dict[str, set[int]] = {}
        for name in {hit.registry for hit in hits}:
            spec = registry.get(name)
            withheld = visible_condition(spec, actor)
            if withheld is None:
                continue
            ids = [hit.record_id for hit in hits if hit.registry == name]
            with guarded("搜索"):
                kept[name] = {row[0] for row in spec.model.select(spec.model.id)
                              .where(spec.model.id.in_(ids) & withheld).tuples()}
        shown = [hit for hit in hits if hit.registry not in kept or hit.record_id in kept[hit.registry]]
        if len(shown) >= limit or len(hits) < fetched or fetched >= limit * 64:
            return shown[:limit]
        fetched *= 4
