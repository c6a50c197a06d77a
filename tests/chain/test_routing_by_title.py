"""拟办意见 names a leader as clerks write it: by his full name, or by surname and post
(“请赵副主任阅示” for 赵建军, 副主任) — the 批办 then goes to him and the 主任, as the README says."""

from __future__ import annotations

import pytest

from officedesk.core import my_work, steps
from officedesk.core.documents import incoming
from officedesk.core.errors import ProcedureError
from tests.staff import make_staff

from .conftest import STAFF

NAMED = [row if row[0] not in ("fuzhuren", "fuzhuren2", "zhuren") else
         {"fuzhuren": ("fuzhuren", "赵建军", "leader", "办公室领导", "副主任", "综合处、信息处", False),
          "fuzhuren2": ("fuzhuren2", "王志刚", "leader", "办公室领导", "副主任", "督查室", False),
          "zhuren": ("zhuren", "李国强", "leader", "办公室领导", "主任", "", False)}[row[0]]
         for row in STAFF]


@pytest.fixture
def people(staffed_office):
    return make_staff(NAMED)


@pytest.fixture
def staffed_office(db, fixed_today, monkeypatch):
    import datetime as dt

    from officedesk.core import passwords, settings

    fixed_today(dt.date(2026, 11, 16))
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    settings.put("org.code", "某委办")


def _proposed(people, opinion):
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于防汛的通知"},
                           people["wenshu"]).id
    steps.perform("incoming", doc, "登记", {}, people["wenshu"])
    steps.perform("incoming", doc, "初审", {}, people["wenshu"])
    steps.perform("incoming", doc, "拟办", {"拟办意见": opinion}, people["wenshu"])
    return doc


@pytest.mark.parametrize("opinion", ["请赵副主任阅示", "请赵建军副主任阅示", "呈赵建军同志阅处"])
def test_the_deputy_named_by_surname_and_post_or_by_name_instructs(people, opinion):
    doc = _proposed(people, opinion)
    assert [i.step for i in my_work.my_pending(people["fuzhuren"])] == ["批办"]
    assert [i.step for i in my_work.my_pending(people["zhuren"])] == ["批办"]
    assert my_work.my_pending(people["fuzhuren2"]) == []
    with pytest.raises(ProcedureError, match="拟办意见呈请的副主任"):
        steps.perform("incoming", doc, "批办", {"批示内容": "阅"}, people["fuzhuren2"])
    assert steps.perform("incoming", doc, "批办", {"批示内容": "请综合处落实"},
                         people["fuzhuren"]).state == "已批办"


def test_a_surname_alone_or_another_post_names_nobody(people):
    doc = _proposed(people, "请赵主任阅示")  # 赵建军 is 副主任: not a 主任 of that surname
    assert my_work.my_pending(people["fuzhuren"]) == []
    assert [i.step for i in my_work.my_pending(people["zhuren"])] == ["批办"]
    with pytest.raises(ProcedureError):
        steps.perform("incoming", doc, "批办", {"批示内容": "阅"}, people["fuzhuren"])
