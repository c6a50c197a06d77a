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


def test_the_demo_office_reviews_the_assigned_matters_of_the_units_under_it(db, admin, clerk):
    """The demo's 机关名称 (中共云岭县委办公室) was no unit of its 通讯录 (县委办公室): the office was
    nobody's 上级单位 and every 复查意见书 it would issue was refused. Its 通讯录 names it so now,
    with a unit under it (县档案馆) whose 交办 matters it reviews: one 复查 answered, one to do."""
    from officedesk.core import petitions, settings, steps
    from officedesk.core.petitions import reviewers
    from officedesk.demo import directory as demo_directory
    from officedesk.store.models import Unit
    from tests.petitions.papers import paper_text

    settings.put("org.name", "中共云岭县委办公室", admin)  # as the demo command sets it
    demo_directory.populate(10, random.Random(7))
    demo.populate(25, random.Random(7))
    office = Unit.get(Unit.name == reviewers.office_unit())
    assert office.name == "中共云岭县委办公室" and office.short_name == "县委办公室"
    assert office.parent.name == "中共云岭县委员会"
    mine = [p for p in Petition.select().order_by(Petition.id)
            if p.handling == "交办" and reviewers.is_office(reviewers.parent_of(p.target_unit))]
    assert [(p.target_unit, p.state, p.review_kind) for p in mine] == [
        ("县档案馆", petitions.IN_REVIEW, "复查"), ("县档案馆", petitions.REPLIED, "复查")]
    doing, done = mine
    text = paper_text("petition-reply", done, clerk)
    assert "信访事项复查意见书" in text and "对县档案馆的答复意见不服" in text
    assert "中共云岭县委办公室" in text  # signed by this office
    # the one 复查中: this office gives its 复查意见 and prints the 复查意见书
    assert petitions.paper_refusal("reply", doing) != ""
    steps.perform("petitions", doing.id, "复查复核答复", {"意见": "经复查，维持县档案馆的答复意见。"},
                  admin)
    doing = Petition.get_by_id(doing.id)
    assert petitions.paper_refusal("reply", doing) == ""
    assert "经复查，维持县档案馆的答复意见" in paper_text("petition-reply", doing, clerk)
