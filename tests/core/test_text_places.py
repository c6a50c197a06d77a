"""core.i18n.text puts its arguments in its pattern's places in one pass: the pattern split
once (an import makes the same summary a row), the result as the one regular substitution made."""

from __future__ import annotations

import pytest

from officedesk.core.i18n import text


@pytest.mark.parametrize(("pattern", "args", "made"), [
    ("登记信访：%1（%2）", ("张三", "征地拆迁"), "登记信访：张三（征地拆迁）"),
    ("%1 %2 %1", ("甲", "乙"), "甲 乙 甲"),
    ("%1%2", ("%2", "乙"), "%2乙"),  # a text holding “%2” goes in as it is
    ("剩 %1 天，第 %3 项", ("3",), "剩 3 天，第 %3 项"),  # a place past the texts stays
    ("%0 与 %01", ("甲",), "%0 与 甲"),  # %0 is no place; %01 is the first, as written
    ("没有占位", (), "没有占位"),
    ("%1", (["来信", "来访"],), "来信、来访"),  # a list joined with 、
])
def test_the_arguments_go_in_their_places(pattern, args, made):
    shown = text(pattern, *args)
    assert shown == made and shown.pattern == pattern and shown.args == args
