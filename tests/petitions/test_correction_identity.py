"""A petitioner's identity by correction: a clerk who may not see personal data overwrote a
petition's 身份证号/联系电话/住址 through records.update, and only the petition's row changed —
the petitioner list (papers and repeat detection read `petitioners_of`) kept the old values.
Refused for whoever may not see them; for those who may, the change goes through the
petitioner list, as import --update does, so both rows agree."""

from __future__ import annotations

import pytest

from officedesk.core import petitions, records
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError

from .conftest import ID_LI, ID_ZHANG

LEADER = Actor(username="ld", role="leader", clearance=1, display_name="领导")


@pytest.mark.parametrize("changes", [{"身份证号": ID_LI}, {"联系电话": "13900001111"},
                                     {"住址": "北京市西城区某街1号"},
                                     {"身份证号": "110101196803072311"}])  # refused unread
def test_whoever_may_not_see_personal_data_does_not_change_it(register, clerk, admin, changes):
    p = register()
    assert not clerk.may_see_sensitive
    with pytest.raises(ValidationError, match="个人信息.*不能修改"):
        records.update(petitions.SPEC, p.id, changes, p.version, clerk)
    again = petitions.get(p.id, admin)
    person = petitions.petitioners_of(p.id, admin)[0]
    assert (again.id_number, again.phone, again.address) == (p.id_number, p.phone, p.address)
    assert (person.id_number, person.phone) == (ID_ZHANG, "13812345678")
    people = [{"name": "张建国", "id_number": ID_LI, "phone": "13812345678"}]
    with pytest.raises(ValidationError, match="个人信息"):  # nor through the petitioner list
        petitions.update_petitioners(p.id, people, p.version, clerk)


def test_a_correction_of_the_identity_changes_the_petitioner_too(register, admin, clerk):
    p = register()
    saved = records.update(petitions.SPEC, p.id, {"身份证号": ID_LI, "联系电话": "13900001111",
                                                   "反映内容": "补偿款仍未发放，要求说明标准。"},
                           p.version, LEADER)
    person = petitions.petitioners_of(p.id, admin)[0]
    assert (saved.id_number, saved.phone) == (ID_LI, "13900001111")
    assert (person.id_number, person.phone) == (ID_LI, "13900001111")
    assert saved.content == "补偿款仍未发放，要求说明标准。"
    assert petitions.get(p.id, admin).version == saved.version
    # a clerk's correction of the name (no personal data) keeps the list in step as well
    renamed = records.update(petitions.SPEC, p.id, {"信访人": "张建民"}, saved.version, clerk)
    assert renamed.name == petitions.petitioners_of(p.id, admin)[0].name == "张建民"
    assert petitions.petitioners_of(p.id, admin)[0].id_number == ID_LI


def _joint(register):
    from .conftest import ID_WANG

    people = [{"name": "张建国", "id_number": ID_ZHANG, "phone": "13812345678"},
              {"name": "李桂兰", "id_number": ID_LI, "phone": "13900002222"},
              {"name": "王德明", "id_number": ID_WANG, "phone": "13700003333"}]
    p = register(form="来信", people_count=3, petitioners=people)
    return p, people


def test_a_clerk_who_may_not_see_personal_data_may_remove_a_co_petitioner(register, clerk, admin):
    """The list is judged petitioner by petitioner (by name, then by place), not by place alone:
    taking out the second of three left the third's values against the second's stored ones."""
    p, people = _joint(register)
    saved = petitions.update_petitioners(p.id, [people[0], people[2]], p.version, clerk)
    assert [x.name for x in petitions.petitioners_of(p.id, admin)] == ["张建国", "王德明"]
    # a name corrected in its place keeps that petitioner's stored values
    renamed = {**people[2], "name": "王得明"}
    petitions.update_petitioners(p.id, [people[0], renamed], saved.version, clerk)
    assert petitions.petitioners_of(p.id, admin)[1].id_number == people[2]["id_number"]


def test_removing_a_co_petitioner_does_not_let_a_clerk_change_another_s_phone(register, clerk):
    p, people = _joint(register)
    changed = {**people[2], "phone": "13600004444"}
    with pytest.raises(ValidationError, match="个人信息"):
        petitions.update_petitioners(p.id, [people[0], changed], p.version, clerk)
