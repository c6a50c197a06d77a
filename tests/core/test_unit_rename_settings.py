"""A unit renamed in the 通讯录 is followed by the office settings that name it — an approval
chain's `@单位` (so its step still finds the unit's staff), the 信息科 (info.section), the 督查
office, the 纪检监察机关 of petitions, the 主送 of the 效能 bulletin — in the rename's
transaction, through the settings' own setter (checked, audited), each only where a whole 名称
is the old one: a unit whose 名称 contains it stays, and a value's other parts keep their order
and separators. The rename's question (rename_effects) names them first."""

from __future__ import annotations

import pytest

from officedesk.core import (
    accounts,
    chains,
    directory,
    positions,
    records,
    registry,
    settings,
    unit_renaming,
)
from officedesk.core.actor import Actor
from officedesk.core.chain_holders import fits
from officedesk.core.errors import ValidationError
from officedesk.declared_settings import declare_all
from officedesk.store.models import AuditEntry

OLD, NEW = "县委办公室秘书科", "县委办公室文秘科"
LONGER = "县委办公室秘书科档案室"  # contains the old 名称: another unit
ORGAN, NEW_ORGAN = "县纪委监委", "县纪委县监委"

CHAIN = (f"拟办 科员、副科长、科长@{OLD} 1日\n"
         f"批办 副主任@分管或主任@{OLD}  2日\n"
         f"# 旧链：拟办 科长@{OLD}\n"
         f"承办 科长@{LONGER}或科员@{OLD}")
RENAMED_CHAIN = (f"拟办 科员、副科长、科长@{NEW} 1日\n"
                 f"批办 副主任@分管或主任@{NEW}  2日\n"
                 f"# 旧链：拟办 科长@{OLD}\n"
                 f"承办 科长@{LONGER}或科员@{NEW}")
RECIPIENTS = f"{LONGER}，{OLD}、县财政局\n{OLD}："
RENAMED_RECIPIENTS = f"{LONGER}，{NEW}、县财政局\n{NEW}："


@pytest.fixture
def office(db, admin):
    registry.load_all()
    declare_all()
    for name in (OLD, LONGER, "县财政局", ORGAN):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    return admin


def _rename(actor, old=OLD, new=NEW):
    unit = directory.unit_by_name(old)
    return records.update(directory.UNITS, unit.id, {"单位名称": new}, unit.version, actor)


def _set_all(admin):
    settings.put_many({
        "chain.incoming": CHAIN,
        "chain.outgoing.绝密": f"拟稿 科员@{OLD}\n签发 主任 1日",
        "info.section": OLD,
        "supervision.office_name": OLD,
        "petitions.discipline_organ": OLD,
        "efficiency.bulletin.recipients": RECIPIENTS,
    }, admin)


def _read(key):
    settings.forget_cache()  # what the table keeps, not what this process remembers
    return settings.get(key)


def test_each_setting_naming_the_unit_follows_it_audited(office):
    admin = office
    _set_all(admin)
    _rename(admin)
    assert _read("chain.incoming") == RENAMED_CHAIN
    assert _read("chain.outgoing.绝密") == f"拟稿 科员@{NEW}\n签发 主任 1日"
    assert _read("info.section") == NEW
    assert _read("supervision.office_name") == NEW
    assert _read("petitions.discipline_organ") == NEW
    assert _read("efficiency.bulletin.recipients") == RENAMED_RECIPIENTS
    assert _read("chain.outgoing") == settings.setting("chain.outgoing").default  # names none
    # each change is a settings change in the audit trail, naming the old and the new value
    said = {e.summary for e in AuditEntry.select().where(AuditEntry.registry == "settings")
            if NEW in e.summary}
    for key in ("chain.incoming", "info.section", "supervision.office_name",
                "petitions.discipline_organ", "efficiency.bulletin.recipients"):
        assert any(settings.setting(key).label in text for text in said), key


def test_the_chain_step_still_finds_the_units_staff(office):
    admin = office
    settings.put("chain.incoming", CHAIN, admin)
    accounts.create_user("wzy", "Abc12345678", "clerk", admin, display_name="王志远")
    positions.set_post("wzy", admin, unit=OLD, position="科长")
    _rename(admin)
    post = positions.post_of("wzy")
    assert post.unit == NEW
    step = chains.chain_for("incoming").find("拟办")
    assert any(fits(post, alt, "incoming", None) for alt in step.alts)


def test_a_unit_containing_the_old_name_and_other_units_leave_settings_alone(office):
    admin = office
    values = {"chain.incoming": f"拟办 科长@{LONGER} 1日\n批办 主任 2日",
              "info.section": LONGER,
              "supervision.office_name": "督查室",
              "petitions.discipline_organ": ORGAN,
              "efficiency.bulletin.recipients": f"{LONGER}、县财政局："}
    settings.put_many(values, admin)
    assert unit_renaming.rename_effects(OLD, admin).settings == ()
    entries = AuditEntry.select().count()
    _rename(admin)
    for key, value in values.items():
        assert _read(key) == value, key
    assert not AuditEntry.select().where((AuditEntry.registry == "settings")
                                         & (AuditEntry.id > entries)).exists()
    # the 纪检监察机关 follows its own rename
    _rename(admin, ORGAN, NEW_ORGAN)
    assert _read("petitions.discipline_organ") == NEW_ORGAN


