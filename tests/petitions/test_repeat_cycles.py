"""重复件 links never run in a circle: a petition may not be marked a 重复件 of one that is
(directly or through others) its own 重复件, and `check` reports a circle made outside."""

from __future__ import annotations

import pytest

from officedesk.core import check, petitions, rule_checks
from officedesk.core.errors import ValidationError
from officedesk.store.petitions import Petition

AGAIN = "再次反映青河村土地征收补偿款未足额发放。"


def _fresh(p: Petition) -> Petition:
    return Petition.get_by_id(p.id)


def test_two_petitions_cannot_be_each_others_original(register, admin):
    first = register()
    second = register(content=AGAIN)
    petitions.link_repeat(first.id, second.id, first.version, admin)
    second = _fresh(second)
    with pytest.raises(ValidationError, match="本身是本件的重复件") as refused:
        petitions.link_repeat(second.id, first.id, second.version, admin)
    assert first.number in str(refused.value)
    assert _fresh(second).repeat_of is None  # nothing changed
    assert check.run_checks(update_anchor=False) == []


def test_a_longer_circle_is_refused_too(register, admin):
    a, b, c = register(), register(content=AGAIN), register(content=AGAIN + "三")
    petitions.link_repeat(b.id, a.id, b.version, admin)  # b repeats a
    petitions.link_repeat(c.id, b.id, c.version, admin)  # c repeats b (and so a)
    a = _fresh(a)
    with pytest.raises(ValidationError, match="本身是本件的重复件"):
        petitions.link_repeat(a.id, c.id, a.version, admin)
    # a chain without a circle stays allowed: another repeat of c
    d = register(content=AGAIN + "四")
    assert petitions.link_repeat(d.id, c.id, d.version, admin).repeat_of == c.id


def test_the_step_on_the_command_line_refuses_the_circle(register, admin):
    from officedesk.core import steps
    from officedesk.core.errors import ProcedureError

    first, second = register(), register(content=AGAIN)
    steps.perform("petitions", first.id, "标为重复件", {"原件": str(second.id)}, admin)
    with pytest.raises((ValidationError, ProcedureError), match="本身是本件的重复件"):
        steps.perform("petitions", second.id, "标为重复件", {"原件": first.number}, admin)


def test_check_reports_a_circle_made_outside_the_program(register, admin):
    a, b, c = register(), register(content=AGAIN), register(content=AGAIN + "三")
    assert rule_checks.check_links() == []
    Petition.update(repeat_of=b.id).where(Petition.id == a.id).execute()
    Petition.update(repeat_of=a.id).where(Petition.id == b.id).execute()
    Petition.update(repeat_of=a.id).where(Petition.id == c.id).execute()  # hangs on it: no circle
    found = [p for p in check.check_records() if p.kind == rule_checks.LINKS]
    assert len(found) == 1
    message = str(found[0])
    assert "[记录关联]" in message and a.number in message and b.number in message
    assert c.number not in message and "成环" in message
