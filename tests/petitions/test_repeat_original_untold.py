"""保密: 标为重复件 names its original by 信访编号 or id. One above the clerk's clearance is
refused in the words of one that does not exist, naming what he typed: before, a hidden
original was told apart (“要关联的原信访件（44）不存在，或您无权查看” against “没有找到信访编号（或
id）为“9999”的原件”), so a clerk trying ids or numbers learnt which petitions are classified,
and a number typed was answered with its hidden record's id."""

from __future__ import annotations

import pytest

from officedesk.core import steps
from officedesk.core.errors import OfficeDeskError


def _refusal(actor, record_id, typed) -> str:
    with pytest.raises(OfficeDeskError) as caught:
        steps.perform("petitions", record_id, "标为重复件", {"原件": typed}, actor)
    return str(caught.value)


def test_a_hidden_original_is_refused_as_one_that_does_not_exist(register, clerk):
    hidden = register(secrecy="机密")  # above the clerk's 秘密
    mine = register(name="李秀英", content="反映小区供暖不热，物业多次维修无果，要求彻底解决。")
    hidden_number = hidden.number
    missing_number = hidden_number[:-3] + "999"
    missing_id = str(hidden.id + 1000)
    by_number = _refusal(clerk, mine.id, hidden_number)
    by_id = _refusal(clerk, mine.id, str(hidden.id))
    # the same words as for a number or an id no petition has, each naming what was typed
    assert by_number == _refusal(clerk, mine.id, missing_number).replace(missing_number, hidden_number)
    assert by_id == _refusal(clerk, mine.id, missing_id).replace(missing_id, str(hidden.id))
    assert f"（{hidden.id}）" not in by_number  # a number typed is never answered with its id


def test_a_visible_original_is_still_linked_by_number(register, clerk):
    from officedesk.store.petitions import Petition

    first = register(secrecy="秘密")  # at the clerk's clearance
    second = register(name="李秀英", content="反映小区供暖不热，物业多次维修无果，要求彻底解决。")
    steps.perform("petitions", second.id, "标为重复件", {"原件": first.number}, clerk)
    assert Petition.get_by_id(second.id).repeat_of == first.id
