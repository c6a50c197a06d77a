"""A 内设机构 of the office's own unit is known exactly (the users' 岗位, the 通讯录): a chain
naming a misspelt one (县委办公室督察室 for 督查室) is refused with the close ones, as a short
unknown unit is — saved, its steps would belong to nobody. A section of another organ may be one
the office does not keep: it is taken as written."""

from __future__ import annotations

import json

import pytest

from officedesk.core import chains, directory, records, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from tests.cli_office import office  # noqa: F401 (the fixture)
from tests.staff import make_staff

SUPERVISION = chains.SETTINGS[("supervision", "")]
TYPO = "分解 科长、副科长@县委办公室督察室 1日\n办结 科长@督查室 2日"
REFUSED = ("审批链“分解 科长、副科长@县委办公室督察室 1日”中的单位“县委办公室督察室”不在通讯录中。"
           "是不是：县委办公室督查室")


@pytest.fixture
def county(db, monkeypatch):
    from officedesk.core import passwords

    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    settings.put("org.name", "中共云岭县委办公室")
    # the posts first: a bare 秘书科, as an office that set its posts before its 通讯录 keeps it
    staff = make_staff([("hb", "何斌", "clerk", "县委办公室督查室", "科长", "", False),
                        ("lj", "刘杰", "clerk", "县委办公室督查室", "副科长", "", False),
                        ("wzy", "王志远", "clerk", "秘书科", "科长", "", False)])
    own = records.create(directory.UNITS, {"单位名称": "中共云岭县委办公室", "简称": "县委办公室"},
                            CLI_ACTOR)
    records.create(directory.UNITS, {"单位名称": "县财政局", "简称": "财政局"}, CLI_ACTOR)
    records.create(directory.UNITS, {"单位名称": "县委办公室机要科"}, CLI_ACTOR)
    records.create(directory.UNITS, {"单位名称": "保密科", "上级单位": own.name}, CLI_ACTOR)
    return staff


def test_the_chain_editors_check_refuses_a_misspelt_section_of_the_office(county):
    known = chains.positions_in(str(settings.get("chain.positions")))
    with pytest.raises(ValidationError, match=REFUSED) as caught:
        chains.checked("supervision", TYPO, known)
    assert caught.value.message.split("是不是：")[1].startswith("县委办公室督查室")
    with pytest.raises(ValidationError, match=REFUSED):
        settings.put(SUPERVISION.key, TYPO, CLI_ACTOR)
    assert chains.chain_text("supervision") == SUPERVISION.default
    with pytest.raises(ValidationError, match="单位“督察室”不在通讯录中。是不是：县委办公室督查室？"):
        chains.checked("supervision", TYPO.replace("县委办公室督察室", "督察室"), known)
    with pytest.raises(ValidationError, match="单位“县委办公室宣传科”不在通讯录中"):
        chains.checked("supervision", "分解 科长@县委办公室宣传科\n办结 科长@督查室", known)


@pytest.mark.parametrize("scope", [
    "县委办公室督查室", "督查室", "中共云岭县委办公室督查室",  # the posts' 科室
    "县委办公室秘书科",  # a post's 科室 written bare (秘书科)
    "中共云岭县委办公室机要科",  # a 通讯录 unit (县委办公室机要科)
    "县委办公室保密科",  # a 通讯录 unit under the office
    "县财政局办公室", "财政局预算股",  # a section of another organ: taken as written
    "本单位", "分管",
])
def test_the_known_sections_and_other_organs_still_validate(county, scope):
    chain = f"分解 科长@{scope} 1日\n办结 科长@督查室 2日"
    settings.put(SUPERVISION.key, chain, CLI_ACTOR)
    assert chains.chain_text("supervision") == chain


def test_a_misspelt_section_of_the_office_is_refused_as_a_unit_anywhere(county):
    with pytest.raises(ValidationError, match="“县委办公室宣传科”不在通讯录中"):
        directory.known_unit("县委办公室宣传科")
    # the section as the posts hold it: one section is not kept in two spellings
    assert directory.known_unit("中共云岭县委办公室督查室") == "县委办公室督查室"
    assert directory.known_unit("县财政局办公室") == "县财政局办公室"


def test_cli_a_chain_naming_a_misspelt_section_is_refused(office, monkeypatch):  # noqa: F811
    from officedesk.core import passwords

    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    office("add", "units", "单位名称=中共某某县委办公室", "简称=县委办公室")
    office("users", "add", "hb", "姓名=何斌", "单位=县委办公室督查室", "职务=科长", "角色=科员",
           "密级=公开")
    _out, err = office("settings", SUPERVISION.key, TYPO, code=1)
    assert REFUSED.replace("是不是：", "是不是：中共某某") in err  # the post's unit, by the 名称
    assert json.loads(office("settings", SUPERVISION.key)[0]) == SUPERVISION.default
    office("settings", SUPERVISION.key, TYPO.replace("督察室", "督查室"))
    assert "县委办公室督查室 1日" in json.loads(office("settings", SUPERVISION.key)[0])
