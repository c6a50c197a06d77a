"""Demo 信息 name their source once: the issue prints the unit right-aligned under each item,
so an item's text does not end with （单位） as well."""

from __future__ import annotations

import datetime as dt
import random

import pymupdf

from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import periodicals
from officedesk.demo import directory as demo_directory
from officedesk.demo import info as demo
from officedesk.printing import forms
from officedesk.store.info import InfoItem


def test_demo_items_and_issues_name_their_unit_once(db, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    demo_directory.populate(10, random.Random(7))
    demo.populate(20, random.Random(7))
    items = list(InfoItem.select())
    assert any(i.category == "问题建议" for i in items)  # the template that added the unit
    for item in items:
        assert not (item.content or "").rstrip().endswith(f"（{item.unit}）"), item.content
    issue = next(i for i in periodicals.issues("信息专报")
                 if periodicals.items_of(i.id, CLI_ACTOR))
    with pymupdf.open(stream=forms.get("info-issue").build([issue.id], CLI_ACTOR),
                      filetype="pdf") as pdf:
        text = "".join("".join(page.get_text().split()) for page in pdf)
    for item in periodicals.items_of(issue.id, CLI_ACTOR):
        assert text.count(f"（{item.unit}）") == sum(
            i.unit == item.unit for i in periodicals.items_of(issue.id, CLI_ACTOR)), item.unit
