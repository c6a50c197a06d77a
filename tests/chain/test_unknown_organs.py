"""A unit named by an organ the 通讯录 lacks (县委办督查室, when 县委办 is no 名称 or 简称 there)
is not read as a section of a shorter organ that is there (县委's “办督查室”): it is refused,
saying to add the organ to the 通讯录 or to write the name it has there. A section of an organ
the 通讯录 has is still taken as written (县财政局办公室, 财政局预算股)."""

from __future__ import annotations

import pytest

from officedesk.core import chains, directory, positions, records, settings, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from tests.staff import make_staff

SUPERVISION = chains.SETTINGS[("supervision", "")]


@pytest.fixture
def county(db, monkeypatch):
    from officedesk.core import passwords

    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    settings.put("org.name", "中共云岭县委办公室")
    records.create(directory.UNITS, {"单位名称": "中共云岭县委办公室", "简称": "县委办公室"}, CLI_ACTOR)
    records.create(directory.UNITS, {"单位名称": "中共云岭县委", "简称": "县委"}, CLI_ACTOR)
    records.create(directory.UNITS, {"单位名称": "县财政局", "简称": "财政局"}, CLI_ACTOR)
    return make_staff([("hb", "何斌", "clerk", "县委办公室督查室", "科长", "", False)])


MISSING = "通讯录中没有“县委办”这个单位"


def test_a_unit_of_an_organ_the_directory_lacks_is_refused(county):
    with pytest.raises(ValidationError, match=MISSING) as caught:
        directory.known_unit("县委办督查室")
    said = caught.value.message
    assert "请先在通讯录的“单位”中添加“县委办”" in said and "或写通讯录中的名称" in said
    # the close one it may mean, not the shorter organ it was read as before
    assert "是不是：中共云岭县委办公室？" in said and "如 中共云岭县委办公室督查室" in said
    # sections of the organs the 通讯录 has: as before
    assert directory.known_unit("县财政局办公室") == "县财政局办公室"
    assert directory.known_unit("财政局预算股") == "县财政局预算股"
    assert directory.known_unit("县委办公室督查室") == "中共云岭县委办公室督查室"


def test_a_post_naming_it_is_refused_even_as_a_new_section(county):
    users.create_user("new", "pass1234", "clerk", CLI_ACTOR)
    for new in (False, True):
        with pytest.raises(ValidationError, match=MISSING):
            positions.set_post("new", CLI_ACTOR, unit="县委办督查室", new_section=new)
    with pytest.raises(ValidationError, match=MISSING):
        positions.set_post("new", CLI_ACTOR, in_charge="县委办督查室", new_section=True)
    assert positions.post_of("new").unit == ""


def test_a_chain_naming_it_is_refused(county):
    known = chains.positions_in(str(settings.get("chain.positions")))
    with pytest.raises(ValidationError, match=MISSING):
        chains.checked("supervision", "分解 科长@县委办督查室 1日\n办结 科长@督查室 2日", known)
    chain = "分解 科长@县委办公室督查室 1日\n办结 科长@督查室 2日"
    settings.put(SUPERVISION.key, chain, CLI_ACTOR)
    assert chains.chain_text("supervision") == chain


def test_a_misspelt_section_of_a_known_organ_is_no_missing_organ(county):
    """财政局办工室: 财政局 is a 简称 the 通讯录 has, the slip is in 办工室 — no organ “财政局办”
    (and no example made by cutting the typed word: 县民政局工室)."""
    from officedesk.core import unit_sections

    assert unit_sections.missing_organ("财政局办工室") == ""
    assert unit_sections.missing_organ("县财政局办工室") == ""
    assert unit_sections.missing_organ("财政局办工") == ""
    # a section of 县财政局, taken as written as another organ's sections are — not refused as
    # an organ “财政局办” the 通讯录 lacks
    assert directory.known_unit("财政局办工室") == "县财政局办工室"
    # an organ the 通讯录 lacks then a section of its own is still one
    assert unit_sections.missing_organ("县委办督查室") == "县委办"
    assert unit_sections.missing_organ("财政局办秘书科") == "财政局办"
