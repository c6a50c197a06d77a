"""English for `check`'s findings on the number ledger against the audit trail
(core/number_ledger.py): a number's 作废 undone, made up or its row deleted in the file."""

GLOSSARY = {
    "%1“%2”在编号台账中记为作废，审计记录中却没有作废它（台账在程序之外被改动）。请保留现状，报告管理员并与备份核对。":
        "%1 “%2” is marked void in the number ledger, but no audit entry voided it (the ledger was "
        "changed outside the program). Leave everything as it is, tell the administrator and "
        "compare with a backup.",
    "%1“%2”已在审计记录 %3 中作废，编号台账中却记为未作废（台账在程序之外被改动）。这个号不能再用；请保留现状，报告管理员并与备份核对。":
        "%1 “%2” was voided in audit entry %3, but the number ledger shows it as not void (the "
        "ledger was changed outside the program). The number must not be used again; leave "
        "everything as it is, tell the administrator and compare with a backup.",
    "%1“%2”已在审计记录 %3 中作废，编号台账中却没有它（台账在程序之外被删除）。这个号不能再用；请保留现状，报告管理员并与备份核对。":
        "%1 “%2” was voided in audit entry %3, but the number ledger no longer has it (deleted "
        "outside the program). The number must not be used again; leave everything as it is, "
        "tell the administrator and compare with a backup.",
}
