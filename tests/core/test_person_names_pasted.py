"""A name pasted from Word or a web page carries characters that show nothing (a zero-width
space, a byte-order mark) or non-breaking spaces: it is still the name, wherever a name is tidied
— a user's 姓名 typed in the administrator's form, a 通讯录 lookup, a person named to a step —
not only where a record's field is parsed (which strips them first)."""

from __future__ import annotations

import pytest

from officedesk.core import accounts, directory, positions, records
from officedesk.core.names import tidy_name, tidy_person

PASTED = ["王\u200b伟", "\ufeff王伟", "王伟\u200b", "王\u00a0伟", "\u00a0王伟\u00a0", "王\u200b\u3000伟"]


@pytest.mark.parametrize("typed", PASTED)
def test_a_pasted_name_is_the_name(typed):
    assert tidy_name(typed) == "王伟"
    assert tidy_person(typed) == "王伟"


def test_a_pasted_list_and_a_post_keep_their_shape():
    assert tidy_person("张\u200b三、李\u00a0四") == "张三、李四"
    assert tidy_person("县委书记\u200b\u3000李建华") == "县委书记 李建华"


def test_a_user_named_by_a_pasted_name_is_the_name(db, admin):
    user = accounts.create_user("wangwei", "Wang-wei-2026", "clerk", admin, display_name="王伟\u200b")
    assert user.display_name == "王伟"
    assert [p.username for p in positions.people_named("王\u200b伟")] == ["wangwei"]


def test_the_directory_finds_a_person_by_a_pasted_name(db, admin):
    made = records.create(directory.PEOPLE, {"姓名": "王伟"}, admin)
    assert directory.person_by_name("王\u200b伟").id == made.id
    assert [p.id for p in directory.people_by_name("\ufeff王伟")] == [made.id]
