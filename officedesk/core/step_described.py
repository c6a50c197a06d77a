"""What `steps --json` says of a record: its state and the steps allowed now, each with its
fields as offered to the actor (core.steps.describe)."""

from __future__ import annotations

from typing import Any

from officedesk.core import records, self_check
from officedesk.core import registry as registries
from officedesk.core.actor import Actor
from officedesk.core.fields import display
from officedesk.core.steps import available_steps, fields_offered, procedure, state_of


def described(registry: str, record_id: int, actor: Actor) -> dict[str, Any]:
    """The record's state and the steps allowed now, each with its fields."""
    spec = registries.get(registry)
    proc = procedure(registry)
    record = records.get(spec, record_id, actor)
    steps = []
    for step in available_steps(registry, record_id, actor):
        defaults = step.defaults_for(record, actor)
        current = step.current_values(record)
        offered = fields_offered(step, record, actor)
        labels = {f.name: f.label for f in offered}
        # what the step says first (修改 by the 核稿 处长): `step` refuses it without --confirm
        caution = self_check.step_caution(registry, step.name, record, actor)
        steps.append({
            "step": step.name,
            "help": step.help,
            "limit": step.limit_text(record),
            "force": step.force,
            "on": step.takes_on,
            "person": step.accepts_person(record),
            **({"caution": str(caution)} if caution else {}),
            "fields": [
                {
                    "label": f.label,
                    "name": f.name,
                    "kind": f.kind,
                    "required": f.required,
                    "choices": f.choice_list(),
                    **({"default": display(f, defaults[f.name])} if defaults.get(f.name) not in
                       (None, "") else {}),
                    **({"current": display(f, current[f.name])} if f.name in current else {}),
                    # filled only with these values of another field (FieldSpec.used_when)
                    **({"used_when": {"field": labels.get(f.used_when[0], f.used_when[0]),
                                      "values": list(f.used_when[1])}} if f.used_when else {}),
                }
                for f in offered
            ],
        })
    number = getattr(record, spec.number_field, None) if spec.number_field else None
    return {
        "registry": spec.name,
        "id": record.id,
        "title": str(getattr(record, spec.title_field, "") or ""),
        "number": number or None,
        "state": state_of(proc, record),
        "steps": steps,
    }
