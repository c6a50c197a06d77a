"""The 信访 tab's 打印 offers the 延期告知书 when core prints it (an extended 直接答复), greys it
out saying why otherwise, and Ctrl+P prints it for an extended matter not answered yet."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions

from .conftest import extend
from .test_ui import _print_items


def test_the_print_menu_offers_the_extension_notice_once_extended(
        tab, accepted, admin, fixed_today, monkeypatch):
    printed: list[str] = []
    monkeypatch.setattr(tab, "print_form", lambda name, unmasked=False: printed.append(name))
    p = accepted("2026-08-03")
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    enabled, why = _print_items(tab)["延期告知书"]
    assert not enabled and why == petitions.paper_refusal("extension", p) != ""
    fixed_today(dt.date(2026, 9, 21))
    p = extend(p, admin, "2026-09-21")
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    items = _print_items(tab)
    assert items["延期告知书"][0] and items["延期告知书（含完整身份信息）"][0]
    tab.print_current()
    assert printed == ["petition-extension"]  # the latest paper: no 答复 yet
