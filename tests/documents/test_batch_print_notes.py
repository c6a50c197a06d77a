"""A batch print (several records' papers in one file) tells what its parts tell: a joint
请示 printed with the 主办机关's name alone (print_notes) is said once, naming the record it is
about, and the characters any part lacked are named together — in the combined result
(serial and in worker processes), by the command line's print of several ids, and over the
GUI batch print's preview."""

from __future__ import annotations

import pytest

from officedesk.core.documents import outgoing, recheck
from officedesk.printing import batch, forms, print_notes
from officedesk.printing.gbt9704.title import lead_note
from officedesk.printing.samples import sample_signin
from officedesk.printing.signin import render_signin_many

JOINT = ("某某市人民政府办公室", "某某市财政局", "某某市应急管理局", "某某市水务局")
LEAD = "中共某某市委办公室"
TITLE = "关于申请追加2026年度防汛救灾资金的请示"


def joint_request(actor, title: str = TITLE):
    """A five-organ joint 请示, numbered: its 标志 prints with the 主办机关 alone."""
    record = outgoing.draft({"文种": "请示", "标题": title, "主送": "省委办公厅", "上行文": "是",
                             "正文": "现将有关事项请示如下。\n妥否，请批示。",
                             "联合发文机关": "、".join(JOINT)}, actor)
    record = outgoing.check(record.id, record.version, actor, "周核稿", "")
    record = outgoing.send_countersign(record.id, record.version, actor, list(JOINT))
    for organ, name in zip(JOINT, ("张副秘书长", "刘局长", "陈局长", "赵局长"), strict=True):
        record = outgoing.countersign(record.id, record.version, actor, organ, name, "同意")
    record = outgoing.sign(record.id, record.version, actor, "王建国", "同意")
    record = recheck.recheck(record.id, record.version, actor, "周秘书")
    return outgoing.assign_number(record.id, record.version, actor)


def plain_notice(actor, title: str = "关于做好冬季安全生产工作的通知"):
    record = outgoing.draft({"文种": "通知", "标题": title,
                             "主送": "各县（市、区）委办公室", "正文": "现将有关事项通知如下。"}, actor)
    record = outgoing.check(record.id, record.version, actor, "周核稿", "")
    record = outgoing.sign(record.id, record.version, actor, "王建国", "同意")
    record = recheck.recheck(record.id, record.version, actor, "周秘书")
    return outgoing.assign_number(record.id, record.version, actor)


@pytest.mark.parametrize("chunk", [1, 10])
def test_a_batch_says_the_joint_requests_note_once_naming_it(office, secretary, chunk):
    notice, request = plain_notice(secretary), joint_request(secretary)
    result = batch.build_batch([batch.BatchJob("document", [notice.id, request.id])], secretary,
                               chunk=chunk)
    assert result.ok and result.done == 2
    notes = result.pdf.notes
    assert len(notes) == 1, notes
    assert lead_note(LEAD) in notes[0]
    assert request.doc_no in notes[0] and TITLE in notes[0]  # the record it is about
    assert notice.doc_no not in notes[0]


def test_two_jobs_each_note_named_once(office, secretary):
    first, second = joint_request(secretary), joint_request(secretary, "关于申请追加2026年度农村公路建设补助资金的请示")
    jobs = [batch.BatchJob("document", [first.id]), batch.BatchJob("document", [second.id, first.id])]
    notes = batch.build_batch(jobs, secretary).pdf.notes
    assert len(notes) == 2 and len(set(notes)) == 2
    assert [first.doc_no in n for n in notes] == [True, False]
    assert second.doc_no in notes[1]


def _lacking(sheets):
    """A render in worker processes: its paper says what it lacked and noted (as a form's)."""
    pdf = forms.Printed(render_signin_many(sheets))
    pdf.missing = "".join(sorted({sheet.meeting_name[-1] for sheet in sheets}))
    pdf.notes = tuple(print_notes_for(sheet) for sheet in sheets)
    return pdf


def print_notes_for(sheet) -> str:
    return f"{sheet.meeting_name[-1]}：注意"


@pytest.mark.parametrize("workers", [1, 2])
def test_missing_characters_and_notes_are_the_union_of_the_parts(workers):
    sheets = [sample_signin(2, seed=k) for k in range(4)]  # the last repeats the first
    for k, sheet in enumerate(sheets):
        sheet.meeting_name += "堃𠀀𠀁"[k % 3]
    result = batch.run_batch(sheets, _lacking, chunk=1, workers=workers)
    assert result.ok
    assert result.pdf.missing == "".join(sorted("堃𠀀𠀁"))
    assert result.pdf.notes == ("堃：注意", "𠀀：注意", "𠀁：注意")  # each once, in order


