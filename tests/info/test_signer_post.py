"""签发 of an 信息: the signer is the user who holds the step — among namesakes the one who holds it
(README: “the one who holds the step is meant”) — and the record carries his real post: a
副科长 signs as 信息科副科长, never as 信息科长; a leader not in charge of the 信息科 never as
分管主任."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.info import procedure
from tests.staff import make_staff

TODAY = dt.date(2026, 11, 16)
OFFICE = "县委办公室"
# username, 姓名, role, 单位, 职务, 分管, 代录
STAFF = [
    ("ys", "杨帅", "clerk", OFFICE + "信息科", "科员", "", False),
    ("ty", "唐岩", "clerk", OFFICE + "信息科", "科长", "", False),
    ("fxl", "冯晓丽", "clerk", OFFICE + "信息科", "副科长", "", False),
    ("ty2", "唐岩", "clerk", OFFICE + "综合科", "科长", "", False),  # a namesake, not of 信息科
    ("zjj", "赵建军", "leader", OFFICE, "副主任", OFFICE + "信息科", False),
    ("wzg", "王志刚", "leader", OFFICE, "副主任", OFFICE + "秘书科", False),
    ("sun", "孙志明", "leader", OFFICE, "副秘书长", "", False),
    ("zxy", "张晓燕", "clerk", OFFICE + "秘书科", "科员", "", True),
]


@pytest.fixture
def staff(db, fixed_today, monkeypatch):
    from officedesk.core import passwords

    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    return make_staff(STAFF)


def _to_signing(report, staff):
    item = report()
    steps.perform("info", item.id, "接收", {}, staff["ys"])
    steps.perform("info", item.id, "初审", {"结论": "采"}, staff["ys"])
    steps.perform("info", item.id, "编辑", {}, staff["ys"])
    return item.id


def test_the_section_chief_signs_though_a_namesake_exists(staff, report):
    item = _to_signing(report, staff)
    steps.perform("info", item, "签发", {}, staff["ty"])
    assert info.get(item, CLI_ACTOR).signer == "唐岩（信息科长）"


def test_a_signature_entered_for_a_namesake_is_the_holders(staff, report):
    item = _to_signing(report, staff)
    steps.perform("info", item, "签发", {"签发人": "唐岩"}, staff["zxy"])
    assert info.get(item, CLI_ACTOR).signer == "唐岩（信息科长）"
    other = _to_signing(report, staff)
    steps.perform("info", other, "签发", {"签发人": "唐岩"}, CLI_ACTOR)  # the administrator
    assert info.get(other, CLI_ACTOR).signer == "唐岩（信息科长）"


def test_namesakes_are_never_blamed_for_a_post(staff, report):
    """Recorded by name alone (as the demo and import do): the holder among namesakes; when
    none of them may sign, the refusal names them, not a 职务."""
    item = _to_signing(report, staff)
    procedure.sign(item, info.get(item, CLI_ACTOR).version, CLI_ACTOR, "唐岩", "")
    assert info.get(item, CLI_ACTOR).signer == "唐岩（信息科长）"
    other = _to_signing(report, staff)
    settings.put("chain.enforce", "否")
    with pytest.raises(ValidationError, match="有 2 位用户叫“唐岩”.*用户名 ty2.*用户名") as refused:
        procedure.sign(other, info.get(other, CLI_ACTOR).version, CLI_ACTOR, "唐岩", "")
    assert "职务应为" not in str(refused.value)
    procedure.sign(other, info.get(other, CLI_ACTOR).version, CLI_ACTOR, "ty", "")
    assert info.get(other, CLI_ACTOR).signer == "唐岩（信息科长）"


def test_a_deputy_chief_signs_in_his_own_post(staff, report):
    settings.put("chain.info", "初审 科员、副科长、科长@本单位 1日\n编辑 科员、副科长、科长@本单位 1日\n"
                               "签发 科长、副科长@本单位或副主任@分管 1日")
    item = _to_signing(report, staff)
    steps.perform("info", item, "签发", {}, staff["fxl"])
    assert info.get(item, CLI_ACTOR).signer == "冯晓丽（信息科副科长）"
    other = _to_signing(report, staff)
    steps.perform("info", other, "签发", {}, staff["zjj"])
    assert info.get(other, CLI_ACTOR).signer == "赵建军（分管主任）"


@pytest.mark.parametrize("who, shown", [
    ("fxl", "冯晓丽（信息科副科长）"),
    ("sun", "孙志明（县委办公室副秘书长）"),
    ("wzg", "王志刚（县委办公室副主任）"),
    ("ty2", "唐岩（县委办公室综合科科长）"),
])
def test_outside_the_chain_nobody_is_given_a_post_he_does_not_hold(staff, report, who, shown):
    settings.put("chain.enforce", "否")
    item = _to_signing(report, staff)
    steps.perform("info", item, "签发", {"签发人": staff[who].label, "职务": "信息科长"}, staff[who])
    assert info.get(item, CLI_ACTOR).signer == shown


def test_a_clerk_is_still_refused(staff, report):
    item = _to_signing(report, staff)
    with pytest.raises(ProcedureError):
        steps.perform("info", item, "签发", {}, staff["ys"])


def test_namesakes_who_both_may_sign_are_told_apart_by_user_name(staff, report):
    """Two 唐岩 of the 信息科 (科长 and 副科长, both signing by the chain): a 代录 naming 唐岩 is
    refused with their 用户名; one naming ty2 records ty2 in his own post."""
    from officedesk.core import positions

    positions.set_post("ty2", CLI_ACTOR, unit=OFFICE + "信息科", position="副科长")
    settings.put("chain.info", "初审 科员、副科长、科长@本单位 1日\n编辑 科员、副科长、科长@本单位 1日\n"
                               "签发 科长、副科长@本单位或副主任@分管 1日")
    item = _to_signing(report, staff)
    with pytest.raises(ProcedureError, match="有 2 位用户叫“唐岩”"):
        steps.perform("info", item, "签发", {"签发人": "唐岩"}, staff["zxy"])
    steps.perform("info", item, "签发", {"签发人": "ty2"}, staff["zxy"])
    assert info.get(item, CLI_ACTOR).signer == "唐岩（信息科副科长）"
    other = _to_signing(report, staff)
    steps.perform("info", other, "签发", {}, staff["ty"])
    assert info.get(other, CLI_ACTOR).signer == "唐岩（信息科长）"
