"""A logged-in session follows the user's row: an account stopped, demoted or given a lower
密级权限 by the administrator is refused, or acts with the new role and clearance, from its
very next core call — not only after the next log-in (core.session)."""

from __future__ import annotations

import logging
import time

import pytest

from officedesk.core import actor as actor_module
from officedesk.core import records, registry, steps, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import AccountStoppedError, PermissionDeniedError
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
