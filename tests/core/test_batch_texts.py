"""A batch's texts made a column or a chunk at a time (core.batch_rows, core.sub_rows) are those
the one-record path makes a record at a time: each index entry's tokens those of its kept text,
each row digest (with its sub-rows) what `check` reads back from the tables."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, batch, batch_rows, check, integrity, petitions, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.store import search_words
from officedesk.store.models import AuditEntry


def _rows() -> list[dict]:
    rows = []
    for i in range(1, 41):
        row = {"登记日期": "2026-03-01", "信访形式": "来信" if i % 2 else "来访", "问题类别": "劳动社保",
               "信访人": "李桂兰、王芳、赵四" if i % 7 == 0 else f"周大海{i}", "人数": 3 if i % 7 == 0 else 1,
               # the same cells down the column (their tokens made once), and some of their own
               "反映内容": "拖欠工资" if i % 3 else f"拖欠工资第{i}件 GB/T 9704", "诉求": "要求依法处理",
               "联系电话": "13812345678"}
        if i % 4 == 0:
            row["信访编号"] = f"信2025-{i // 4:05d}"
            row["登记日期"] = "2025-12-30"
        rows.append(row)
    return rows


def test_index_tokens_are_those_of_the_kept_text(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    prepared, problems = batch.check(petitions.SPEC, _rows(), admin)
    good = [new for new in prepared if new is not None]
    assert problems == [] and len(good) == 40
    filled = batch_rows.stage(petitions.SPEC, good, admin, list(range(1, len(good) + 1)),
                              iter(f"信2026-{n:05d}" for n in range(1, 100)))
    assert len(filled.docs) == 40
    for _registry, _record_id, _level, _title, body, tokens in filled.docs:
        assert sorted(tokens.split()) == sorted(search_words.tokens(body).split())


def test_joint_letters_digests_made_in_memory_are_those_read_back(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    ids, problems = batch.create_many(petitions.SPEC, _rows(), admin)
    assert problems == [] and len(ids) == 40
    entries = {e.record_id: e.row_digest for e in AuditEntry.select().where(AuditEntry.registry == "petitions")}
    assert entries == integrity.row_digests("petitions", ids) and all(entries.values())
    assert check.run_checks() == [] and audit.verify_chain() == []
    for word, wanted in (("王芳", [ids[6], ids[13], ids[20], ids[27], ids[34]]), ("9704", ids[2::3]),
                         ("要求依法处理", ids)):
        assert sorted(records.list_ids(petitions.SPEC, CLI_ACTOR, text=word)) == sorted(wanted), word
