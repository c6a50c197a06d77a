"""保密 at registration: nobody makes a record above his own clearance — he would hold what he
may not know, and the record would vanish from his view once saved (a 秘密 clerk imported a
绝密 信访 and a 绝密 收文). The rule of a 密级 change (core.corrections.check_level) for a new
record: records.create (every registry's window, `add`, the row-by-row import) and the batch
import's check, which names the row and the column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from officedesk.core import petitions
from officedesk.core.actor import Actor
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from officedesk.store.documents import IncomingDoc
from officedesk.store.petitions import Petition

SECRET_CLERK = Actor(username="xm", role="clerk", clearance=1, display_name="秘密科员")


def _incoming(actor, secrecy: str):
    return incoming.sign_in({"收文日期": "2026-11-26", "来文机关": "市委办公室",
                             "来文字号": f"市委办〔2026〕{100 + len(secrecy)}号", "标题": f"{secrecy}收文",
                             "文种": "通知", "密级": secrecy, "紧急程度": "平件", "份数": "1"}, actor)


def test_a_clerk_registers_up_to_his_clearance_only(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    assert _incoming(SECRET_CLERK, "秘密").secrecy == "秘密"
    with pytest.raises(ValidationError, match="涉密权限只到“秘密”") as refused:
        _incoming(SECRET_CLERK, "绝密")
    assert refused.value.field == "secrecy"
    assert IncomingDoc.select().where(IncomingDoc.secrecy == "绝密").count() == 0
    assert _incoming(admin, "绝密").secrecy == "绝密"


def _sheet(path: Path, rows: list[dict]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    headers = list(rows[0])
    sheet.append(headers)
    for row in rows:
        sheet.append([row[h] for h in headers])
    book.save(path)
    return path


def test_an_import_names_each_row_above_the_importer(db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))
    rows = [{"登记日期": "2026-03-01", "信访形式": "来信", "信访人": f"周大海{i}", "联系电话": f"1380000000{i}",
             "问题类别": "劳动社保", "反映内容": f"拖欠工资第{i}件", "密级": level}
            for i, level in enumerate(["秘密", "机密", "", "绝密"])]
    path = _sheet(tmp_path / "信访.xlsx", rows)
    report = xlsx.import_file(petitions.SPEC, path, SECRET_CLERK, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(3, "密级"), (5, "密级")]
    assert "涉密权限只到“秘密”" in report.problems[0].reason
    assert xlsx.import_file(petitions.SPEC, path, SECRET_CLERK).imported == 0
    assert Petition.select().count() == 0
    assert xlsx.import_file(petitions.SPEC, path, admin).imported == 4


def test_the_new_record_forms_offer_levels_up_to_their_user(db, qtbot, tmp_path):
    """The window hides what core refuses: 签收, 拟稿, 登记信访 and 新建会议 offer no 密级 above
    the clerk's clearance."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from officedesk.core import meetings
    from officedesk.core.documents import outgoing
    from officedesk.ui.context import AppContext
    from officedesk.ui.documents.outgoing_page import DraftDialog
    from officedesk.ui.meetings.dialog import MeetingDialog
    from officedesk.ui.petitions.register_dialog import RegistrationDialog
    from officedesk.ui.widgets.record_form import RecordFormDialog

    ctx = AppContext(SECRET_CLERK, str(tmp_path / "officedesk.db"),
                     QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    holder = QWidget()
    qtbot.addWidget(holder)

    def levels(combo):
        return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]

    forms = [RecordFormDialog(ctx, incoming.INCOMING, parent=holder).panel.inputs["secrecy"].widget,
             DraftDialog(ctx, parent=holder).panel.inputs["secrecy"].widget,
             RegistrationDialog(ctx, holder).panel.inputs["secrecy"].widget,
             MeetingDialog(ctx, parent=holder).secrecy_combo]
    for combo in forms:
        assert levels(combo) == ["非密", "秘密"]
    assert meetings.SPEC.field("secrecy").choice_list()[-1] == "绝密" == outgoing.OUTGOING.field("secrecy").choice_list()[-1]
