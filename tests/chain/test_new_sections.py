"""A 科室 a 岗位 names for the first time is taken only when the caller says it is new: a
misspelt one (督察室 for 督查室, 秘书课 for 秘书科) would be a section of its own, whose holder
gets nothing of the real one's chain. An office with no section yet takes its first one."""

from __future__ import annotations

import pytest

from officedesk.core import directory, positions, records, settings, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.core.post_sections import NewSectionError, near
from tests.cli_office import office  # noqa: F401 (the fixture)
from tests.staff import make_staff

CLERK = ("角色=科员", "密级=公开")  # `users add` names them: no 科员/公开 given unasked


@pytest.fixture
def fast(monkeypatch):
    from officedesk.core import passwords

    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


def _user(username: str) -> None:
    users.create_user(username, "pass1234", "clerk", CLI_ACTOR, display_name=username)


def test_a_misspelt_section_is_refused_naming_the_close_one(db, fast):
    make_staff([("hb", "何斌", "clerk", "督查室", "科长", "", False),
                ("wzy", "王志远", "clerk", "秘书科", "科长", "", False)])
    _user("new")
    with pytest.raises(NewSectionError, match="没有“督察室”这个科室，是不是“督查室”？如确是新科室，请") as caught:
        positions.set_post("new", CLI_ACTOR, unit="督察室", position="科员")
    assert caught.value.field == "unit" and isinstance(caught.value, ValidationError)
    with pytest.raises(NewSectionError, match="没有“秘书课”这个科室，是不是“秘书科”？"):
        positions.set_post("new", CLI_ACTOR, unit="秘书课", position="科长")
    assert positions.post_of("new").unit == ""  # nothing saved
    # a known one is taken; a new one when the caller says so
    assert positions.set_post("new", CLI_ACTOR, unit="督查室", position="科员").unit == "督查室"
    with pytest.raises(NewSectionError, match="没有“信访科”这个科室。如确是新科室"):
        positions.set_post("new", CLI_ACTOR, unit="信访科")
    assert positions.set_post("new", CLI_ACTOR, unit="信访科", new_section=True).unit == "信访科"


def test_a_leader_in_charge_of_a_misspelt_section_is_refused_too(db, fast):
    make_staff([("hb", "何斌", "clerk", "督查室", "科长", "", False)])
    _user("lead")
    with pytest.raises(NewSectionError, match="没有“督察室”这个科室，是不是“督查室”？") as caught:
        positions.set_post("lead", CLI_ACTOR, unit="办公室领导", position="副主任",
                           in_charge="督察室", new_section=False)
    assert "办公室领导" in caught.value.message  # a new unit of his own too: both named
    post = positions.set_post("lead", CLI_ACTOR, unit="办公室领导", position="副主任",
                              in_charge="督查室、综合科", new_section=True)
    assert (post.unit, post.in_charge) == ("办公室领导", "督查室、综合科")
    # his own post saved again is no new section
    assert positions.set_post("lead", CLI_ACTOR, unit="办公室领导", in_charge="督查室、综合科",
                              proxy_entry=True).proxy_entry


def test_the_first_post_of_a_fresh_office_is_taken(db, fast):
    _user("first")
    assert positions.set_post("first", CLI_ACTOR, unit="督查室", position="科长").unit == "督查室"
    _user("second")
    with pytest.raises(NewSectionError, match="没有“秘书科”这个科室"):
        positions.set_post("second", CLI_ACTOR, unit="秘书科", position="科长")


def test_a_misspelt_section_written_with_the_office_is_refused(db, fast):
    settings.put("org.name", "中共云岭县委办公室")
    records.create(directory.UNITS, {"单位名称": "中共云岭县委办公室", "简称": "县委办公室"}, CLI_ACTOR)
    records.create(directory.UNITS, {"单位名称": "县财政局", "简称": "财政局"}, CLI_ACTOR)
    make_staff([("hb", "何斌", "clerk", "县委办公室督查室", "科长", "", False)])
    _user("new")
    with pytest.raises(NewSectionError, match="没有“县委办公室督察室”这个科室，是不是“中共云岭县委办公室督查室”？"):
        positions.set_post("new", CLI_ACTOR, unit="县委办公室督察室")
    assert positions.set_post("new", CLI_ACTOR, unit="督查室").unit == "中共云岭县委办公室督查室"
    # a 通讯录 unit and another organ's section are no new section of the office
    assert positions.set_post("new", CLI_ACTOR, unit="财政局").unit == "县财政局"
    assert positions.set_post("new", CLI_ACTOR, unit="县财政局办公室").unit == "县财政局办公室"
    post = positions.set_post("new", CLI_ACTOR, unit="县委办公室宣传科", new_section=True)
    assert post.unit == "中共云岭县委办公室宣传科"


