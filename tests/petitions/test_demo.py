"""Demo petitions: invented, valid, at every stage, with some repeats."""

from __future__ import annotations

import random

from officedesk.core.idcard import id_problem
from officedesk.demo import petitions as demo
from officedesk.store.petitions import Petition, Petitioner


def test_demo_petitions(db):
    made = demo.populate(25, random.Random(7))
    assert made == Petition.select().count() >= 45
    assert Petition.select().where(Petition.repeat_of.is_null(False)).count() >= 2
    assert len({p.state for p in Petition.select(Petition.state)}) >= 4
    ids = [p.id_number for p in Petitioner.select() if p.id_number]
    assert ids and all(id_problem(i) is None for i in ids)
    assert demo.populate(25, random.Random(7)) == 0  # only into an empty registry
