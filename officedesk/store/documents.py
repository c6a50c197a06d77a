"""Tables of the documents registry."""

from __future__ import annotations

from officedesk.store.base import BaseModel

MODELS: list[type[BaseModel]] = []
