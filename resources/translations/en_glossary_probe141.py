"""English for probe141's strings: a 效能投诉's texts told where its 投诉人 is masked
(core/told_texts.py), the refusals naming who may see personal data whole
(RegistrySpec.whole_readers), and the 效能告诫书's 整改 period (a setting, kept with 处理)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "管理员或领导": "the administrator or a leader",
    "管理员、领导或%1的工作人员": "the administrator, a leader or the staff of %1",
    "“%1”对您是遮盖显示的，不能按它筛选。需要时请%2查询。": (
        "“%1” is masked for you: the list cannot be filtered by it. Ask %2 when you need it."
    ),
    "“%1”对您是遮盖显示的，不能按它排序。需要时请%2查询。": (
        "“%1” is masked for you: the list cannot be sorted by it. Ask %2 when you need it."
    ),
    "“%1”是个人信息，您的账号不能查看，也不能修改。请由能查看个人信息的%2更正。": (
        "“%1” is personal data: your account can neither see nor change it. Ask %2, who may see "
        "personal data, to correct it."
    ),
    "“%1”中写有个人信息，对您是遮盖显示的，您不能修改它（保存会以遮盖后的内容覆盖原文）。需要修改时请%2修改。": (
        "“%1” holds personal data and is masked for you: you cannot change it (saving would "
        "write the masked text over the original). Ask %2 to change it."
    ),
    "这一行是遮盖导出的，“%1”中的个人信息已隐去，导入会以遮盖后的内容覆盖原文，未写入。"
    "请在窗口中修改，或用“officedesk export %2 文件 --unmasked”导出完整数据后修改再导入。": (
        "This row was exported masked: the personal data in “%1” is left out, and importing it "
        "would write the masked text over the original, so it was not written. Change it in the "
        "window, or export the full data with “officedesk export %2 FILE --unmasked”, change "
        "that and import it."
    ),
    # the 效能告诫书's 整改 period (core.efficiency.complaints.REMEDY_DAYS, the 处理 step keeps it)
    "效能投诉：效能告诫书整改报告期限（工作日）": "Complaints: days for the rectification report of an efficiency warning (working days)",
    "效能告诫书要求被告诫人（单位）自收到之日起在这些工作日内提交书面整改报告。"
    "处理时记下当时的设置，补打的告诫书仍按原期限。": (
        "An efficiency warning asks whom it warns (a person or a unit) for a written "
        "rectification report within these working days of receiving it. The value in force at "
        "处理 is kept: a reprinted warning gives the period it was served with."
    ),
    "整改期限（工作日）": "Rectification period (working days)",
}
