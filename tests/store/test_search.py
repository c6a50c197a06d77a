"""The cross-registry search index finds exactly what a full scan finds, for 1-, 2-, 3- and
4-character Chinese words and mixed text, stays in step with every write, and hides records
above the user's clearance."""

from __future__ import annotations

import random

import pytest

from officedesk.core import record_lists, records
from officedesk.core.actor import Actor
from officedesk.store import search_index
from officedesk.store.db import database
from officedesk.store.search_index import SearchDoc

from .memo_registry import MEMOS, create_table

SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗"
GIVEN = "三四伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
WORDS = [
    "信访",
    "督查",
    "督办",
    "会议",
    "通知",
    "纪要",
    "收文",
    "发文",
    "办公室",
    "政府",
    "委员会",
    "征地拆迁",
    "劳动社保",
    "社会治安",
    "农民负担",
    "党风廉政",
    "乡村振兴",
    "安全生产",
    "环境保护",
    "城市管理",
    "教育",
    "医疗",
    "住房",
    "交通",
    "工资",
    "拖欠",
    "补偿",
    "答复",
    "转送",
    "交办",
    "反映",
    "请求",
    "解决",
    "问题",
    "情况",
    "报告",
    "请示",
    "批复",
    "意见",
    "落实",
    "推进",
    "工作",
    "部署",
    "检查",
    "整改",
    "群众",
    "来信",
    "来访",
    "电话",
    "网上",
    "街道",
    "社区",
]
PLACES = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "X县", "A座", "3号楼", "B栋"]
LATIN = [
    "GB/T 9704",
    "X委办发〔2026〕7号",
    "Excel",
    "PDF",
    "abc",
    "xabcx",
    "OfficeDesk",
    "2026年",
    "13812345678",
    "110101199003071234",
    "iPhone",
    "No.5",
    "ÄÖÜ",
    "été",
    "ア・イ",
    "한국",
]
PUNCT = ["，", "。", "、", "；", "：", " ", "\n", "（", "）", "“", "”"]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 1, 2))))


def _text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(8, 22)):
        roll = rng.random()
        if roll < 0.55:
            parts.append(rng.choice(WORDS))
        elif roll < 0.7:
            parts.append(_name(rng))
        elif roll < 0.78:
            parts.append(rng.choice(PLACES))
        elif roll < 0.84:
            parts.append(rng.choice(LATIN))
        elif roll < 0.9:
            parts.append(str(rng.randint(1, 99999)))
        if rng.random() < 0.3:
            parts.append(rng.choice(PUNCT))
    return "".join(parts)


@pytest.fixture
def corpus(db):
    rng = random.Random(20260101)
    bodies: dict[int, str] = {}
    with database.atomic():
        for record_id in range(1, 3001):
            body = _text(rng)
            search_index.upsert("memo", record_id, 0, body[:20], body)
            bodies[record_id] = body
    return bodies


def _index_hits(query: str) -> set[int]:
    return {doc.record_id for doc in search_index.matching_docs(query, 3)}


def _scan_hits(query: str) -> set[int]:
    """The reference: a full LIKE scan of the kept text, with no index at all."""
    return like_every_term(query)


