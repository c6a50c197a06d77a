"""English for probe15's texts: 逐级负责 across a rename (core/self_check.py), integrity checks."""

GLOSSARY = {
    "%1（曾用名%2）": "%1 (formerly %2)",
    "用户名中有看不见的字符（如从网页或 Word 粘贴带来的零宽空格、方向控制符），会与看上去相同的用户名混淆。请删去后重新输入。":
        "The user name holds characters that show nothing (a zero-width space or a direction mark "
        "pasted from a web page or Word): it would be taken for a user name that looks the same. "
        "Delete them and type it again.",
    "用户名“%1”与已有用户“%2”（%3）只差大小写或全角半角，容易被当作同一个人（签字、代录、审计记录中），请换一个。":
        "The user name “%1” differs from the existing user “%2” (%3) only in upper/lower case or "
        "full/half width: the two would be taken for one person (in signatures, 代录 entries and "
        "the audit trail). Choose another.",
    "%1没有任何审计记录（在程序之外写入），现为 %2":
        "%1 has no audit entry at all (written outside the program); it is now %2",
    "%1已在审计记录 %2 中删除，却仍在数据库中，现为 %3（在程序之外写入）":
        "%1 was deleted in audit entry %2 yet is still in the database, now %3 (written outside "
        "the program)",
    "%1现为 %2，与审计记录 %3 中的 %4 不符（在程序之外被改动）":
        "%1 is now %2, which does not match %4 of audit entry %3 (changed outside the program)",
    "%1不见了（审计记录 %2 中设为 %3，在程序之外被删除）":
        "%1 is gone (set to %3 in audit entry %2; deleted outside the program)",
    "节假日调整（%1）": "Holiday adjustment (%1)",
    "系统设置“%1”（%2）": "Setting “%1” (%2)",
    "检索索引中%1第 %2 条记录的密级为“%3”，低于记录本身的“%4”：密级权限不够的用户会在搜索结果中看到它的标题":
        "In the search index, %1 record no. %2 is marked “%3”, below the record's own “%4”: users "
        "not cleared for it would see its title among search results",
    "检索索引中还有%1 %2 条记录的密级低于记录本身":
        "In the search index, %2 more %1 records are marked below their own classification",
    "检索索引中%1 %2 条记录的密级与记录本身不同（如第 %3 条）":
        "In the search index, %2 %1 records are marked with another classification than their own "
        "(no. %3, for one)",
    "%1 %2 条记录不在检索索引中（如第 %3 条），搜索找不到它们":
        "%2 %1 records are not in the search index (no. %3, for one): no search finds them",
    "检索索引中有%1 %2 条已不存在的记录（如第 %3 条），搜索会列出它们的标题":
        "The search index holds %2 %1 records that no longer exist (no. %3, for one): searches "
        "would list their titles",
    "检索索引中有 %1 条不属于任何登记簿（%2）的条目":
        "The search index holds %1 entries of no register (%2)",
    "请管理员运行 officedesk check --reindex 由记录重建检索索引。":
        "Have an administrator run officedesk check --reindex to rebuild the search index from the "
        "records.",
    "检索索引与记录不一致（%1 条记录，%2 条索引，%3 条缺失），搜索可能漏掉记录。%4":
        "The search index does not match the records (%1 records, %2 index entries, %3 missing): "
        "searches may miss records. %4",
    "重建检索索引": "rebuilding the search index",
    "%1。%2": "%1. %2",
    "%1“%2”已有记录在用，不能重复使用（编号台账中没有它或记为作废，与记录不符：台账可能在程序之外被改动，请管理员运行 officedesk check 查明）。":
        "The %1 “%2” is held by a record in use and cannot be used again (the number ledger has no "
        "row of it, or marks it voided: the ledger may have been changed outside the program; have an administrator "
        "run officedesk check to find out).",
    "%1“%2”用在%3第 %4 条记录上，编号台账中却没有它（台账在程序之外被删除或改动）。不要作废或重新使用这个号；请保留现状，报告管理员并与备份核对。":
        "The %1 “%2” is held by %3 record no. %4, yet the number ledger has no row of it (the "
        "ledger was deleted from or changed outside the program). Do not void or reuse this "
        "number; leave things as they are, report it to the administrator and compare with a backup.",
}
