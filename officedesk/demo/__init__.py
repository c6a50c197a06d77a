"""Realistic Chinese demo data, written by us. `officedesk demo --size N` and the first-run
dialog call populate(); each registry adds its module to DEMO_MODULES."""

from __future__ import annotations

import importlib
import random

from officedesk.core.errors import OfficeDeskError

# said after what stopped it: the records made before stay, and a demo fills only an empty office
UNFINISHED = "演示数据没有生成完：数据库中已有其中一部分，不能再往里添加演示数据。请换一个新的数据库文件重新生成。"

DEMO_MODULES = [
    "officedesk.demo.directory",
    "officedesk.demo.users",
    "officedesk.demo.documents",
    "officedesk.demo.meetings",
    "officedesk.demo.supervision",
    "officedesk.demo.petitions",
    "officedesk.demo.efficiency",
    "officedesk.demo.info",
]


def populate(size: int = 50, seed: int = 2026) -> dict[str, int]:
    """Fill every registry that exists; returns how many records each module made.

    A module's populate(size, rng) -> int; size scales the number of records."""
    counts: dict[str, int] = {}
    for name in DEMO_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        try:
            counts[name.rsplit(".", 1)[1]] = module.populate(size, random.Random(seed))
        except OfficeDeskError as exc:  # what was made stays: each record went through core, audited
            exc.message += UNFINISHED
            raise
    return counts