def test_combine_keeps_what_each_paper_lacked():
    parts = [forms.Printed(render_signin_many([sample_signin(2, seed=k)])) for k in range(2)]
    parts[0].missing, parts[1].missing = "堃", "𠀀堃"
    parts[0].notes, parts[1].notes = ("甲",), ("乙", "甲")
    combined = batch.combine(parts)
    assert combined.missing == "".join(sorted("堃𠀀")) and combined.notes == ("甲", "乙")
    assert print_notes.NOTES.get() is None


def test_the_command_line_says_the_note_of_a_batch_naming_the_record(office, secretary, tmp_path,
                                                                      capsys):
    """`print document A B -o F`: 注意 as for one paper, once, naming the joint 请示."""
    from officedesk import cli
    from officedesk.store import db as store_db

    notice, request = plain_notice(secretary), joint_request(secretary)
    db, out = str(tmp_path / "officedesk.db"), tmp_path / "batch.pdf"
    capsys.readouterr()
    code = cli.main(["--db", db, "print", "document", str(notice.id), str(request.id), "-o", str(out)])
    store_db.open_database(db)
    said = capsys.readouterr().err
    assert code == 0 and out.exists()
    lines = [line for line in said.splitlines() if line.startswith("注意：")]
    assert len(lines) == 1, said
    assert lead_note(LEAD) in lines[0] and request.doc_no in lines[0] and TITLE in lines[0]


def test_a_batch_names_every_character_its_papers_lacked(office, secretary):
    """One paper lacks 㵘 (Extension A), another 𪚥 (B), in no print face (䶮, once used here, is
    in the bundled 楷体 and 小标宋): printed as empty boxes, the batch names both."""
    from officedesk.printing import fonts
    from officedesk.printing.fallback import face_for

    title = fonts.font(fonts.TITLE)
    if any(not fonts.face_lacks(face_for(c, title), c) for c in "㵘𪚥"):
        pytest.skip("a print face of this machine has 㵘 or 𪚥")
    first = joint_request(secretary, "关于刘㵘同志任职的请示")
    second = plain_notice(secretary, "关于𪚥字写法的通知")
    result = batch.build_batch([batch.BatchJob("document", [first.id, second.id])], secretary,
                               chunk=1)
    assert result.ok and result.pdf.missing == "".join(sorted("㵘𪚥"))


def test_the_gui_batch_print_shows_the_note_over_its_preview(office, secretary, qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from officedesk.ui import batch_print

    def run_now(parent, label, work, done, failed=None, **kwargs):
        done(work(_Handle()))

    monkeypatch.setattr(batch_print, "run_in_background", run_now)
    notice, request = plain_notice(secretary), joint_request(secretary)
    window = QWidget()
    qtbot.addWidget(window)
    job = batch_print.batch_print(window, "document", [notice.id, request.id], secretary)
    preview = job.preview
    assert preview is not None
    qtbot.addWidget(preview)
    assert not preview.notes_label.isHidden()
    shown = preview.notes_label.text()
    assert shown.count(lead_note(LEAD)) == 1 and request.doc_no in shown and TITLE in shown


def test_in_english_the_preview_names_the_paper_and_says_the_note(office, secretary, qtbot,
                                                                    monkeypatch):
    """The named note in the interface's language: the paper's label and the note translated,
    the record's number and title as they are."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QWidget

    from officedesk.ui import batch_print, i18n

    monkeypatch.setattr(batch_print, "run_in_background",
                        lambda parent, label, work, done, failed=None, **kw: done(work(_Handle())))
    notice, request = plain_notice(secretary), joint_request(secretary)
    app, locale = QApplication.instance(), QLocale()
    assert i18n.install(app, "en") == "en"
    try:
        window = QWidget()
        qtbot.addWidget(window)
        preview = batch_print.batch_print(window, "document", [notice.id, request.id], secretary).preview
        assert preview is not None
        qtbot.addWidget(preview)
        shown = preview.notes_label.text()
    finally:
        i18n.install(app, "zh_CN")
        QLocale.setDefault(locale)
    assert "Official document" in shown and request.doc_no in shown and TITLE in shown
    assert "公文（正式文件）" not in shown and "联合发文机关较多" not in shown


class _Handle:
    def progress(self, done: int, total: int, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False
