"""English for probe6's core texts: a 督查 row saying it is open while giving a 办结日期
(core/supervision/added.py); a 文种's own 代字 that is the 令号's (core/documents/kind_codes.py)."""

GLOSSARY = {
    "“状态”写的是“%1”，却填写了办结日期 %2。已办结的事项，状态请写“已办结”（或按期办结、逾期办结）；未办结的，请删去办结日期。":
        "“Status” says “%1”, yet a closing date %2 is given. For an item that is closed, write "
        "“已办结” (closed) as its status (or 按期办结, 逾期办结); for one still open, delete the "
        "closing date.",
    "“%1”是令号的代字（“命令（令）令号前缀”），令号单独编号；文种“%2”不能用它编号，请另写一个代字。":
        "“%1” is the code of the order numbers (“Order number prefix”), which run on their own: "
        "the document type “%2” cannot be numbered under it. Write another code.",
    "调整前的顺序中信息 %1 写了两次：每件信息只列一次。":
        "Item %1 is listed twice in the order seen before: list each item once.",
    "调整前的顺序中的信息 %1 不在%2中。请按这一期现在的顺序列出。":
        "Item %1 of the order seen before is not in %2. List the issue's items as they stand now.",
}
