"""续报 and 密级: a 续报 is never less classified than its first report (it carries the first
report's title)."""

from __future__ import annotations

import pytest

from officedesk.core import info, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import ValidationError
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
        procedure.followup(first.id, {"content": "事态进展", "secrecy": "非密"}, CLERK1)
    assert refused.value.field == "secrecy"
    with pytest.raises(ValidationError, match="不能低于“秘密”"):  # the import path too
        info.SPEC.create_hook({"续报": first.number, "正文": "事态进展", "密级": "非密"}, CLERK1)
    assert InfoItem.select().count() == count

    inherited = procedure.followup(first.id, {"content": "事态进展"}, CLERK1)
    assert (inherited.secrecy, inherited.title) == ("秘密", "河口镇化工厂泄漏（续报）")
    higher = procedure.followup(first.id, {"content": "伤亡情况", "secrecy": "机密"}, CLI_ACTOR)
    assert higher.secrecy == "机密"
    # nor lowered afterwards
    with pytest.raises(ValidationError, match="不能低于“秘密”"):
        records.update(info.SPEC, inherited.id, {"密级": "非密"}, inherited.version, CLI_ACTOR)
    assert info.get(inherited.id).secrecy == "秘密"
    # an ordinary report keeps whatever 密级 it is given
    assert report(title="普通信息", secrecy="非密").secrecy == "非密"


def test_raising_a_first_report_raises_its_followups(report):
    first = report(title="河口镇山火", **EVENT)
    later = procedure.followup(first.id, {"content": "明火已扑灭"}, CLI_ACTOR)
    assert later.secrecy == "非密"
    records.update(info.SPEC, first.id, {"密级": "机密"}, info.get(first.id).version, CLI_ACTOR)
    assert info.get(later.id).secrecy == "机密"
    assert records.list_ids(info.SPEC, CLERK1) == []  # neither shows below 机密
