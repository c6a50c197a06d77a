"""A register's person column pasted from Word or a web page (a non-breaking space, a zero-width
space, an ideographic space at the ends, a name padded to align it): each name is imported as
the name, on the record and on its petitioner row (重复信访 is recognised by it), and an update
matches the 通讯录 entry of the name."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions as P
from officedesk.core import records
from officedesk.core.directory import PEOPLE, UNITS
from officedesk.exchange import xlsx
from officedesk.store.petitions import Petition, Petitioner
from tests.exchange.sheets import write_sheet

ROW = {"登记日期": dt.date(2026, 5, 1), "信访形式": "来信", "问题类别": "城乡建设", "反映内容": "路灯不亮"}
PASTED = {"王\u00a0伟": "王伟", "李\u200b娜": "李娜", "\u3000赵敏\u3000": "赵敏", "孙\u3000\u3000丽": "孙丽",
          "\ufeff周强": "周强", "欧阳\u00a0明": "欧阳明"}


def test_pasted_names_are_imported_as_the_names(summer_office, admin, tmp_path):
    path = write_sheet(P.SPEC, tmp_path / "p.xlsx", [{**ROW, "信访人": typed} for typed in PASTED])
    assert xlsx.import_file(P.SPEC, path, admin).ok
    assert sorted(p.name for p in Petition.select()) == sorted(PASTED.values())
    assert sorted(p.name for p in Petitioner.select()) == sorted(PASTED.values())


def test_an_update_by_a_pasted_name_matches_the_directory_entry(db, admin, tmp_path):
    records.create(UNITS, {"单位名称": "县委办公室"}, admin)
    records.create(PEOPLE, {"姓名": "王伟", "单位": "县委办公室", "职务": "科员"}, admin)
    path = write_sheet(PEOPLE, tmp_path / "p.xlsx", [{"姓名": "王\u200b\u3000伟", "单位": "县委办公室", "职务": "科长"}])
    assert xlsx.import_file(PEOPLE, path, admin, on_match="update").ok
    assert [(p.name, p.title) for p in PEOPLE.model.select()] == [("王伟", "科长")]
