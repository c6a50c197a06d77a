"""The same 来文 signed in twice under two spellings of its organ that the 通讯录 does not know
(县应急局 / 县应急管理局): the warning matched the 来文机关 as typed, and the second registration
of one document went by unnoticed. A 来文字号 that carries its organ's 代字 (云应急发〔2026〕15号)
is that organ's alone: the same 字号 is the same document whatever the organ is written as. A
number in a sender's own form (函字第15号, a company's YLDL-2026-015) may be another body's too and
is still matched with the organ."""

from __future__ import annotations

from officedesk.core.documents import incoming

TITLE = "关于做好冬季安全生产工作的通知"


def test_a_number_with_its_organs_mark_is_the_same_document_under_another_spelling(office, secretary):
    earlier = incoming.sign_in({"文种": "通知", "来文机关": "县应急局", "来文字号": "云应急发〔2026〕15号",
                                "标题": TITLE}, secretary)
    assert incoming.registered_before("县应急管理局", "云应急发〔2026〕15号", secretary) == [
        earlier.receive_no]


def test_a_number_in_a_senders_own_form_of_another_organ_is_another_document(office, secretary):
    earlier = incoming.sign_in({"文种": "通知", "来文机关": "县应急局", "来文字号": "函字第15号",
                                "标题": TITLE}, secretary)
    assert incoming.registered_before("县公安局", "函字第15号", secretary) == []
    assert incoming.registered_before("县应急局", "函字第15号", secretary) == [earlier.receive_no]


def test_the_command_line_says_the_number_was_registered(office, tmp_path, monkeypatch, capsys):
    from tests.cli_office import new_office

    run = next(new_office(tmp_path, monkeypatch, capsys))
    run("add", "incoming", "文种=通知", "来文机关=县应急局", "来文字号=云应急发〔2026〕15号", f"标题={TITLE}")
    out, _ = run("add", "incoming", "文种=通知", "来文机关=县应急管理局", "来文字号=云应急发〔2026〕15号",
                 f"标题={TITLE}")
    assert "已登记过来文字号相同的收文" in out and "收〔2026〕1号" in out


def test_an_older_database_gets_the_index_the_lookup_goes_by(db):
    from officedesk.store import migrations

    db.execute_sql("drop index incoming_doc_from_ref")
    db.execute_sql("delete from schema_version where version = 32")
    assert migrations.migrate(db, backup=lambda db, version: None) == [32]
    plan = " ".join(str(row) for row in db.execute_sql(
        "explain query plan select id from incoming_doc where from_ref = '云应急发〔2026〕15号'"))
    assert "incoming_doc_from_ref" in plan
