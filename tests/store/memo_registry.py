"""A small registry with a 密级 field, for tests of listing, search and clearance."""

from __future__ import annotations

import peewee

from officedesk.core.fields import CHOICE, LONGTEXT, FieldSpec
from officedesk.core.registry import RegistrySpec
from officedesk.store.base import EditableModel
from officedesk.store.db import database


class Memo(EditableModel):
    title = peewee.CharField(max_length=200)
    body = peewee.TextField(default="")
    level = peewee.CharField(max_length=20, null=True)

    class Meta:
        table_name = "test_memo"


MEMOS = RegistrySpec(
    name="test_memos",
    label="测试便笺",
    model=Memo,
    title_field="title",
    level_field="level",
    default_sort="id",
    default_descending=False,
    fields=[
        FieldSpec("title", "标题", required=True, searchable=True),
        FieldSpec("body", "内容", kind=LONGTEXT, searchable=True),
        FieldSpec("level", "密级", kind=CHOICE, choices=("", "公开", "秘密", "机密", "绝密★10年")),
    ],
)


def create_table() -> None:
    database.create_tables([Memo])
