"""English for probe129's strings: a 督查事项's 档号 brought by a past 台账 (core.supervision.added,
core.supervision.archiving)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "填写了档号（%1）的事项须已办结：请填写办结日期（状态写“已办结”），未办结的事项请删去档号。": (
        "An item given an archive number (%1) must be closed: fill in its closing date (status "
        "“已办结”), or delete the archive number of an item not closed."
    ),
    "档号“%1”不是档号的写法：应为“全宗号-门类代码·年度-保管期限-机构代码-件号”，如 %2（保管期限写 Y、"
    "D30 或 D10，件号四位，机构代码可省）。请照归档文件目录上的档号填写。": (
        "“%1” is not written as an archive number: fonds-category·year-retention-unit code-piece, "
        "e.g. %2 (retention Y, D30 or D10, a four-digit piece number, the unit code optional). "
        "Copy the number from the archive catalogue."
    ),
    "档号“%1”的全宗号是“%2”，本机关的全宗号是“%3”：请核对档号，或先在“%4”中填写本机关的全宗号。": (
        "Archive number “%1” is of fonds “%2”, this office's fonds is “%3”: check the number, or "
        "first enter the office's fonds number in “%4”."
    ),
    "未填写": "not set",
    "档号“%1”只能给已办结的事项：请填写办结日期。": (
        "Archive number “%1” can only be given to a closed item: fill in its closing date."
    ),
    "档号“%1”的年度是 %2，事项的办结日期是 %3：督查事项按办结的年度归档，请核对档号和办结日期。": (
        "Archive number “%1” is of the year %2, the item was closed on %3: a supervision item is "
        "filed in the year it was closed. Check the number and the closing date."
    ),
    "档号“%1”的件号应为 0001 到 9999。": "The piece number of archive number “%1” must be 0001 to 9999.",
    "档号“%1”已归档（归档文件目录中的另一件），不能再给这个事项。请核对档号。": (
        "Archive number “%1” is already filed (another piece of the archive catalogue) and cannot "
        "be given to this item. Check the number."
    ),
    # core.record_lists: a list filtered by a field read from elsewhere (a 督查事项's 档号)
    "不能按“%1”筛选%2：它记在归档文件目录中，请在归档文件目录中查找。": (
        "%2 cannot be filtered by “%1”: it is kept in the archive catalogue; look it up there."
    ),
    # the 督查 template's hint for 档号 (core.supervision.items)
    "已归档的办结事项填写，如 Z107-WS·2025-D30-0001": "for a closed item that was filed, e.g. Z107-WS·2025-D30-0001",
}
