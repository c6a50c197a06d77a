"""A record asked for by an id that does not exist: the message calls it the 记录号 (id), not a
编号 (a 发文字号 or 收文编号 is something else)."""

from __future__ import annotations

import pytest

from officedesk.core import records
from officedesk.core.documents import outgoing
from officedesk.core.errors import NotFoundError


def test_a_missing_record_is_named_by_its_id(db, admin):
    with pytest.raises(NotFoundError) as missing:
        records.get(outgoing.OUTGOING, 99999, admin)
    assert "记录号（id）为 99999" in missing.value.message and "编号为" not in missing.value.message
