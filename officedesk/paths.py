"""User folders from platformdirs; OFFICEDESK_HOME moves them all (tests use a temp folder)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from officedesk import APP_AUTHOR, APP_NAME
from officedesk.file_modes import close_to_others, own_folder


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR)


def _home_override() -> Path | None:
    home = os.environ.get("OFFICEDESK_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    home = _home_override()
    if home:
        return own_folder(home / "data")
    # the database, its backups: every record of every 密级. The program's own folder, as an
    # earlier version left it (0755), is closed to every other account (file_modes)
    return close_to_others(own_folder(Path(_dirs().user_data_dir)))


def log_dir() -> Path:
    home = _home_override()
    if home:
        return own_folder(home / "logs")
    # a crash's trace may quote what was on the screen
    return close_to_others(own_folder(Path(_dirs().user_log_dir)))


def cache_dir() -> Path:
    """This user's own cache folder: what is kept here no other user of the machine can have
    made first or swap (unlike the shared temporary folder). OFFICEDESK_CACHE moves it alone
    (what is kept here is no office's data: the tests share one for the whole run)."""
    named = os.environ.get("OFFICEDESK_CACHE")
    home = _home_override()
    path = Path(named) if named else home / "cache" if home else Path(_dirs().user_cache_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    return own_folder(data_dir() / "backups")


def attachments_dir() -> Path:
    return own_folder(data_dir() / "attachments")


def default_database_path() -> Path:
    return data_dir() / "officedesk.db"
