"""A 简报 reprinted after its 印发 shows the 编发单位 and the 版记 (报/送/发) it went out with,
as it shows its items (core.info.printed_items): a periodical's settings changed later apply to
later issues — a reprint of an old one showed the new 编发单位 and recipients, a paper that was
never sent. An issue still being edited prints the settings as they stand."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.core import settings
from officedesk.core.info import periodicals
from officedesk.printing import forms


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


def test_a_published_issue_reprints_the_head_and_colophon_it_went_out_with(
        db, report, advance, admin, fixed_today):
    fixed_today(dt.date(2026, 4, 3))
    settings.put("org.name", "中共云岭县委办公室")
    periodicals.save_periodical("每日要情", admin, unit="", send_up="市委办公室",
                                send_to="县委常委", send_down="各乡镇党委")
    sent = advance(report(title="县林业局开展森林防火检查"))
    periodicals.publish(sent.issue, admin, dt.date(2026, 4, 3))
    later = advance(report(title="城关镇推进老旧小区改造", unit="城关镇"), periodical="每日要情")
    periodicals.save_periodical("每日要情", admin, unit="县委信息中心", send_up="省委办公厅",
                                send_to="县委主要领导", send_down="县直各单位")
    settings.put("org.name", "中共云岭县委")
    old = _text(forms.get("info-issue").build([sent.issue], admin))
    for words in ("中共云岭县委办公室", "市委办公室", "县委常委", "各乡镇党委"):
        assert words in old, words
    for words in ("县委信息中心", "省委办公厅", "县委主要领导", "县直各单位"):
        assert words not in old, words
    assert later.issue != sent.issue  # the next one, being edited: the settings as they stand
    new = _text(forms.get("info-issue").build([later.issue], admin))
    for words in ("县委信息中心", "省委办公厅", "县委主要领导", "县直各单位"):
        assert words in new, words


def test_an_older_database_gets_the_column_and_its_past_issues_print_as_before(
        db, report, advance, admin, fixed_today):
    from officedesk.store import migrations
    from officedesk.store.info import InfoIssue

    fixed_today(dt.date(2026, 4, 3))
    periodicals.save_periodical("每日要情", admin, unit="县委信息科", send_up="市委办公室")
    sent = advance(report(title="县林业局开展森林防火检查"))
    periodicals.publish(sent.issue, admin, dt.date(2026, 4, 3))
    db.execute_sql("alter table info_issue drop column printed_head")  # as schema 30 had it
    db.execute_sql("delete from schema_version where version = 31")
    assert migrations.migrate(db, backup=lambda db, version: None) == [31]
    assert InfoIssue.get_by_id(sent.issue).printed_head is None  # 印发 before heads were kept
    periodicals.save_periodical("每日要情", admin, unit="县委信息中心", send_up="省委办公厅")
    text = _text(forms.get("info-issue").build([sent.issue], admin))
    assert "县委信息中心" in text and "省委办公厅" in text  # the settings, as before
