"""Two of the 信息科 editing one periodical's 刊物设置 (编发单位, 报/送/发): the second to save,
from the settings as they stood when he opened them, is told someone saved first instead of
silently putting back what the first one changed. A name typed as new that someone has just
added is not taken over either."""

from __future__ import annotations

import pytest

from officedesk.core.errors import StaleRecordError
from officedesk.core.info import periodicals


def test_a_periodical_saved_from_stale_settings_is_refused(db, admin):
    opened = periodicals.save_periodical("每日要情", admin, send_up="市委办公室", send_to="县委常委")
    # the first clerk saves a new 报送范围 ...
    periodicals.save_periodical("每日要情", admin, send_up="市委办公室", send_to="县委主要领导",
                                expected_version=opened.version)
    # ... the second, who opened the dialog before, changes the 编发单位 only
    with pytest.raises(StaleRecordError, match="已被他人修改"):
        periodicals.save_periodical("每日要情", admin, unit="县委信息中心", send_up="市委办公室",
                                    send_to="县委常委", expected_version=opened.version)
    now = next(p for p in periodicals.periodicals(active_only=False) if p.name == "每日要情")
    assert (now.unit, now.send_to) == ("", "县委主要领导")


def test_a_new_name_someone_has_just_added_is_not_taken_over(db, admin):
    periodicals.save_periodical("信息快报", admin, send_up="市委办公室")
    with pytest.raises(StaleRecordError):
        periodicals.save_periodical("信息快报", admin, send_up="省委办公厅", expected_version=0)
    now = next(p for p in periodicals.periodicals(active_only=False) if p.name == "信息快报")
    assert now.send_up == "市委办公室"
