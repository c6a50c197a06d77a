"""A unit renamed in the 通讯录: the 收文 承办单位/协办单位, the 发文 拟稿单位 and its 会签单位
follow it (directory.UNIT_RENAMES, in the rename's transaction), open and filed alike: the
chains match the records' unit with the users' 岗位 (which follow too), and the figures group
by it. One audit entry per document; a 会签单位 is told in its document's entry. What was sent
out (核发 rows, the 办理 history) keeps the name it was sent to."""

from __future__ import annotations

from typing import Any

from officedesk.core import directory
from officedesk.core.unit_renames import Columns, Follower, Renaming, declare, reindex
from officedesk.store.documents import Countersign, IncomingDoc, OutgoingDoc

INCOMING = declare(Follower("incoming", (
    Columns(IncomingDoc, {"handler_unit": ("承办单位", False), "co_units": ("协办单位", True)}),
)))
OUTGOING = declare(Follower("outgoing", (
    Columns(OutgoingDoc, {"drafting_unit": ("拟稿单位", False)}),
    Columns(Countersign, {"unit": ("会签单位", False)}, owner=lambda row: int(row.doc_id),
            label=lambda row, text: f"{text}（第{row.seq}家）"),
)))


def follow_rename(old: str, new: str, actor: Any) -> None:
    for follower in (INCOMING, OUTGOING):
        reindex(follower.registry, Renaming(old, new, actor).follow(follower))


directory.UNIT_RENAMES.append(follow_rename)
