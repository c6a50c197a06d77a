"""A periodical's 版记 报、送、发 (`info-periodical --bao/--song/--fa`, the 刊物设置 dialog) are
bounded as a 发文's 主送 and 抄送 are (fields.LONGTEXT_MAX): a longer one is refused with the
usual message naming it, and nothing is saved. They had no bound at all."""

from __future__ import annotations

import pytest

from officedesk import cli
from officedesk.core.errors import ValidationError
from officedesk.core.fields import LONGTEXT_MAX
from officedesk.core.info import periodicals
from officedesk.store.info import Periodical


@pytest.mark.parametrize("option, label", [("--bao", "报"), ("--song", "送"), ("--fa", "发")])
def test_the_command_line_refuses_a_too_long_recipient_list(db, capsys, option, label):
    code = cli.main(["--db", str(db.database), "info-periodical", "县委信息", option, "县" * (LONGTEXT_MAX + 1)])
    err = capsys.readouterr().err
    assert code == 1 and f"“{label}”最多 {LONGTEXT_MAX} 个字" in err and "Traceback" not in err, err
    assert not Periodical.select().where(Periodical.name == "县委信息").exists()


@pytest.mark.parametrize("given", ["send_up", "send_to", "send_down"])
def test_core_refuses_it_for_the_dialog_too_and_takes_one_at_the_limit(db, admin, given):
    with pytest.raises(ValidationError) as refused:
        periodicals.save_periodical("县委信息", admin, **{given: "县" * (LONGTEXT_MAX + 1)})
    assert refused.value.field == given and "最多" in refused.value.message
    found = periodicals.save_periodical("县委信息", admin, **{given: "县" * LONGTEXT_MAX})
    assert len(getattr(found, given)) == LONGTEXT_MAX
