"""A declared step (what `officedesk steps` offers, and the window's buttons and dialogs) leaves
from the states its registry's core procedure lets it leave from: read from the one FLOW the
core step functions hold (state -> the steps it may allow), never a second list of the same
fact that could drift from it (a 信访 已转送 once offered neither 办理 nor 办结, which core took)."""

from __future__ import annotations

from officedesk.core import steps
from officedesk.core.documents import incoming_spec, outgoing_spec
from officedesk.core.efficiency import complaints
from officedesk.core.petitions import procedure as petition_procedure

# each registry whose core keeps its procedure as a FLOW
FLOWS = {
    "incoming": incoming_spec.FLOW,
    "outgoing": outgoing_spec.FLOW,
    "complaints": complaints.FLOW,
    "petitions": petition_procedure.FLOW,
}


def test_every_step_of_a_flow_leaves_from_the_states_of_its_flow():
    for registry, flow in FLOWS.items():
        declared = {s.name: s for s in steps.procedure(registry).steps}
        named = {name for allowed in flow.values() for name in allowed}
        assert named <= set(declared), (registry, named - set(declared))  # none undeclared
        for name in named:
            assert set(declared[name].states) == set(steps.states_of(flow, name)), (registry, name)

