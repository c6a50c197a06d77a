"""English for `check`'s findings on the tables that carry no row digest (probe25): the issues
of a 信息刊物 and what an 印发 issue printed, the 归档文件目录, the counted deadlines."""

from __future__ import annotations

GLOSSARY = {
    "信息刊物“%1”%2年第%3期（总第%4期，id %5）没有审计记录开出这一期（在程序之外写入或改了期号）":
        "Issue %2 no. %3 of the periodical “%1” (overall no. %4, id %5) was opened by no audit "
        "entry (written, or renumbered, outside the program)",
    "信息刊物“%1”%2年第%3期的总期号现为总第%4期，与审计记录 %5 中的总第%6期不符（在程序之外被改动）":
        "Issue %2 no. %3 of the periodical “%1” now has overall no. %4, not overall no. %6 as in "
        "audit entry %5 (changed outside the program)",
    "信息刊物“%1”%2年第%3期现为“%4”，与审计记录 %5 不符（在程序之外被改动）":
        "Issue %2 no. %3 of the periodical “%1” is now “%4”, which does not agree with audit "
        "entry %5 (changed outside the program)",
    "信息刊物“%1”%2年第%3期不见了，审计记录中没有删除它（最后一条是 %4，在程序之外被删除）":
        "Issue %2 no. %3 of the periodical “%1” is gone, but no audit entry removed it (the last "
        "is %4; deleted outside the program)",
    "“%1”%2年第%3期": "“%1” %2 no. %3",
    "信息刊物%1印发时所载第 %2 条信息（信息 id %3）的%4现为 %5，与该信息在印发时（审计记录 %6）的 %7 不符（在程序之外被改动）":
        "Item %2 as printed in issue %1 (information id %3): its %4 is now %5, not %7 as the "
        "item stood when the issue was printed (audit entry %6) (changed outside the program)",
    "归档文件目录第 %1 条（%2第 %3 号记录）的档号“%4”与其全宗号、年度、保管期限、机构（问题）代码和件号组成的“%5”不符（在程序之外被改动）":
        "Entry %1 of the archive file list (%2 record %3): its archive number “%4” does not "
        "agree with “%5”, made of its fonds, year, retention, organisation code and piece "
        "number (changed outside the program)",
    "归档文件目录第 %1 条的档号“%2”与%3第 %4 号记录归档时写入的档号“%5”不符（在程序之外被改动）":
        "Entry %1 of the archive file list has the archive number “%2”, not “%5” which "
        "archiving wrote on %3 record %4 (changed outside the program)",
    "归档文件目录第 %1 条的保管期限“%2”与%3第 %4 号记录的“%5”不符（在程序之外被改动）":
        "Entry %1 of the archive file list has the retention “%2”, not “%5” as %3 record %4 "
        "has (changed outside the program)",
    "%1 日": "%1 days",
    "计算期限第 %1 条（%2）记载自 %3 起 %4、至 %5，按节假日表应至 %6，相差的天数不能由节假日调整解释（在程序之外被改动）":
        "Counted deadline %1 (%2) says %4 from %3, due %5; the holiday table gives %6, and no "
        "holiday change explains the difference (changed outside the program)",
    "督查任务第 %1 号的“办结时限”": "the “Deadline” of supervision task %1",
    "%1 第 %2 号记录的 %3": "%3 of %1 record %2",
    "%1第 %2 号记录的“%3”": "the “%3” of %1 record %2",
}
