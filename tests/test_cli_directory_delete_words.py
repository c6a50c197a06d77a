"""`delete rooms N` on the command line: the directory has no delete there (only the window's
通讯录, which checks first that nothing uses the entry); the refusal said “通讯录等请用修改或删除”,
pointing to a delete the command line does not have."""

from __future__ import annotations

import pytest

from officedesk.core import lifecycle, registry
from officedesk.core.errors import ValidationError


def test_the_refusal_points_to_the_window_s_directory(db):
    with pytest.raises(ValidationError) as refused:
        lifecycle.delete_draft(registry.get("rooms").name, 1, None)  # type: ignore[arg-type]
    assert "窗口的“通讯录”" in refused.value.message and "请用修改或删除" not in refused.value.message
