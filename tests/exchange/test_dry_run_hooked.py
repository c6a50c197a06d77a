"""import --update of rows a registry's own update saves (RegistrySpec.update_hook) with a
check-only form (RegistrySpec.check_update): a joint letter's (联名信) petitioner lists corrected
name by name. Their checks are made before the lock, so a dry run, and a file refused by row,
take none and say what the import says. Before, those rows were written under the lock and undone
(another workstation holding it, the dry run failed with 数据库正被其他程序占用)."""

from __future__ import annotations

import pytest

from officedesk.core import audit, check, clock, petitions
from officedesk.core.actor import CLI_ACTOR
from officedesk.store.petitions import Petitioner

from .test_dry_run_routed import _dry_then_real, _edited, _told


def _joint(count: int) -> list[tuple[int, list[str]]]:
    """`count` joint letters (联名信, three petitioners each) registered: id, the names."""
    made = []
    for n in range(count):
        names = [f"{surname}联{n}" for surname in ("赵", "钱", "孙")]
        record = petitions.register_petition(
            {"registered_on": clock.today().isoformat(), "form": "来信", "category": "征地拆迁",
             "content": f"联名反映补偿款未足额发放（{n}）。", "people_count": len(names)},
            [{"name": name} for name in names], CLI_ACTOR)
        made.append((record.id, names))
    return made


@pytest.mark.parametrize("bad", [False, True], ids=["good", "a-row-refused"])
@pytest.mark.parametrize("skip_bad", [False, True], ids=["whole", "skip-bad"])
def test_a_joint_letters_lists_are_checked_before_the_lock(demo_db, tmp_path, monkeypatch, bad, skip_bad):
    joint = _joint(3)
    assert len(joint) == 3
    corrected = {pid: [*names[:-1], f"{names[-1]}更正"] for pid, names in joint}
    # a 人数 below the names listed: refused as the window refuses it (人数 and names in one row)
    also = {(joint[0][0], "人数"): 1} if bad else {}
    path = _edited(petitions.SPEC, tmp_path, "信访人", {pid: "、".join(n) for pid, n in corrected.items()}, also)
    dry, done, locks = _dry_then_real(petitions.SPEC, path, monkeypatch, skip_bad)
    refused = bad and not skip_bad
    assert _told(dry, refused) == _told(done, refused)
    assert sorted(change.record_id for change in dry.updated) == [pid for pid, _ in joint][bad:]
    assert [p.reason for p in dry.problems] == ([f"人数（1）少于登记的信访人（{len(joint[0][1])} 位），请改正人数。"]
                                                if bad else [])
    kept = not bad or skip_bad
    assert locks == (["lock"] if kept else [])
    listed = {pid: [p.name for p in Petitioner.select().where(Petitioner.petition == pid).order_by(Petitioner.seq)]
              for pid, _ in joint}
    assert [listed[pid] == names for pid, names in corrected.items()] == [kept and not (bad and i == 0)
                                                                          for i in range(3)]
    assert audit.verify_chain() == [] and check.run_checks() == []
