"""A person's name typed padded to align it (王　伟: a full-width space between the two
characters, or around the name) is the name, in every field that names a person — not only the
通讯录's 姓名: 签发人, 拟稿人, 责任人, 批示领导, 信访人 … and a user's 姓名. Stored padded, the
record was not found by 王伟 (the global search, a list's word filter), nor the user it named."""

from __future__ import annotations

import pytest

from officedesk.core import accounts, positions, records, registry, steps
from officedesk.core.fields import parse_value
from officedesk.core.global_search import search

# fields that name a person without offering the 通讯录 (set by a step, or someone outside it)
NAMED = {("outgoing", "signer"), ("outgoing", "checker"), ("outgoing", "rechecker"),
         ("petitions", "name"), ("petitions", "extension_approver"), ("complaints", "complainant"),
         ("meetings", "contact")}


def _person_fields():
    steps.load_all()
    found = []
    for spec in registry.all_registries():
        found += [(spec.name, f) for f in spec.fields
                  if f.completer == "people" or (spec.name, f.name) in NAMED]
    for procedure in steps.procedures():
        for step in procedure.steps:
            found += [(f"{procedure.registry} {step.name}", f) for f in step.fields if f.completer == "people"]
    return found


def test_every_person_field_is_found():
    where = {(w, f.name) for w, f in _person_fields()}
    assert where >= NAMED and ("outgoing 签发", "signer") in where and ("info 签发", "signer") in where


@pytest.mark.parametrize(("typed", "stored"), [
    ("王\u3000伟", "王伟"), ("\u3000王伟\u3000", "王伟"), ("王 伟", "王伟"), ("欧阳\u3000\u3000明", "欧阳明"),
    ("买买提 · 艾力", "买买提·艾力"), ("John\u3000Smith", "John Smith"), ("张\u3000三、李\u3000四", "张三、李四"),
    # a post before the name: its space is no padding, kept as one half-width space
    ("县委书记 李建华", "县委书记 李建华"), ("县委书记\u3000李建华", "县委书记 李建华"),
])
def test_a_padded_name_is_stored_as_the_name_in_every_person_field(typed, stored):
    for where, field_spec in _person_fields():
        assert parse_value(field_spec, typed) == stored, (where, field_spec.name)


def test_a_record_named_padded_is_found_by_the_name(db, admin):
    registry.load_all()
    spec = registry.get("outgoing")
    made = records.create(spec, {"标题": "关于测试姓名对齐的通知", "文种": "通知", "拟稿人": "王\u3000伟"}, admin)
    assert spec.model.get_by_id(made.id).drafter == "王伟"
    assert [h.record_id for h in search("王伟", admin) if h.registry == "outgoing"] == [made.id]
    assert made.id in records.list_ids(spec, admin, text="王伟")


def test_a_user_named_padded_is_the_name(db, admin):
    user = accounts.create_user("wangwei", "Wang-wei-2026", "clerk", admin, display_name="王\u3000伟")
    assert user.display_name == "王伟"
    assert [p.username for p in positions.people_named("王\u3000伟")] == ["wangwei"]
    assert accounts.set_display_name("wangwei", "\u3000王伟\u3000", admin).display_name == "王伟"


def test_a_user_kept_padded_from_before_is_still_named(db, admin):
    from officedesk.store.models import User

    accounts.create_user("lisi", "Li-si-2026-ok", "clerk", admin, display_name="李四")
    User.update(display_name="李\u3000四").where(User.username == "lisi").execute()  # as kept before
    assert [p.username for p in positions.people_named("李四")] == ["lisi"]
    assert [p.username for p in positions.people_named("李\u3000四")] == ["lisi"]
