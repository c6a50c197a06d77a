"""What the English window shows for the 信息 refusals a clerk meets (a periodical's issue, a
突发事件's registration, a step on an item) and for 检查数据库's results: they were Chinese
f-strings; now catalogue texts, English in the window (through display(), as the window's
error box and check_database show them) while the command line keeps the Chinese as it was."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from officedesk.core import check, info, numbering, records, steps, typed_numbers
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.info import periodicals
from officedesk.store.db import database
from officedesk.store.models import AuditEntry, NumberSequence
from officedesk.ui.actions import check_lines
from tests import tamper

CJK = re.compile(r"[\u3400-\u9fff]")
REPORT = {"title": "县林业局扎实开展秋冬季森林防火检查", "unit": "县林业局", "reporter": "李明",
          "phone": "13812345678", "category": "工作动态", "reported_at": "2026-01-05 09:00",
          "content": "近日，县林业局组织3个检查组，对全县重点林区开展防火检查。"}


def _english(shown: str, *typed: str) -> bool:
    """No Chinese left but what a clerk typed (names, titles, a number's prefix)."""
    for value in typed:
        shown = shown.replace(value, "")
    return not CJK.search(shown)


def _refusal(call, *args, **kwargs) -> OfficeDeskError:
    with pytest.raises(OfficeDeskError) as caught:
        call(*args, **kwargs)
    return caught.value


def _published_item(admin):
    item = records.create(info.SPEC, dict(REPORT), admin)
    steps.perform("info", item.id, "接收", {}, admin)
    steps.perform("info", item.id, "初审", {"结论": "采"}, admin)
    steps.perform("info", item.id, "编辑", {"编辑后标题": "我县开展森林防火检查",
                                           "编辑后正文": "县林业局排查隐患12处。"}, admin)
    steps.perform("info", item.id, "签发", {"签发人": "钱志刚", "职务": "分管主任"}, admin)
    steps.perform("info", item.id, "编发", {"刊物": "每日要情"}, admin)
    return info.get(item.id, admin)


def test_info_refusals_read_in_english(english, db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    item = _published_item(admin)

    said = _refusal(periodicals.publish, item.issue, admin, on=dt.date(2026, 3, 11))
    assert said.message == "印发日期（2026-03-11）不能晚于今天。"  # the command line's Chinese
    assert display(said.message) == "The issue date (2026-03-11) cannot be after today."

    said = _refusal(periodicals.periodical, "内部参考")
    assert said.message == "没有名为“内部参考”的刊物。现有：每日要情、信息专报、工作动态。"
    shown = display(said.message)
    assert shown.startswith("There is no periodical named “内部参考”. There are: "), shown
    assert _english(shown, "内部参考", "每日要情", "信息专报", "工作动态"), shown

    said = _refusal(steps.perform, "info", item.id, "采用",
                    {"采用级别": "市", "采用刊物": "市委办《每日要情》第12期", "采用日期": "2026-03-12"}, admin)
    assert said.message == "采用日期不能晚于今天。"
    assert _english(display(said.message)), display(said.message)

    steps.perform("info", item.id, "上报", {"上报级别": "市"}, admin)
    steps.perform("info", item.id, "采用", {"采用级别": "市", "采用刊物": "市委办《每日要情》第12期",
                                           "采用日期": "2026-03-10"}, admin)
    said = _refusal(steps.perform, "info", item.id, "采用",
                    {"采用级别": "市", "采用刊物": "市委办《每日要情》第12期", "采用日期": "2026-03-10"}, admin)
    assert said.message == ("这件信息已于 2026-03-10 登记过市级“市委办《每日要情》第12期”采用，不能重复登记。"
                            "被另一刊物采用的，请写明那一刊物。")
    shown = display(said.message)
    assert shown.startswith("An adoption by “市委办《每日要情》第12期” at level City was already recorded"), shown
    assert _english(shown, "市委办《每日要情》第12期"), shown

    said = _refusal(records.create, info.SPEC, dict(REPORT, category="突发事件"), admin)
    assert said.message == "突发事件请填写“事发时间”（时限从事发时算起）。"
    assert _english(display(said.message).replace("“事发时间”", "")), display(said.message)


def test_check_results_read_in_english(english, db, admin):
    """检查数据库 in the English window: a gap and a jump in the numbers, an audit entry changed
    behind the program's back — [Number] …, [Audit chain] … in English; `check` on the command
    line prints the same Chinese as before."""
    records.create(info.SPEC, dict(REPORT), admin)  # an audit entry to change
    for _ in range(2):
        numbering.take("incoming", admin, prefix="收", year=2026)
    with typed_numbers.history_import():
        typed_numbers.claim_manual("incoming", "收〔2026〕6号", admin)
    NumberSequence.update(last_value=9).where(NumberSequence.kind == "incoming").execute()
    tamper.unguard()
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    database.execute_sql("update audit_entry set summary = ? where id = ?", ("改过", entry.id))
    tamper.reguard()

    problems = check.run_checks(update_anchor=False)
    printed = [str(p) for p in problems]
    gap = next(line for line in printed if "缺号" in line)
    assert gap.startswith("[编号] ") and "（收，2026年）缺号：第 3–5 号从未发出。请查明原因；" in gap, gap
    assert f"[审计链] 审计记录 {entry.id} 的内容被改动过。审计记录可能被篡改，请保留现状并报告管理员。" in printed

    shown = check_lines(problems)
    assert len(shown) == len(printed)
    gap = next(line for line in shown if "3–5" in line)
    assert "(收, 2026) has gaps: number(s) 3–5 were never issued." in gap, gap
    jump = next(line for line in shown if "skips numbers" in line)
    assert "the counter has reached 9, but the highest number issued is 6" in jump, jump
    assert (f"[Audit chain] The content of audit entry {entry.id} was changed. The audit trail may have "
            "been tampered with: leave it as it is and report it to the administrator.") in shown, shown
    # the numbers taken here for no record are named too (收〔2026〕1号 …): a number is data
    for line in shown:
        assert _english(re.sub(r"收〔2026〕[0-9]+号", "", line), "收"), line


def test_settings_and_printing_refusals_read_in_english(english, db):
    """A 突发事件 limit whose phone report comes after its written one, and a printed form that does
    not exist: Chinese as before on the command line, English in the window."""
    from officedesk.core.info import limits
    from officedesk.printing import forms

    said = _refusal(limits.versions, "特别重大=30,60\n重大=30,60\n较大=90,60\n一般=60,120")
    assert said.message == ("设置“突发事件报送时限（分钟）”：“较大=90,60”不对：电话报告时限（90 分钟）不能晚于"
                            "书面报告时限（60 分钟），电话报告在先，如“较大=60,90”。")
    shown = display(said.message)
    assert shown.startswith("The setting “Sudden events: report limits (minutes)”: “较大=90,60” is wrong: "
                            "the phone report limit (90 minutes)"), shown
    assert shown.endswith("such as “较大=60,90”."), shown

    said = _refusal(forms.get, "没有这张单")
    assert said.message.startswith("没有名为“没有这张单”的打印单。可用的有：")
    shown = display(said.message)
    assert shown.startswith("There is no printed form named “没有这张单”. Available: "), shown


def test_a_database_address_and_a_title_too_long_read_in_english(english):
    """The address refused before anything opens (its percent-encoding help put in whole: its
    %40, %3A are not places to fill) and a 公文 title the first page cannot hold."""
    from officedesk.printing.gbt9704.title import refusal
    from officedesk.store import db as store_db

    said = _refusal(store_db.make_database, "postgresql://u:p@ss@host/db")
    assert said.message.startswith("无法识别数据库地址“postgresql://u:***@host/db”。用户名或密码中的 @ : / # % ? & 等字符")
    shown = display(said.message)
    assert shown.startswith("The database address “postgresql://u:***@host/db” cannot be read: characters such as"), shown
    assert "(@ as %40, : as %3A, / as %2F" in shown and _english(shown), shown

    said = refusal(5, 2, 26, head=True, alone=True)
    assert said.message.startswith("标题太长：排成 5 行，即使发文机关标志只用主办机关名称，首页在版头下只放得下 2 行标题")
    shown = display(said.message)
    assert shown.startswith("The title is too long: it takes 5 lines, and even with the lead organ's name alone"), shown
    assert "Shorten the title to 2 lines or fewer (about 26 characters a line)" in shown and _english(shown), shown


def test_a_voided_record_s_paper_refused_in_english(english):
    from officedesk.printing import voided

    gone = voided.Voided("云委办发〔2026〕17号", dt.date(2026, 3, 5), "重复登记")
    said = voided.refusal("关于开展安全检查的通知", gone, "发文稿纸")
    assert said == ("“关于开展安全检查的通知”（云委办发〔2026〕17号）已于2026年3月5日作废，原因：重复登记，"
                    "不能再打印正式文件。存档可打印其发文稿纸，上面标明已作废。")
    shown = display(said)
    assert shown == ("“关于开展安全检查的通知” (云委办发〔2026〕17号) was voided on 2026-3-5, because: 重复登记, so the "
                     "official document is not printed again. For the file, its Draft sheet can be printed, marked as voided.")


def test_a_second_sheet_past_the_caps_is_refused_in_english(english, tmp_path):
    """The 督查 workbook's task sheet refused by the guard: which sheet, and why, in English."""
    import zipfile

    import openpyxl

    from officedesk.exchange import guard_sheets

    plain = tmp_path / "plain.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["编号", "标题"])
    book.create_sheet("分解任务").append(["编号", "任务"])
    book.save(plain)
    path = tmp_path / "far.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"</sheetData>",
                                    b'<row r="1000000"><c r="ZZ1000000"><v>1</v></c></row></sheetData>')
                data = data.replace(b'<dimension ref="', b'<dimension ref="A1:ZZ1000000" x="')
            target.writestr(item, data)
    said = _refusal(guard_sheets.inspect_named, path, "分解任务", 1)
    assert said.message.startswith("没有导入“far.xlsx”：其中的“分解任务”表行数超过上限")
    shown = display(said.message)
    assert shown.startswith("“far.xlsx” was not imported: on its sheet “Assigned tasks”, it has more than the "
                            "limit of 200,000 rows."), shown
    assert _english(shown), shown
