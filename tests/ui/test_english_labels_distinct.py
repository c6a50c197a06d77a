"""In English, no two fields of a registry's form read alike: 效能投诉 had “Received by” (投诉方式,
来信/来电…) above “Received by (clerk)” (受理人), two labels for one question."""

from __future__ import annotations

import re

from officedesk.core import registry
from officedesk.core.i18n import display


def _stem(label: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", label).strip().lower()


def test_the_fields_of_each_form_read_apart_in_english(english):
    registry.load_all()
    alike = []
    for spec in registry.all_registries():
        seen: dict[str, str] = {}
        for field in spec.fields:
            stem = _stem(display(field.label))
            if stem in seen and seen[stem] != field.label:
                alike.append((spec.name, seen[stem], field.label, display(field.label)))
            seen.setdefault(stem, field.label)
    assert alike == []
