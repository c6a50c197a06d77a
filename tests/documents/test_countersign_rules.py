"""Rule 6: a 会签 unit that answers 不同意 blocks 签发 until it is resolved — a new round of
会签 or the 签发人's recorded 协调 decision; the 发文稿纸 prints each unit's answer."""

from __future__ import annotations

import pymupdf
import pytest

from officedesk.core.documents import outgoing, outgoing_spec
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.printing import forms


def _to_countersign(actor):
    record = outgoing.draft({"文种": "通知", "标题": "关于调整城区停车收费标准的通知", "主送": "各单位"}, actor)
    record = outgoing.check(record.id, record.version, actor, "周核稿", "")
    return outgoing.send_countersign(record.id, record.version, actor, ["市财政局", "市发改委"])


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf) as doc:
        return "".join("".join(page.get_text().split()) for page in doc)


def test_a_disagreement_blocks_signing_until_coordinated(office, secretary):
    record = _to_countersign(secretary)
    with pytest.raises(ValidationError, match="写明理由"):
        outgoing.countersign(record.id, record.version, secretary, "市财政局", "孙一", "", answer="不同意")
    record = outgoing.countersign(
        record.id, record.version, secretary, "市财政局", "孙一", "收费标准过高，建议下调", answer="不同意"
    )
    record = outgoing.countersign(record.id, record.version, secretary, "市发改委", "钱二", "同意")
    assert record.state == outgoing_spec.COUNTERSIGNED
    with pytest.raises(ProcedureError, match="会签单位不同意：市财政局（收费标准过高，建议下调）"):
        outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    text = _text(forms.get("outgoing-draft").build([record.id], secretary))
    assert "市财政局：不同意。收费标准过高，建议下调" in text and "市发改委：同意" in text
    record = outgoing.coordinate(
        record.id, record.version, secretary, "王建国", "按财政局意见下调10%后印发"
    )
    assert outgoing.disagreements(record.id, secretary) == []
    record = outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    assert record.state == outgoing_spec.SIGNED
    text = _text(forms.get("outgoing-draft").build([record.id], secretary))
    assert "王建国协调：按财政局意见下调10%后印发" in text


def test_a_new_round_of_countersigning_resolves_it(office, secretary):
    record = _to_countersign(secretary)
    record = outgoing.countersign(
        record.id, record.version, secretary, "市财政局", "孙一", "标准过高", answer="不同意"
    )
    record = outgoing.countersign(record.id, record.version, secretary, "市发改委", "钱二", "同意")
    record = outgoing.send_countersign(record.id, record.version, secretary, ["市财政局"])
    record = outgoing.countersign(record.id, record.version, secretary, "市财政局", "孙一", "修改后同意")
    record = outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    assert record.state == outgoing_spec.SIGNED
