"""English for core's messages shown in the window: the field checks (core/fields.py), ID and
phone numbers (core/idcard.py), saving and deleting records (core/records.py), deleting and
voiding (core/lifecycle.py) and the import report's row prefix (exchange/report.py)."""

GLOSSARY = {
    # core/fields.py
    "%1 到 %2 之间的整数": "a whole number from %1 to %2",
    "%1 至 %2 之间": "between %1 and %2",
    "最多 %1 个字": "at most %1 characters",
    "“%1”应在 %2 到 %3 之间，现在是 %4。": "“%1” must be between %2 and %3; it is %4.",
    "“%1”带时间 %2，只保存了日期 %3。":
        "“%1” came with a time, %2: only the date, %3, is kept.",
    "%1 像是 Excel 的日期序号（%2）；请把该列设为日期格式后再导入。":
        "%1 looks like an Excel date number (%2); please format the column as dates and import "
        "again.",
    "%1年%2月%3日": "%1-%2-%3",
    # exchange/notes.py: a date-only column's times of day left out
    "“%1”列有 %2 个单元格带时间，只保存了日期：第 %3 行。":
        "%2 cells of the column “%1” came with a time; only their dates are kept: rows %3.",
    "“%1”列有 %2 个单元格带时间，只保存了日期：第 %3 行等。":
        "%2 cells of the column “%1” came with a time; only their dates are kept: rows %3 and others.",
    "“%1”不是有效日期：“%2”。请写成 2026-12-03 或 2026年12月3日。":
        "“%1” is not a valid date: “%2”. Please write it as 2026-12-03.",
    "“%1”不是有效时间：“%2”。请写成 2026-12-03 09:00、2026/12/3 9:00 或 2026年12月3日9时。":
        "“%1” is not a valid date and time: “%2”. Please write it as 2026-12-03 09:00 or "
        "2026/12/3 9:00.",
    "“%1”只能是：%2（现在是“%3”）。": "“%1” can only be: %2 (it is “%3”).",
    "“%1”应为整数。": "“%1” must be a whole number.",
    "“%1”应为整数，现在是“%2”。": "“%1” must be a whole number; it is “%2”.",
    "%1…（共 %2 位）": "%1… (%2 digits)",
    "“%1”请填“是”或“否”。": "Please answer “%1” with yes or no.",
    # core/idcard.py
    "身份证号应为 18 位，现在是 %1 位。":
        "An ID card number has 18 characters; this one has %1.",
    "身份证号前 17 位应为数字，最后一位为数字或 X。":
        "The first 17 characters of an ID card number are digits; the last is a digit or X.",
    "身份证号中的出生日期“%1”不是真实日期。":
        "The birth date “%1” in the ID card number is not a real date.",
    "身份证号中的出生日期“%1”不可能（早于 1890 年或晚于今天）。":
        "The birth date “%1” in the ID card number is impossible (before 1890 or after today).",
    "身份证号校验位不对：按前 17 位计算，最后一位应为“%1”，现在是“%2”。请核对号码。":
        "The ID card number's check character is wrong: from the first 17 digits the last one "
        "should be “%1”, not “%2”. Please check the number.",
    "手机号码应为 11 位、以 13–19 开头，现在是“%1”。":
        "A mobile number has 11 digits and starts with 13–19; this is “%1”.",
    "电话号码“%1”格式不对：手机写 11 位数字，座机写 区号-号码（如 010-12345678）。":
        "The phone number “%1” is not valid: write a mobile as 11 digits, a landline as "
        "area code-number (such as 010-12345678).",
    "第 %1 位信访人（%2）：%3": "Petitioner %1 (%2): %3",
    # core/records.py
    "这条%1记录已被他人修改（您打开的是第 %2 版）。您的修改没有保存；请复制需要保留的内容，"
    "重新打开记录后再改。":
        "Someone else has changed this %1 record (you opened version %2). Your changes were not "
        "saved; copy what you want to keep, open the record again and redo them.",
    "这条%1记录已被他人修改，请刷新后再删除。":
        "Someone else has changed this %1 record; please refresh before deleting it.",
    # core/lifecycle.py
    "这件%1已有编号“%2”，编号不能删除，也不能再用。如果登记错了，请“作废”并写明原因。":
        "This record (%1) already has the number “%2”: a number cannot be deleted or used again. If it "
        "was registered by mistake, void it and give the reason.",
    "这件%1现在是“%2”，已经开始办理，不能删除；只有“%3”且没有编号的草稿可以删除。%4":
        "This record (%1) is “%2”: its handling has begun, so it cannot be deleted; only a draft that is "
        "“%3” and has no number can be deleted.%4",
    "这件%1已转为督查事项，不能删除。":
        "This record (%1) has become a supervision item and cannot be deleted.",
    "不再发文的，请先“退回修改”退回拟稿，再删除。":
        " If it will not be issued, first send it back to the drafter (退回修改), then delete it.",
    "不再发文的，请先“退回复审”、再“退回修改”退回拟稿，再删除。":
        " If it will not be issued, first send it back for review (退回复审), then back to the "
        "drafter (退回修改), then delete it.",
    "复核后只能编号；不再发文的，请编号后“作废”并写明原因。":
        " After the final check it can only be numbered; if it will not be issued, number it, "
        "then void it and give the reason.",
    "会议没有编号，不必作废：不开了请用“取消”，尚在筹备的可以删除。":
        "A meeting has no number and need not be voided: cancel one that will not be held; one "
        "still being prepared can be deleted.",
    "这件%1还没有编号，不必作废；它现在是“%2”，也不能直接删除。%3":
        "This record (%1) has no number yet and need not be voided; it is “%2”, so it cannot simply be "
        "deleted either.%3",
    "这件%1还没有编号，不必作废；草稿可以直接删除。":
        "This record (%1) has no number yet and need not be voided; a draft can simply be deleted.",
    "这件%1（%2）已经作废。": "This record (%1 %2) is already void.",
    "这份%1（%2）已经核发，文件已发出，不能作废；如需撤销，请另行发文。":
        "This record (%1 %2) has been issued and sent out, so it cannot be voided; to withdraw it, issue "
        "a new document.",
    "这件%1（%2）%3，不能作废。": "This record (%1 %2) is “%3” and cannot be voided.",
    "督查事项（%1）已分解交办，不能作废；确属误登记的，请先用步骤“删除任务”"
    "（命令行：officedesk step supervision %2 删除任务 任务序号=N）删除其分解任务，再作废。":
        "Supervision item %1 has been split into tasks, so it cannot be voided; if it was "
        "registered by mistake, first delete its tasks with the step 删除任务 (command line: "
        "officedesk step supervision %2 删除任务 任务序号=N), then void it.",
    "%1须由管理员或科员（文书）办理，您的账号不能%1。":
        "%1 is done by an administrator or a clerk (records); your account cannot do %1.",
    "这件%1已被他人修改（您看到的是第 %2 版，现在是第 %3 版）。请刷新后再操作。":
        "Someone else has changed this %1 (you see version %2, it is now version %3). Please "
        "refresh and try again.",
    "作废须写明原因。": "Please give the reason for voiding.",
    "已作废的%1须有编号：没有编号的记录不必作废，也不必导入。":
        "A void %1 must have a number: a record without one need not be voided, nor imported.",
    # core/record_guards.py
    "没有找到记录号（id）为 %1 的%2记录。": "No %2 record with id %1 was found.",
    "“%1”由办理步骤记录，不能直接修改。请按步骤办理（窗口的“办理”，或命令 officedesk step）。":
        "“%1” is recorded by a procedure step and cannot be edited directly. Please do the step "
        "(the step buttons in the window, or the command officedesk step).",
    # core/actor.py
    "您的账号是只读账号，不能修改记录。": "Your account is read-only and cannot change records.",
    "只有管理员可以进行%1。请联系管理员。": "Only an administrator can do this (%1). Please ask the administrator.",
    # core/steps.py: what a step refuses
    "“%1”没有“%2”这一项。可填的有：%3。": "“%1” has no item “%2”. The items are: %3.",
    "（无）": "(none)",
    "%1没有“%2”这一步。可用的步骤有：%3。": "%1 has no step “%2”. The steps are: %3.",
    "“%1”只能由%2办理，您的账号是%3。": "“%1” is done by: %2; your account is %3.",
    "办理日期（%1）不能晚于今天。": "The date it was done (%1) cannot be later than today.",
    "这件%1已被他人办理或修改（您看到的是第 %2 版，现在是第 %3 版）。您填写的内容没有保存；"
    "请刷新后再办理。":
        "Someone else has handled or changed this %1 (you see version %2, it is now version %3). "
        "What you filled in was not saved; please refresh and do the step again.",
    "您的账号是只读账号，不能办理。": "Your account is read-only and cannot do this.",
    "这件%1现在是“%2”，不能“%3”。此时可以：%4。": "This record (%1) is “%2”: “%3” cannot be done now. Open steps: %4.",
    "这件%1现在是“%2”，不能“%3”。此时可以办理的%4都不由您办理。":
        "This record (%1) is “%2”: “%3” cannot be done now. The steps open now (%4) are not yours to do.",
    # exchange/report.py: the row (and column) an import problem is about
    "第 %1 行（列标题），“%2”列：%3": "Row %1 (headers), column “%2”: %3",
    "第 %1 行（列标题）：%2": "Row %1 (headers): %2",
    "第 %1 行，“%2”列：%3": "Row %1, column “%2”: %3",
    # core/documents: 核稿 and 签发 name their person
    "请填写核稿人：核稿须写明核稿的人。":
        "Please fill in “Reviewer”: a draft review must name the person who reviewed it.",
    "填了“签发日期”，却没有“签发人”：签发须写明签发人。请填写签发人，或不填签发日期。":
        "“Sign-off date” is filled in but “Signed off by” is not: a sign-off must name who signed "
        "it off. Please fill in “Signed off by”, or leave the sign-off date empty.",
}
