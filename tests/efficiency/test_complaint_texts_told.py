"""保护投诉人 in the texts a clerk typed: the 投诉人's name and phone written into a complaint's
投诉内容, 核查情况 and 处理意见 are shown as the papers print them (complainant.on_paper)
wherever the 投诉人 is masked — the list (window and `list`), a masked export, the history of
a clerk who may not see him — and such a text is never written back over the real one: whom
it is told to corrects it by no path (the form, `edit`, import --update), and a row exported
masked does not rewrite it for anyone."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from officedesk.core import audit, corrections, record_lists, records
from officedesk.core.efficiency import complaints as C
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx

from .test_complainant_kept import PHONE, RAW, staff  # noqa: F401

NAME = "王检举"
TYPED = {**RAW, "投诉内容": f"来电人王　检举反映：李四拖延办理营业执照变更，回电{PHONE}。"}


@pytest.fixture
def closed(staff):  # noqa: F811
    one = C.register_complaint(dict(TYPED), staff["wzy"])
    one = C.send_for_verification(one.id, one.version, staff["dc"], "县委办公室督查室")
    one = C.conclude(one.id, one.version, staff["dc"], "属实", f"经查，{NAME}反映属实，电话{PHONE}。")
    return C.dispose(one.id, one.version, staff["dc"], "效能告诫", f"对李四效能告诫，并告知{NAME}。")


def _leaks(text: str) -> bool:
    return any(word in text for word in (NAME, "王　检举", PHONE))


def test_the_list_shows_the_texts_as_the_paper_prints_them(closed):
    shown = " ".join(record_lists.row_texts(C.SPEC, closed))
    assert not _leaks(shown) and "投诉人反映：李四拖延办理营业执照变更" in shown
    # the list masks its 投诉人 for every user, the texts beside it alike; whole when unmasked
    assert _leaks(" ".join(record_lists.row_texts(C.SPEC, closed, unmasked=True)))


def test_the_command_lines_list_shows_them_so(staff, closed, capsys):  # noqa: F811
    from officedesk.cli_list import cmd_list

    class Args:
        registry, pairs, word, limit, json, as_user, db = "complaints", [], "", 50, True, "wzy", None

    from unittest import mock

    with mock.patch("officedesk.cli_list.open_db"):
        cmd_list(Args())
    out = capsys.readouterr().out
    assert "营业执照" in out and not _leaks(out)


def test_a_masked_export_tells_them_and_an_unmasked_one_keeps_them(staff, closed, tmp_path):  # noqa: F811
    def cells(path):
        return " ".join(str(c.value) for row in load_workbook(path).active.iter_rows() for c in row)

    for who in ("wzy", "dc"):  # the masked export: whoever makes it, nothing to tell who
        xlsx.export(C.SPEC, tmp_path / f"{who}.xlsx", staff[who])
        assert "营业执照" in cells(tmp_path / f"{who}.xlsx") and not _leaks(cells(tmp_path / f"{who}.xlsx"))
    xlsx.export(C.SPEC, tmp_path / "whole.xlsx", staff["dc"], unmasked=True)
    whole = cells(tmp_path / "whole.xlsx")
    assert f"经查，{NAME}反映属实" in whole and f"告知{NAME}" in whole


def test_the_history_tells_them_to_whom_the_complainant_is_masked(staff, closed):  # noqa: F811
    def texts(who):
        return " ".join(f"{e.summary} {e.before} {e.after}"
                        for e in audit.history("complaints", closed.id, staff[who]))

    assert "经查，投诉人反映属实" in texts("wzy") and not _leaks(texts("wzy"))
    for who in ("dc", "ld", "admin"):
        assert f"经查，{NAME}反映属实" in texts(who)


def test_a_name_corrected_since_is_told_in_the_older_entries(staff, closed):  # noqa: F811
    records.update(C.SPEC, closed.id, {"投诉人": "王检举人"}, closed.version, staff["dc"])
    assert not _leaks(" ".join(f"{e.summary} {e.before} {e.after}"
                               for e in audit.history("complaints", closed.id, staff["wzy"])))


def test_whom_it_is_told_to_does_not_correct_it(staff, closed):  # noqa: F811
    locked = corrections.locks(C.SPEC, closed, staff["wzy"])
    assert "content" in locked and "督查室" in locked["content"]
    with pytest.raises(ValidationError) as refused:
        records.update(C.SPEC, closed.id, {"投诉内容": "投诉人反映：李四拖延办理营业执照变更。"},
                       closed.version, staff["wzy"])
    assert "遮盖" in str(refused.value)
    assert C.SPEC.model.get_by_id(closed.id).content == TYPED["投诉内容"]
    for who in ("dc", "ld", "admin"):
        assert "content" not in corrections.locks(C.SPEC, closed, staff[who])


def test_a_text_that_names_nobody_is_his_to_correct(staff):  # noqa: F811
    plain = C.register_complaint(dict(RAW), staff["wzy"])
    assert "content" not in corrections.locks(C.SPEC, plain, staff["wzy"])
    saved = records.update(C.SPEC, plain.id, {"投诉内容": "李四拖延办理营业执照变更两个月。"},
                           plain.version, staff["wzy"])
    assert saved.content == "李四拖延办理营业执照变更两个月。"


def _edited(path, out, change):
    book = load_workbook(path)
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    column = header.index("投诉内容") + 1
    sheet.cell(2, column).value = change(sheet.cell(2, column).value)
    book.save(out)


def test_an_import_leaves_a_told_text_as_it_was(staff, closed, tmp_path):  # noqa: F811
    xlsx.export(C.SPEC, tmp_path / "a.xlsx", staff["wzy"])
    report = xlsx.import_file(C.SPEC, tmp_path / "a.xlsx", staff["wzy"], on_match="update")
    assert not report.updated and not report.problems  # as exported: no change
    _edited(tmp_path / "a.xlsx", tmp_path / "b.xlsx", lambda v: v + "（补）")
    report = xlsx.import_file(C.SPEC, tmp_path / "b.xlsx", staff["wzy"], on_match="update")
    assert not report.updated and [p.column for p in report.problems] == ["投诉内容"]
    assert "督查室" in report.problems[0].reason
    assert C.SPEC.model.get_by_id(closed.id).content == TYPED["投诉内容"]


def test_a_row_exported_masked_does_not_rewrite_it_for_a_handler(staff, closed, tmp_path):  # noqa: F811
    xlsx.export(C.SPEC, tmp_path / "a.xlsx", staff["dc"])
    _edited(tmp_path / "a.xlsx", tmp_path / "b.xlsx", lambda v: v + "（补）")
    report = xlsx.import_file(C.SPEC, tmp_path / "b.xlsx", staff["dc"], on_match="update")
    assert not report.updated and [p.column for p in report.problems] == ["投诉内容"]
    assert "--unmasked" in report.problems[0].reason
    assert C.SPEC.model.get_by_id(closed.id).content == TYPED["投诉内容"]
    # exported whole: his change is written
    xlsx.export(C.SPEC, tmp_path / "c.xlsx", staff["dc"], unmasked=True)
    report = xlsx.import_file(C.SPEC, tmp_path / "c.xlsx", staff["dc"], on_match="update")
    assert not report.updated and not report.problems
    _edited(tmp_path / "c.xlsx", tmp_path / "d.xlsx", lambda v: v + "（补）")
    report = xlsx.import_file(C.SPEC, tmp_path / "d.xlsx", staff["dc"], on_match="update")
    assert report.updated and not report.problems
    assert C.SPEC.model.get_by_id(closed.id).content == TYPED["投诉内容"] + "（补）"


def test_the_refusals_name_whom_the_rule_lets_see_it(staff, closed):  # noqa: F811
    """A field he may not correct, a filter or sort on a masked one: the section's clerks see it
    too, so the refusal sends him to them as well (the setting's section, as it is now)."""
    from officedesk.core import settings
    from officedesk.core.errors import PermissionDeniedError

    def refusals():
        said = [corrections.locks(C.SPEC, closed, staff["wzy"])[name] for name in ("complainant", "phone")]
        for kwargs in ({"filters": [record_lists.Filter("complainant", "eq", NAME)]}, {"sort": "phone"}):
            with pytest.raises(PermissionDeniedError) as refused:
                record_lists.list_ids(C.SPEC, staff["wzy"], **kwargs)
            said.append(str(refused.value))
        return said

    assert all("管理员、领导或督查室的工作人员" in said for said in refusals())
    settings.put(C.HANDLING_SECTION.key, "")  # no section: leaders and the administrator alone
    assert all("管理员或领导" in said and "督查室" not in said for said in refusals())


def test_a_petitions_refusal_still_names_leaders_and_the_administrator(staff):  # noqa: F811
    from officedesk.core.errors import PermissionDeniedError
    from officedesk.core.petitions import SPEC as PETITIONS

    with pytest.raises(PermissionDeniedError) as refused:
        record_lists.list_ids(PETITIONS, staff["wzy"], sort="phone")
    assert "需要时请管理员或领导查询" in str(refused.value)
