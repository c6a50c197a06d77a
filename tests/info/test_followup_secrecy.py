"""续报 and 密级: a 续报 is never less classified than its first report (it carries the first
report's title), and a first report's panel names only the 续报 its reader may see."""

from __future__ import annotations

import pytest

from officedesk.core import clock, info, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import PermissionDeniedError, ValidationError
from officedesk.core.info import procedure
from officedesk.store.info import InfoItem

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
CLERK1 = Actor(username="clerk1", role="clerk", clearance=1, display_name="科员乙")
EVENT = {"category": "突发事件", "event_level": "较大", "event_at": "2026-03-01 06:10",
         "reported_at": "2026-03-01 06:30", "unit": "河口镇"}


def test_a_followup_is_never_below_its_first_report(report):
    first = report(title="河口镇化工厂泄漏", secrecy="秘密", **EVENT)
    count = InfoItem.select().count()

    with pytest.raises(ValidationError, match="不能低于“秘密”") as refused:
        procedure.followup(first.id, {"reported_at": clock.now(), "content": "事态进展", "secrecy": "非密"}, CLERK1)
    assert refused.value.field == "secrecy"
    with pytest.raises(ValidationError, match="不能低于“秘密”"):  # the import path too
        info.SPEC.create_hook({"续报": first.number, "正文": "事态进展", "密级": "非密",
                               "报送时间": clock.now()}, CLERK1)
    assert InfoItem.select().count() == count

    inherited = procedure.followup(first.id, {"reported_at": clock.now(), "content": "事态进展"}, CLERK1)
    assert (inherited.secrecy, inherited.title) == ("秘密", "河口镇化工厂泄漏（续报一）")
    higher = procedure.followup(first.id, {"reported_at": clock.now(), "content": "伤亡情况", "secrecy": "机密"}, CLI_ACTOR)
    assert higher.secrecy == "机密"
    # nor lowered afterwards
    with pytest.raises(ValidationError, match="不能低于“秘密”"):
        records.update(info.SPEC, inherited.id, {"密级": "非密"}, inherited.version, CLI_ACTOR)
    assert info.get(inherited.id, CLI_ACTOR).secrecy == "秘密"
    # an ordinary report keeps whatever 密级 it is given
    assert report(title="普通信息", secrecy="非密").secrecy == "非密"


def test_raising_a_first_report_raises_its_followups(report):
    first = report(title="河口镇山火", **EVENT)
    later = procedure.followup(first.id, {"reported_at": clock.now(), "content": "明火已扑灭"}, CLI_ACTOR)
    assert later.secrecy == "非密"
    records.update(info.SPEC, first.id, {"密级": "机密"}, info.get(first.id, CLI_ACTOR).version, CLI_ACTOR)
    assert info.get(later.id, CLI_ACTOR).secrecy == "机密"
    assert records.list_ids(info.SPEC, CLERK1) == []  # neither shows below 机密


def test_followups_of_names_only_those_the_actor_may_see(report):
    first = report(title="河口镇山火", **EVENT)  # 非密: the low clerk may open it
    plain = procedure.followup(first.id, {"reported_at": clock.now(), "content": "明火已扑灭"}, CLI_ACTOR)
    secret = procedure.followup(first.id, {"reported_at": clock.now(), "content": "伤亡情况", "secrecy": "机密",
                                           "title": "河口镇山火伤亡XC202"}, CLI_ACTOR)

    assert [f.id for f in procedure.followups_of(first.id, CLERK0)] == [plain.id]
    assert [f.id for f in procedure.followups_of(first.id, CLI_ACTOR)] == [plain.id, secret.id]


def test_the_followups_of_a_hidden_first_report_are_refused(report):
    first = report(title="涉密事件", secrecy="机密", **EVENT)
    procedure.followup(first.id, {"reported_at": clock.now(), "content": "进展"}, CLI_ACTOR)
    with pytest.raises(PermissionDeniedError):
        procedure.followups_of(first.id, CLERK0)


def test_the_panel_names_only_the_followups_its_reader_may_see(report, app_ctx, qtbot):
    from officedesk.ui.context import AppContext
    from officedesk.ui.info import make_tab

    first = report(title="河口镇山火", **EVENT)
    procedure.followup(first.id, {"reported_at": clock.now(), "content": "明火已扑灭", "title": "河口镇山火明火扑灭"},
                       CLI_ACTOR)
    procedure.followup(first.id, {"reported_at": clock.now(), "content": "伤亡情况", "secrecy": "机密",
                                  "title": "河口镇山火伤亡XC202"}, CLI_ACTOR)
    low = AppContext(CLERK0, app_ctx.database_label, app_ctx.settings)
    tab = make_tab(low)
    qtbot.addWidget(tab)
    text = tab.describe(info.get(first.id, CLI_ACTOR))
    assert "河口镇山火明火扑灭" in text
    assert "XC202" not in text
    assert "涉密续报" not in text  # nor counted (test_followup_hidden_count)
    full = make_tab(app_ctx)
    qtbot.addWidget(full)
    text = full.describe(info.get(first.id, CLI_ACTOR))
    assert "XC202" in text and "涉密续报" not in text


def test_a_followup_names_its_first_report_in_full_width(report):
    first = report(title="河口镇化工厂泄漏", **EVENT)
    wide = first.number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    follow = info.SPEC.create_hook({"续报": wide, "正文": "事态进展", "报送时间": clock.now()}, CLI_ACTOR)
    assert follow.followup_of == first.id
