"""A name typed or pasted padded to align it (王　伟, 王 伟, with a non-breaking or a zero-width
space, an ideographic space at its ends) finds the records that name 王伟, in the global search
and in a list's find box, whatever plan the list takes. Words with spaces between them (张三 信访)
are each searched, as a search box takes them: the records holding all of them, exactly what a
full scan for each finds; a quoted phrase is searched as typed."""

from __future__ import annotations

import pytest

from officedesk.core import record_lists, records
from officedesk.store import search_index

from .memo_registry import MEMOS, create_table

PADDED = ["王　伟", "王 伟", "王\u00a0伟", "王\u200b伟", "\u3000王伟\u3000", "王　　伟", "\ufeff王伟"]


@pytest.fixture
def memos(db, admin):
    create_table()
    made = {
        "named": records.create(MEMOS, {"标题": "会议通知", "内容": "请王伟同志参加"}, admin).id,
        "other": records.create(MEMOS, {"标题": "会议纪要", "内容": "王芳、李伟列席"}, admin).id,
        "compound": records.create(MEMOS, {"标题": "督查通知", "内容": "责任人欧阳明"}, admin).id,
        "phrase": records.create(MEMOS, {"标题": "登记", "内容": "来访人张 信访事项"}, admin).id,
        "words": records.create(MEMOS, {"标题": "张三的信访", "内容": "信访"}, admin).id,
    }
    return made


def _searched(typed: str) -> list[int]:
    """The global search's hits (record_lists.search asks the index so, then withholds)."""
    return [h.record_id for h in search_index.search(typed, 3)]


@pytest.mark.parametrize("typed", PADDED)
def test_a_padded_name_finds_the_record_naming_it(memos, admin, typed):
    assert _searched(typed) == [memos["named"]]
    assert records.list_ids(MEMOS, admin, text=typed) == [memos["named"]]
    for page in (1, 50):  # the list's first page, whatever plan it takes
        assert records.list_ids(MEMOS, admin, text=typed, limit=page) == [memos["named"]]
    assert record_lists.count(MEMOS, admin, text=typed) == 1


def test_a_padded_compound_surname_finds_the_name(memos, admin):
    assert records.list_ids(MEMOS, admin, text="欧阳　明") == [memos["compound"]]
    assert _searched("欧阳 明") == [memos["compound"]]


def _everywhere(typed: str, admin) -> list[int]:
    """The ids found for `typed` by the global search and by the list's find box, whatever plan
    the list takes; each must agree with the others."""
    found = sorted(_searched(typed))
    listed = records.list_ids(MEMOS, admin, text=typed)
    assert sorted(listed) == found, typed
    for page in (1, 2, 50):
        assert records.list_ids(MEMOS, admin, text=typed, limit=page) == listed[:page], (typed, page)
    assert record_lists.count(MEMOS, admin, text=typed) == len(found), typed
    return found


def test_words_with_spaces_between_are_each_searched(memos, admin):
    # before, the words were one text, spaces and all: 张三 信访 found nothing
    assert _everywhere("张三 信访", admin) == [memos["words"]]
    assert _everywhere("信访　张三", admin) == [memos["words"]]  # an ideographic space, either order
    assert _everywhere("张 信访", admin) == sorted([memos["phrase"], memos["words"]])
    assert _everywhere("会议 王芳", admin) == [memos["other"]]
    assert _everywhere("会议 无此词", admin) == []


def test_a_quoted_phrase_is_searched_as_typed(memos, admin):
    assert _everywhere('"张 信访"', admin) == [memos["phrase"]]
    assert _everywhere("“张 信访”", admin) == [memos["phrase"]]
    assert _everywhere("“欧阳明” 督查", admin) == [memos["compound"]]


def test_query_terms():
    assert search_index.query_terms("张三 信访") == ["张三", "信访"]
    assert search_index.query_terms(" 信访\u3000信访 ") == ["信访"]
    assert search_index.query_terms('"GB/T 9704" 通知') == ["GB/T 9704", "通知"]
    assert search_index.query_terms("“县委 办公室”") == ["县委 办公室"]
    assert search_index.query_terms("王　伟") == ["王伟"]  # a padded name stays one
    assert search_index.query_terms('"" \u200b') == []


def test_a_query_of_invisible_characters_finds_nothing(memos, admin):
    assert _searched("\u200b") == []
    assert search_index.query_text(" \u200b\u3000") == ""


def test_query_text():
    assert search_index.query_text("王　伟") == "王伟"
    assert search_index.query_text("王 小 明") == "王小明"
    assert search_index.query_text("欧阳　明") == "欧阳明"
    assert search_index.query_text("张 信访") == "张 信访"
    assert search_index.query_text("县委书记　李建华") == "县委书记　李建华"
    assert search_index.query_text("GB/T 9704") == "GB/T 9704"
    assert search_index.query_text("A 座") == "A 座"
