"""保密 of a list's rows read after its ids: the window's list reads the ids it may show with the
clerk's clearance, then each page's records when it is painted (scrolled to minutes later, or
before the once-a-second poll has read the list again). A record raised above the clerk since,
on another workstation, was read by id alone and painted whole — its new 密级 and what the same
save wrote into it. Core reads a page's records as the clerk may see them now
(`record_lists.fetch_shown`): one raised since is left out, its row blank till the list is read
again; to one cleared for it, it is there."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import record_lists, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming
from officedesk.core.documents.incoming_spec import INCOMING

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
CLERK2 = Actor(username="clerk2", role="clerk", clearance=2, display_name="机要员乙")
SECRET = "三号坝址秘密勘察"


@pytest.fixture
def raised_later(db, fixed_today) -> tuple[list[int], int]:
    """Three 收文 the clerk's list holds; the middle one then raised to 机密 and retitled by
    another workstation: (ids, the raised one's id)."""
    fixed_today(dt.date(2026, 3, 2))
    made = [incoming.sign_in(
        {"收文日期": "2026-03-02", "来文机关": "省水利厅", "来文字号": f"省水发〔2026〕{n}号",
         "标题": f"关于水利工作的通知（{n}）", "文种": "通知", "密级": "非密", "份数": "1"},
        CLI_ACTOR).id for n in (1, 2, 3)]
    return made, made[1]


def _raise(record_id: int) -> None:
    record = records.get(INCOMING, record_id, CLI_ACTOR)
    records.update(INCOMING, record_id, {"密级": "机密", "标题": f"关于{SECRET}的请示"},
                   record.version, CLI_ACTOR)


def test_a_record_raised_after_its_id_was_listed_is_not_read_for_the_clerk(raised_later):
    ids, raised = raised_later
    listed = records.list_ids(INCOMING, CLERK0)
    assert sorted(listed) == sorted(ids)
    _raise(raised)
    shown = record_lists.fetch_shown(INCOMING, listed, CLERK0)
    assert set(shown) == set(ids) - {raised}
    assert not any(SECRET in str(r.title) for r in shown.values())
    # one cleared for it reads it as it is now
    whole = record_lists.fetch_shown(INCOMING, listed, CLERK2)
    assert set(whole) == set(ids) and SECRET in whole[raised].title


def test_the_list_paints_no_row_of_a_record_raised_since_it_was_read(raised_later, qtbot):
    from officedesk.ui.widgets.records_model import RegistryTableModel

    ids, raised = raised_later
    model = RegistryTableModel(INCOMING, CLERK0)
    model.reload()  # the ids, as the list reads them; no row painted yet
    assert model.rowCount() == 3
    _raise(raised)  # another workstation, before this one's next poll

    def painted() -> str:
        return " ".join(str(model.data(model.index(row, column)) or "")
                        for row in range(model.rowCount()) for column in range(model.columnCount()))

    text = painted()
    assert SECRET not in text and "机密" not in text
    assert "关于水利工作的通知（1）" in text and "关于水利工作的通知（3）" in text
    # read again (the poll's refresh), the list holds the two it may show
    model.reload()
    assert model.rowCount() == 2 and SECRET not in painted()
    # a clerk cleared for it sees it in his list
    cleared = RegistryTableModel(INCOMING, CLERK2)
    cleared.reload()
    assert cleared.rowCount() == 3
    assert SECRET in " ".join(str(cleared.data(cleared.index(row, column)) or "")
                              for row in range(3) for column in range(cleared.columnCount()))
