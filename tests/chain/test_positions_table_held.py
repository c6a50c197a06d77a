"""The 职务表 keeps a post a user holds or the overview setting lists: dropped, the user would
keep a post that cannot be set again, the overview a post nobody can hold."""

from __future__ import annotations

import pytest

from officedesk.core import my_work, positions, settings, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.core.positions import POSITIONS

TABLE = "科员\n副科长\n科长\n副处长\n处长\n副主任\n主任\n副秘书长\n秘书长"


def test_a_post_a_user_holds_cannot_be_dropped_naming_him(staffed, admin):
    users.create_user("sun", "pass1234", "leader", CLI_ACTOR, display_name="孙副秘书长", clearance=3)
    positions.set_post("sun", CLI_ACTOR, unit="办公室领导", position="副秘书长")
    settings.put(my_work.OVERVIEW.key, "主任、副主任", admin)
    with pytest.raises(ValidationError, match="副秘书长.*孙副秘书长"):
        settings.put(POSITIONS.key, TABLE.replace("副秘书长\n", ""), admin)
    assert "副秘书长" in positions.position_table()
    positions.set_post("sun", CLI_ACTOR, position="秘书长")
    settings.put(POSITIONS.key, TABLE.replace("副秘书长\n", ""), admin)  # nobody holds it now
    assert "副秘书长" not in positions.position_table()


def test_a_post_the_overview_lists_cannot_be_dropped(staffed, admin):
    assert "秘书长" in my_work.OVERVIEW.default
    with pytest.raises(ValidationError, match="不能去掉“秘书长”，设置“可看全办待办概况的职务”中有"):
        settings.put(POSITIONS.key, TABLE.replace("\n秘书长", ""), admin)
    assert "秘书长" in positions.position_table()
    # both at once: taken out of the overview and the table together
    settings.put_many({my_work.OVERVIEW.key: "主任、副主任、副秘书长",
                       POSITIONS.key: TABLE.replace("\n秘书长", "")}, admin)
    assert "秘书长" not in positions.position_table()
