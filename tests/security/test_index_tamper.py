"""The search index against the records: an entry whose 密级 was lowered in the file (the global
search filtered by it alone and showed a 机密 record's title to a clerk cleared for 公开), an
entry deleted (a record no search finds) or one left of a record gone are reported by `check`,
and `check --reindex` (index_check.rebuild) makes the index again from the records."""

from __future__ import annotations

from officedesk.core import audit, check, global_search, index_check
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming
from officedesk.store.db import database
from officedesk.store.models import AuditEntry

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")


def _sign_in(title, level):
    return incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省水利厅", "来文字号": f"省水发〔2026〕{len(title)}号",
                             "标题": title, "文种": "请示", "密级": level, "份数": "1",
                             **({"保密期限": "10年"} if level != "非密" else {})}, CLI_ACTOR)


def _search_lines():
    return [p.line for p in check.run_checks(update_anchor=False) if p.kind == check.SEARCH]


def test_an_entry_lowered_in_the_file_is_reported_and_shows_no_title(db):
    secret = _sign_in("关于水库迁建选址的请示", "机密")
    _sign_in("关于水库日常巡查的请示", "非密")
    assert check.run_checks() == []
    database.execute_sql(f"update search_doc set level = 0 where registry = 'incoming' and record_id = {secret.id}")
    [said] = _search_lines()
    assert f"检索索引中收文第 {secret.id} 条记录的密级为“非密”，低于记录本身的“机密”" in said
    assert "officedesk check --reindex" in said
    assert [hit.title.split()[-1] for hit in global_search.search("水库", CLERK0)] == ["关于水库日常巡查的请示"]
    assert len(global_search.search("水库", CLI_ACTOR)) == 2


def test_an_entry_deleted_or_left_behind_is_reported_and_rebuilt(db):
    kept = _sign_in("关于水库迁建选址的请示", "非密")
    database.execute_sql(f"delete from search_doc where record_id = {kept.id}")
    database.execute_sql("insert into search_doc (registry, record_id, level, title, body) "
                         "values ('incoming', 999, 0, '已删除的件', '')")
    said = " ".join(_search_lines())
    assert f"收文 1 条记录不在检索索引中（如第 {kept.id} 条）" in said
    assert "检索索引中有收文 1 条已不存在的记录（如第 999 条）" in said
    from officedesk.core import registry

    assert index_check.rebuild(CLI_ACTOR) == sum(spec.model.select().count() for spec in registry.all_registries())
    assert [hit.record_id for hit in global_search.search("水库", CLI_ACTOR)] == [kept.id]
    assert check.run_checks() == []
    assert AuditEntry.select().where(AuditEntry.action == "reindex").count() == 1
    assert audit.verify_chain() == []
