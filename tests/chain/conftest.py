"""An office with people in their posts (逐级负责)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import passwords, settings
from tests.staff import make_staff

TODAY = dt.date(2026, 11, 16)

# username, 姓名, role, 单位, 职务, 分管, 代录
STAFF = [
    ("kuiyuan", "张科员", "clerk", "综合处", "科员", "", False),
    ("chuzhang", "李处长", "clerk", "综合处", "处长", "", False),
    ("fuzhuren", "赵副主任", "leader", "办公室领导", "副主任", "综合处、信息处", False),
    ("fuzhuren2", "钱副主任", "leader", "办公室领导", "副主任", "督查室", False),
    ("zhuren", "孙主任", "leader", "办公室领导", "主任", "", False),
    ("wenshu", "周文书", "clerk", "秘书科", "科员", "", True),
    ("xinxi", "吴处长", "clerk", "信息处", "处长", "", False),
]


@pytest.fixture
def staffed(db, fixed_today, monkeypatch):
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    settings.put("org.code", "某委办")
    return make_staff(STAFF)
