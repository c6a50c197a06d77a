"""English for the texts of session 29's own work (what an empty setting means, shown in its
empty box)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "如 云委办通〔2026〕3号；留空则序号待手填": "e.g. 云委办通〔2026〕3号; empty: the number is left to write by hand",
    "如 云委办通〔2026〕4号；留空则序号待手填": "e.g. 云委办通〔2026〕4号; empty: the number is left to write by hand",
    "如 云委办督〔2026〕3号；留空则序号待手填": "e.g. 云委办督〔2026〕3号; empty: the number is left to write by hand",
    "每行一个单位；留空则通报不列未报送的单位": "One unit a line; empty: the bulletin lists no unit that sent nothing",
    "留空：请示的签发人不限": "Empty: anyone may sign a request (请示)",
    "每行一个姓名；留空则不限": "One name a line; empty: anyone",
    "留空：机关代字加“令”": "Empty: the office code followed by 令",
    "每行一个，如：函=云委办函；留空则都用机关代字加“发”": (
        "One a line, e.g. 函=云委办函; empty: every kind uses the office code followed by 发"),
    "留空：会议类型+纪要（如 县委常委会会议纪要）": "Empty: the meeting type + 纪要 (e.g. 县委常委会会议纪要)",
    "如 2027；多个年份用、隔开": "e.g. 2027; several years separated by 、",
    "留空：同一般审批链": "Empty: the same as the general approval chain",
    "如 通知=信函格式；留空：函、纪要、命令各用其格式，其余用文件格式": (
        "e.g. 通知=信函格式; empty: 函, 纪要 and 命令 in their own formats, the rest in the document format"),
    "必填，如 中共云岭县委办公室：印在公文和各种单据上": (
        "Required, e.g. 中共云岭县委办公室: printed on the documents and every paper"),
    "必填，如 云委办：只写代字，程序加“发”、年份和序号": (
        "Required, e.g. 云委办: the code alone; the program adds 发, the year and the number"),
    "如 Z107：档案馆给的全宗号，档号以它开头": "e.g. Z107: the fonds number the archives gave; every file number begins with it",
}
