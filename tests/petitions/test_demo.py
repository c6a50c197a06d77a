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


def test_demo_accusations_go_to_the_demo_discipline_organ(db):
    """The demo office's 纪检监察机关 is its 通讯录's 县纪委监委 (the default setting names no
    unit, and a 转送 there was refused): every 检举控告 it sends on goes there."""
    from officedesk.core import settings
    from officedesk.core.petitions import spec as S
    from officedesk.demo import directory as demo_directory

    demo_directory.populate(10, random.Random(7))
    demo.populate(25, random.Random(7))
    assert settings.get(S.DISCIPLINE_ORGAN.key) == "县纪委监委"
    sent = [p for p in Petition.select() if S.is_accusation(p.category) and p.handling == "转送"]
    assert sent and {p.target_unit for p in sent} == {"县纪委监委"}


def test_demo_petitions_move_on_as_their_steps_say(db):
    """The demo sent a fifth of its petitions to units its 通讯录 lacks (“城关镇人民政府”, 县生态环境
    分局): each step was refused and swallowed, and they sat 待处理 (32 of 104). Only the few
    registered in the last days (or a rare one left on purpose) wait now; a refusal would raise."""
    from officedesk.demo import directory as demo_directory

    demo_directory.populate(10, random.Random(7))
    demo.populate(50, random.Random(2026))
    states = [p.state for p in Petition.select(Petition.state)]
    assert states.count("待处理") <= len(states) // 10, states.count("待处理")
