"""A step the record's state does not allow is refused listing the steps the actor may do now —
not those of others (核稿 is the 处长's) — or, when none is his, saying so."""

from __future__ import annotations

import pytest

from officedesk.core import steps
from officedesk.core.documents import outgoing
from officedesk.core.errors import OfficeDeskError


def _refusal(staffed, who: str, step: str, doc: int) -> str:
    with pytest.raises(OfficeDeskError) as caught:
        steps.perform("outgoing", doc, step, {}, staffed[who])
    return caught.value.message


def test_the_steps_listed_are_his_own(staffed):
    doc = outgoing.draft({"标题": "关于冬季防火的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "主送": "各乡镇党委"}, staffed["kuiyuan"]).id
    said = _refusal(staffed, "kuiyuan", "编号", doc)
    assert said.startswith("这件发文现在是“拟稿中”，不能“编号”。")
    assert "核稿" not in said and "此时可以：修改。" in said
    said = _refusal(staffed, "chuzhang", "编号", doc)
    assert "核稿" in said and "此时可以：" in said
    said = _refusal(staffed, "fuzhuren2", "签发", doc)  # 督查室的副主任: none is his
    assert "此时可以办理的" in said and "都不由您办理" in said and "核稿" in said


def test_the_core_function_lists_his_steps_too(staffed):
    draft = outgoing.draft({"标题": "关于冬季防火的通知", "文种": "通知", "拟稿单位": "综合处",
                            "拟稿人": "张科员", "主送": "各乡镇党委"}, staffed["kuiyuan"])
    with pytest.raises(OfficeDeskError) as caught:
        outgoing.assign_number(draft.id, draft.version, staffed["kuiyuan"])
    said = caught.value.message
    assert said.startswith("这件发文现在是“拟稿中”，不能“编号”。")
    assert "核稿" not in said and "此时可以：修改。" in said
    with pytest.raises(OfficeDeskError) as caught:
        outgoing.sign(draft.id, draft.version, staffed["fuzhuren2"], "孙主任", "同意")
    assert "都不由您办理" in caught.value.message
