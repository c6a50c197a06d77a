"""保密期限 (《保密法》: 绝密 30 年, 机密 20 年, 秘密 10 年 unless set otherwise) when the 密级
changes: a term that was the old level's statutory one follows the new level; a term typed
otherwise is kept; a term longer than the level allows is refused — 收文 and 发文 alike, on the
step (发文 修改) and the correction (records.update) paths."""

from __future__ import annotations

import pytest

from officedesk.core import records
from officedesk.core.documents import incoming, outgoing
from officedesk.core.errors import ValidationError


def _draft(actor, level="机密", **extra):
    raw = {"文种": "通知", "标题": "关于丙的通知", "密级": level}
    raw.update(extra)
    return outgoing.draft(raw, actor)


def _edit(record, actor, **raw):
    return outgoing.edit_draft(record.id, record.version, raw, actor)


def test_a_default_term_follows_the_new_level_on_the_draft(office, leader):
    doc = _draft(leader)
    assert doc.secrecy_term == "20年"
    doc = _edit(doc, leader, 密级="绝密")
    assert (doc.secrecy, doc.secrecy_term) == ("绝密", "30年")
    doc = _edit(doc, leader, 密级="秘密")
    assert (doc.secrecy, doc.secrecy_term) == ("秘密", "10年")


def test_a_typed_term_is_kept_and_a_new_one_may_come_with_the_level(office, leader):
    doc = _draft(leader, 保密期限="5年")
    doc = _edit(doc, leader, 密级="绝密")
    assert (doc.secrecy, doc.secrecy_term) == ("绝密", "5年")
    doc = _edit(doc, leader, 密级="机密", 保密期限="15年")
    assert (doc.secrecy, doc.secrecy_term) == ("机密", "15年")


def test_a_term_longer_than_the_level_allows_is_refused(office, leader):
    with pytest.raises(ValidationError, match="秘密.*不超过 10 年"):
        _draft(leader, "秘密", 保密期限="20年")
    doc = _draft(leader, "绝密", 保密期限="25年")
    with pytest.raises(ValidationError, match="机密.*不超过 20 年.*保密期限"):
        _edit(doc, leader, 密级="机密")  # 降密 keeping 25年: say to give a term too
    doc = _edit(doc, leader, 密级="机密", 保密期限="20年")
    assert (doc.secrecy, doc.secrecy_term) == ("机密", "20年")


def test_the_incoming_term_follows_its_level_too(office, secretary, leader):
    doc = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "机密件", "密级": "机密"},
                           secretary)
    assert doc.secrecy_term == "20年"
    doc = records.update(incoming.INCOMING, doc.id, {"密级": "绝密"}, doc.version, secretary)
    assert (doc.secrecy, doc.secrecy_term) == ("绝密", "30年")
    doc = records.update(incoming.INCOMING, doc.id, {"密级": "秘密"}, doc.version, leader)
    assert (doc.secrecy, doc.secrecy_term) == ("秘密", "10年")
    # a 登记 correcting the 密级 takes the same rule
    doc = incoming.register_doc(doc.id, doc.version, {"密级": "机密"}, secretary)
    assert (doc.secrecy, doc.secrecy_term) == ("机密", "20年")
