"""A 发文 begun and given up (signed, never to be issued): `void` and `delete` each name the way
out — back to the drafter by the steps, then delete — instead of sending the clerk to the other."""

from __future__ import annotations

from tests.cli_office import Office, office  # noqa: F401 (the fixture)


def test_void_and_delete_name_the_way_back_for_a_signed_draft(office: Office):  # noqa: F811
    doc = office.json("add", "outgoing", "文种=通知", "标题=放弃的通知", "拟稿单位=县委办公室",
                      "拟稿人=徐敏")["id"]
    office.step("outgoing", str(doc), "核稿", "核稿人=周核稿")
    office.step("outgoing", str(doc), "签发", "签发人=李国强")
    _, voided = office("void", "outgoing", str(doc), "--reason", "不再发文", code=1)
    _, deleted = office("delete", "outgoing", str(doc), code=1)
    for said in (voided, deleted):
        assert "请先“退回复审”、再“退回修改”退回拟稿，再删除" in said, said
    office.step("outgoing", str(doc), "退回复审", "理由=不再发文")
    office.step("outgoing", str(doc), "退回修改", "理由=不再发文", "--person", "李国强")
    out, _ = office("delete", "outgoing", str(doc))
    assert "删除" in out
