"""User accounts: roles, clearance, stopping and starting, passwords set or reset, and the first
run's administrator. Every change is in the audit trail (never the password hash).

Roles (core.actor): 管理员 admin, 科员 clerk, 领导 leader (reads and writes 批示), 只读 readonly.
Each user has a clearance 0..3 (公开/秘密/机密/绝密) that limits which classified records they see.
Only an administrator manages users; a user may change his own name and password."""

from __future__ import annotations

import unicodedata
from typing import Any

import peewee

from officedesk.core import audit, clock, lockout, menu_paths, session, settings
from officedesk.core.actor import (
    CLEARANCE_LABELS,
    ROLE_ADMIN,
    ROLE_LABELS,
    WRITE_SECONDS,
    Actor,
    clearance_label,
)
from officedesk.core.errors import (
    AccountLockedError,
    ConflictError,
    LoginError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from officedesk.core.i18n import text
from officedesk.core.names import tidy_name
from officedesk.core.passwords import check_password_strength, hash_password, verify_password
from officedesk.core.summary_texts import trail_text
from officedesk.core.usernames import check_username as _check_username
from officedesk.store.db import guarded, setup_lock, write_transaction
from officedesk.store.db_errors import for_reader
from officedesk.store.models import User

REGISTRY = "users"


def _check_role(role: str | None) -> str:
    if not role:  # the window opens on 请选择: no role is given a new user unasked
        raise ValidationError(text("请选择“%1”：%2。", "角色", tuple(ROLE_LABELS.values())), "role")
    if role not in ROLE_LABELS:
        options = "、".join(f"{key}（{label}）" for key, label in ROLE_LABELS.items())
        raise ValidationError(text("角色“%1”不存在，可选：%2。", role, options), "role")
    return role


def _check_clearance(clearance: int | None) -> int:
    if clearance is None:  # nor a clearance: 公开 for a 领导 was a silent cut
        raise ValidationError(text("请选择“%1”：%2。", "密级权限", tuple(CLEARANCE_LABELS)), "clearance")
    if not isinstance(clearance, int) or not 0 <= clearance <= 3:
        raise ValidationError(text("密级权限应为 0–3（%1）。", '、'.join(CLEARANCE_LABELS)), "clearance")
    return clearance


def check_choices(role: str | None, clearance: int | None) -> None:
    """The window's 请选择 refusals, for the command line to give before it asks a password."""
    _check_role(role)
    _check_clearance(clearance)


def _folded(username: str) -> str:
    """A 用户名 as a reader takes it: letters in either case, full- or half-width, are one."""
    return unicodedata.normalize("NFKC", username).casefold()


def _lookalike(username: str) -> User | None:
    """An existing user whose 用户名 differs from this one only in case or width (chuzhang,
    CHUZHANG, ｃｈｕｚｈａｎｇ): the program tells them apart, people reading a 签字 or a
    代录 row do not."""
    folded = _folded(username)
    return next((user for user in User.select() if user.username != username
                 and _folded(user.username) == folded), None)


def _check_display_name(display_name: str) -> str:
    display_name = tidy_name(display_name.strip())  # 王　伟 aligned in a list is 王伟
    if len(display_name) > 64:  # the column's width (PostgreSQL refuses more, SQLite keeps it)
        raise ValidationError(text("姓名最多 64 个字，现在 %1 个字。", len(display_name)), "display_name")
    return display_name


def _require_admin(actor: Actor) -> None:
    if actor.standing(WRITE_SECONDS).role != ROLE_ADMIN:  # his row now, not at his log-in
        raise PermissionDeniedError("只有管理员可以管理用户。")


def _public(user: User) -> dict[str, Any]:
    """What the audit trail keeps of a user: never the password hash."""
    return {
        "用户名": user.username,
        "姓名": user.display_name,
        "角色": ROLE_LABELS.get(user.role, user.role),
        "密级权限": clearance_label(user.clearance),
        "启用": bool(user.active),
    }


def get_user(username: str) -> User:
    user = User.get_or_none(User.username == username.strip())
    if user is None:
        raise NotFoundError(text("没有用户“%1”。", username))
    return user


def list_users(include_inactive: bool = True) -> list[User]:
    select = User.select().order_by(User.username)
    if not include_inactive:
        select = select.where(User.active == True)  # noqa: E712 (SQL comparison)
    return list(select)


def has_users() -> bool:
    """False on a new database: the first run must create the administrator."""
    with guarded("读取用户"):
        return User.select().exists()


def actor_for(user: User) -> Actor:
    """The user's Actor, a new session of his: it follows the row for the whole session, and
    ends when his password is changed elsewhere (core.session)."""
    return Actor(
        username=user.username,
        role=user.role,
        clearance=user.clearance,
        user_id=user.id,
        display_name=user.display_name,
        session_id=session.begin(user),
    )


def create_user(
    username: str,
    password: str,
    role: str | None,
    actor: Actor,
    *,
    display_name: str = "",
    clearance: int | None = 0,
) -> User:
    """A new active user. Only an administrator may create users."""
    _require_admin(actor)
    username = _check_username(username)
    display_name = _check_display_name(display_name)
    role = _check_role(role)
    clearance = _check_clearance(clearance)
    check_password_strength(password)
    from officedesk.core.cleared_names import check_user

    password_hash = hash_password(password)  # slow: outside the write lock
    now = clock.now()
    with guarded("保存用户"), write_transaction():
        if User.select().where(User.username == username).exists():
            raise ConflictError(text("用户名“%1”已存在，请换一个。", username))
        similar = _lookalike(username)
        if similar is not None:
            raise ConflictError(text("用户名“%1”与已有用户“%2”（%3）只差大小写或全角半角，容易被当作同一个人"
                                     "（签字、代录、审计记录中），请换一个。", username, similar.username,
                                     similar.display_name or similar.username))
        # 保密, in the transaction of the change: no record naming him is saved in between
        check_user(username, name=display_name, clearance=clearance, active=True,
                   doing=f"不能新建用户 {username}（{display_name or username}）", actor=actor)
        user = User.create(
            username=username,
            display_name=display_name.strip(),
            role=role,
            clearance=clearance,
            password_hash=password_hash,
            active=True,
            created_at=now,
            created_by=actor.username,
            updated_at=now,
            updated_by=actor.username,
            version=1,
        )
        audit.record(
            actor,
            "create",
            REGISTRY,
            user.id,
            None,
            _public(user),
            trail_text("新建用户：%1（%2）", username, ROLE_LABELS[role]),
        )
    return user


def _change(
    username: str,
    actor: Actor,
    changes: dict[str, Any],
    action: str,
    summary: str,
    expected_version: int | None = None,
    named: dict[str, Any] | None = None,
) -> User:
    """Apply changes to a user with stamps, version check and an audit entry; `named`: the
    change as 保密 judges it (_named_cleared's keywords), in the same transaction, so that no
    record naming the user is saved between the check and the change."""
    with guarded("保存用户"), write_transaction():
        user = get_user(username)
        if expected_version is not None and user.version != expected_version:
            raise ConflictError(text("用户“%1”已被他人修改，请刷新后再改。", username))
        if named is not None:
            _named_cleared(user, actor, **named)
        before = _public(user)
        fields = {getattr(User, key): value for key, value in changes.items()}
        fields.update(
            {
                User.version: user.version + 1,
                User.updated_at: clock.now(),
                User.updated_by: actor.username,
            }
        )
        count = (
            User.update(fields)
            .where((User.id == user.id) & (User.version == user.version))
            .execute()
        )
        if count != 1:
            raise ConflictError(text("用户“%1”已被他人修改，请刷新后再改。", username))
        user = User.get_by_id(user.id)
        after = _public(user)
        changed = {key: value for key, value in after.items() if before[key] != value}
        audit.record(
            actor,
            action,
            REGISTRY,
            user.id,
            {key: before[key] for key in changed},
            changed,
            summary,
        )
    session.forget(user.id)  # his open sessions act with the new role, clearance or stop
    return user


def _named_cleared(user: User, actor: Actor, *, name: str | None = None,
                   clearance: int | None = None, active: bool | None = None) -> None:
    """保密 (core.cleared_names): the user is not lowered, renamed or re-enabled onto a record still
    in work that he is not cleared for (told to `actor` as far as he may see those records)."""
    from officedesk.core.cleared_names import check_user

    if name is not None and name == user.display_name:
        name = None
    if clearance is not None and clearance >= user.clearance:
        clearance = None
    if name is None and clearance is None and not active:
        return
    who = f"用户 {user.username}（{user.display_name or user.username}）"
    changing = "、".join(([f"姓名改为“{name}”"] if name is not None else [])
                         + ([f"密级权限改为{clearance_label(clearance)}"] if clearance is not None else []))
    check_user(user.username, name=name, clearance=clearance, active=active,
               doing=f"不能将{who}的{changing}" if changing else f"不能启用{who}", actor=actor)


def _ensure_an_admin_remains(user: User, new_role: str | None, active: bool) -> None:
    if user.role != ROLE_ADMIN or (new_role == ROLE_ADMIN and active):
        return
    others = (
        User.select()
        .where(
            (User.role == ROLE_ADMIN)
            & (User.active == True)  # noqa: E712
            & (User.id != user.id)
        )
        .exists()
    )
    if not others:
        raise ConflictError(
            "这是最后一个启用的管理员账号，不能取消其管理员身份或停用它。请先设置另一位管理员。"
        )


def set_role(username: str, role: str, actor: Actor, clearance: int | None = None) -> User:
    """Change a user's role (and, if given, clearance). Only an administrator may."""
    _require_admin(actor)
    _check_role(role)
    changes: dict[str, Any] = {"role": role}
    if clearance is not None:
        changes["clearance"] = _check_clearance(clearance)
    user = get_user(username)
    _ensure_an_admin_remains(user, role, bool(user.active))
    return _change(
        username, actor, changes, "role", trail_text("修改用户 %1 的角色为%2", username, ROLE_LABELS[role]),
        named={"clearance": clearance} if clearance is not None else None,
    )


def set_clearance(username: str, clearance: int, actor: Actor) -> User:
    _require_admin(actor)
    _check_clearance(clearance)
    return _change(
        username,
        actor,
        {"clearance": clearance},
        "clearance",
        trail_text("修改用户 %1 的密级权限为%2", username, clearance_label(clearance)),
        named={"clearance": clearance},
    )


def set_display_name(username: str, display_name: str, actor: Actor) -> User:
    if not actor.is_admin and actor.username != username:
        raise PermissionDeniedError("只能修改自己的姓名。")
    display_name = _check_display_name(display_name).strip()
    return _change(
        username,
        actor,
        {"display_name": display_name},
        "update",
        trail_text("修改用户 %1 的姓名", username),
        named={"name": display_name},
    )


def deactivate(username: str, actor: Actor) -> User:
    """Stop a user from logging in; the user and their trail stay."""
    _require_admin(actor)
    user = get_user(username)
    if user.username == actor.username:
        raise ConflictError("不能停用自己正在使用的账号。")
    _ensure_an_admin_remains(user, None, False)
    return _change(username, actor, {"active": False}, "deactivate", trail_text("停用用户 %1", username))


def activate(username: str, actor: Actor) -> User:
    """Let a stopped user log in again: with a 职务 the 职务表 still has (one dropped while he was
    stopped is changed first), and not onto a record still in work he is not cleared for."""
    from officedesk.core.positions import position_table

    _require_admin(actor)
    user = get_user(username)
    if not user.active and user.position and user.position not in position_table():
        raise ValidationError(
            text("用户 %1 的职务“%2”已不在职务表中，不能就此启用。请先改其职务（或在"
                 "同一命令中写 职务=…，如 users set %1 启用=是 职务=科员"
                 "），或由管理员在“%3”中加回该职务。",
                 username, user.position, menu_paths.POSITION_TABLE), "position")
    return _change(
        username,
        actor,
        {"active": True, "failed_attempts": 0, "locked_until": None},
        "activate",
        trail_text("启用用户 %1", username),
        named=None if user.active else {"active": True},
    )


def unlock(username: str, actor: Actor) -> User:
    """Lift a lockout before its time (administrator)."""
    _require_admin(actor)
    with guarded("保存用户"), write_transaction():
        user = get_user(username)
        User.update(failed_attempts=0, locked_until=None).where(User.id == user.id).execute()
        audit.record(actor, "unlock", REGISTRY, user.id, None, None, trail_text("解除用户 %1 的锁定", username))
    return get_user(username)


def change_password(
    username: str, new_password: str, actor: Actor, *, old_password: str | None = None
) -> None:
    """A user changes their own password (giving the old one); an administrator resets anyone's.
    Either ends the user's other open sessions (they must log in with the new password); the
    session that made the change goes on (core.session)."""
    actor.standing(WRITE_SECONDS)  # a stopped or ended session changes no password, its own neither
    user = get_user(username)
    if actor.username == user.username:  # one's own: prove it with the old password
        _prove(user, old_password, actor)
    elif not actor.is_admin:
        raise PermissionDeniedError("只能修改自己的密码；他人的密码请管理员重置。")
    check_password_strength(new_password)
    if verify_password(new_password, user.password_hash):
        raise ValidationError("新密码不能与原密码相同。", "password")
    password_hash = hash_password(new_password)
    with session.renewing(actor, user.id, password_hash), guarded("保存用户"), write_transaction():
        User.update(
            password_hash=password_hash,
            failed_attempts=0,
            locked_until=None,
            version=User.version + 1,
            updated_at=clock.now(),
            updated_by=actor.username,
        ).where(User.id == user.id).execute()
        summary = (trail_text("修改密码：%1", username) if actor.username == username
                   else trail_text("重置密码：%1", username))
        audit.record(actor, "password", REGISTRY, user.id, None, None, summary)


def _prove(user: User, old_password: str | None, actor: Actor) -> None:
    """The current password, counted like a log-in's (core.lockout): a wrong one is audited and
    locks the account after as many tries; a locked account changes nothing, and a session that
    gives a wrong one to a locked account ends (core.session)."""
    ok = bool(old_password) and verify_password(old_password or "", user.password_hash)
    with guarded("修改密码"), write_transaction():
        outcome = lockout.check(user, ok, clock.now(), actor, lockout.CHANGE)
        left = lockout.tries_left(user)
    # raised outside the transaction: the audit entries stay
    if outcome == lockout.LOCKED:
        if not ok:  # his own wrong password locked it (not someone's wrong log-ins elsewhere)
            session.lock_out(actor)
        raise AccountLockedError(lockout.refused().message)
    if outcome == lockout.WRONG:
        _attempts, minutes = lockout.limits()
        raise LoginError(text("原密码不正确，密码没有修改。再输错 %1 次，账号将被锁定 %2 分钟，"
                              "本次登录随即结束。", left, minutes))


# ---------------------------------------------------------------- first run


def _set_up_already() -> str:
    """The refusal of a second setup: the window's clerk logs in; `officedesk init` has no login
    to go to, so it names the commands that manage users and the option for another database."""
    return for_reader(
        "系统已经初始化，已有用户。请用管理员账号登录后管理用户。",
        "这个数据库已经初始化，已有用户，没有再初始化。管理用户请用 officedesk users（如 officedesk users "
        "list）；要另建一个机关的数据库，请用 --db 指定一个新文件。")


def first_run_setup(
    org_name: str,
    org_code: str,
    admin_username: str,
    admin_password: str,
    display_name: str = "系统管理员",
) -> Actor:
    """On a database without users: store the office's name and 机关代字, create the administrator."""
    if has_users():
        raise ConflictError(_set_up_already())
    if not org_name.strip():
        raise ValidationError("请填写机关名称。", "org_name")
    admin_username = _check_username(admin_username)
    check_password_strength(admin_password)
    password_hash = hash_password(admin_password)
    now = clock.now()
    admin = Actor(
        username=admin_username, role=ROLE_ADMIN, clearance=3, display_name=display_name.strip()
    )
    try:
        with guarded("初始化"), write_transaction():
            setup_lock()  # PostgreSQL: a second setup at the same time waits here, then sees the user
            if User.select().exists():
                raise ConflictError(_set_up_already())
            settings.put("org.name", org_name.strip(), admin)
            settings.put("org.code", org_code.strip(), admin)
            user = User.create(
                username=admin_username,
                display_name=display_name.strip(),
                role=ROLE_ADMIN,
                clearance=3,
                password_hash=password_hash,
                active=True,
                created_at=now,
                created_by=admin_username,
                updated_at=now,
                updated_by=admin_username,
                version=1,
            )
            audit.record(
                admin,
                "setup",
                "settings",
                None,
                None,
                {"机关名称": org_name.strip(), "机关代字": org_code.strip()},
                trail_text("首次运行：设置机关“%1”", org_name.strip()),
            )
            audit.record(
                admin,
                "create",
                REGISTRY,
                user.id,
                None,
                _public(user),
                trail_text("首次运行：创建管理员 %1", admin_username),
            )
    except peewee.IntegrityError as exc:  # another workstation set up at the same moment
        settings.forget_cache()
        raise ConflictError(_set_up_already()) from exc
    except BaseException:
        settings.forget_cache()  # settings.put cached values that were rolled back
        raise
    return actor_for(user)
