"""保密: a backup holds every record of every 密级 and personal data unmasked, so the window's
备份数据库 is an administrator's cleared for every 密级, as its 检查数据库 is
(check.run_checks_as): one cleared below is refused before anything is asked or written, in
words that say nothing of what the database holds. Before, an administrator cleared 秘密 saved
the whole database, 机密 and 绝密 records too, and could read them in the copy."""

from __future__ import annotations

import pytest

from officedesk.core import accounts, backups
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError


def _admin(username: str, clearance: int, admin: Actor) -> Actor:
    accounts.create_user(username, "Pass-word-2026", "admin", admin, display_name=username,
                         clearance=clearance)
    return Actor(username=username, role="admin", clearance=clearance, display_name=username)


@pytest.mark.parametrize("clearance", [0, 1, 2])
def test_an_administrator_cleared_below_every_level_may_not_back_up(db, admin, tmp_path, clearance):
    low = _admin(f"admin{clearance}", clearance, admin)
    target = tmp_path / "copy.db"
    with pytest.raises(PermissionDeniedError) as refused:
        backups.check_target(low, target)  # the window asks core first, before the file dialog's
    assert "绝密" in refused.value.message and "officedesk backup" in refused.value.message
    with pytest.raises(PermissionDeniedError):
        backups.backup(low, target)
    assert not target.exists()


def test_an_administrator_cleared_for_every_level_backs_up(db, admin, tmp_path):
    top = _admin("admin3", 3, admin)
    target = tmp_path / "copy.db"
    assert backups.check_target(top, target) is False
    backups.backup(top, target)
    assert target.exists()


@pytest.mark.parametrize("clearance", [0, 1, 2])
def test_an_administrator_cleared_below_every_level_may_not_restore(db, admin, tmp_path, clearance):
    """A restore keeps the current database aside as a whole copy (every 密级 in it): a restore
    by an administrator cleared 秘密 was a backup by another name. Refused before the file is
    looked into (the window's preview), and the restore itself."""
    from officedesk.core import restore_preview

    files = tmp_path / "files"
    files.mkdir()
    copy = files / "copy.db"
    backups.backup(admin, copy)
    low = _admin(f"admin{clearance}", clearance, admin)
    with pytest.raises(PermissionDeniedError) as refused:
        restore_preview.preview(low, copy)
    assert "绝密" in refused.value.message and "officedesk restore" in refused.value.message
    with pytest.raises(PermissionDeniedError):
        backups.restore(low, copy)
    with pytest.raises(PermissionDeniedError):
        backups.restore_damaged(low, files / "damaged.db", copy)
    assert sorted(p.name for p in files.iterdir()) == ["copy.db", "copy.db.anchor.json"]
