"""A tab's step buttons offered for the selected record read the record's signatures and the
users' posts once for all the buttons: each greyed-out button's reason names the steps open
instead, and asked every step's refusal again, reading them anew — 143 queries a selected 信访 of
the demo office (53 ms of CPU), 35 after."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, positions, step_signs


@pytest.fixture
def counted(monkeypatch):
    calls = {"signs": 0, "posts": 0}
    signs, posts = step_signs._signs, positions._any_positions

    def counted_signs(*args):
        calls["signs"] += 1
        return signs(*args)

    def counted_posts():
        calls["posts"] += 1
        return posts()

    monkeypatch.setattr(step_signs, "_signs", counted_signs)
    monkeypatch.setattr(positions, "_any_positions", counted_posts)
    return calls


def test_a_selected_petition_s_buttons_read_signatures_and_posts_once(app_ctx, admin, qtbot,
                                                                      fixed_today, counted):
    from officedesk.ui.petitions.tab import PetitionsTab

    fixed_today(dt.date(2026, 11, 16))
    petition = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None, admin)
    tab = PetitionsTab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(petition.id)
    counted.update(signs=0, posts=0)
    tab.update_current()
    assert not tab.buttons["答复"].isEnabled() and tab.buttons["答复"].toolTip()  # reasons shown
    assert counted == {"signs": 1, "posts": 1}