def test_the_hint_names_sections_never_the_office_they_belong_to(db, fast):
    # posts written before the 通讯录 had the office: kept as written, the leaders' by its 简称
    make_staff([("zr", "张锐", "leader", "县委办公室", "主任", "", False),
                ("hb", "何斌", "clerk", "县委办公室督查室", "科长", "", False)])
    settings.put("org.name", "中共云岭县委办公室")
    records.create(directory.UNITS, {"单位名称": "中共云岭县委办公室", "简称": "县委办公室"}, CLI_ACTOR)
    _user("new")
    with pytest.raises(NewSectionError) as caught:
        positions.set_post("new", CLI_ACTOR, unit="县委办公室法规科")
    assert caught.value.stem == "没有“县委办公室法规科”这个科室。" and caught.value.close == []
    with pytest.raises(NewSectionError) as caught:
        positions.set_post("new", CLI_ACTOR, unit="县委办公室督察室")
    assert caught.value.stem == "没有“县委办公室督察室”这个科室，是不是“县委办公室督查室”？"
    assert caught.value.close == ["县委办公室督查室"]


@pytest.mark.parametrize(("typed", "known", "close"), [
    ("督察室", "督查室", True), ("秘书课", "秘书科", True), ("秘科书", "秘书科", True),
    ("督查", "督查室", True), ("督查科室", "督查室", True), ("信访科", "秘书科", False),
    ("综合处", "综合处", False), ("科", "科室", False),
])
def test_what_is_close(typed, known, close):
    assert near(typed, known) is close


def test_cli_users_refuse_a_misspelt_section_unless_new(office, fast, monkeypatch):  # noqa: F811
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    office("users", "add", "hb", "姓名=何斌", "单位=督查室", "职务=科长", *CLERK)  # the office's first
    _out, err = office("users", "add", "lj", "姓名=刘杰", "单位=督察室", "职务=科员", *CLERK,
                     code=1)
    assert "没有“督察室”这个科室，是不是“督查室”？如确是新科室，请加 --new-section 再运行一次。" in err
    assert "lj" not in [r["username"] for r in office.json("users", "list")]  # not made half
    office("users", "add", "lj", "姓名=刘杰", "单位=秘书科", "职务=科员", *CLERK, "--new-section")
    _out, err = office("users", "set", "lj", "分管=督察室", code=1)
    assert "是不是“督查室”" in err
    assert office.json("users", "set", "lj", "分管=信访科", "--new-section")["in_charge"] == "信访科"


def _office_held_by_short_name() -> None:
    """An office whose posts were set before its 通讯录 (as the demo's): held as 县委办公室督查室."""
    make_staff([("hb", "何斌", "clerk", "县委办公室督查室", "科长", "", False)])
    settings.put("org.name", "中共云岭县委办公室")
    records.create(directory.UNITS, {"单位名称": "中共云岭县委办公室", "简称": "县委办公室"}, CLI_ACTOR)


def test_a_known_section_written_with_the_organs_full_name_is_the_one_held(db, fast):
    _office_held_by_short_name()
    _user("u15")
    post = positions.set_post("u15", CLI_ACTOR, unit="中共云岭县委办公室督查室", position="科员")
    assert post.unit == "县委办公室督查室"  # the section the office has, not a second spelling
    _user("clh")
    assert positions.set_post("clh", CLI_ACTOR, in_charge="督查室",
                              new_section=True).in_charge == "县委办公室督查室"
    assert directory.known_unit("督查室") == "县委办公室督查室"


def test_two_spellings_held_of_one_section_leave_its_short_name_one(db, fast):
    from officedesk.store.models import User

    _office_held_by_short_name()
    _user("u15")  # held in the other spelling (saved before the rule)
    User.update(unit="中共云岭县委办公室督查室").where(User.username == "u15").execute()
    directory._recent.clear()  # a change outside the program: read again
    assert "中共云岭县委办公室督查室" in directory.known_unit_names()
    assert directory.known_unit("督查室") == "县委办公室督查室"  # one of them, not “是不是”
    _user("clh")
    assert positions.set_post("clh", CLI_ACTOR, in_charge="督查室、县委办公室督查室",
                              new_section=True).in_charge == "县委办公室督查室"
