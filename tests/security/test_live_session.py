"""A logged-in session follows the user's row: an account stopped, demoted or given a lower
密级权限 by the administrator is refused, or acts with the new role and clearance, from its
very next core call — not only after the next log-in (core.session). A password reset by the
administrator, or changed by the user in another session, ends his other sessions."""

from __future__ import annotations

import logging
import time

import pytest

from officedesk.core import actor as actor_module
from officedesk.core import audit as audit_module
from officedesk.core import errors, records, registry, steps, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import AccountStoppedError, PermissionDeniedError
from officedesk.core.passwords import hash_password
from officedesk.store.models import User

PASSWORD = "pass1234x"


@pytest.fixture
def office(any_db):
    users.create_user("k0", PASSWORD, "clerk", CLI_ACTOR, display_name="科员甲", clearance=2)
    plain = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅", "标题": "普通来文",
                              "文种": "通知", "密级": "非密"}, CLI_ACTOR)
    secret = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅", "标题": "机密来文",
                               "文种": "通知", "密级": "机密", "保密期限": "10年"}, CLI_ACTOR)
    return users.authenticate("k0", PASSWORD), plain.id, secret.id


def note(actor, record_id: int, text: str) -> str:
    spec = registry.get("incoming")
    return records.update(spec, record_id, {"备注": text}, records.get(spec, record_id, actor).version,
                          actor).note


def test_a_stopped_account_is_refused_at_its_next_call(office):
    k0, plain, _secret = office
    assert note(k0, plain, "before") == "before"
    users.deactivate("k0", CLI_ACTOR)
    with pytest.raises(AccountStoppedError) as refused:
        note(k0, plain, "written by a stopped account")
    assert "停用" in refused.value.message
    with pytest.raises(AccountStoppedError):  # reading too
        records.list_ids(registry.get("incoming"), k0)
    with pytest.raises(AccountStoppedError):
        steps.available_steps("incoming", plain, k0)
    assert records.get(registry.get("incoming"), plain, CLI_ACTOR).note == "before"


def test_a_demoted_session_acts_with_its_new_role(office):
    k0, plain, _secret = office
    users.set_role("k0", "readonly", CLI_ACTOR)
    assert k0.role == "readonly" and not k0.can_write
    with pytest.raises(PermissionDeniedError, match="只读"):
        note(k0, plain, "written by a demoted account")
    users.set_role("k0", "clerk", CLI_ACTOR)
    assert note(k0, plain, "clerk again") == "clerk again"
    assert k0.logged_in_as == ("clerk", 2)  # what the window was built for


def test_a_lowered_clearance_hides_what_is_now_above_it(office):
    k0, plain, secret = office
    spec = registry.get("incoming")
    assert set(records.list_ids(spec, k0)) == {plain, secret}
    assert records.get(spec, secret, k0).title == "机密来文"
    users.set_clearance("k0", 0, CLI_ACTOR)
    assert records.list_ids(spec, k0) == [plain]
    with pytest.raises(PermissionDeniedError):
        records.get(spec, secret, k0)
    with pytest.raises(PermissionDeniedError):
        note(k0, secret, "above his clearance now")


def test_a_change_made_on_another_workstation_is_seen_within_a_second(office):
    """Another workstation changes the row directly: no in-process notice, only the times."""
    k0, plain, secret = office
    spec = registry.get("incoming")
    assert secret in records.list_ids(spec, k0)
    User.update(clearance=0).where(User.username == "k0").execute()
    time.sleep(actor_module.READ_SECONDS)
    assert secret not in records.list_ids(spec, k0)
    User.update(role="readonly").where(User.username == "k0").execute()
    time.sleep(actor_module.WRITE_SECONDS)
    with pytest.raises(PermissionDeniedError):
        note(k0, plain, "demoted elsewhere")
    User.update(role="clerk", active=False).where(User.username == "k0").execute()
    time.sleep(actor_module.WRITE_SECONDS)
    with pytest.raises(AccountStoppedError):
        note(k0, plain, "stopped elsewhere")


class _UserReads(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        sql = str(record.msg[0] if isinstance(record.msg, tuple) else record.msg)
        if 'FROM "user"' in sql:
            self.count += 1


def test_the_row_is_read_once_per_action_not_per_row(office):
    """A list of 300 rows and 50 changes in a row: a handful of reads of the user's row."""
    k0, plain, _secret = office
    spec = registry.get("incoming")
    for i in range(300):
        incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "县政府办", "标题": f"来文{i}",
                          "文种": "通知", "密级": "秘密"}, CLI_ACTOR)
    reads = _UserReads()
    logger = logging.getLogger("peewee")
    level = logger.level
    logger.addHandler(reads)
    logger.setLevel(logging.DEBUG)
    try:
        ids = records.list_ids(spec, k0)
        rows = records.fetch(spec, ids)
        visible = [i for i in ids if records.level_of(spec, rows[i]) <= k0.clearance]
        assert len(visible) == 302
        assert reads.count <= 1
        start = time.monotonic()
        for i in range(50):
            note(k0, plain, f"note {i}")
        spent = time.monotonic() - start
        assert reads.count <= 2 + spent / actor_module.WRITE_SECONDS  # not one per change
    finally:
        logger.removeHandler(reads)
        logger.setLevel(level)


