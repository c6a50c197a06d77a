"""One rule for the papers of a voided (作废) record (printing.voided.PAPERS): every paper of a
registry whose records may be voided says what it does with a voided one — refused (addressed
outside the office), marked (kept on file) or left out (a compilation)."""

from __future__ import annotations

from officedesk.core import lifecycle
from officedesk.printing import forms, voided


def test_every_paper_of_a_voidable_registry_has_its_rule():
    papers = {f.name for f in forms.all_forms() if f.registry in lifecycle.NUMBER_KINDS}
    assert papers  # the 收文/发文, 督查, 信访 and 信息 papers
    assert papers - set(voided.PAPERS) == set()
    assert set(voided.PAPERS.values()) <= {voided.REFUSED, voided.MARKED, voided.LEFT_OUT}
    assert voided.PAPERS["petition-notice"] == voided.REFUSED
    assert voided.PAPERS["outgoing-draft"] == voided.MARKED
