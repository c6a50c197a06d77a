"""A 信息 title over 200 characters was refused as “标题不超过 200 字；…” without how long it is —
unlike every other field's length (“…最多 N 个字，现在是 M 个。请删减”)."""

from __future__ import annotations

import pytest

from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.info import spec


def test_an_overlong_title_says_its_length_and_what_to_do():
    title = next(f for f in spec.FIELDS if f.name == "title")
    with pytest.raises(ValidationError) as refused:
        parse_value(title, "长" * 250)
    assert refused.value.message == "“标题”最多 200 个字，现在是 250 个。请删减：信息要一事一报、简单明了。"
