"""Where a database is: --db, OFFICEDESK_DB or the default file; a postgresql:// address read
as libpq reads it, and shown without any part of its password."""

from __future__ import annotations

import os
import re
from typing import Any

from officedesk import paths
from officedesk.core.errors import DatabaseError
from officedesk.core.i18n import text


def resolve_target(target: str | None) -> str:
    """--db beats OFFICEDESK_DB beats the default file in the user data folder. An SQLite URL
    (sqlite:///file.db) is its file: the same checks and the same presence registration."""
    resolved = target or os.environ.get("OFFICEDESK_DB") or str(paths.default_database_path())
    if resolved.lower().startswith("sqlite:///"):
        resolved = resolved[len("sqlite:///"):].partition("?")[0] or ":memory:"
    elif resolved.lower() in ("sqlite://", "sqlite:"):
        resolved = ":memory:"
    return resolved


def is_url(target: str) -> bool:
    return "://" in target


def mask_url(target: str) -> str:
    """A database address as it may be shown: no part of a password, whatever the address looks
    like. The user information runs to the last @ (a password typed without percent-encoding may
    hold @, /, #, ?), so everything after the user name's first colon up to it becomes ***; a
    password given as a parameter (?password=…) too."""
    shown = _PASSWORD_PARAMETER.sub(r"\1***", target)
    if not is_url(shown):
        return shown
    scheme, _, rest = shown.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not at:
        return shown
    user, colon, _password = userinfo.partition(":")
    return f"{scheme}://{user}{':***' if colon else ''}@{host}"


_PASSWORD_PARAMETER = re.compile(r"(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|[^&#\s]*)")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")

PERCENT_ENCODING = ("用户名或密码中的 @ : / # % ? & 等字符要写成百分号编码（@ 写作 %40，: 写作 %3A，"
                    "/ 写作 %2F，# 写作 %23，% 写作 %25，? 写作 %3F，& 写作 %26），如密码 p@ss:w/rd 写作 "
                    "postgresql://用户:p%40ss%3Aw%2Frd@主机:5432/数据库名")


def _unencoded_credentials(target: str) -> bool:
    """An address whose user name or password holds characters that must be percent-encoded:
    an @ after the host part begins (the address's own / ? #), two @ in it, or a % that starts
    no %XX. Read as libpq reads it, such an address means another password or host."""
    rest = target.partition("://")[2]
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority = rest[:end]
    if "@" in rest[end:] or authority.count("@") > 1:
        return True
    return bool(_BAD_PERCENT.search(authority.rpartition("@")[0]))


# Seconds libpq waits for a server to answer a new connection (start-up, a reconnect): a host
# behind a firewall that drops packets silently (an isolated network) otherwise holds every
# command for minutes. An address's own ?connect_timeout= and libpq's PGCONNECT_TIMEOUT win.
CONNECT_TIMEOUT = 10
# TCP keepalives: a server gone silent under an open connection is found out in about a minute
# and a half (its query fails as a lost connection and the next one reconnects), not hung on
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 60, "keepalives_interval": 10, "keepalives_count": 3}


def postgresql_parameters(target: str) -> dict[str, Any]:
    """The connection parameters of a postgresql:// address, its user name, password and
    database name percent-decoded as libpq (psql) decodes them; a connect timeout and TCP
    keepalives unless the address (or libpq's environment) gives its own."""
    from urllib.parse import unquote

    from playhouse.db_url import parse

    if _unencoded_credentials(target):
        raise DatabaseError(text("无法识别数据库地址“%1”。%2。", mask_url(target), PERCENT_ENCODING))
    parameters: dict[str, Any] = parse(target, unquote_password=True, unquote_user=True)
    if isinstance(parameters.get("database"), str):
        parameters["database"] = unquote(str(parameters["database"]))
    if "connect_timeout" not in parameters and not os.environ.get("PGCONNECT_TIMEOUT", "").strip():
        parameters["connect_timeout"] = CONNECT_TIMEOUT
    for key, value in KEEPALIVES.items():
        parameters.setdefault(key, value)
    return parameters


