"""English for the window's form of core's refusals (probe64): core writes the command line's
words apart, “（命令行：…）”, and the window shows the text without them (`cli_words.for_window`,
in `i18n.display`), so the English window translates that form. Same format as en_glossary.py
(scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- core.step_capacity: 代录 naming nobody
    "“%1”一栏": "the “%1” field",
    "“经办人”一栏": "the “Handled by” field",
    # ---- core.meetings.service: conflicts saved only with a reason (the dialog's 原因)
    "存在冲突：%1如仍要保存，请写明原因。": "There are conflicts: %1To save anyway, give the reason.",
    # ---- core.lifecycle, core.supervision.task_updates: 删除任务 is a step of the window
    "督查事项（%1）已分解交办，不能作废；确属误登记的，请先用步骤“删除任务”删除其分解任务，再作废。":
        "Supervision item %1 has been split into tasks, so it cannot be voided; if it was "
        "registered by mistake, first delete its tasks with the step “Delete task”, then void it.",
    "“%1”表中没有督查事项 %2 的%3，导入没有删除，仍然保留；如确要删除，请在窗口中打开该事项，用步骤“删除任务”删除。":
        "Sheet “%1” leaves out %3 of supervision item %2: the import did not delete it, it is "
        "kept. To delete it, open the item in the window and use the step “Delete task”.",
    # ---- core.typed_sequence: only the administrator reissues a number (add/step --reissue)
    "%1“%2”是%3的号。如确需重新使用，请说明理由（窗口中不能重新使用，请管理员办理）；否则请用下一个号“%4”。":
        "%1 “%2” is a number %3. To use it again, a reason must be given (the window cannot "
        "reuse it: ask the administrator); otherwise use the next number, “%4”.",
    # ---- exchange.report, exchange.matching: the import check's own buttons
    "%1其中 %2 行与已有记录重复：请选择跳过这些行、用表中内容更新已有记录，或仍然新增。":
        "%1 %2 of the rows are records already there: choose to skip them, update those records "
        "from the sheet, or add them anyway.",
    "试导入：共 %1 行%2，%3 行有问题（未写入数据库）。请改正后再导入，或跳过有问题的行、导入其余 %4 条"
    "（点“跳过有问题的行，导入其余”）。":
        "Trial import: %1 rows of %2, %3 with problems (nothing written to the database). "
        "Correct them and import again, or skip the rows with problems and import the other %4 "
        "(click “Skip the rows with problems, import the rest”).",
    "这一行的“%1”在这里不能用：这个文件不是本机关导出的原文件（是其他机关导出的，或内容复制到了新的工作簿），"
    "记录号指的不是这里的记录。请用本机关导出的原文件修改后再导入，或先在窗口中修改其中一件，使它们的%2不同；"
    "新增的一件请用“仍然新增”导入。":
        "This row's “%1” cannot be used here: the file is not this office's own export (another "
        "office exported it, or it was copied into a new workbook), so its record ids are not "
        "records here. Correct this office's own export and import that, or first change one of "
        "them in the window so that their %2 differ; import a new one with “Add them anyway”.",
    "这一行的“记录号”是空白：如是本机关导出的行，请恢复它的记录号（它指明是哪一件）；新增的一件请用“仍然新增”导入。":
        "This row's record id is blank: if the row is from this office's export, put its record "
        "id back (it says which record it is); import a new one with “Add them anyway”.",
    "请在本机关导出的表中修改后再导入（表的最后一列“%1”指明是哪一件），或先在窗口中修改其中一件，使它们的%2不同；"
    "新增的一件请用“仍然新增”导入。":
        "Correct this office's own export and import that (its last column “%1” says which "
        "record each row is), or first change one of them in the window so that their %2 "
        "differ; import a new one with “Add them anyway”.",
}
