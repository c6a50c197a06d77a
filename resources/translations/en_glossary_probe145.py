"""English for the strings probe145 added (收文/发文 brought back filed: their 目录 entries)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "档号“%1”不是“全宗号-门类代码·年度-保管期限-机构代码-件号”的写法，按原样记在文件上，未载入归档文件目录。": (
        "Archive number “%1” is not written as fonds-category·year-retention-office code-item number: "
        "it is kept on the document as given, not entered in the archive list."
    ),
    "档号“%1”的全宗号“%2”不是本机关的全宗号（%3），按原样记在文件上，未载入归档文件目录。": (
        "Archive number “%1” is of fonds “%2”, not this office's (%3): it is kept on the document as "
        "given, not entered in the archive list."
    ),
    "档号“%1”的年度 %2 与这份%3的日期（%4—%5 年）不符，按原样记在文件上，未载入归档文件目录；请核对档号。": (
        "The year %2 of archive number “%1” does not agree with the dates of this %3 (%4–%5): it is "
        "kept on the document as given, not entered in the archive list; please check the archive number."
    ),
    "档号“%1”已有另一件文件使用（归档文件目录或另一份收文、发文），一个档号只能给一件文件。请核对档号。": (
        "Archive number “%1” is another document's already (in the archive list, or on another incoming "
        "or outgoing document): an archive number is one document's only. Please check it."
    ),
    "%1归档（往年台账）：%2，档号 %3，保管期限%4": "%1 archived (past register): %2, archive number %3, retention %4",
    "填写了页数（%1）的文件须已归档：请填写档号，未归档的文件请删去页数。": (
        "Pages (%1) are given only for a document archived: please fill in the archive number, or "
        "delete the pages of a document not archived."
    ),
    "%1页数（%2）只记在归档文件目录中，没有保存。": "%1 The pages (%2) are kept only in the archive list: not saved.",
    "已归档的文件：归档文件的页数，可不填": "An archived document: its number of pages (optional)",
}
