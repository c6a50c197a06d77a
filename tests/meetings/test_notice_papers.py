"""The 会议通知 and 纪要 as a 会务 clerk reads them: 会期 across midnight, the 主办单位, 份号."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import meetings as m
from officedesk.core import settings
from officedesk.core.errors import ValidationError
from officedesk.printing import forms
from tests.meetings.conftest import make_draft, pdf_text, tab_with_selected


@pytest.fixture
def office(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    settings.put("org.name", "中共某某市委办公室")
    return admin




def test_a_sitting_past_midnight_ends_the_next_day_not_two_days(office):
    made = m.save_meeting(
        make_draft(start="2026-12-10 22:00", end="2026-12-11 01:30"), office
    )
    text = pdf_text(forms.get("notice").build([made.id], office))
    assert "22:00—12月11日1:30。" in text
    assert "会期2天" not in text


def test_a_two_day_meeting_still_reads_two_days(office):
    made = m.save_meeting(
        make_draft(start="2026-12-10 09:00", end="2026-12-11 17:00"), office
    )
    assert "会期2天" in pdf_text(forms.get("notice").build([made.id], office))


def test_the_notice_names_another_host_unit(office):
    made = m.save_meeting(make_draft(host_unit="市财政局"), office)
    text = pdf_text(forms.get("notice").build([made.id], office))
    assert "会议由市财政局主办" in text


def test_the_notice_does_not_name_the_office_itself_as_host(office):
    made = m.save_meeting(make_draft(host_unit="市委办公室"), office)  # 中共某某市委办公室 itself
    assert "主办" not in pdf_text(forms.get("notice").build([made.id], office))


def _copy_numbers(pdf: bytes) -> list[str]:
    import re

    return [
        found[0]
        for page in fitz.open(stream=pdf, filetype="pdf")
        if (found := re.findall(r"\b\d{6}\b", page.get_text()))
    ]


@pytest.fixture
def secret(office, fixed_today):
    made = m.save_meeting(make_draft(secrecy="秘密", attendees=["李建国", "王海涛", "陈志明"]),
                          office)
    fixed_today(dt.date(2026, 12, 3))  # held: its attendance and 纪要 are recorded that day
    rows = m.attendees(made.id, office)
    m.record_attendance(made.id, {r.id: (m.PRESENT, "") for r in rows}, office)
    m.save_minutes(made.id, "会议研究了有关事项。", [], office)
    return made


@pytest.mark.parametrize("name", ["notice", "minutes"])
def test_a_classified_paper_prints_numbered_copies(secret, office, name):
    form = forms.get(name)
    assert _copy_numbers(form.build([secret.id], office, copies=3)) == [
        "000001", "000002", "000003"
    ]
    # one per 参加人 (three of them), as 发文 prints all its copies
    assert _copy_numbers(form.build([secret.id], office, all_copies=True)) == [
        "000001", "000002", "000003"
    ]
    assert _copy_numbers(form.build([secret.id], office, copy=7)) == ["000007"]


def test_all_copies_of_the_minutes_are_for_those_it_lists_the_notice_for_all_it_names(
        secret, office):
    # four members and three 旁听: the 纪要 lists the members only (no 旁听 in it), the notice
    # names all seven under 参加人员 and each needs its time and place
    draft = m.draft_of(m.get(secret.id, office), office)
    draft.nonvoting = [m.resolve_person("马俊")]
    draft.observers = [m.resolve_person(n, "群众代表") for n in ("杨秀兰", "和建新", "张小明")]
    m.save_meeting(draft, office, secret.id)
    minutes = forms.get("minutes").build([secret.id], office, all_copies=True)
    assert _copy_numbers(minutes) == [f"{n:06d}" for n in range(1, 5)]
    notice = forms.get("notice").build([secret.id], office, all_copies=True)
    assert _copy_numbers(notice) == [f"{n:06d}" for n in range(1, 8)]


def test_an_unclassified_notice_prints_once_without_copy_number(office):
    made = m.save_meeting(make_draft(), office)
    pdf = forms.get("notice").build([made.id], office, all_copies=True)
    assert _copy_numbers(pdf) == [] and len(fitz.open(stream=pdf, filetype="pdf")) == len(
        fitz.open(stream=forms.get("notice").build([made.id], office), filetype="pdf")
    )
    # a 份数 or 份号 asked of it cannot apply: said, not dropped
    for asked in ({"copies": 3}, {"copy": 2}):
        with pytest.raises(ValidationError, match="不是涉密文件，不编份号，只印一份"):
            forms.get("notice").build([made.id], office, **asked)


def test_the_command_line_prints_numbered_copies(secret, tmp_path, capsys):
    from officedesk import cli

    out = tmp_path / "n.pdf"
    db = str(tmp_path / "officedesk.db")
    assert cli.main(["--db", db, "print", "notice", str(secret.id), "--copies", "2",
                     "-o", str(out)]) == 0
    assert _copy_numbers(out.read_bytes()) == ["000001", "000002"]
    assert cli.main(["--db", db, "print", "minutes", str(secret.id), "--all-copies",
                     "-o", str(out), "--force"]) == 0
    assert _copy_numbers(out.read_bytes()) == ["000001", "000002", "000003"]
    capsys.readouterr()
    assert cli.main(["--db", db, "print", "signin", str(secret.id), "--copies", "2",
                     "-o", str(out), "--force"]) != 0
    assert "不接受 --copies" in capsys.readouterr().err


def test_the_window_asks_how_many_copies_of_a_classified_notice(secret, app_ctx, qtbot,
                                                                monkeypatch):

    tab = tab_with_selected(app_ctx, qtbot, secret.id)
    offered: list[int] = []
    monkeypatch.setattr(tab, "ask_copies", lambda default: offered.append(default) or 2)
    preview = tab.print_form("notice")
    qtbot.addWidget(preview)
    assert offered == [3]  # one per 参加人 offered
    assert _copy_numbers(preview.pdf_bytes) == ["000001", "000002"]


def test_a_guest_is_listed_under_lie_xi_in_the_minutes_not_under_chu_xi(office, fixed_today):
    import dataclasses

    draft = make_draft(attendees=["李建国", "王海涛"], nonvoting=["马俊"])
    draft = dataclasses.replace(draft, guests=[m.resolve_person("张工", "省安全生产科学研究院")])
    made = m.save_meeting(draft, office)
    fixed_today(dt.date(2026, 12, 3))
    rows = m.attendees(made.id, office)
    m.record_attendance(made.id, {r.id: (m.PRESENT, "") for r in rows}, office)
    m.save_minutes(made.id, "会议研究了有关事项。", [], office)
    page = fitz.open(stream=forms.get("minutes").build([made.id], office), filetype="pdf")[0]
    lines = [line for line in page.get_text().splitlines() if line.strip()]
    attend = next(k for k, line in enumerate(lines) if line.startswith("出席"))
    nonvoting = next(k for k, line in enumerate(lines) if line.startswith("列席"))
    assert "张工" not in "".join(lines[attend:nonvoting])
    assert "张工（省安全生产科学研究院）" in "".join(lines[nonvoting:])


@pytest.mark.parametrize("unit", ["中共某某市委员会", "中共某某市委", "市委"])
def test_the_notice_is_not_addressed_to_the_office_s_own_body(office, unit):
    from officedesk.core import directory, records

    records.create(directory.UNITS, {"单位名称": unit}, office)
    records.create(directory.PEOPLE, {"姓名": "韦刚", "单位": unit, "职务": "市委书记", "级别": 1},
                   office)
    made = m.save_meeting(make_draft(attendees=["韦刚", "王海涛", "马俊"], chair="韦刚"), office)
    text = pdf_text(forms.get("notice").build([made.id], office))
    # 中共某某市委办公室 serves 中共某某市委: its leaders are named under 参加人员, not sent to
    assert "市政府办公室，市发展和改革委员会：" in text
    assert f"{unit}，" not in text and f"{unit}：" not in text
    assert "出席：韦刚、王海涛、马俊" in text


def test_a_meeting_ending_at_noon_of_its_second_day_is_a_day_and_a_half(office):
    """09:00 to 12:00 the next day: the notice tells when it ends and that it is 1.5 days (it
    said 会期2天, and no end: people planned the second afternoon)."""
    made = m.save_meeting(
        make_draft(start="2026-12-10 09:00", end="2026-12-11 12:00"), office
    )
    text = pdf_text(forms.get("notice").build([made.id], office))
    assert "9:00—12月11日12:00，会期1.5天" in text
    assert "会期2天" not in text


def test_the_time_of_an_afternoon_meeting_reads_start_dash_end(office):
    """会议时间 as offices write it: 12月10日（星期四）14:00—16:30, not “14:00，至16:30结束”."""
    made = m.save_meeting(
        make_draft(start="2026-12-10 14:00", end="2026-12-10 16:30"), office
    )
    text = pdf_text(forms.get("notice").build([made.id], office))
    assert "2026年12月10日（星期四）14:00—16:30。" in text
    assert "结束" not in text
