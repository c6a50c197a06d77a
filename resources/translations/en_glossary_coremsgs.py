"""English for core's messages an import shows in the window: the import report's summary and its
lines (exchange/report.py), the header and cell problems (exchange/headers.py, cell_checks.py,
reading.py), matching rows to records (exchange/import_checks.py, matching.py, row_identity.py),
the batch's refusals (core/batch.py, batch_write.py), typed numbers (core/typed_numbers.py,
typed_sequence.py, number_years.py) and values already taken (core/duplicates.py, store/db_errors.py)."""

GLOSSARY = {
    # pieces that join other texts
    "%1；%2": "%1; %2",
    "%1＋%2": "%1 + %2",
    "“%1”": "“%1”",
    "：%1": ": %1",
    "（%1）": " (%1)",
    # exchange/report.py
    "第 %1 行 %2：%3%4": "Row %1 %2: %3%4",
    "\n    注意：%1": "\n    Note: %1",
    "%1（表格自身的行号，不导入）": "%1 (the sheet's own row numbers, not imported)",
    "%1（由系统生成，导入时忽略）": "%1 (made by the system, ignored on import)",
    "未读取的列：%1。": " Columns not read: %1.",
    "%1……（共 %2 行）": "%1… (%2 rows in all)",
    "第 %1 行是隐藏的（或被筛选隐藏），没有导入；要导入这些行，请在 Excel 中取消隐藏后再导入。":
        " Rows %1 are hidden (or hidden by a filter) and were not imported; to import them, "
        "unhide them in Excel and import again.",
    "……另有 %1 处问题未列出。": "…and %1 more problems not listed.",
    "读取的是工作表“%1”（第一个未隐藏的工作表）。%2": "Read the worksheet “%1” (the first one not hidden). %2",
    "%1“%2”表%3": "%1 On the sheet “%2”:%3",
    "%1表中的%2列不是导出的列，更新已有记录时未采用（新增的行照常导入）；已有记录的这些项请在窗口中修改。":
        "%1 The columns %2 are not export columns and were not used to update existing records "
        "(new rows are imported as usual); change these items of existing records in the window.",
    "%1其中 %2 行与已有记录重复：请选择跳过这些行、用表中内容更新已有记录，或仍然新增（命令行：--matched skip、"
    "--update 或 --matched add）。":
        "%1 %2 of the rows are records already there: choose to skip them, update those records "
        "from the sheet, or add them anyway (command line: --matched skip, --update or --matched add).",
    "列标题不在导入读取的位置（第一个工作表的第一行），没有导入任何数据。请按下面的提示调整后再导入。":
        "The column titles are not where the import reads them (the first row of the first "
        "worksheet); nothing was imported. Adjust the sheet as said below and import again.",
    "第 %1 行的列标题有问题（见下），所以没有检查下面的 %2 行，也没有导入任何数据。请按模板改正列标题后再导入（%3）。":
        "The column titles in row %1 have problems (see below), so the %2 rows below were not "
        "checked and nothing was imported. Correct the titles as in the template and import again (%3).",
    "试导入：共 %1 行%2，全部可以导入%3（未写入数据库）。":
        "Trial import: %1 rows of %2, all can be imported%3 (nothing written to the database).",
    " %1 条%2": " %1 %2 records",
    "已导入%1。": "Imported%1.",
    "已导入%1，跳过 %2 行有问题的行。": "Imported%1; skipped %2 rows with problems.",
    "共 %1 行，%2 行有问题，没有导入任何数据。请改正后重新导入。":
        "%1 rows, %2 with problems; nothing was imported. Correct them and import again.",
    "共 %1 行，%2 行有问题，没有导入任何数据。请改正后重新导入，或选择跳过有问题的行。":
        "%1 rows, %2 with problems; nothing was imported. Correct them and import again, or "
        "choose to skip the rows with problems.",
    "试导入：%1，跳过 %2 行有问题的行（见下）；未写入数据库。":
        "Trial import: %1, skipping %2 rows with problems (see below); nothing written to the database.",
    "试导入：共 %1 行%2，%3 行有问题（未写入数据库）。请改正后再导入。":
        "Trial import: %1 rows of %2, %3 with problems (nothing written to the database). "
        "Correct them and import again.",
    "试导入：共 %1 行%2，%3 行有问题（未写入数据库）。请改正后再导入，或跳过有问题的行、导入其余 %4 条（命令行：--skip-bad）。":
        "Trial import: %1 rows of %2, %3 with problems (nothing written to the database). "
        "Correct them and import again, or skip the rows with problems and import the other %4 "
        "(command line: --skip-bad).",
    "可导入 %1 条%2": "%1 %2 records can be imported",
    "可%1": "can do: %1",
    "新增 %1 条": "%1 new",
    "更新 %1 条": "%1 updated",
    "%1 条与已有记录相同、未改": "%1 the same as the records there, left unchanged",
    "%1 行已有记录、跳过": "%1 rows already records, skipped",
    # exchange/notes.py
    # exchange/headers.py
    "“%1”这一列出现了两次，请删去一列。": "The column “%1” appears twice; please delete one of them.",
    "合并单元格 %1 把几列的列标题合成了一格，遮住了其余各列的列标题，导入不能判断这些列是哪一项。"
    "请取消合并，在每一列的第 1 行分别填写列标题（可用导入模板）后再导入。":
        "The merged cell %1 joins the titles of several columns into one and hides the others' "
        "titles, so the import cannot tell which item these columns are. Unmerge it, give each "
        "column its own title in row 1 (the import template has them) and import again.",
    "工作表“%1”": "worksheet “%1”",
    "第一个工作表": "the first worksheet",
    "%1没有“%2”这一项；可用的列是：%3。": "%1 has no item “%2”; the columns it takes are: %3.",
    "%1的第一行缺少必填列“%2”。": "The first row of %1 lacks the required column “%2”.",
    "列标题在工作表“%1”中，而导入只读第一个工作表%2：请把工作表“%1”移到最前面（或删去它前面的工作表），再导入。":
        "The column titles are on the worksheet “%1”, but the import reads only the first "
        "worksheet%2: move “%1” to the front (or delete the worksheets before it) and import again.",
    "列标题在工作表“%1”第 %2 行中，而导入只读第一个工作表%3：请把工作表“%1”移到最前面（或删去它前面的工作表），"
    "并删去列标题上方的行，再导入。":
        "The column titles are in row %2 of the worksheet “%1”, but the import reads only the "
        "first worksheet%3: move “%1” to the front (or delete the worksheets before it), delete "
        "the rows above the titles and import again.",
    "这一列有内容（%1），但这一列没有列标题：请补上列标题或删去这些内容，再导入。":
        "This column holds something (%1) but has no title: give it a title or delete what it "
        "holds, and import again.",
    "这些列有内容（%1），但这些列没有列标题：请补上列标题或删去这些内容，再导入。":
        "These columns hold something (%1) but have no title: give them titles or delete what "
        "they hold, and import again.",
    # exchange/cell_checks.py
    "请把这一列设成“文本”格式后照原样重新填写（或在前面加英文单引号 '），再导入。":
        "Format the column as Text, type the values again as they were (or begin them with an "
        "apostrophe ') and import again.",
    "“%1”这一格被电子表格存成了数字（%2），数字只保留 15 位有效数字，身份证号的最后几位已经丢失。%3":
        "The spreadsheet stored this “%1” cell as a number (%2); a number keeps only 15 "
        "significant digits, so the ID number's last digits are lost. %3",
    "“%1”这一格被电子表格存成了数字（%2），区号开头的 0 已经丢失。%3":
        "The spreadsheet stored this “%1” cell as a number (%2); the area code's leading 0 is "
        "lost. %3",
    "“%1”这一格被电子表格存成了数字（%2），编号开头的 0 或其中的文字可能已经丢失。%3":
        "The spreadsheet stored this “%1” cell as a number (%2); the number's leading 0s or "
        "words in it may be lost. %3",
    "这一格是错误值 %1（公式没有算出结果），不能导入，也不会当作空白。请改成正确的值（或删去公式只留数值）后再导入。":
        "This cell is the error value %1 (its formula gave no result): it cannot be imported "
        "and is not taken as blank. Put the right value in it (or replace the formula by its "
        "value) and import again.",
    "这一格是公式%1，但文件中没有保存计算结果，不能导入，也不会当作空白：请在 Excel 或 WPS 中打开并保存后再导入，"
    "或把公式改为数值。":
        "This cell is a formula%1 whose result the file does not hold: it cannot be imported and "
        "is not taken as blank. Open and save the file in Excel or WPS and import again, or "
        "replace the formula by its value.",
    "“%1”这一格被电子表格当成了日期（%2），原来填的编号已经被改掉。%3":
        "The spreadsheet took this “%1” cell for a date (%2) and changed the number typed. %3",
    "这一格只有导出时截下的开头（全文在“超长内容”表），不能作为新记录导入。":
        "This cell holds only the beginning cut at export (the whole text is on the “超长内容” "
        "sheet); it cannot be imported as a new record.",
    "这一格只有导出时截下的开头（全文在“超长内容”表），改过后导入会丢掉后面的全文。"
    "请在窗口中修改这一项，或把这一格换成修改后的全文（不带末尾的提示）再导入。":
        "This cell holds only the beginning cut at export (the whole text is on the “超长内容” "
        "sheet); importing it changed would lose the rest of the text. Change this item in the "
        "window, or put the whole changed text in the cell (without the note at its end) and "
        "import again.",
    "这一格有 %1 字，超过 Excel 单元格 %2 字的上限。":
        "This cell has %1 characters, more than the %2 an Excel cell holds.",
    "作为新记录导入": "be imported as a new record",
    "作为修改后的值导入（会把遮盖的文字写进记录，原来的完整内容从此丢失）":
        "be imported as a changed value (the masked text would be written into the record and "
        "the whole original lost for good)",
    "18 位身份证号": "the 18-character ID number",
    "电话号码": "phone number",
    "详细住址": "full address",
    "这一格是导出时遮盖过的“%1”（%2），不能%3。请填写完整的%1（%4）；不改的保持导出时的样子即可（不会写回）。"
    "要对照完整数据修改的，请管理员在命令行用“officedesk export 登记簿 文件 --unmasked”导出（留痕）后再改。":
        "This cell is the “%1” masked at export (%2): it cannot %3. Fill in the whole %1 (%4); "
        "leave the ones you do not change as exported (they are not written back). To correct "
        "against the whole data, ask the administrator to export with “officedesk export "
        "<registry> <file> --unmasked” on the command line (it is recorded) and correct that.",
    # exchange/reading.py, importing.py
    "无法读取“%1”：它不是有效的 Excel 工作簿（.xlsx、.xls）或 OpenDocument 表格（.ods），或文件已损坏。"
    "请用 Excel 或 WPS 打开后“另存为”.xlsx 格式再导入。":
        "Cannot read “%1”: it is not a valid Excel workbook (.xlsx, .xls) or OpenDocument "
        "spreadsheet (.ods), or the file is damaged. Open it in Excel or WPS, “Save as” .xlsx "
        "and import that.",
    "“%1”是 CSV 文本文件，不能直接导入：其中的日期、身份证号和编号没有格式，容易读错。"
    "请用 Excel 或 WPS 打开它，“另存为”.xlsx 格式后再导入。":
        "“%1” is a CSV text file and cannot be imported as it is: its dates, ID numbers and "
        "numbers carry no format and are easily misread. Open it in Excel or WPS, “Save as” "
        ".xlsx and import that.",
    "找不到文件“%1”。": "The file “%1” was not found.",
    "“%1”是文件夹，请选择一个 .xlsx 文件。": "“%1” is a folder; please choose an .xlsx file.",
    "无法读取“%1”：没有权限。": "Cannot read “%1”: permission denied.",
    "“%1”的第一个工作表“%2”第一行没有列标题。请用导入模板填写（导入只读第一个未隐藏的工作表，列标题须在第一行）。":
        "The first row of the first worksheet “%2” of “%1” has no column titles. Please fill in "
        "the import template (the import reads only the first worksheet not hidden, with the "
        "titles in its first row).",
    "这一格在合并单元格 %1 中，它跨了几列，导入不能判断内容属于哪一列。请取消合并，在每一格分别填写后再导入。":
        "This cell is in the merged cell %1, which spans several columns: the import cannot tell "
        "which column it belongs to. Unmerge it, fill in each cell and import again.",
    "合并单元格 %1 遮住了与显示的内容不同的值。请取消合并，核对后在每一行分别填写，再导入。":
        "The merged cell %1 hides values other than the one shown. Unmerge it, check them, fill "
        "in each row and import again.",
    "%1%2。": "%1%2.",
    "“%1”的第一行没有列标题。%2": "The first row of “%1” has no column titles. %2",
    # exchange/import_checks.py, row_identity.py, matching.py
    "已取消导入，没有写入任何数据。": "The import was cancelled; nothing was written.",
    "没有%1为“%2”的%3（或您无权查看），无法更新。":
        "There is no %3 with %1 “%2” (or you may not see it); it cannot be updated.",
    "与已有的%1%2重复（%3相同）。": "The same as the existing %1 %2 (the same %3).",
    "“%1”应是导出时的记录号（一个数字），现在是“%2”。请恢复原值；新增的一行请清空这一格。":
        "“%1” must be the record id of the export (a number); it is “%2”. Put the old value "
        "back; for a new row, empty this cell.",
    "与本文件第 %1 行是同一条%2（“%3”相同；新增的一行请清空“%3”）。":
        "The same %2 as row %1 of this file (the same “%3”; for a new row, empty “%3”).",
    "与本文件第 %1 行是同一条%2。": "The same %2 as row %1 of this file.",
    "记录号 %1 是%2“%3”的，而这一行的%4是“%5”：不知道要改的是哪一件。请恢复这一行原来的记录号或%4；"
    "新增的一行请清空“记录号”。":
        "Record id %1 is the %2 “%3”, but this row's %4 is “%5”: which one to change cannot be "
        "told. Put back the row's record id or %4; for a new row, empty the record id.",
    "等 %1 件": " and others, %1 in all",
    "这一行的“%1”在这里不能用：这个文件不是本机关导出的原文件（是其他机关导出的，或内容复制到了新的工作簿），"
    "记录号指的不是这里的记录。请用本机关导出的原文件修改后再导入，或先在窗口中修改其中一件，使它们的%2不同；"
    "新增的一件请用“仍然新增”（--matched add）导入。":
        "This row's “%1” cannot be used here: the file is not this office's own export (another "
        "office exported it, or it was copied into a new workbook), so its record ids are not "
        "records here. Correct this office's own export and import that, or first change one of "
        "them in the window so that their %2 differ; import a new one with “Add anyway” "
        "(--matched add).",
    "这一行的“记录号”是空白：如是本机关导出的行，请恢复它的记录号（它指明是哪一件）；"
    "新增的一件请用“仍然新增”（--matched add）导入。":
        "This row's record id is blank: if the row is from this office's export, put its record "
        "id back (it says which record it is); import a new one with “Add anyway” (--matched add).",
    "请在本机关导出的表中修改后再导入（表的最后一列“%1”指明是哪一件），或先在窗口中修改其中一件，使它们的%2不同；"
    "新增的一件请用“仍然新增”（--matched add）导入。":
        "Correct this office's own export and import that (its last column “%1” says which "
        "record each row is), or first change one of them in the window so that their %2 "
        "differ; import a new one with “Add anyway” (--matched add).",
    "%1与 %2 件%3相同（%4%5），无法确定是哪一件，这一行没有导入。%6":
        "%1 is the same as %2 %3 records (%4%5): which one is meant cannot be told, and this "
        "row was not imported. %6",
    "id %1“%2”%3": "id %1 “%2”%3",
    # core/batch.py, batch_write.py
    "有 %1 行不符合要求，没有写入任何数据。": "%1 rows break the rules; nothing was written.",
    "已取消，没有写入任何数据。": "Cancelled; nothing was written.",
    "“%1”与第 %2 条重复：%3": "“%1” is the same as in row %2: %3",
    "导入的编号或唯一字段与已有记录重复（可能刚被其他工作站使用），没有写入任何数据。":
        "A number or unique field imported is already held by a record (perhaps just taken on "
        "another workstation); nothing was written.",
    # core/typed_numbers.py, typed_sequence.py, number_years.py
    "%1“%2”应写作“%3”（%4），否则会被当作另一个号而重号。请改正后再登记。":
        "%1 “%2” must be written “%3” (%4), or it would pass as another number and be issued "
        "twice. Please correct it and register again.",
    "年份用六角括号〔〕，序号不编虚位、不加“第”":
        "the year in hexagonal brackets 〔〕, the sequence number without leading zeros or 第",
    "按本机关的编号格式": "in this office's numbering form",
    "请填写%1。": "Please fill in %1.",
    "%1“%2”已经使用过（或已作废），不能重复使用。": "%1 “%2” has been used (or voided) and cannot be used again.",
    "%1“%2”的年份是 %3 年，晚于今年（%4 年）：编号按年连续，只能用今年或往年的年份。请改正年份。":
        "The year of %1 “%2” is %3, after this year (%4): numbers run on within a year, so only "
        "this year or an earlier one can be used. Please correct the year.",
    "%1 年": "%1",
    "%1“%2”的年份是 %3 年，而%4在 %5：编号按年连续，%1应带 %5的年份。请改正%1的年份，或核对日期。":
        "The year of %1 “%2” is %3, but %4 is in %5: numbers run on within a year, so the %1 "
        "must carry the year %5. Please correct the year of the %1, or check the dates.",
    "%1“%2”跳过了 %3 个号。手工填写只能用下一个号“%4”，或有意重新使用已作废、空缺的号（须说明理由）。":
        "%1 “%2” skips %3 numbers. A number typed by hand can only be the next one, “%4”, or a "
        "voided or skipped number reused on purpose (with a reason).",
    "%1“%2”已经使用过，不能重复使用。下一个可用的号是“%3”。":
        "%1 “%2” has been used and cannot be used again. The next free number is “%3”.",
    "%1“%2”是%3的号。如确需重新使用，请说明理由（命令行 add 或 step 编号：--reissue 理由；导入不能重新使用，"
    "请逐条登记）；否则请用下一个号“%4”。":
        "%1 “%2” is a number %3. To use it again, give the reason (command line add or step "
        "编号: --reissue reason; an import cannot reuse one, register it by itself); otherwise use "
        "the next number, “%4”.",
    "空缺": "skipped",
    # core/duplicates.py, store/db_errors.py
    "%1“%2”已被占用，没有保存（%3的%1不能重复）。请换一个%1。":
        "The %1 “%2” is taken and was not saved (no two %3 records may have the same %1). "
        "Please choose another %1.",
    "已有同名的%1%2，没有保存（%1的%3不能重复）。请换一个%3，或修改已有的那一条。":
        "There is already a %1 of that name %2; not saved (no two %1 records may have the same "
        "%3). Please choose another %3, or change the one there.",
    "已有%3相同的%1%2，没有保存（%1的%3不能重复）。请换一个%3，或修改已有的那一条。":
        "There is already a %1 with that %3 %2; not saved (no two %1 records may have the same "
        "%3). Please choose another %3, or change the one there.",
}
