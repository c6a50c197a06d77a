"""A petition voided (registered by mistake) is no earlier petition of anyone: registration does
not offer it as a possible 重复件 original, and no petition may be marked a 重复件 of it — or the
repeat figures would count a letter that was never one."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions
from officedesk.core.errors import ValidationError
from officedesk.core.lifecycle import void_record
from officedesk.core.petitions.repeats import repeats_of_rows
from tests.petitions.conftest import ID_LI


@pytest.fixture
def voided_copy(register, admin, fixed_today):
    """李秀兰's letter registered twice on 3 March, the copy voided; the real one returned."""
    fixed_today(dt.date(2026, 3, 10))
    first = register(registered_on="2026-03-03", name="李秀兰", id_number=ID_LI, form="来信")
    copy = register(registered_on="2026-03-03", name="李秀兰", id_number=ID_LI, form="来信")
    void_record("petitions", copy.id, admin, "同一来信重复登记")
    return first, copy


def test_a_voided_copy_is_no_possible_repeat(voided_copy, register, admin):
    first, copy = voided_copy
    again = register(registered_on="2026-03-09", name="李秀兰", id_number=ID_LI, form="来信")
    found = [c.petition_id for c in petitions.repeats_of_record(again, admin)]
    assert found == [first.id]  # the real letter, not the voided copy
    person = {"name": "李秀兰", "id_number": ID_LI, "phone": ""}
    assert sorted(c.petition_id for c in petitions.find_repeats([person], admin)) == [
        first.id, again.id]
    rows = repeats_of_rows([[person]], admin)  # an import's rows
    assert sorted(c.petition_id for c in rows[0]) == [first.id, again.id]


def test_no_petition_is_marked_a_repeat_of_a_voided_one(voided_copy, register, admin):
    _first, copy = voided_copy
    again = register(registered_on="2026-03-09", name="李秀兰", id_number=ID_LI, form="来信")
    with pytest.raises(ValidationError) as refused:
        petitions.link_repeat(again.id, copy.id, again.version, admin)
    assert "作废" in str(refused.value) and copy.number in str(refused.value)
    with pytest.raises(ValidationError):
        register(registered_on="2026-03-09", name="李秀兰", id_number=ID_LI, form="来信",
                 repeat_of=copy.id)


def test_check_names_a_repeat_left_linked_to_a_voided_one(voided_copy, register, admin):
    """A link made before the refusal (an older version, or the copy voided after the link):
    `check` names it, and what to do."""
    from officedesk.core import rule_checks
    from officedesk.store.petitions import Petition

    first, copy = voided_copy
    again = register(registered_on="2026-03-09", name="李秀兰", id_number=ID_LI, form="来信")
    assert not [t for t in rule_checks.check_links() if again.number in t.message]
    Petition.update(repeat_of=copy.id).where(Petition.id == again.id).execute()
    said = [f.message for f in rule_checks.check_links() if again.number in f.message]
    assert len(said) == 1 and copy.number in said[0] and "作废" in said[0], said
    petitions.link_repeat(again.id, first.id, Petition.get_by_id(again.id).version, admin)
    assert not [t for t in rule_checks.check_links() if again.number in t.message]


def test_an_original_with_repeats_is_not_voided_until_they_are_moved(register, admin, fixed_today):
    """Voiding an original would leave its 重复件 tied to a petition that counts nowhere: refused,
    naming them, until each is marked again to the real original."""
    from officedesk.core.errors import OfficeDeskError
    from officedesk.store.petitions import Petition

    fixed_today(dt.date(2026, 3, 10))
    real = register(registered_on="2026-03-02", name="李秀兰", id_number=ID_LI, form="来信")
    wrong = register(registered_on="2026-03-03", name="李秀兰", id_number=ID_LI, form="来信")
    later = register(registered_on="2026-03-09", name="李秀兰", id_number=ID_LI, form="来信")
    later = petitions.link_repeat(later.id, wrong.id, later.version, admin)
    with pytest.raises(OfficeDeskError) as refused:
        void_record("petitions", wrong.id, admin, "同一来信重复登记")
    assert later.number in str(refused.value) and "重复件" in str(refused.value)
    assert Petition.get_by_id(wrong.id).state != "已作废"
    petitions.link_repeat(later.id, real.id, later.version, admin)
    void_record("petitions", wrong.id, admin, "同一来信重复登记")
    assert Petition.get_by_id(wrong.id).state == "已作废"
