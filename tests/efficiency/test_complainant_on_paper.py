"""保护投诉人 on paper (《信访工作条例》第四十七条): the 核查通知书 says the complainant's
particulars do not go with it, and the 效能告诫书 goes to whom the complaint is about — neither
prints the 投诉人's name, his 联系电话, or a 身份证号 or phone number written into the
complaint's texts (投诉内容, 核查情况, 处理意见), whoever prints them."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.core import clock
from officedesk.core.efficiency import complaints as C
from officedesk.printing import forms

from .conftest import TODAY

NAME, PHONE, ID = "钱晓燕", "13912345678", "530102198001011234"
OTHER_PHONE = "0871-63101234"


def _warned(admin):
    clock.set_today(dt.date(2025, 9, 26))
    record = C.register_complaint(
        {"投诉方式": "电话", "登记日期": "2025-09-26", "投诉人": NAME, "联系电话": PHONE,
         "被投诉单位": "县农业农村局", "被投诉人": "冯某某", "投诉类别": "办事拖拉",
         "投诉内容": f"我是{NAME}，身份证{ID}，补贴申请两周未办结，请回电{PHONE}。"},
        admin,
    )
    clock.set_today(TODAY)
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-9-30")
    record = C.conclude(record.id, record.version, admin, "属实",
                        f"经查，{NAME}（电话{PHONE}，另留{OTHER_PHONE}）反映属实。")
    return C.dispose(record.id, record.version, admin, "效能告诫", f"责令冯某某向{NAME}当面道歉。")


def _text(name: str, ids: list[int], admin) -> str:
    with pymupdf.open(stream=forms.get(name).build(ids, admin), filetype="pdf") as doc:
        return "".join(page.get_text().replace("\n", "") for page in doc).replace(" ", "")


def test_neither_paper_names_or_reaches_the_complainant(office, admin):
    record = _warned(admin)
    for paper in ("complaint-verify", "complaint-warning"):
        text = _text(paper, [record.id], admin)
        for secret in (NAME, PHONE, ID, "12345678", "19800101", "63101234"):
            assert secret not in text, (paper, secret)
    warning = _text("complaint-warning", [record.id], admin)
    # the sentences still read: the name becomes 投诉人
    assert "向投诉人当面道歉" in warning and "经查，投诉人（电话" in warning
    notice = _text("complaint-verify", [record.id], admin)
    assert "我是投诉人，身份证" in notice and "补贴申请两周未办结" in notice


def test_the_record_itself_keeps_what_was_written(office, admin):
    """Only the papers leave them out: the registry keeps the texts as written (for those who
    handle the complaint), so nothing entered is lost."""
    record = _warned(admin)
    assert NAME in record.content and ID in record.content and PHONE in record.finding_text


def test_an_anonymous_complaint_leaves_the_word_anonymous_alone(office, admin):
    clock.set_today(dt.date(2025, 9, 26))
    record = C.register_complaint(
        {"投诉方式": "来信", "登记日期": "2025-09-26", "投诉人": "匿名", "被投诉单位": "县农业农村局",
         "投诉类别": "办事拖拉", "投诉内容": "匿名来信反映补贴申请两周未办结，来信人电话13800001111。"},
        admin,
    )
    clock.set_today(TODAY)
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-9-30")
    text = _text("complaint-verify", [record.id], admin)
    assert "匿名来信反映补贴申请两周未办结" in text and "13800001111" not in text


def test_a_name_with_a_word_of_the_anonymous_list_in_it_is_still_a_name(office, admin):
    from types import SimpleNamespace

    from officedesk.core.efficiency.complainant import on_paper

    record = SimpleNamespace(complainant="吴无忌", phone="")
    assert on_paper("吴无忌反映办事拖拉。", record) == "投诉人反映办事拖拉。"
    # dates, amounts and 文号 are no phone or 身份证号
    kept = "2026年12月7日补贴2000元，云委办发〔2026〕12号，编号202612070001。"
    assert on_paper(kept, record) == kept
