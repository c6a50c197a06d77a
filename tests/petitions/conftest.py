"""Helpers for the petitions tests: valid invented ID numbers and a quick registration."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, positions, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.idcard import make_id
from tests.staff import staffed  # noqa: F401  (the fixture, as tests/chain has it)

ID_ZHANG = make_id("110101", dt.date(1968, 3, 7), 231)  # male
ID_LI = make_id("320102", dt.date(1975, 11, 30), 442)  # female
ID_WANG = make_id("410105", dt.date(1959, 1, 2), 113)


@pytest.fixture
def register(db, admin):
    """register(**fields) -> Petition with sensible defaults (a visit by 张建国)."""

    def make(petitioners=None, repeat_of=None, actor=None, **fields):
        values = {
            "registered_on": "2026-03-02",
            "form": "来访",
            "name": "张建国",
            "id_number": ID_ZHANG,
            "phone": "13812345678",
            "address": "北京市东城区和平里街道12号",
            "category": "征地拆迁",
            "content": "反映青河村土地征收补偿款至今未足额发放，安置房建设停工两年，要求镇政府说明补偿标准。",
            "demand": "按标准足额发放补偿款，尽快复工安置房。",
            "region": "青河镇人民政府",
            "receiver": "刘敏",
        }
        values.update(fields)
        return petitions.register_petition(values, petitioners, actor or admin, repeat_of=repeat_of)

    return make


@pytest.fixture
def accepted(register, admin, fixed_today):
    """accepted("2026-08-02") -> a letter registered, accepted (直接答复) and its petitioner told
    in writing (受理告知, 《信访工作条例》第二十三条) that day, today moved to it."""

    def make(on: str):
        fixed_today(dt.date.fromisoformat(on))
        p = register(registered_on=on, form="来信")
        p = petitions.decide(p.id, p.version, admin, "直接答复", on=on)
        return petitions.notify(p.id, p.version, admin, on=on)

    return make


def leader(name: str = "陈丽华", position: str = "副主任", username: str = "clh") -> str:
    """A user holding a post of the office's 负责人 (副主任 by default), made once: the 批准人 a
    延期 names (《信访工作条例》第三十四条). Returns the name."""
    if not positions.people_named(name):
        users.create_user(username, "pass1234", "leader", CLI_ACTOR, display_name=name)
        positions.set_post(username, CLI_ACTOR, position=position)
    return name


def extend(p, actor, on: str):
    """The one 延期 of a petition, approved on `on` by the 副主任 陈丽华."""
    return petitions.extend(p.id, p.version, actor, reason="情况复杂", approver=leader(), on=on)


@pytest.fixture
def tab(app_ctx, qtbot):
    """The 信访 tab on screen (its module imports Qt only when a test asks for it)."""
    from officedesk.ui.petitions import make_tab

    widget = make_tab(app_ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
