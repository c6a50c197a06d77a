"""English for `check`'s findings on the 归档文件目录 held to its 归档 step, an 信息刊物 issue's
印发日期, head and printed items, and the record a counted deadline names (probe27)."""

from __future__ import annotations

GLOSSARY = {
    # the 归档文件目录 (core.documents.archive_check)
    "归档文件目录第 %1 条（%2第 %3 号记录）没有审计记录为它办理归档（在程序之外写入，或改了它所属的记录）":
        "Entry %1 of the archive file list (%2 record %3) was filed by no audit entry (written "
        "outside the program, or moved to another record)",
    "审计记录 %1 记载%2第 %3 号记录已归档（档号“%4”），归档文件目录中却没有它（在程序之外被删除，或改了所属的记录）":
        "Audit entry %1 records %2 record %3 as filed (archive number “%4”), but the archive file "
        "list does not hold it (deleted outside the program, or moved to another record)",
    "归档文件目录第 %1 条（%2第 %3 号记录）的%4现为%5，与归档时的审计记录 %6 中的%7不符（在程序之外被改动）":
        "Entry %1 of the archive file list (%2 record %3): its %4 is now %5, not %7 as audit "
        "entry %6 kept it when it was filed (changed outside the program)",
    "门类代码": "Category code",
    "件号": "Piece number",
    "题名": "Title",
    "文号": "Document number",
    "责任者": "Responsible body",
    "归档时间": "Filed at",
    "归档人": "Filed by",
    # an issue of a 信息刊物 (core.info.issue_check)
    "信息刊物“%1”%2年第%3期尚未印发，却记有印发日期或版头（在程序之外写入）":
        "Issue %2 no. %3 of the periodical “%1” has not been printed, yet holds a printing date "
        "or head (written outside the program)",
    "信息刊物“%1”%2年第%3期的印发日期现为 %4，与该期信息按印发计的县级采用日期 %5 不符（在程序之外被改动）":
        "Issue %2 no. %3 of the periodical “%1” now has the printing date %4, not %5, the day "
        "its items' county adoption was counted by its printing (changed outside the program)",
    "信息刊物“%1”%2年第%3期的印发日期现为 %4，与审计记录 %5 中的 %6 不符（在程序之外被改动）":
        "Issue %2 no. %3 of the periodical “%1” now has the printing date %4, not %6 as in audit "
        "entry %5 (changed outside the program)",
    "信息刊物“%1”%2年第%3期印发时的版头（编发单位和报、送、发）与审计记录 %4 不符，重印会印出另一个版头（在程序之外被改动）":
        "The head issue %2 no. %3 of the periodical “%1” was printed with (editing unit and "
        "recipients) does not agree with audit entry %4: a reprint would show another head "
        "(changed outside the program)",
    # what an issue printed (core.info.printed_check)
    "信息刊物的期（id %1）未印发或已不存在，却有 %2 条印发时所载信息（在程序之外写入）":
        "The periodical issue with id %1 has not been printed or no longer exists, yet %2 items "
        "are kept as printed in it (written outside the program)",
    "信息刊物%1的印发记录第 %2 条（信息 id %3）不是该期所编的信息（在程序之外写入或改动）":
        "Item %2 kept as printed in issue %1 (information id %3) is not an item of that issue "
        "(written or changed outside the program)",
    "信息刊物%1印发时所载信息（信息 id %2）现为第 %3 条，印发时是第 %4 条（在程序之外被改动）":
        "The item of issue %1 with information id %2 is now kept as item %3, but was printed as "
        "item %4 (changed outside the program)",
    "信息刊物%1印发时所载第 %2 条信息标为“%3”，但审计记录 %4 记有该期的印发（在程序之外被改动）":
        "Item %2 as printed in issue %1 is marked “%3”, but audit entry %4 records the issue's "
        "printing (changed outside the program)",
    "信息刊物%1印发时所载的第 %2 条信息（信息 id %3）不在其印发记录中（在程序之外被删除）":
        "Item %2 printed in issue %1 (information id %3) is missing from what the issue kept as "
        "printed (deleted outside the program)",
    # the record a counted deadline names (core.deadline_owners)
    "计算期限第 %1 条（%2）所指的记录没有任何审计记录（在程序之外写入，或改了所属的记录）":
        "Counted deadline %1 (%2) names a record that has no audit entry at all (written outside "
        "the program, or moved to another record)",
    "计算期限第 %1 条（%2）记载期限至 %3，该记录的审计记录中“%4”从未是这一天（在程序之外写入或改动，或从另一记录移来）":
        "Counted deadline %1 (%2) is due on %3, but the record's audit entries never gave its "
        "“%4” that day (written or changed outside the program, or moved from another record)",
    "计算期限第 %1 条（%2）记载自 %3 起算，该记录的审计记录中“%4”从未是这一天（在程序之外写入或改动，或从另一记录移来）":
        "Counted deadline %1 (%2) is counted from %3, but the record's audit entries never gave "
        "its “%4” that day (written or changed outside the program, or moved from another record)",
}