def like_every_term(query: str, registry: str | None = None) -> set[int]:
    """The records whose kept text holds each of the query's terms (search_index.query_terms:
    its words, a quoted phrase as typed, a name padded to align it, 王　伟, as the name), by a
    LIKE scan per term."""
    terms = search_index.query_terms(query)
    conditions = ["body like ? escape '\\'"] * len(terms)
    values = ["%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for t in terms]
    if registry is not None:
        conditions.append("registry = ?")
        values.append(registry)
    sql = "select record_id from search_doc" + (" where " + " and ".join(conditions) if conditions else "")
    return {row[0] for row in database.execute_sql(sql, values).fetchall()}


def _queries(bodies: dict[int, str]) -> list[str]:
    rng = random.Random(7)
    texts = list(bodies.values())
    queries = [
        "信访",
        "张三",
        "张",
        "访",
        "信",
        "督查",
        "督",
        "办公",
        "公室",
        "办公室",
        "委员会",
        "征地拆迁",
        "劳动社保",
        "党风廉政",
        "乡村振兴",
        "区",
        "X县",
        "A座",
        "3号楼",
        "2026年",
        "〔2026〕7号",
        "X委办发",
        "GB/T",
        "9704",
        "abc",
        "bc",
        "b",
        "ABC",
        "Excel",
        "xce",
        "5678",
        "138",
        "1990",
        "ÄÖ",
        "été",
        "・",
        "ア",
        "ア・イ",
        "한",
        "국",
        "No.5",
        "信访 张",
        "张三 信访",
        "信访　征地拆迁",
        "办公室 2026年 张",
        "abc 信",
        "王芳 李 X县",
        "“征地拆迁”",
        "“信访 张”",
        '"GB/T 9704"',
        "GB/T 9704",
        '"信访',
        "王芳",
        "李",
        "龘",
        "无此词语",
        "%",
        "_",
        "，",
        "。信访",
    ]
    for length in (1, 2, 3, 4):  # random substrings of real texts, across word boundaries
        for _ in range(60):
            text = rng.choice(texts)
            if len(text) > length:
                at = rng.randrange(len(text) - length)
                piece = text[at : at + length]
                if piece.strip():
                    queries.append(piece)
    return queries


def test_index_finds_exactly_what_a_full_scan_finds(corpus):
    queries = _queries(corpus)
    assert len(queries) > 250
    found_any = 0
    for query in queries:
        expected = _scan_hits(query)
        assert _index_hits(query) == expected, query
        found_any += bool(expected)
        if search_index.query_terms(query) == [query.strip()] and all(ord(c) > 127 for c in query):
            # one CJK term: LIKE is plain containment
            assert expected == {i for i, body in corpus.items() if query.strip() in body}, query
    assert found_any > 200


def test_short_chinese_words_are_found(corpus):
    for word in ("信", "访", "张", "信访", "张三", "督查", "征地拆迁", "办公室"):
        hits = _index_hits(word)
        assert hits, word
        assert hits == {i for i, body in corpus.items() if word in body}, word


def test_words_inside_longer_latin_words_and_numbers_are_found(db):
    search_index.upsert("memo", 1, 0, "t", "联系电话13812345678，型号xabcx")
    search_index.upsert("memo", 2, 0, "t", "编号 ABC-5678")
    assert _index_hits("5678") == {1, 2}
    assert _index_hits("abc") == {1, 2}  # LIKE ignores ASCII case
    assert _index_hits("bcx") == {1}
    assert _index_hits("电话138") == {1}
    assert _index_hits("话1") == {1}
    assert _index_hits("話") == set()


def test_updates_and_deletes_keep_the_index_in_step(any_db, admin):
    create_table()
    first = records.create(MEMOS, {"标题": "关于信访工作的通知", "内容": "请张三同志落实"}, admin)
    second = records.create(MEMOS, {"标题": "会议纪要", "内容": "督查事项"}, admin)
    ids = lambda text: records.list_ids(MEMOS, admin, text=text)  # noqa: E731
    assert ids("信访") == [first.id]
    assert ids("张三") == [first.id]
    assert ids("督") == [second.id]
    records.update(MEMOS, first.id, {"内容": "请李四同志落实"}, 1, admin)
    assert ids("张三") == []
    assert ids("李四") == [first.id]
    assert ids("落实") == [first.id]
    records.delete(MEMOS, second.id, 1, admin)
    assert ids("督") == []
    assert ids("会议纪要") == []
    assert SearchDoc.select().where(SearchDoc.record_id == second.id).count() == 0
    assert {h.record_id for h in search_index.search("李四", 3)} == {first.id}


def test_several_words_find_the_records_holding_each_on_either_database(any_db, admin):
    create_table()
    first = records.create(MEMOS, {"标题": "关于信访工作的通知", "内容": "请张三同志落实GB/T 9704"}, admin)
    second = records.create(MEMOS, {"标题": "信访事项督查", "内容": "李四 GB 9704"}, admin)
    ids = lambda text: sorted(records.list_ids(MEMOS, admin, text=text))  # noqa: E731
    hits = lambda text: sorted(h.record_id for h in search_index.search(text, 3))  # noqa: E731
    for found, text in (([first.id], "信访 张三"), ([first.id, second.id], "信访 9704"), ([second.id], "督查 gb"),
                        ([first.id], '"GB/T 9704"'), ([], "张三 李四")):
        assert ids(text) == found, text
        assert hits(text) == found, text
        assert record_lists.count(MEMOS, admin, text=text) == len(found), text


def test_a_batch_s_entries_leave_those_of_ids_between_them_alone(any_db):
    """Two imports at once on PostgreSQL take a sequence's ids interleaved: the one written second
    cleared the entries of every id in its range before adding its own, so the first import's
    records within it (hundreds) were no longer found by any search."""
    search_index.insert_many([("petitions", i, 0, f"甲{i}", f"甲批信访{i}") for i in (1, 3, 5)])
    with database.atomic():
        staged = search_index.stage_many([("petitions", i, 0, f"乙{i}", f"乙批信访{i}") for i in (2, 4, 6)])
        search_index.insert_staged("petitions", [2, 4, 6], staged)
    assert {h.record_id for h in search_index.search("甲批", 3)} == {1, 3, 5}
    assert {h.record_id for h in search_index.search("乙批", 3)} == {2, 4, 6}
    # an entry left by a row deleted outside core, under an id given again, still goes
    search_index.insert_many([("petitions", 3, 0, "丙3", "丙批信访3")])
    assert {h.record_id for h in search_index.search("甲批", 3)} == {1, 5}


def test_clearance_hides_classified_records_from_search_and_lists(any_db, admin):
    create_table()
    made = {}
    for level in ("", "秘密", "机密", "绝密★10年"):
        made[level] = records.create(
            MEMOS, {"标题": f"{level or '公开'}文件", "内容": "信访事项", "密级": level}, admin
        ).id
    for clearance, visible in (
        (0, [""]),
        (1, ["", "秘密"]),
        (2, ["", "秘密", "机密"]),
        (3, ["", "秘密", "机密", "绝密★10年"]),
    ):
        user = Actor(username=f"u{clearance}", role="clerk", clearance=clearance)
        expected = sorted(made[level] for level in visible)
        assert records.list_ids(MEMOS, user, text="信访") == expected, clearance
        assert records.list_ids(MEMOS, user) == expected, clearance
        assert sorted(h.record_id for h in search_index.search("信访", clearance)) == expected


@pytest.mark.postgres
def test_search_says_when_the_server_is_gone(pg_db, admin, monkeypatch):
    """Like the lists and record reads: the usual message, never a driver's exception — the
    server went away under work that had reached it, so the lost connection's."""
    from officedesk.core.errors import DatabaseError
    from tests.pg import server_gone

    create_table()
    records.create(MEMOS, {"标题": "关于信访工作的通知", "内容": "请张三同志落实"}, admin)
    server_gone(monkeypatch)
    for word in ("信访", "x"):
        with pytest.raises(DatabaseError, match="与数据库服务器的连接中断了（搜索）"):
            search_index.search(word, 3)
        with pytest.raises(DatabaseError, match="与数据库服务器的连接中断了（查询）"):
            records.list_ids(MEMOS, admin, text=word)
