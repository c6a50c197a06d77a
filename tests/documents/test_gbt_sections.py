"""The settings' help cites GB/T 9704-2012 by the section that says it: the 命令（令）格式 and its
令号 are §10.2 (§10.1 信函格式, §10.3 纪要格式). The 令号 prefix's help named §10.3, the 纪要's."""

from __future__ import annotations

from officedesk.core import settings
from officedesk.core.documents import doc_rules


def test_the_order_number_help_cites_the_order_format():
    declared = settings.setting(doc_rules.COMMAND_PREFIX.key)
    assert "GB/T 9704 §10.2" in declared.help
    assert "§10.3" not in declared.help
