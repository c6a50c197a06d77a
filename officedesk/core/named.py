"""Finding a registry or a paper by the name a clerk types: its English name, or one of the
Chinese names the window shows it by (core.registry.get, printing.forms.get)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def named_by(items: Iterable[T], name: str, aliases: Callable[[T], Iterable[str]]) -> T | None:
    """The one item that `name` (spaces around it left out) is an alias of; None when none is,
    or when it names more than one (a short name two share is no name)."""
    wanted = name.strip()
    found = [item for item in items if wanted and wanted in set(aliases(item))]
    return found[0] if len(found) == 1 else None
