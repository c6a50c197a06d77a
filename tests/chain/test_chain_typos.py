"""A chain setting is refused when a step is not one of its procedure's or a unit is not one the
office knows: saved, the misspelt level would be skipped silently (nobody's 待办 shows it) and a
step of an unknown unit would belong to nobody."""

from __future__ import annotations

import pytest

from officedesk.core import chains, directory, records, settings
from officedesk.core.errors import ValidationError

OUTGOING = chains.SETTINGS[("outgoing", "")]
PETITIONS = chains.SETTINGS[("petitions", "")]


def test_a_misspelt_step_is_refused_with_the_step_runners_words(staffed, admin):
    typo = ("拟稿 科员、副科长、科长、副处长、处长@本单位\n核稿 处长、科长@本单位 1日\n"
            "审查 副主任@分管 1日\n签发 主任 1日")
    with pytest.raises(ValidationError, match="发文没有“审查”这一步。可用的步骤有：拟稿、核稿、送会签"):
        settings.put(OUTGOING.key, typo, admin)
    assert chains.chain_text("outgoing") == OUTGOING.default
    with pytest.raises(ValidationError, match="发文没有“会签审”这一步"):
        settings.put(OUTGOING.key, OUTGOING.default + "\n会签审 主任")
    with pytest.raises(ValidationError, match="发文没有“审查”这一步"):
        chains.save_chain("outgoing", "", typo, None)
    assert chains.chain_text("outgoing") == OUTGOING.default


def test_the_step_done_through_another_name_is_written_by_its_chain_name(staffed):
    settings.put(OUTGOING.key, OUTGOING.default + "\n复核 主任 1日")  # a step of 发文: taken
    assert chains.chain_for("outgoing").find("复核") is not None
    with pytest.raises(ValidationError, match="“修改”在审批链中写作“拟稿”"):
        settings.put(OUTGOING.key, OUTGOING.default.replace("拟稿", "修改"))


def test_an_unknown_unit_is_refused_naming_it(staffed, admin):
    records.create(directory.UNITS, {"单位名称": "县委办公室", "简称": "县委办"}, admin)
    wrong = "处理 科长、副科长@信访股 3日\n答复 科长@信访科 5日"
    with pytest.raises(ValidationError, match="“处理 科长、副科长@信访股 3日”中的单位“信访股”不在通讯录中"):
        settings.put(PETITIONS.key, wrong, admin)
    assert chains.chain_text("petitions") == PETITIONS.default
    # units of the 通讯录 (名称, 简称), the posts' own 科室, by a short name they end with
    for chain in ("处理 科长@县委办 3日\n答复 科长@县委办公室 5日",
                  "处理 科员@秘书科 3日\n答复 处长@综合处或副主任@分管 5日"):
        settings.put(PETITIONS.key, chain, admin)
        assert chains.chain_text("petitions") == chain


def test_the_positions_table_is_not_held_up_by_a_unit_a_chain_named_before(staffed, admin):
    # the default 信访 chain names 信访科, which this office does not have: a change of the
    # 职务表 is judged by the posts it names, not by the units the chains name
    records.create(directory.UNITS, {"单位名称": "县委办公室"}, admin)
    from officedesk.core.positions import POSITIONS

    table = str(settings.get(POSITIONS.key)) + "\n调研员"
    settings.put(POSITIONS.key, table, admin)
    assert "调研员" in str(settings.get(POSITIONS.key))
