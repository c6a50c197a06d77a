"""保密 of a 收文编号 typed at 签收 (`add`, an import the batch cannot take) that a record above the
clerk's clearance holds: refused — the number is taken — in the very words said of a number whose
record was deleted, and of one a record he may see holds: never its title, id or state. (A voided
record's number differs, as it must: it may be reissued on purpose.)"""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records, registry
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents.incoming_sign_in import sign_in
from officedesk.core.errors import OfficeDeskError

LOW = Actor("low", "clerk", 0, display_name="低密科员")
BASE = {"收文日期": "2026-11-16", "来文机关": "市委办公室", "文种": "通知", "紧急程度": "平件", "份数": "1"}


def _refusal(number: str) -> str:
    with pytest.raises(OfficeDeskError) as refused:
        sign_in({**BASE, "来文字号": "某〔2026〕9号", "标题": "新收文", "收文编号": number}, LOW)
    return refused.value.message


def test_a_hidden_holder_is_told_as_a_deleted_one(db, fixed_today):
    fixed_today(dt.date(2026, 11, 16))
    spec = registry.get("incoming")
    hidden = records.create(spec, {**BASE, "来文字号": "市委办〔2026〕1号", "标题": "机密收文XQ7",
                                   "密级": "机密"}, CLI_ACTOR)
    deleted = records.create(spec, {**BASE, "来文字号": "市委办〔2026〕2号", "标题": "删除收文"}, CLI_ACTOR)
    seen = records.create(spec, {**BASE, "来文字号": "市委办〔2026〕3号", "标题": "普通收文"}, CLI_ACTOR)
    records.delete(spec, deleted.id, deleted.version, CLI_ACTOR)

    said = {name: _refusal(record.receive_no).replace(record.receive_no, "N")
            for name, record in (("hidden", hidden), ("deleted", deleted), ("seen", seen))}
    assert said["hidden"] == said["deleted"] == said["seen"], said
    raw = _refusal(hidden.receive_no)
    assert "XQ7" not in raw and f"id {hidden.id}" not in raw and hidden.state not in raw, raw
