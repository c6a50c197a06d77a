"""Every hint a form shows in an empty box (a FieldSpec's placeholder, of a registry's form or a
step's) reads in English in the English interface (附件名称，每行一个 was shown as it is)."""

from __future__ import annotations

import re

from officedesk.core import registry, steps
from officedesk.core.i18n import display
from tests.ui.test_english_gaps import _declare_everything

CJK = re.compile(r"[\u3400-\u9fff]")


def test_every_placeholder_of_forms_and_steps_is_english(english):
    _declare_everything()
    steps.load_all()
    fields = [(spec.name, f) for spec in registry.all_registries() for f in spec.fields]
    fields += [(f"{proc.registry}/{step.name}", f) for proc in steps.procedures()
               for step in proc.steps for f in step.fields]
    untranslated = sorted({(where, f.placeholder) for where, f in fields
                           if CJK.search(f.placeholder) and display(f.placeholder) == f.placeholder})
    assert len(fields) > 200
    assert untranslated == [], "\n".join(map(str, untranslated))