def test_the_rename_question_names_the_settings_that_follow(office):
    admin = office
    _set_all(admin)
    entries = AuditEntry.select().count()
    effects = unit_renaming.rename_effects(OLD, admin)
    assert AuditEntry.select().count() == entries  # it reads only
    labels = {settings.setting(key).label for key in (
        "chain.incoming", "chain.outgoing.绝密", "info.section", "supervision.office_name",
        "petitions.discipline_organ", "efficiency.bulletin.recipients")}
    assert set(effects.settings) == labels and len(effects.settings) == len(labels)
    assert _read("info.section") == OLD  # nothing renamed yet
    _rename(admin)
    assert unit_renaming.rename_effects(OLD, admin).settings == ()
    assert set(unit_renaming.rename_effects(NEW, admin).settings) == labels


def test_a_refused_rename_leaves_the_settings_as_they_were(office):
    admin = office
    _set_all(admin)
    records.create(registry.get("incoming"), {"收文日期": "2026-01-05", "来文机关": "市委办",
                                              "标题": "机密件", "密级": "机密", "承办单位": OLD}, admin)
    low_admin = Actor(username="low", role="admin", clearance=1, display_name="秘密管理员")
    with pytest.raises(ValidationError, match="涉密权限"):
        _rename(low_admin)
    # neither the table nor what this process read meanwhile names the new 名称
    assert settings.get("info.section") == OLD
    assert settings.get("chain.incoming") == CHAIN
    assert _read("efficiency.bulletin.recipients") == RECIPIENTS
    _rename(admin)  # by an administrator cleared for it: they follow
    assert settings.get("info.section") == NEW and _read("chain.incoming") == RENAMED_CHAIN


def test_a_name_the_chain_would_read_otherwise_is_refused(office):
    admin = office
    settings.put("chain.incoming", CHAIN, admin)
    with pytest.raises(ValidationError, match="审批链"):
        _rename(admin, OLD, "本单位")
    assert directory.unit_by_name(OLD) is not None and _read("chain.incoming") == CHAIN


def test_a_chain_naming_the_unit_by_its_short_name_follows_it(office):
    """`@秘书科` is 县委办公室秘书科 when no other unit is (chain_holders.same_unit): after the
    rename it would match no unit and the step would find no holder, so it names the new unit."""
    admin = office
    settings.put_many({"chain.incoming": "拟办 科长@秘书科 1日\n批办 主任 1日",
                       "chain.outgoing.绝密": "拟稿 科员@档案室\n签发 主任 1日"}, admin)
    assert chains.SETTINGS[("incoming", "")].label in unit_renaming.rename_effects(OLD, admin).settings
    _rename(admin)
    assert _read("chain.incoming") == f"拟办 科长@{NEW} 1日\n批办 主任 1日"
    assert _read("chain.outgoing.绝密") == "拟稿 科员@档案室\n签发 主任 1日"  # another unit's


def test_a_short_name_other_units_share_is_left(office):
    admin = office
    records.create(directory.UNITS, {"单位名称": "县政府办公室秘书科"}, admin)
    settings.put("chain.incoming", "拟办 科长@秘书科 1日\n批办 主任 1日", admin)
    _rename(admin)
    assert _read("chain.incoming") == "拟办 科长@秘书科 1日\n批办 主任 1日"


def test_a_short_name_the_new_name_still_ends_with_is_left(office):
    admin = office
    settings.put("chain.incoming", "拟办 科长@秘书科 1日\n批办 主任 1日", admin)
    _rename(admin, new="县委秘书科")
    assert _read("chain.incoming") == "拟办 科长@秘书科 1日\n批办 主任 1日"


def test_a_setting_naming_the_unit_by_its_short_name_follows_it(office):
    """info.section's 信息科 (the chain's 本单位 for 信息) meant 县委办公室信息科: after its rename
    the 信息 steps would find no holder and anyone who may write could do them."""
    admin = office
    records.create(directory.UNITS, {"单位名称": "县委办公室信息科"}, admin)
    settings.put_many({"info.section": "信息科", "supervision.office_name": "督查室"}, admin)
    _rename(admin, "县委办公室信息科", "县委办公室信息中心")
    assert _read("info.section") == "县委办公室信息中心"
    assert _read("supervision.office_name") == "督查室"  # no unit of that name was renamed


def test_a_name_a_following_setting_refuses_is_refused_before_the_question(office):
    """The form asks after check_rename passes (unit_renaming.check_rename): a 名称 the chain would
    read otherwise was refused only by the save, after the clerk had answered the question."""
    admin = office
    settings.put("chain.incoming", CHAIN, admin)
    unit = directory.unit_by_name(OLD)
    with pytest.raises(ValidationError, match="审批链"):
        unit_renaming.check_rename(unit, "秘书科或档案科", admin)
    # a name it can take passes, and the question names the setting that follows it
    assert unit_renaming.check_rename(unit, NEW, admin) == unit_renaming.RenameEffects(
        posts=0, records=[], settings=("审批链：收文",))
    assert _read("chain.incoming") == CHAIN  # checked, not written


def test_a_listed_unit_after_a_lone_carriage_return_follows_its_rename(office):
    """信息报送单位 pasted with a lone carriage return between two units, kept from before a save
    made the breaks lines (put), holds two lines as its reader parts them: the second follows its
    rename too."""
    import json

    from officedesk.store.models import AppSetting

    admin = office
    AppSetting.replace(key="info.reporting_units",
                       value=json.dumps(f"县财政局\r{OLD}", ensure_ascii=False)).execute()
    settings.forget_cache()
    _rename(admin)
    assert settings.list_items(_read("info.reporting_units"), "、\n") == ["县财政局", NEW]
