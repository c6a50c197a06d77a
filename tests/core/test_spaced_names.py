"""A name typed with a space inside, in a field that names people: 王　伟 padded to align
with three-character names is the name 王伟 (so is 张　李: a surname and a given name, the
padded shape; a piece of one character is one name, as core.cleared_names reads it for 保密);
but 张三 李四 — two words of two characters — is no padded name: two people (as 保密 reads
it), or a post and a name? It was stored 张三李四, one person nobody is. Now it is refused with
what to type (多人请用、分隔), and never joined when tidied (old rows, the migration)."""

from __future__ import annotations

import pytest

from officedesk.core.errors import ValidationError
from officedesk.core.fields import FieldSpec, parse_value
from officedesk.core.names import spaced_people, tidy_person
from officedesk.core.supervision.task_fields import TASK_FIELDS

RESPONSIBLE = next(f for f in TASK_FIELDS if f.name == "responsible")  # 责任人, a people field
LEADER = FieldSpec("leader", "批示领导", person=True)


@pytest.mark.parametrize("typed, stored", [
    ("张 李", "张李"), ("王\u3000伟", "王伟"), ("王 小 明", "王小明"), ("王 小明", "王小明"),
    ("欧阳\u3000明", "欧阳明"), ("诸葛 明亮", "诸葛明亮"), ("张　三、李　四", "张三、李四"),
    ("县委书记\u3000李建华", "县委书记 李建华"), ("张三、李四", "张三、李四"),
    ("李四 张", "李四张"),  # a piece of one character: one name, as 保密 reads it (cleared_names)
])
@pytest.mark.parametrize("field", [RESPONSIBLE, LEADER])
def test_a_padded_name_reads_as_the_name(field, typed, stored):
    assert spaced_people(typed) == ""
    assert parse_value(field, typed) == stored


@pytest.mark.parametrize("typed, part", [
    ("张三 李四", "张三 李四"), ("张三\u3000李四", "张三\u3000李四"),
    ("王伟、张三 李四", "张三 李四"), ("张三  李四", "张三  李四"),
])
@pytest.mark.parametrize("field", [RESPONSIBLE, LEADER])
def test_two_names_with_a_space_between_are_refused_saying_what_to_type(field, typed, part):
    with pytest.raises(ValidationError) as refused:
        parse_value(field, typed)
    message = refused.value.message
    assert refused.value.field == field.name
    assert field.label in message and f"“{part}”" in message
    assert "多人请用、分隔" in message and "张三、李四" in message


def test_a_name_kept_spaced_is_never_joined_into_one_nobody_is():
    """Tidying (the rows of an older database, migration 34) keeps the space it cannot read."""
    assert tidy_person("张三 李四") == "张三 李四"
    assert tidy_person("张三　李四、王　伟") == "张三 李四、王伟"


def test_other_fields_keep_their_spaces():
    assert parse_value(FieldSpec("title", "标题"), "关于 张三 李四 的通知") == "关于 张三 李四 的通知"
