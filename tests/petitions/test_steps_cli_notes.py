"""`steps` joins a step's help, its 时限 and its options with “；”: a help that ends a sentence
(the 复查申请's) does not leave “。；” in the line a clerk reads."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock
from tests.cli_office import office  # noqa: F401  (the fixture)


def test_a_help_ending_a_sentence_is_joined_without_a_stray_full_stop(office):  # noqa: F811
    clock.set_today(dt.date(2026, 9, 10))
    added = office.json("add", "petitions", "信访形式=来信", "信访人=测五", "联系电话=13900000005",
                        "问题类别=劳动社保", "反映内容=拖欠工资测五", "登记日期=2026-09-08")
    pid = str(added["id"])
    office("step", "petitions", pid, "处理", "处理方式=直接答复", "--on", "2026-09-10",
           "--person", "罗红梅")
    office("step", "petitions", pid, "答复", "答复意见=已督促补发", "--on", "2026-09-10",
           "--person", "罗红梅")
    out, _err = office("steps", "petitions", pid)
    line = next(row for row in out.splitlines() if row.strip().startswith("复查申请"))
    assert "提出日期）；时限：" in line and "。；" not in line
