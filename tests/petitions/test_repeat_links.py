"""保密 of the 重复件 link: a petition linked to a classified original (by hand, or by the
复核终结 rule of《信访工作条例》art. 36) gives nothing of the original away to those below its
密级 — not in the detail pane, the history, the 不予受理 reason or an error — while the rule
still applies and someone cleared can follow the link."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, petitions
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import NotFoundError, PermissionDeniedError, ProcedureError
from officedesk.store.petitions import Petition

D = dt.date
LOWCLERK = Actor("lowclerk", "clerk", 0, display_name="低密科员")
AGAIN = "再次反映青河村土地征收补偿款未足额发放，安置房仍未复工。"


def _secret(register) -> Petition:
    return register(secrecy="机密", registered_on="2026-03-02")


def _secret_rechecked(register, admin, fixed_today) -> Petition:
    """A 机密 petition of 张建国 through 答复, 复查 and 复核: the matter is closed."""
    fixed_today(D(2026, 1, 5))
    p = register(secrecy="机密", registered_on="2026-01-05")
    steps = [
        (D(2026, 1, 5), lambda p: petitions.decide(p.id, p.version, admin, "直接答复", on="2026-01-05")),
        (D(2026, 2, 1), lambda p: petitions.reply(p.id, p.version, admin, opinion="已足额发放。",
                                                  on="2026-02-01")),
        (D(2026, 2, 10), lambda p: petitions.request_review(p.id, p.version, admin, "复查",
                                                            on="2026-02-10")),
        (D(2026, 3, 1), lambda p: petitions.answer_review(p.id, p.version, admin, opinion="维持。",
                                                          on="2026-03-01")),
        (D(2026, 3, 10), lambda p: petitions.request_review(p.id, p.version, admin, "复核",
                                                            on="2026-03-10")),
        (D(2026, 3, 20), lambda p: petitions.answer_review(p.id, p.version, admin,
                                                           opinion="复核维持。", on="2026-03-20")),
    ]
    for day, step in steps:
        fixed_today(day)
        p = step(p)
    assert p.state == petitions.CLOSED
    fixed_today(D(2026, 5, 6))
    return p


def _history(record: Petition) -> str:
    return " ".join(s.content for s in petitions.steps_of(record.id, CLI_ACTOR))


def _carries(text: str, original: Petition) -> bool:
    """Whether a text names the original (its number, or the day its 复核 was answered)."""
    return original.number in text or "3月20日" in text or "2026-03-20" in text


# ------------------------------------------------------------- 1: the original's label


def test_the_original_is_named_only_to_those_who_may_see_it(register, admin):
    secret = _secret(register)
    repeat = register(registered_on="2026-03-05", content=AGAIN, repeat_of=secret.id)
    shown = petitions.links.original_text(repeat, LOWCLERK)
    assert secret.number not in shown and "原件为涉密信访件，您无权查看" in shown
    assert secret.number in petitions.links.original_text(repeat, admin)
    # a 非密 original is named to everyone
    plain = register(registered_on="2026-03-02", content="村道路灯损坏无人修理。")
    linked = register(registered_on="2026-03-05", content="村道路灯仍未修理。", repeat_of=plain.id)
    assert plain.number in petitions.links.original_text(linked, LOWCLERK)
    assert petitions.links.original_text(plain, LOWCLERK) == ""


def test_the_detail_pane_does_not_name_a_classified_original(app_ctx, qtbot, register):
    from officedesk.ui.petitions import make_tab

    secret = _secret(register)
    repeat = register(registered_on="2026-03-05", content=AGAIN, repeat_of=secret.id)
    app_ctx.actor = LOWCLERK
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(repeat.id)
    tab.update_current()
    detail = tab.detail.toPlainText()
    assert "原件为涉密信访件，您无权查看" in detail and secret.number not in detail


# ------------------------------------------------------------- 2: linking by hand


def test_a_clerk_may_not_link_to_an_original_above_the_clearance(register, admin):
    secret = _secret(register)
    before = Petition.select().count()
    with pytest.raises(NotFoundError) as above:
        register(registered_on="2026-03-05", content=AGAIN, repeat_of=secret.id, actor=LOWCLERK)
    assert Petition.select().count() == before  # nothing registered
    mine = register(registered_on="2026-03-05", content=AGAIN, actor=LOWCLERK)
    with pytest.raises(NotFoundError) as linked:
        petitions.link_repeat(mine.id, secret.id, mine.version, LOWCLERK)
    # told as one that does not exist is: a 公开 clerk trying ids learns nothing of which are 涉密
    with pytest.raises(NotFoundError) as missing:
        petitions.link_repeat(mine.id, 99_999, mine.version, LOWCLERK)
    said = {str(raised.value).replace(str(number), "N")
            for raised, number in ((above, secret.id), (linked, secret.id), (missing, 99_999))}
    assert len(said) == 1 and "密级" not in said.pop()
    mine = Petition.get_by_id(mine.id)
    assert mine.repeat_of is None and secret.number not in _history(mine)
    # cleared: linked, and since the repeat is 非密 its history does not name the 机密 original
    linked = petitions.link_repeat(mine.id, secret.id, mine.version, admin)
    assert linked.repeat_of == secret.id and secret.number not in _history(linked)
    trail = " ".join(repr(e.__data__) for e in audit.history("petitions", mine.id, LOWCLERK))
    assert "标为重复件" in trail and secret.number not in trail


def test_a_stored_link_text_names_the_original_only_where_all_readers_may_see_it(register):
    secret = _secret(register)
    low = register(registered_on="2026-03-05", content=AGAIN, repeat_of=secret.id)
    assert low.repeat_of == secret.id and "重复件" in _history(low)
    assert secret.number not in _history(low)
    high = register(secrecy="机密", registered_on="2026-03-05", content=AGAIN, repeat_of=secret.id)
    assert secret.number in _history(high)  # every reader of the 机密 repeat may see the original


# ------------------------------------------------------------- 3: 复核终结 (art. 36)


def test_a_classified_closed_matter_is_still_not_accepted_and_not_named(
    register, admin, fixed_today
):
    original = _secret_rechecked(register, admin, fixed_today)
    again = register(registered_on="2026-05-06", content=AGAIN, actor=LOWCLERK)
    # the rule applies: linked, and only 不予受理 is allowed
    assert again.repeat_of == original.id and again.next_due_what == "不予受理"
    step = petitions.steps_of(again.id, CLI_ACTOR)[0].content
    assert "复核终结" in step and "不再受理" in step and "请联系有权限的同事核实" in step
    assert not _carries(step, original)
    with pytest.raises(ProcedureError, match="不再受理") as refused:
        petitions.decide(again.id, again.version, LOWCLERK, "转送", on="2026-05-06",
                         target_unit="青河镇人民政府")
    assert not _carries(refused.value.message, original)
    assert "第三十六条" in refused.value.message
    again = petitions.decide(again.id, again.version, LOWCLERK, "不予受理", on="2026-05-06")
    # the reason goes on the petitioner's 不予受理告知书: the rule, no number, no internal note
    reason = again.reject_reason
    assert "复核终结" in reason and "第三十六条" in reason
    assert not _carries(reason, original) and "涉密" not in reason
    assert not _carries(_history(again), original)
    # the link stays for someone cleared
    assert petitions.paths.final_review_for_unchecked(again).id == original.id


def test_a_closed_matter_registered_by_someone_cleared_stores_no_number_on_a_lower_record(
    register, admin, fixed_today
):
    original = _secret_rechecked(register, admin, fixed_today)
    low = register(registered_on="2026-05-06", content=AGAIN)  # 非密, by the administrator
    assert low.repeat_of == original.id and not _carries(_history(low), original)
    low = petitions.decide(low.id, low.version, admin, "不予受理", on="2026-05-06")
    assert not _carries(low.reject_reason, original)
    # a 机密 repeat: all its readers may see the original, which it names as before
    high = register(secrecy="机密", registered_on="2026-05-06", content=AGAIN)
    assert high.repeat_of == original.id and _carries(_history(high), original)
    high = petitions.decide(high.id, high.version, admin, "不予受理", on="2026-05-06")
    assert _carries(high.reject_reason, original)


def test_the_original_line_is_translated(qapp, register, admin):
    import re

    from officedesk.core.i18n import display
    from officedesk.ui import i18n

    secret = _secret(register)
    repeat = register(registered_on="2026-03-05", content=AGAIN, repeat_of=secret.id)
    i18n.install(qapp, "en")
    try:
        hidden = display(petitions.links.original_text(repeat, LOWCLERK))
        shown = display(petitions.links.original_text(repeat, admin))
    finally:
        i18n.uninstall(qapp)
    assert "classified" in hidden and not re.search(r"[\u3400-\u9fff]", hidden)
    assert shown == f"Original {secret.number}"


def test_a_record_above_the_clearance_is_refused_before_its_rules_speak(register, admin, fixed_today):
    # 处理 of a 机密 repeat by someone below it: refused as not theirs to see, not answered
    # with the 复核终结 rule's text about its original
    original = _secret_rechecked(register, admin, fixed_today)
    repeat = register(secrecy="机密", registered_on="2026-05-06", content=AGAIN, repeat_of=original.id)
    with pytest.raises(PermissionDeniedError):
        petitions.decide(repeat.id, repeat.version, LOWCLERK, "转送", target_unit="县住建局")
