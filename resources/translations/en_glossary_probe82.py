"""English for the audit trail's summaries written from declared patterns (core/summary_texts.py,
probe82: accounts, 信息 期次, 重复件 links, reissued numbers, backups, attachments, 代理, 锁定 …)
and the keys and composed values the 历史记录 detail pane shows; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # accounts (core/accounts.py, positions.py, lockout.py, users.py)
    "修改用户 %1 的岗位：%2": "User %1's post changed: %2",
    "修改密码：%1": "Password changed: %1",
    "重置密码：%1": "Password reset: %1",
    "登录：%1": "Logged in: %1",
    "注销：%1": "Logged out: %1",
    "%1失败：账号锁定中（至 %2）：%3": "%1 failed: account locked (until %2): %3",
    "连续 %1 次密码错误，锁定用户 %2": "%1 wrong passwords in a row, user %2 locked",
    "连续 %1 次%2时原密码错误，锁定用户 %3": "%1 wrong old passwords in a row (%2), user %3 locked",
    "密码错误：%1（第 %2 次）": "Wrong password: %1 (attempt %2)",
    "%1时原密码错误：%2（第 %3 次）": "Wrong old password (%1): %2 (attempt %3)",
    "设置代理：%1 代理 %2（%3—%4）": "Stand-in set: %1 for %2 (%3 – %4)",
    "撤销代理：%1 代理 %2": "Stand-in withdrawn: %1 for %2",
    # 信息 (core/info/points_kept.py, empty_issue.py, periodicals.py, limits.py)
    "按信息计分标准重算得分（%1）：%2 → %3": "Score recomputed by the scoring rules (%1): %2 → %3",
    "按信息计分标准重算得分：%1 → %2": "Score recomputed by the scoring rules: %1 → %2",
    "删除空期：%1已删除，其后 %2 期依次提前一号": "Empty issue removed: %1 removed, the %2 later issues each numbered one up",
    "删除空期：%1已删除": "Empty issue removed: %1 removed",
    "删除空期%1，%2改为%3": "Empty issue %1 removed: %2 now %3",
    "删除空期：%1，其后 %2 期依次提前一号": "Empty issue removed: %1, the %2 later issues each numbered one up",
    "删除空期：%1": "Empty issue removed: %1",
    "设置刊物：%1": "Periodical set: %1",
    "数据库升级：系统设置“%1”按新的检查补齐：%2 → %3": "Database upgrade: setting “%1” completed for the new check: %2 → %3",
    # 通讯录 renames, 职级 orders (core/unit_renames.py, rank_orders.py)
    "单位更名（通讯录）：%1 → %2，随之修改：%3": "Unit renamed (directory): %1 → %2; changed with it: %3",
    "职级排序调整：%1 %2 → %3；%4": "Rank order changed: %1 %2 → %3; %4",
    "系统设置“%1”随之由 %2 改为 %3（仍指“%4”）": "setting “%1” moved with it from %2 to %3 (still “%4”)",
    "职级排序调整（通讯录）：%1 %2 → %3，持有者的级别随之修改":
        "Rank order changed (directory): %1 %2 → %3, its holders' level moved with it",
    "职级排序调整（通讯录）：%1 %2 → %3，持有者的级别随之修改；%4":
        "Rank order changed (directory): %1 %2 → %3, its holders' level moved with it; %4",
    # 信访 重复件 (core/petitions/links.py)
    "重复件，原件 %1": "Repeat, original %1",
    "标为重复件，原件 %1": "Marked as repeat, original %1",
    "取消重复件关联，原件 %1": "Repeat link removed, original %1",
    "重复件（%1）": "Repeat (%1)",
    "标为重复件（%1）": "Marked as repeat (%1)",
    "取消重复件关联（%1）": "Repeat link removed (%1)",
    "取消重复件关联，原件 %1：%2": "Repeat link removed, original %1: %2",
    "取消重复件关联（%1）：%2": "Repeat link removed (%1): %2",
    "取消重复件关联：%1": "Repeat link removed: %1",
    "原件为涉密信访件，请联系有权限的同事核实":
        "the original is a classified petition: ask a colleague cleared for it",
    "查看信访人完整身份信息（%1）：%2": "Petitioner's full identity viewed (%1): %2",
    # numbers (core/typed_numbers.py), records, 公文 (core/records.py, documents/)
    "重新使用已作废的号：%1（%2 %3）": "Voided number used again: %1 (%2 %3)",
    "重新使用空缺的号：%1（%2 %3）": "Skipped number used again: %1 (%2 %3)",
    "删除%1：%2": "Deleted %1: %2",
    "登记外来发文字号：%1": "Document no. from elsewhere recorded: %1",
    "发文%1：%2；登记外来发文字号：%3": "Outgoing, %1: %2; document no. from elsewhere recorded: %3",
    "添加附件：%1": "Attachment added: %1",
    "另存附件：%1": "Attachment saved as: %1",
    "删除附件：%1": "Attachment deleted: %1",
    # system (core/backups.py, index_check.py, workdays.py; exchange/writing.py)
    "备份数据库到 %1": "Database backed up to %1",
    "备份到 %1 未完成": "Backup to %1 not completed",
    "从备份 %1 恢复数据库": "Database restored from backup %1",
    "重建检索索引：%1 条记录": "Search index rebuilt: %1 records",
    "节假日调整：%1 %2": "Holiday change: %1 %2",
    "删除节假日调整：%1 %2": "Holiday change removed: %1 %2",
    "以完整身份证号和电话导出%1 %2 条到 %3": "%1 exported with full ID numbers and phones: %2 to %3",
    # 督查, 会议
    "任务延期：%1 %2 → %3（%4）": "Task extended: %1 %2 → %3 (%4)",
    "会议“%1”第 %2 项议定事项转督查": "Meeting “%1”: decision %2 sent to supervision",
    "数据库升级：补记会议“%1”导入时已发通知的送达人员（%2人）":
        "Database upgrade: recipients of the imported notice of meeting “%1” recorded (%2 people)",
    "调整会议“%1”座次": "Seating of meeting “%1” changed",
    "会议“%1”座次恢复按规则排列": "Seating of meeting “%1” back to the rules",
}
