"""A 审批链 line whose time limit is no number of days (abc日, -1日, 一日) was read as part of the
unit (“本单位abc日”不在通讯录中), and a “或” with nothing on one side was dropped silently: both
are refused saying what to write."""

from __future__ import annotations

import pytest

from officedesk.core import chains
from officedesk.core.errors import ValidationError

KNOWN = ["科员", "科长", "副主任", "主任"]


@pytest.mark.parametrize("limit", ["abc日", "-1日", "一日", "两天"])
def test_a_time_limit_that_is_no_number_of_days_is_refused_as_a_time_limit(limit):
    line = f"初审 科员@本单位 {limit}"
    with pytest.raises(ValidationError) as refused:
        chains.parse_chain(line, KNOWN)
    assert refused.value.message == f"审批链“{line}”的时限“{limit}”不对：写成工作日的天数，如 1日。"


@pytest.mark.parametrize("line", ["签发 科长@本单位或 1日", "签发 或主任 1日", "签发 科长或或主任"])
def test_an_or_with_one_side_left_out_is_refused(line):
    with pytest.raises(ValidationError, match="中“或”的前后都要写岗位"):
        chains.parse_chain(line, KNOWN)


def test_a_well_written_chain_still_reads():
    steps = chains.parse_chain("初审 科员@本单位 2日\n签发 科长@本单位或副主任@分管 1天\n批办 主任", KNOWN)
    assert [(s.step, s.days) for s in steps] == [("初审", 2), ("签发", 1), ("批办", None)]
    assert [a.scope for a in steps[1].alts] == ["本单位", "分管"]
