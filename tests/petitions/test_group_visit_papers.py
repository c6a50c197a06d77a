"""A group visit's papers name its representatives (《信访工作条例》: at most 5): the 交办单's
信访人 box broke 陈家富 over two lines (陈家 / 富) — the petitioners are no 通讯录 people, so
the cell's wrapping did not know them as names. Every petitioner's name stays whole."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.core import petitions
from officedesk.printing import forms

NAMES = ("李明华", "张桂英", "赵德贵", "陈家富", "刘永安")


def _lines(name: str, record, actor) -> list[str]:
    pdf = forms.get(name).build([record.id], actor)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [line.strip() for page in doc for line in page.get_text().splitlines()]


def test_a_group_s_representatives_are_never_split(register, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 7))
    p = register(registered_on="2026-12-07", people_count=36, id_number="", phone="",
                 address="", petitioners=[{"name": n} for n in NAMES])
    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-12-07",
                         target_unit="青河镇人民政府", report_due="2027-01-05")
    lines = _lines("petition-transfer", p, admin)
    box = next(i for i, line in enumerate(lines) if line.startswith("李明华"))
    cell = lines[box:box + 4]
    for name in NAMES:
        assert any(name in line for line in cell), (name, cell)
