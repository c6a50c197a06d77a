"""A 重复件 names its original in its history, its audit trail and — closed by 复核 — its
不予受理理由, for the readers who could see the original then. The original raised since above a
reader's clearance (its 密级 corrected upward) must not be named to him there any more: its
number, that it is the same matter, the day of its 复核 (a 保密 attacker's find)."""

from __future__ import annotations

from officedesk.core import audit, petitions, records
from officedesk.core.actor import Actor
from officedesk.core.petitions import links, paths
from tests.petitions.closed_matter import closed_again

READER = Actor(username="kyl", role="clerk", clearance=0, display_name="孔云龙")  # 公开


def _closed_and_refused_again(register, admin, fixed_today):
    again = closed_again(register, admin, fixed_today)
    again = petitions.decide(again.id, again.version, admin, "不予受理", on="2026-12-01")
    return records.get(petitions.SPEC, again.repeat_of, admin), again


def _texts(again_id: int) -> str:
    steps = " ".join(s.content or "" for s in petitions.steps_of(again_id, READER))
    trail = " ".join(f"{e.summary} {e.before} {e.after}" for e in audit.history("petitions", again_id, READER))
    reason = records.get(petitions.SPEC, again_id, READER).reject_reason or ""
    return f"{steps} | {trail} | {reason}"


def test_an_original_raised_since_is_no_longer_named_to_a_reader_below_it(register, admin, fixed_today):
    original, again = _closed_and_refused_again(register, admin, fixed_today)
    before = _texts(again.id)
    assert original.number in before and "2026年11月30日" in before  # named while he may see it
    records.update(petitions.SPEC, original.id, {"密级": "秘密"}, original.version, admin)
    after = _texts(again.id)
    assert original.number not in after and "2026年11月30日" not in after
    assert links.HIDDEN_NOTE in after and "第三十六条" in after  # the rule is still told
    # the 不予受理理由 is the petitioner's paper's too: the rule alone, no note to staff
    reason = records.get(petitions.SPEC, again.id, READER).reject_reason
    assert reason == paths.default_reject_reason(records.get(petitions.SPEC, again.id, admin))
    assert links.HIDDEN_NOTE not in reason
    # one cleared for it still reads the original's number in the trail (nothing lost)
    cleared = " ".join(f"{e.summary} {e.after}" for e in audit.history("petitions", again.id, admin))
    assert original.number in cleared
    assert audit.verify_chain() == []


def test_a_reader_cleared_for_the_raised_original_still_reads_the_history_as_written(
        register, admin, fixed_today):
    original, again = _closed_and_refused_again(register, admin, fixed_today)
    records.update(petitions.SPEC, original.id, {"密级": "秘密"}, original.version, admin)
    secret = Actor(username="mm", role="clerk", clearance=1, display_name="秘密科员")
    steps = " ".join(s.content or "" for s in petitions.steps_of(again.id, secret))
    assert original.number in steps
