"""`officedesk init`: the office, its administrator and (PostgreSQL) the program account's
grants, everything checkable checked before a database is made, and a refused init leaving
no database behind."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path

from officedesk.cli_commands import EXIT_OK, open_db
from officedesk.cli_output import out


def cmd_init(args: argparse.Namespace) -> int:
    from officedesk.core.errors import ValidationError
    from officedesk.store import db as store_db

    # everything that can be checked without a database is checked before one is made
    if not (args.org or "").strip():
        raise ValidationError("请用 --org 填写机关名称，未建立数据库。")
    if not (args.code or "").strip():
        raise ValidationError("请用 --code 填写机关代字（如 某委办），未建立数据库。")
    target = store_db.resolve_target(getattr(args, "db", None))
    postgres = target.startswith(("postgresql://", "postgres://"))
    if getattr(args, "app_role", None) and not postgres:
        raise ValidationError("--app-role 只用于 PostgreSQL；SQLite 由触发器保护审计表。未建立数据库。")
    from officedesk.core.usernames import check_username

    args.admin = check_username(args.admin)  # before its password is asked for
    password = args.password or os.environ.get("OFFICEDESK_ADMIN_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            raise ValidationError(
                "请用 --password 或环境变量 OFFICEDESK_ADMIN_PASSWORD 给出管理员密码。"
            )
        password = getpass.getpass(f"管理员 {args.admin} 的密码：")
        again = getpass.getpass("再输入一次：")
        if password != again:
            raise ValidationError("两次输入的密码不一致，未建立数据库。")
    made = _new_files(target)
    try:
        _init(args, password, target)
    except BaseException:
        # a refused init leaves no database behind that could be taken for a set-up office
        store_db.close_database()
        made.remove_new()
        raise
    return EXIT_OK


class _new_files:  # noqa: N801 - used like a function
    """The files an SQLite database at `target` comes with (the file, -wal, -shm, -journal,
    the presence files, the anchor) that do not exist yet: removed again when init fails (an
    empty file given as the database is emptied again)."""

    def __init__(self, target: str) -> None:
        from officedesk.store.db import is_url

        url = target.startswith("sqlite:///")
        self.path = None if (is_url(target) and not url) or target.endswith(":memory:") else Path(
            target.removeprefix("sqlite:///") if url else target
        )
        self.before = set(self._companions()) if self.path is not None else set()
        self.missing = self.path is not None and not self.path.exists()
        # an empty file is no database yet (SQLite makes one in it): emptied again
        self.empty = self.path is not None and self.path.is_file() and self.path.stat().st_size == 0

    def _companions(self) -> list[Path]:
        assert self.path is not None
        folder = self.path.parent
        if not folder.is_dir():
            return []
        return [p for p in folder.iterdir() if p.name.startswith(self.path.name)]

    def remove_new(self) -> None:
        import shutil

        if self.path is None or not (self.missing or self.empty):
            return
        for extra in self._companions():
            if extra == self.path and self.empty:
                with contextlib.suppress(OSError):
                    os.truncate(extra, 0)
                continue
            if extra in self.before:
                continue
            with contextlib.suppress(OSError):
                if extra.is_dir():
                    shutil.rmtree(extra)
                else:
                    extra.unlink()


def _init(args: argparse.Namespace, password: str, target: str) -> None:
    from officedesk.core import settings, users
    from officedesk.core.errors import ConflictError
    from officedesk.store import audit_guard
    from officedesk.store import db as store_db
    from officedesk.store.db import database

    role = getattr(args, "app_role", None)
    if role:  # before anything is written: a refused grant would leave a half-set-up database
        _refuse_missing_role(args, role)
    open_db(args)
    try:
        # the office, its administrator and the grants stand or fall together
        with store_db.write_transaction():
            admin = users.first_run_setup(args.org, args.code, args.admin, password, args.admin_name)
            for statement in audit_guard.grant_statements(role) if role else []:
                database.execute_sql(statement)
    except ConflictError as exc:
        if not role:
            raise
        raise ConflictError(
            f"{exc.message}若只是要给程序账号 {role} 授权，请用数据库所有者的账号执行 officedesk "
            f"audit-grants {role} 列出的语句（如 officedesk audit-grants {role} | psql 数据库地址）。"
        ) from exc
    except BaseException:
        settings.forget_cache()  # values cached by a setup that was rolled back
        raise
    from officedesk.core import anchor

    anchor.start_here()  # a new office: not the anchor a deleted one left here
    out(f"已建立机关“{args.org.strip()}”（机关代字：{args.code.strip()}）。")
    out(f"管理员账号：{admin.username}（{admin.display_name or '管理员'}）")
    out(f"数据库：{store_db.mask_url(target)}")
    if role:
        out(f"已授权账号 {role}：对审计表只能查询和追加。日常请用该账号连接。")


def _refuse_missing_role(args: argparse.Namespace, role: str) -> None:
    """init --app-role names an account the server must already have: checked on a connection
    that neither migrates nor writes."""
    from officedesk.core.errors import ValidationError
    from officedesk.store import audit_guard
    from officedesk.store import db as store_db

    db = store_db.open_database(getattr(args, "db", None), migrate=False)
    try:
        with store_db.guarded("检查程序账号"):
            exists = audit_guard.role_exists(db, role)
    finally:
        store_db.close_database()
    if not exists:
        raise ValidationError(
            f"PostgreSQL 服务器上没有账号“{role}”，未建立数据库。请先在服务器上建立它"
            f"（如 sudo -u postgres createuser -P {role}），再运行 init … --app-role {role}。")
