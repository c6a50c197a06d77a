"""The demo directory: a believable county office, made through core so audit and search work."""

from __future__ import annotations

import random

from officedesk.core import records
from officedesk.core.directory import PEOPLE, suggest
from officedesk.demo import directory
from officedesk.store.models import AuditEntry, Person, Room, Unit


def test_populate_makes_units_people_and_rooms(db, admin):
    made = directory.populate(30, random.Random(7))
    assert made == Unit.select().count() + Person.select().count() + Room.select().count()
    assert Unit.get(Unit.name == "县委办公室").parent.name == "中共云岭县委员会"
    assert Unit.get(Unit.name == "县财政局").parent.name == "云岭县人民政府"
    assert Unit.select().where(Unit.name.endswith("乡") | Unit.name.endswith("镇")).count() >= 8
    first = Person.select().order_by(Person.rank, Person.id).first()
    assert (first.title, first.rank) == ("县委书记", 1)
    assert Person.get(Person.title == "县委副书记、县长").rank == 2
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
