"""Figures for `stats` and the charts: each registry registers what it counts ("三多" figures:
documents and meetings per month, petitions by form, supervision completion rates)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from officedesk.core.actor import Actor

StatsProvider = Callable[[Actor, int], dict[str, Any]]  # (actor, year) -> JSON-able figures
_providers: dict[str, StatsProvider] = {}


def register(name: str, provider: StatsProvider) -> StatsProvider:
    _providers[name] = provider
    return provider


def collect(actor: Actor, year: int) -> dict[str, Any]:
    from officedesk.core import registry
    from officedesk.core.fields import check_year

    check_year(year, "统计年份")
    registry.load_all()
    return {name: provider(actor, year) for name, provider in _providers.items()}
