"""English for `check`'s findings on the number ledger's other columns against the audit trail
(core/number_ledger.py): which record holds a number, its text and 序号, its kind and status, a
reissue, and a voided number's reason and who voided it."""

GLOSSARY = {
    "请保留现状，报告管理员并与备份核对。":
        "Leave everything as it is, tell the administrator and compare with a backup.",
    "%1第 %2 条记录": "%1 record %2",
    "记在%1上": "is on %1",
    "没有记在任何记录上": "is on no record",
    "%1“%2”在编号台账中%3，审计记录中这个号却是%4的（台账在程序之外被改动）。不要作废或重新使用这个号；%5":
        "%1 “%2” %3 in the number ledger, but in the audit trail the number belongs to %4 (the "
        "ledger was changed outside the program). Do not void or reuse the number. %5",
    "%1“%2”在编号台账中%3，审计记录中却没有哪一件记录得到过这个号（台账在程序之外被改动或写入）。%4":
        "%1 “%2” %3 in the number ledger, but no record was ever given this number in the audit "
        "trail (the ledger was changed or written outside the program). %4",
    "%1“%2”在编号台账中记为“%3”%4年第 %5 号，与这个号本身不符（台账在程序之外被改动）。%6":
        "%1 “%2” is recorded in the number ledger as “%3”, year %4, no. %5, which does not match "
        "the number itself (the ledger was changed outside the program). %6",
    "编号台账中的“%1”记为“%2”种编号，本程序不发这种编号（台账在程序之外被改动）。%3":
        "The number ledger records “%1” as a number of kind “%2”, which this program never issues "
        "(the ledger was changed outside the program). %3",
    "%1“%2”在编号台账中的状态是“%3”，本程序不这样记（台账在程序之外被改动）。%4":
        "%1 “%2” has the status “%3” in the number ledger, which this program never records (the "
        "ledger was changed outside the program). %4",
    "%1“%2”已在审计记录 %3 中重新使用，编号台账中却记为没有重新使用（台账在程序之外被改动）。%4":
        "%1 “%2” was reissued in audit entry %3, but the number ledger does not show it as reissued "
        "(the ledger was changed outside the program). %4",
    "%1“%2”在编号台账中记为重新使用，审计记录中却没有重新使用它（台账在程序之外被改动）。%3":
        "%1 “%2” is marked reissued in the number ledger, but no audit entry reissued it (the ledger "
        "was changed outside the program). %3",
    "%1“%2”在编号台账中%3，审计记录 %4 作废它时它不在任何记录上（台账在程序之外被改动）。%5":
        "%1 “%2” %3 in the number ledger, but when audit entry %4 voided it, it was on no record (the "
        "ledger was changed outside the program). %5",
    "%1“%2”在编号台账中%3，审计记录 %4 作废它时它在%5上（台账在程序之外被改动）。%6":
        "%1 “%2” %3 in the number ledger, but when audit entry %4 voided it, it was on %5 (the "
        "ledger was changed outside the program). %6",
    "%1“%2”的作废原因在编号台账中是“%3”，审计记录 %4 中是“%5”（台账在程序之外被改动）。%6":
        "The reason %1 “%2” was voided reads “%3” in the number ledger but “%5” in audit entry %4 "
        "(the ledger was changed outside the program). %6",
    "%1“%2”在编号台账中记为 %3 于 %4 作废，审计记录 %5 中是 %6 于 %7（台账在程序之外被改动）。%8":
        "The number ledger says %1 “%2” was voided by %3 at %4; audit entry %5 says by %6 at %7 (the "
        "ledger was changed outside the program). %8",
    "%1“%2”在编号台账中%3，审计记录 %4 重新使用它时没有用在任何记录上（台账在程序之外被改动）。%5":
        "%1 “%2” %3 in the number ledger, but audit entry %4 reissued it for no record (the ledger was "
        "changed outside the program). %5",
    "%1“%2”在编号台账中%3，审计记录 %4 把它重新用在%5上（台账在程序之外被改动）。不要作废或重新使用这个号；%6":
        "%1 “%2” %3 in the number ledger, but audit entry %4 reissued it for %5 (the ledger was "
        "changed outside the program). Do not void or reuse the number. %6",
    "%1“%2”的重新使用理由在编号台账中是“%3”，审计记录 %4 中是“%5”（台账在程序之外被改动）。%6":
        "The reason %1 “%2” was reissued reads “%3” in the number ledger but “%5” in audit entry %4 "
        "(the ledger was changed outside the program). %6",
    # core/integrity.py: 代理 rows digested, the seeded 职级 rows judged against the seed
    "代理": "Delegation",
    "%1第 %2 条记录与程序建库时写入的不同，却没有任何审计记录（在程序之外被改动）":
        "%1 record %2 differs from what the program wrote when the database was set up, yet has no "
        "audit entry (changed outside the program)",
    "%1第 %2 条记录（程序建库时写入）不见了，审计记录中没有删除它（在程序之外被删除）":
        "%1 record %2 (written when the database was set up) is gone, and no audit entry deleted it "
        "(deleted outside the program)",
    # core/info/periodical_check.py: the 信息刊物 against their saves and the seed
    "总期号起点": "first overall issue number",
    "信息刊物“%1”没有任何审计记录（在程序之外写入）":
        "The periodical “%1” has no audit entry (written outside the program)",
    "信息刊物“%1”的%2现为 %3，与程序建库时写入的 %4 不符，却没有任何审计记录（在程序之外被改动）":
        "The %2 of the periodical “%1” is now %3, not the %4 the program wrote when the database "
        "was set up, yet there is no audit entry (changed outside the program)",
    "信息刊物“%1”的%2现为 %3，与审计记录 %4 中的 %5 不符（在程序之外被改动）":
        "The %2 of the periodical “%1” is now %3, not the %5 of audit entry %4 (changed outside the "
        "program)",
}
