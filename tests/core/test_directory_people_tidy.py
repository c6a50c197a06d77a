"""A person's 电话 written in full-width characters is the number it reads (stored half-width,
by the one phone normaliser the 信访 uses), and a 姓名 padded to align two-character names
(张　三) is the name: found by 张三 and by its 拼音 initials, linked by a meeting."""

from __future__ import annotations

import openpyxl
import pytest

from officedesk.core import directory, directory_completion, records
from officedesk.core.errors import ValidationError
from officedesk.core.idcard import normalize_phone, phone_problem
from officedesk.exchange import xlsx
from officedesk.store.models import Person


@pytest.mark.parametrize(("typed", "stored"), [
    ("１３８００１３８０００", "13800138000"),
    ("０１０－６６５５１２３４", "010-66551234"),
    ("（０１０）６６５５１２３４", "01066551234"),
    ("＋８６　１３８００１３８０００", "+8613800138000"),
    ("010 6655 1234", "01066551234"),
])
def test_a_full_width_phone_is_stored_half_width(db, admin, typed, stored):
    person = records.create(directory.PEOPLE, {"姓名": "测试全角", "电话": typed}, admin)
    assert Person.get_by_id(person.id).phone == stored


def test_the_phone_is_tidied_on_update_and_import(db, admin, tmp_path):
    person = records.create(directory.PEOPLE, {"姓名": "李四"}, admin)
    records.update(directory.PEOPLE, person.id, {"电话": "１３９００１３９０００"}, person.version, admin)
    assert Person.get_by_id(person.id).phone == "13900139000"
    book = openpyxl.Workbook()
    for row in (["姓名", "电话"], ["王五", "１３７００１３７０００"]):
        book.active.append(row)
    book.save(tmp_path / "p.xlsx")
    report = xlsx.import_file(directory.PEOPLE, tmp_path / "p.xlsx", admin)
    assert report.imported == 1, report.problems
    assert Person.get(Person.name == "王五").phone == "13700137000"


def test_a_phone_with_letters_is_still_refused(db, admin):
    with pytest.raises(ValidationError, match="电话"):
        records.create(directory.PEOPLE, {"姓名": "测试", "电话": "１３８abc"}, admin)


def test_the_petition_normaliser_takes_a_full_width_plus():
    assert normalize_phone("＋８６ １３８００１３８０００") == "+8613800138000"
    assert phone_problem("＋８６ １３８００１３８０００") is None


@pytest.mark.parametrize(("typed", "stored"), [
    ("张\u3000三", "张三"),
    ("张 三", "张三"),
    ("欧阳\u3000\u3000明", "欧阳明"),
    ("买买提·艾力", "买买提·艾力"),
    ("买买提 · 艾力", "买买提·艾力"),
    ("John  Smith", "John Smith"),
    ("John\u3000Smith", "John Smith"),
    ("\u3000王五\u3000", "王五"),
])
def test_a_padded_name_is_stored_as_the_name(db, admin, typed, stored):
    person = records.create(directory.PEOPLE, {"姓名": typed}, admin)
    assert Person.get_by_id(person.id).name == stored


def test_a_padded_name_is_found_by_name_and_initials(db, admin):
    records.create(directory.PEOPLE, {"姓名": "张\u3000三", "职务": "科员"}, admin)
    assert [s.text for s in directory_completion.suggest("people", "zs")] == ["张三"]
    assert [s.text for s in directory_completion.suggest("people", "张三")] == ["张三"]
    assert [s.text for s in directory_completion.suggest("people", "张\u3000三")] == ["张三"]
    assert directory.person_by_name("张三") is not None
    assert directory.person_by_name("张 三") is not None


def test_an_update_and_an_import_tidy_the_name(db, admin, tmp_path):
    person = records.create(directory.PEOPLE, {"姓名": "赵六"}, admin)
    records.update(directory.PEOPLE, person.id, {"姓名": "赵\u3000六"}, person.version, admin)
    assert Person.get_by_id(person.id).name == "赵六"
    book = openpyxl.Workbook()
    for row in (["姓名"], ["孙\u3000七"]):
        book.active.append(row)
    book.save(tmp_path / "n.xlsx")
    report = xlsx.import_file(directory.PEOPLE, tmp_path / "n.xlsx", admin)
    assert report.imported == 1, report.problems
    assert Person.get_or_none(Person.name == "孙七") is not None


def test_a_record_saved_padded_before_is_still_picked(db, admin):
    # a row kept from before names were tidied: the picker and a lookup by name still find it
    Person.create(name="周\u3000八", pinyin=directory.pinyin_key("周八"))
    assert [s.text for s in directory_completion.suggest("people", "周八")] == ["周\u3000八"]
    found = directory.person_by_name("周八")
    assert found is not None and found.name == "周\u3000八"


def test_a_meeting_links_a_person_entered_padded(db, admin):
    from officedesk.core.meetings.parsing import resolve_person

    person = records.create(directory.PEOPLE, {"姓名": "张\u3000三"}, admin)
    assert resolve_person("张三").person_id == person.id


def test_a_meetings_contact_phone_in_full_width_is_stored_half_width(db, admin):
    """The 会议 联系电话 used the people check without the normaliser: a full-width number (all
    digits) was refused “只能含数字…”."""
    from officedesk.core import registry

    registry.load_all()
    spec = registry.get("meetings")
    record = records.create(spec, {"会议名称": "联系电话测试会", "会议类型": "其他",
                                   "开始时间": "2026-12-20 09:00", "结束时间": "2026-12-20 10:00",
                                   "联系电话": "０８７１－６５１２３４５６"}, admin)
    assert record.contact_phone == "0871-65123456"