# ---------------------------------------------------------------- a password changed elsewhere

NEW_PASSWORD = "fresh5678y"


def _refused_for_password(call) -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        call()
    assert "密码已被修改" in refused.value.message and "重新登录" in refused.value.message
    assert isinstance(refused.value, errors.SessionEndedError)  # the window asks again


def test_a_password_reset_by_the_administrator_ends_the_users_sessions(office):
    k0, plain, _secret = office
    users.create_user("boss", PASSWORD, "admin", CLI_ACTOR, clearance=3)
    users.create_user("k1", PASSWORD, "clerk", CLI_ACTOR)
    admin, k1 = users.authenticate("boss", PASSWORD), users.authenticate("k1", PASSWORD)
    spec = registry.get("incoming")
    assert note(k0, plain, "before") == "before"
    users.change_password("k0", NEW_PASSWORD, admin)  # 重置密码
    _refused_for_password(lambda: note(k0, plain, "written after the reset"))
    _refused_for_password(lambda: records.list_ids(spec, k0))  # reading too
    _refused_for_password(lambda: steps.available_steps("incoming", plain, k0))
    _refused_for_password(lambda: users.change_password("k0", "again9999z", k0,
                                                        old_password=NEW_PASSWORD))
    assert records.get(spec, plain, CLI_ACTOR).note == "before"
    # the administrator's session and another user's go on
    assert note(admin, plain, "by the administrator") == "by the administrator"
    assert plain in records.list_ids(spec, k1)
    # the old password no longer logs in; the new one does, and that session works
    with pytest.raises(errors.LoginError):
        users.authenticate("k0", PASSWORD)
    again = users.authenticate("k0", NEW_PASSWORD)
    assert note(again, plain, "after logging in again") == "after logging in again"
    _refused_for_password(lambda: records.list_ids(spec, k0))  # the old session stays ended


def test_his_own_change_ends_his_other_sessions_but_not_this_one(office):
    here, plain, _secret = office
    there = users.authenticate("k0", PASSWORD)  # the same user on another workstation
    spec = registry.get("incoming")
    assert plain in records.list_ids(spec, there)
    users.change_password("k0", NEW_PASSWORD, here, old_password=PASSWORD)
    assert note(here, plain, "changed it here") == "changed it here"
    time.sleep(actor_module.READ_SECONDS)  # the copies read before have run out as well
    assert note(here, plain, "still here") == "still here"
    _refused_for_password(lambda: records.list_ids(spec, there))
    _refused_for_password(lambda: note(there, plain, "from the other workstation"))


def test_a_refused_own_change_keeps_the_session_as_it_was(office, monkeypatch):
    """A write that fails leaves the old password, and the session that tried goes on."""
    k0, plain, _secret = office

    def broken(*args, **kwargs):
        raise errors.DatabaseError("磁盘已满")

    monkeypatch.setattr(audit_module, "record", broken)
    with pytest.raises(errors.DatabaseError):
        users.change_password("k0", NEW_PASSWORD, k0, old_password=PASSWORD)
    monkeypatch.undo()
    assert note(k0, plain, "goes on") == "goes on"
    users.authenticate("k0", PASSWORD)


def test_a_password_written_on_another_workstation_ends_the_session_within_a_second(office):
    """Another workstation resets it: no in-process notice, only the times."""
    k0, plain, _secret = office
    assert note(k0, plain, "before") == "before"
    User.update(password_hash=hash_password(NEW_PASSWORD)).where(User.username == "k0").execute()
    time.sleep(actor_module.READ_SECONDS)
    _refused_for_password(lambda: records.list_ids(registry.get("incoming"), k0))


def test_the_command_line_refuses_an_ended_session_in_chinese(tmp_path, monkeypatch, capsys):
    """`step … --as k0` while an administrator resets k0's password: a message, no trace."""
    from officedesk import cli, cli_steps
    from officedesk.store import db as store_db

    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    path = str(tmp_path / "office.db")
    store_db.open_database(path)
    try:
        users.create_user("k0", PASSWORD, "clerk", CLI_ACTOR)
        plain = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅",
                                  "标题": "普通来文", "文种": "通知", "密级": "非密"}, CLI_ACTOR)
    finally:
        store_db.close_database()
    acting = cli_steps.acting

    def reset_meanwhile(args):
        actor = acting(args)
        users.change_password("k0", NEW_PASSWORD, CLI_ACTOR)
        return actor

    monkeypatch.setattr(cli_steps, "acting", reset_meanwhile)
    capsys.readouterr()
    code = cli.main(["steps", "incoming", str(plain.id), "--as", "k0", "--db", path])
    captured = capsys.readouterr()
    assert code == 1, captured
    assert "密码已被修改" in captured.err and "Traceback" not in captured.err
