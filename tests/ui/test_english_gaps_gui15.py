"""Chinese the fifteenth GUI review found left in the English interface: the 信访 and 信息 detail
panes (states, dates, choices, step names, full-width colons), the statistics charts' months and
categories, the accessible names of declared form fields and of the lists, and the 工作台's
“Done by” composed in core (chains.Alt.describe)."""

from __future__ import annotations

import datetime as dt
import re

from officedesk.core import chains, directory, petitions, records
from officedesk.core.i18n import display

CJK = re.compile(r"[\u3400-\u9fff]")
DATA = ("命令行（管理员）", "段学军", "县人社局", "索要好处费", "查处", "云岭县")  # data stays as typed


def _petition(admin, fixed_today):
    fixed_today(dt.date(2026, 11, 15))
    records.create(directory.UNITS, {"单位名称": "县人社局", "简称": "人社局"}, admin)
    p = petitions.register_petition(
        {"信访形式": "网上", "问题类别": "劳动社保", "反映内容": "索要好处费", "诉求": "查处"},
        [{"name": "段学军", "gender": "男", "address": "云岭县白沙乡"}], admin)
    fixed_today(dt.date(2026, 11, 16))
    return petitions.decide(p.id, p.version, admin, "转送", on="2026-11-16", target_unit="县人社局")


def _without_data(shown: str) -> str:
    for word in DATA:
        shown = shown.replace(word, "")
    return shown


def test_the_petition_detail_pane_reads_in_english(english, db, admin, fixed_today):
    from PySide6.QtGui import QTextDocument

    from officedesk.ui.petitions.detail import describe

    record = _petition(admin, fixed_today)
    document = QTextDocument()
    document.setHtml(describe(record, admin))
    shown = document.toPlainText()
    assert "2026-11-15" in shown and "Labour and social security" in shown and "Male" in shown
    assert "Register" in shown and "Forward" in shown
    assert "：" not in _without_data(shown) and "（" not in _without_data(shown)
    # the steps' own content (网上，1 位信访人 …) is what was recorded: data
    lines = [line for line in shown.splitlines() if not line.startswith("2026-11-1")]
    left = [line for line in lines if CJK.search(_without_data(line).replace(record.number, ""))]
    assert left == []


def test_the_petition_detail_pane_stays_chinese_in_chinese(db, admin, fixed_today):
    from officedesk.ui.petitions.detail import describe

    record = _petition(admin, fixed_today)
    shown = describe(record, admin)
    assert "段学军 — 劳动社保" in shown and "登记（" in shown and "段学军：男" in shown
    assert f"<td>{record.state}</td>" in shown


def test_month_names_follow_the_interface_language(english):
    from officedesk.ui.widgets.charts import month_names

    assert month_names()[0] == "Jan" and month_names()[11] == "Dec"


def test_month_names_in_chinese():
    from officedesk.ui.widgets.charts import month_names

    assert month_names() == [f"{m}月" for m in range(1, 13)]


def test_petition_statistics_show_months_categories_and_forms_in_english(
        english, app_ctx, db, admin, fixed_today, qtbot):
    from officedesk.ui.petitions.stats_dialog import StatsDialog

    _petition(admin, fixed_today)
    dialog = StatsDialog(app_ctx)
    qtbot.addWidget(dialog)
    labels = [*dialog.month_chart.categories, *dialog.category_chart.categories,
              *dialog.form_chart.categories]
    assert "Jan" in labels and "Labour and social security" in labels
    assert [label for label in labels if CJK.search(label)] == []


def test_declared_form_fields_and_lists_have_english_accessible_names(english, app_ctx, qtbot):
    from PySide6.QtWidgets import QWidget

    from officedesk.ui.widgets.record_form import FieldInput
    from officedesk.ui.widgets.records_table import RegistryListView

    spec = petitions.SPEC
    parent = QWidget()
    qtbot.addWidget(parent)
    names = [FieldInput(field, parent).widget.accessibleName() for field in spec.fields[:6]]
    assert names and [n for n in names if CJK.search(n)] == []
    view = RegistryListView(app_ctx, spec, parent=parent)
    assert view.table.accessibleName() == "Petitions list"
    assert view.search_box.accessibleName() == "Find Petitions"


def test_done_by_is_composed_as_a_pattern(english):
    step = chains.ChainStep("批办", chains.parse_who("副主任@分管或主任"))
    described = step.describe()
    assert described == "分管该单位的副主任或主任"  # the CLI and papers: as before
    shown = display(described)
    assert "in charge of the unit" in shown and " or " in shown
    own = chains.ChainStep("审核", chains.parse_who("处长、科长@本单位")).describe("秘书科")
    assert own == "秘书科的处长或科长" and display(own).count(" or ") == 1


def test_the_info_detail_pane_reads_in_english(english, app_ctx, db, admin, fixed_today, qtbot):
    from PySide6.QtGui import QTextDocument

    from officedesk.core import info, steps
    from officedesk.ui.info.tab import InfoTab

    fixed_today(dt.date(2026, 11, 16))
    item = records.create(info.SPEC, {
        "title": "县林业局开展森林防火检查", "unit": "县林业局", "reporter": "李明",
        "phone": "13812345678", "category": "工作动态", "content": "近日开展防火检查。",
        "reported_at": "2026-11-15 16:00"}, admin)
    steps.perform("info", item.id, "接收", {}, admin)
    tab = InfoTab(app_ctx)
    qtbot.addWidget(tab)
    document = QTextDocument()
    document.setHtml(tab.describe(info.get(item.id, admin)))
    shown = document.toPlainText()
    assert "Work Update (Normal)" in shown and "Receive (" in shown
    for data in ("县林业局开展森林防火检查", "县林业局", "李明", "近日开展防火检查。", "命令行（管理员）",
                 item.number):
        shown = shown.replace(data, "")
    assert not CJK.search(shown) and "（" not in shown, shown


def test_a_verb_and_a_label_join_as_their_language_writes_them():
    from officedesk.ui.i18n import join_words

    assert join_words("新建", "单位") == "新建单位"
    assert join_words("New", "Units") == "New Units"
    assert join_words("Delete draft", "收文") == "Delete draft收文"  # no space before Chinese
