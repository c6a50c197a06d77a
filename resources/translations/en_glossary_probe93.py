"""English for probe93: bad input of the newer registries and commands said with what to do."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # a bare number where a date or time was asked: an Excel serial, said with what to write
    "“%1”写的 %2 像是 Excel 的日期序号（%3）：请写成 %4；从表格导入的，请把该列设为日期格式后再导入。": (
        "“%1” holds %2, which looks like an Excel date serial (%3): write %4; from a spreadsheet, "
        "format the column as dates and import again."
    ),
    # a date in Chinese numerals (a document's 成文日期)
    "“%1”请用阿拉伯数字写日期：“%2”应写成 %3年%4月%5日（或 %6）。": (
        "“%1”: write the date in Arabic numerals: “%2” should read %6 (year %3, month %4, day %5)."
    ),
    # 审批链 lines
    "审批链“%1”的时限“%2”不对：写成工作日的天数，如 1日。": (
        "Approval chain “%1”: the time limit “%2” is wrong: write a number of working days, e.g. 1日."
    ),
    "审批链“%1”中“或”的前后都要写岗位。": "Approval chain “%1”: write a post on both sides of “或” (or).",
    # a migrate-to / --db address where something other than PostgreSQL answers
    "数据库地址上回答的不是 PostgreSQL 数据库服务器%1：请核对地址中的主机名和端口号（PostgreSQL 通常是 5432），或请管理员告知数据库服务器的地址。": (
        "What answers at the database address%1 is not a PostgreSQL server: check the host name and "
        "port in the address (PostgreSQL usually uses 5432), or ask the administrator for the "
        "database server's address."
    ),
    # an empty file given as an attachment
    "附件“%1”是空文件（0 字节），没有内容：可能没有保存完或扫描失败。请打开检查，换成有内容的文件再添加。": (
        "Attachment “%1” is an empty file (0 bytes): it may not have been saved completely, or the "
        "scan failed. Open it to check, and add a file with content instead."
    ),
    # a sheet of column titles alone
    "第 %1 行的列标题下面没有要导入的行，没有导入任何数据。请从第 %2 行起每行填写一条%3，再导入。": (
        "There are no rows below the column titles in row %1; nothing was imported. Fill in one "
        "%3 per row from row %2 on, and import again."
    ),
    # a 信息 title over 200 characters
    "“标题”最多 200 个字，现在是 %1 个。请删减：信息要一事一报、简单明了。": (
        "“Title” may have at most 200 characters; it has %1. Shorten it: an item reports one "
        "matter, briefly and clearly."
    ),
    # 代理 (a substitute while away)
    "代理的结束日期 %1 早于开始日期 %2，请改正其中一个。": (
        "The delegation's end date %1 is before its start date %2: correct one of them."
    ),
    "代理的“说明”最多 %1 个字，现在是 %2 个。请删减。": (
        "The delegation's “Note” may have at most %1 characters; it has %2. Shorten it."
    ),
    # info-order / 排序 of an issue: which items are wrong
    "排序须列出这一期的全部信息（%1），每件一次：%2。": (
        "The order must list every item of this issue (%1), each once: %2."
    ),
    "信息 %1 写了两次": "item %1 is listed twice",
    "信息 %1 不在这一期": "item %1 is not in this issue",
    "缺信息 %1": "item %1 is missing",
}
