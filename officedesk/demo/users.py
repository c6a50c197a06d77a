"""Demo staff of the 县委办公室: 30 users in their posts (逐级负责), so that each one's 待办,
the approval chains, 代录 and 代理 can be tried. Every demo user's password is `demo1234`."""

from __future__ import annotations

import random

from officedesk.core import audit, clock, users
from officedesk.core.actor import ROLE_ADMIN, ROLE_CLERK, ROLE_LEADER
from officedesk.core.settings import SYSTEM
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import write_transaction
from officedesk.store.models import User

PASSWORD = "demo1234"
OFFICE = "县委办公室"
SECTIONS = ["秘书科", "综合科", "督查室", "信息科", "信访科", "机要科"]

# username, 姓名, 单位 (section or ""), 职务, 分管, 代录, role, clearance
LEADERS = [
    ("lgq", "李国强", "", "主任", "", False, ROLE_LEADER, 3),
    ("wzg", "王志刚", "", "副主任", "秘书科、综合科", False, ROLE_LEADER, 3),
    ("clh", "陈丽华", "", "副主任", "督查室、信访科", False, ROLE_LEADER, 3),
    ("zjj", "赵建军", "", "副主任", "信息科、机要科", False, ROLE_LEADER, 3),
    ("sun", "孙志明", "", "副秘书长", "", False, ROLE_LEADER, 3),
]
# per section: 科长, 副科长, two 科员 (秘书科's 科员 are the 文书 who record leaders' steps)
STAFF = {
    "秘书科": [("wzy", "王志远"), ("hlj", "黄丽君"), ("zxy", "张晓燕"), ("lwb", "刘文博")],
    "综合科": [("csy", "陈思雨"), ("zhj", "赵俊杰"), ("zyq", "周雅琴"), ("xm", "徐敏")],
    "督查室": [("hb", "何斌"), ("lj", "刘杰"), ("mlx", "马丽霞"), ("gy", "郭阳")],
    "信息科": [("ty", "唐岩"), ("fxl", "冯晓丽"), ("ys", "杨帅"), ("dqq", "邓琴琴")],
    "信访科": [("lhm", "罗红梅"), ("swj", "宋伟杰"), ("jl", "蒋磊"), ("hy", "韩雨")],
    "机要科": [("cgl", "曹国梁"), ("pf", "彭芳"), ("dw", "杜巍"), ("lh", "梁辉")],
}
ADMIN = ("xtgly", "系统管理员", "秘书科", "", "", False, ROLE_ADMIN, 3)
# clearances above their post's: 秘书科's 文书 张晓燕 registers every 收文 and does every 发文's 复核,
# 机密 ones too (demo.documents.CLERK): named on them, she must be cleared for them (`check`)
CLEARED_ABOVE_POST = {"zxy": 3}


def rows() -> list[tuple[str, str, str, str, str, bool, str, int]]:
    result = list(LEADERS)
    for section, people in STAFF.items():
        for index, (username, name) in enumerate(people):
            position = ("科长", "副科长", "科员", "科员")[index]
            proxy = section == "秘书科" and position == "科员"
            clearance = 3 if section == "机要科" else (2 if index < 2 else 1)
            clearance = CLEARED_ABOVE_POST.get(username, clearance)
            result.append((username, name, OFFICE + section, position, "", proxy, ROLE_CLERK,
                           clearance))
    username, name, section, *rest = ADMIN
    result.append((username, name, OFFICE + section, *rest))  # type: ignore[arg-type]
    return result


def populate(size: int, rng: random.Random) -> int:
    """The 30 users; 0 when users with a 职务 exist already (an office that is set up)."""
    if User.select().where(User.position != "").exists():
        return 0
    password_hash = users.hash_password(PASSWORD)  # one hash for all: demo accounts only
    now = clock.now()
    count = 0
    with write_transaction():
        for username, name, unit, position, charge, proxy, role, clearance in rows():
            if User.select().where(User.username == username).exists():
                continue
            user = User.create(
                username=username, display_name=name, role=role, clearance=clearance,
                password_hash=password_hash, unit=unit or OFFICE, position=position,
                in_charge="、".join(OFFICE + s for s in charge.split("、") if s),
                proxy_entry=proxy, created_by=SYSTEM.username, updated_by=SYSTEM.username,
                created_at=now, updated_at=now)
            audit.record(SYSTEM, "create", users.REGISTRY, user.id, None,
                         {"用户名": username, "姓名": name, "单位": user.unit, "职务": position},
                         trail_text("演示数据：新建用户 %1（%2，%3）", username, name, position or "管理员"))
            count += 1
    return count
