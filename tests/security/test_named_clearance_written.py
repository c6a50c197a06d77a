"""保密 of named people however the names are written: two names with a space or a slash
between them are two people (a space inside one name is not), a user name in full-width letters
is that user, and a namesake is told apart by his section's short name and 职务 in （） — a （）
that fits none of the namesakes means none of them, not the cleared one."""

from __future__ import annotations

from officedesk.core import cleared_names
from officedesk.core.actor import clearance_of
from officedesk.core.positions import Post

SECRET, CONFIDENTIAL = clearance_of("秘密"), clearance_of("机密")

POSTS = [
    Post("lhm", "罗红梅", "县委办公室信访科", "科长", (), False, "clerk", CONFIDENTIAL),
    Post("hy", "韩雨", "县委办公室信访科", "科员", (), False, "clerk", SECRET),
    Post("tangyan", "唐岩", "县委办公室综合科", "科长", (), False, "clerk", CONFIDENTIAL),
]


def _refused(text: str, posts: list[Post] = POSTS) -> str:
    return cleared_names.refusal(CONFIDENTIAL, text, "接待人", posts=posts)


def test_a_space_or_slash_between_two_names_names_two_people():
    assert _refused("韩雨") and _refused("罗红梅、韩雨")
    for text in ("罗红梅 韩雨", "韩雨/罗红梅", "韩雨／罗红梅", "罗红梅　韩雨", "唐岩 韩雨 罗红梅",
                 "陈红 韩雨", "罗红梅 hy"):
        assert "接待人韩雨（秘密）的密级权限低于它" in _refused(text), text
    assert not _refused("罗红梅 唐岩") and not _refused("罗红梅/唐岩")
    assert cleared_names.people_in("罗红梅 韩雨", POSTS) == [("罗红梅", ""), ("韩雨", "")]


def test_a_space_inside_one_name_is_one_name():
    assert "韩雨（秘密）" in _refused("韩 雨")  # one person, read however it is spaced
    assert cleared_names.people_in("韩 雨", POSTS) == [("韩雨", "")]
    # two pieces no user is named: one name written with a space (欧阳 修明)
    assert cleared_names.people_in("欧阳 修明", POSTS) == [("欧阳修明", "")]
    assert not _refused("欧阳 修明")


def test_a_user_name_in_full_width_letters_is_that_user():
    assert "韩雨（秘密）" in _refused("ＨＹ")
    assert "韩雨（秘密）" in _refused("ｈｙ")
    assert "韩雨（秘密）" in _refused("罗红梅，ＨＹ")


NAMESAKES = [
    Post("lhm", "罗红梅", "县委办公室信访科", "科长", (), False, "clerk", CONFIDENTIAL),
    Post("hy", "罗红梅", "县委办公室信访科", "科员", (), False, "clerk", SECRET),
]


def test_a_namesake_is_told_by_his_section_short_name_and_position():
    assert not _refused("罗红梅", NAMESAKES)  # any of them: one is cleared
    assert "罗红梅（秘密）" in _refused("罗红梅（科员）", NAMESAKES)
    assert "罗红梅（秘密）" in _refused("罗红梅（信访科科员）", NAMESAKES)
    assert "罗红梅（秘密）" in _refused("罗红梅（县委办公室信访科科员）", NAMESAKES)
    assert not _refused("罗红梅（信访科科长）", NAMESAKES)
    assert not _refused("罗红梅（科长）", NAMESAKES)
    assert not _refused("lhm", NAMESAKES)


def test_a_qualifier_that_fits_no_namesake_is_refused_not_read_as_the_cleared_one():
    said = _refused("罗红梅（财务科科员）", NAMESAKES)
    assert "“财务科科员”与同名的" in said and "请写作“姓名（单位职务）”" in said
    assert "罗红梅（秘密）" in said
    # of one user, the name is his whatever （） says: refused as he is
    alone = [NAMESAKES[1]]
    assert "接待人罗红梅（秘密）的密级权限低于它" in _refused("罗红梅（财务科）", alone)
    # a （） on a name of no user names him
    assert not _refused("陈红（县财政局）", NAMESAKES)
