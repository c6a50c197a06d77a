"""A server that refuses the connection in the middle of work (a restart under an import: the
connection dropped, the reconnect refused while the server comes back) is said as the lost
connection it is — nothing written, run it again — not as a wrong address to check: the
address worked a moment ago. At the start (open_database) a refused connection is the address's."""

from __future__ import annotations

import peewee
import pytest

from officedesk.core.errors import DatabaseError
from officedesk.store import db_errors
from officedesk.store.db import guarded

REFUSED = ('connection to server at "127.0.0.1", port 54321 failed: Connection refused\n'
           '\tIs the server running on that host and accepting TCP/IP connections?')


def test_refused_inside_work_is_a_lost_connection():
    with db_errors.messages_for(db_errors.COMMAND_LINE), pytest.raises(DatabaseError) as said, guarded("保存"):
        raise peewee.OperationalError(REFUSED)
    text = said.value.message
    assert "连接中断" in text and "重新运行这条命令" in text and "没有写入" in text, text
    assert "数据库地址" not in text, text


def test_refused_at_the_start_is_still_the_address():
    text = db_errors.translate_error(peewee.OperationalError(REFUSED), "postgresql://u@127.0.0.1:54321/x").message
    assert "无法连接数据库服务器" in text and "数据库地址" in text, text
