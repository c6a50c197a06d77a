"""Every office setting declared, before anything lists them (系统设置, `officedesk settings`).

A setting is declared in the module that uses it (core, printing, exchange): a list of settings
made before, say, the printing modules were imported would miss the printing ones. Those that
list settings call `declare_all()` first; it imports the modules here, when asked (the printing
ones load reportlab: not at start-up)."""

from __future__ import annotations

import importlib

# the modules with `settings.declare(…)`, found by tests/ui/test_settings_declared.py
MODULES = (
    "officedesk.core.backups",
    "officedesk.core.chains",
    "officedesk.core.documents.archive",
    "officedesk.core.documents.deadlines",
    "officedesk.core.documents.doc_rules",
    "officedesk.core.documents.kind_codes",
    "officedesk.core.efficiency.complaints",
    "officedesk.core.efficiency.sanduo",
    "officedesk.core.efficiency.spans",
    "officedesk.core.fields",
    "officedesk.core.info.reporting_units",
    "officedesk.core.info.scoring",
    "officedesk.core.info.spec",
    "officedesk.core.meetings.spec",
    "officedesk.core.meetings.sitting",
    "officedesk.core.my_work",
    "officedesk.core.numbering",
    "officedesk.core.passwords",
    "officedesk.core.petitions.spec",
    "officedesk.core.positions",
    "officedesk.core.supervision.items",
    "officedesk.core.supervision.lights",
    "officedesk.core.supervision.reminders",
    "officedesk.exchange.guard",
    "officedesk.printing.efficiency_bulletin",
    "officedesk.printing.fonts",
    "officedesk.printing.info_bulletin",
    "officedesk.printing.formats",
    "officedesk.printing.gbt9704.geometry",
    "officedesk.printing.seating",
    "officedesk.printing.supervision_bulletin",
)


def declare_all() -> None:
    """Import every module that declares settings (once; later calls cost nothing)."""
    from officedesk.core import registry, steps  # noqa: F401  (the registries' own settings)

    registry.load_all()
    for name in MODULES:
        importlib.import_module(name)
