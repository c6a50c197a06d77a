"""The demo directory: a believable county office, made through core so audit and search work."""

from __future__ import annotations

import random

from officedesk.core import records, settings
from officedesk.core.directory import PEOPLE
from officedesk.core.directory_completion import suggest
from officedesk.core.ranks import rank_name
from officedesk.demo import directory
from officedesk.store.models import AuditEntry, Person, Room, Unit


def test_populate_makes_units_people_and_rooms(db, admin):
    made = directory.populate(30, random.Random(7))
    assert made == Unit.select().count() + Person.select().count() + Room.select().count()
    assert Unit.get(Unit.name == "中共云岭县委办公室").parent.name == "中共云岭县委员会"
    assert Unit.get(Unit.name == "县财政局").parent.name == "云岭县人民政府"
    assert Unit.select().where(Unit.name.endswith("乡") | Unit.name.endswith("镇")).count() >= 8
    first = Person.select().order_by(Person.rank, Person.id).first()
    assert first.title == "县委书记"
    # a county's 职级 (the standard table: 5 县处级正职 … 9 科员), none above 县处级
    assert all(
        5 <= p.rank <= 10 for p in Person.select()
    )
    for title, rank in (
        ("县委书记", "县处级正职"),
        ("县委副书记、县长", "县处级正职"),
        ("县委副书记", "县处级副职"),
        ("副县长", "县处级副职"),
        ("县委常委、组织部部长", "县处级副职"),
        ("局长", "正科级"),
        ("副主任", "副科级"),
        ("科员", "科员"),
    ):
        assert rank_name(Person.get(Person.title == title).rank) == rank, title
    assert settings.get("efficiency.leader_rank_max") == 6  # 县领导: 县处级 正职 and 副职
    assert Room.get(Room.name == "第一会议室").capacity == 60
    assert Room.get(Room.name == "常委会议室").capacity == 30
    assert len({p.name for p in Person.select()}) == Person.select().count()  # no two people alike
    assert all(p.phone for p in Person.select())
    # through core: audit entries, search index, 拼音 for the pickers
    assert (
        AuditEntry.select().where(AuditEntry.registry == "people").count()
        == Person.select().count()
    )
    assert records.list_ids(PEOPLE, admin, text=first.name)
    assert suggest("rooms", "cw")[0].text == "常委会议室"


def test_size_scales_people_and_a_second_run_adds_nothing(db):
    small = directory.populate(5, random.Random(1))
    people_small = Person.select().count()
    assert directory.populate(5, random.Random(1)) == 0  # only into an empty directory
    assert Person.select().count() == people_small
    Person.delete().execute()
    Room.delete().execute()
    Unit.delete().execute()
    big = directory.populate(120, random.Random(1))
    assert big > small and Person.select().count() > people_small + 80


def test_same_seed_same_data(db, tmp_path):
    directory.populate(10, random.Random(3))
    names = [p.name for p in Person.select().order_by(Person.id)]
    Person.delete().execute()
    Room.delete().execute()
    Unit.delete().execute()
    directory.populate(10, random.Random(3))
    assert [p.name for p in Person.select().order_by(Person.id)] == names


def test_the_demo_publishes_information_issues(db):
    """The demo's 信息科 编发s and 印发s its items into issues: run by an actor without the 信息科's
    post (refused since 编发 is the 信息科's), it made none and every 信息 stopped at 签发."""
    from officedesk import demo
    from officedesk.core.info import periodicals

    demo.populate(size=5, seed=2026)
    assert periodicals.issues()
    assert any(issue.issued_on for issue in periodicals.issues())


def test_the_office_is_in_its_directory_under_its_own_name(db, admin):
    """The office names itself in the 通讯录 by its 机关名称 (the rules find it so: the 上级单位 of
    the units whose 信访 it reviews), also one typed at the first start; 县委办公室, as the other
    demo data writes it, is its 简称."""
    settings.put("org.name", "中共青山县委办公室", admin)
    directory.populate(10, random.Random(7))
    office = Unit.get(Unit.name == "中共青山县委办公室")
    assert office.short_name == "县委办公室" and office.parent.name == "中共云岭县委员会"
    assert Unit.get(Unit.name == "县档案馆").parent.name == "中共青山县委办公室"
    staff = Person.select().where(Person.unit == office)
    assert staff.count() >= 8 and not Unit.select().where(Unit.name == "县委办公室").exists()
