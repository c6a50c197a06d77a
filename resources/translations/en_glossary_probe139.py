"""English for probe139: a 通讯录 entry in use is not deleted; `check` names meetings left on a
deleted room or person."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1 %2 条（含您无权查看的 %3 条）": "%1: %2 (%3 of them you may not see)",
    "%1 等 %2 个": "%1 and others, %2 in all",
    "用户 %1 个（用户管理中关联了此人员）": "users: %1 (linked to this person in User management)",
    "人员 %1 人": "people: %1",
    "下级单位 %1 个": "lower units: %1",
    "用户岗位 %1 个（单位或分管）": "user posts: %1 (unit or oversight)",
    "系统设置“%1”": "the setting “%1”",
    "会议室“%1”还有%2指向它，不能删除：删除后这些会议的会议室就指向不存在的记录，"
    "会议室冲突也查不出来。会议室不再使用的，请保留它（可在“位置”中注明已停用）；"
    "尚未召开的会议，请先在会议中改用其他会议室。": (
        "Room “%1” cannot be deleted: %2 still point at it. Deleted, those meetings would point at "
        "a room that does not exist, and the room's conflicts would no longer be found. Keep a "
        "room no longer in use (you may note in “Location” that it is out of use); move meetings "
        "not yet held to another room first."
    ),
    "人员“%1”还被%2使用，不能删除：删除后它们指向不存在的人员。人员调离、退休的，"
    "请保留并用“修改”改其单位、职务；重复录入的，请先在会议的参会人员中改选另一条、"
    "在用户管理中改关联的人员，再删除。": (
        "Person “%1” cannot be deleted: %2 still use this person, and would point at a person "
        "who does not exist. For someone transferred or retired, keep the entry and use “Edit” to "
        "change the unit and post; for a duplicate entry, first pick the other entry among the "
        "meetings' attendees and change the linked person in User management, then delete."
    ),
    "单位“%1”是本机关（系统设置“机关名称”），不能删除：各登记簿、审批链和文书都以它为"
    "本机关。本机关更名的，请由管理员用“修改”改单位名称，并在系统设置中改机关名称。": (
        "Unit “%1” is this office itself (the “Organisation name” setting) and cannot be deleted: "
        "the registers, approval chains and papers take it as this office. If the office is "
        "renamed, an administrator changes the unit's name with “Edit” and the organisation name "
        "in Settings."
    ),
    "单位“%1”还被%2使用，不能删除：删除后这些人员、记录和设置指向通讯录中没有的单位，"
    "统计对不上，单位更名时它们也不会随之更改。单位更名的，请由管理员用“修改”改单位"
    "名称（记录随之更改）；已撤销的单位请保留，历史记录仍用它；人员调走的，请先在“人员”"
    "中改其单位。": (
        "Unit “%1” cannot be deleted: %2 still use it. Deleted, those people, records and settings "
        "would name a unit the directory does not have, the figures would not add up, and a "
        "later rename would not reach them. If the unit was renamed, an administrator changes its "
        "name with “Edit” (the records follow); keep a unit that was abolished, as past records "
        "still use it; for people who moved, first change their unit under “People”."
    ),
    "尚未召开的会议（id %1）的会议室指向已删除的会议室（id %2，地点写作“%3”）：会议室冲突"
    "查不出来。请在“通讯录 → 会议室”中重新添加这个会议室，再逐个打开这些会议，重新选择"
    "会议室并保存。": (
        "Meetings not yet held (id %1) point at a deleted room (id %2, place written “%3”): their "
        "room conflicts cannot be found. Add the room again under “Directory → Rooms”, then open "
        "each of those meetings, choose the room again and save."
    ),
    "尚未召开的会议（id %1）的参会人员“%2”指向已删除的人员（id %3）：人员冲突查不出来"
    "（会议中的姓名、单位、职务仍按记录）。请在“通讯录 → 人员”中重新添加此人，再逐个"
    "打开这些会议，重新选择参会人员并保存。": (
        "Attendee “%2” of meetings not yet held (id %1) points at a deleted person (id %3): the "
        "person's conflicts cannot be found (the name, unit and post in the meetings stay as "
        "recorded). Add the person again under “Directory → People”, then open each of those "
        "meetings, choose the attendee again and save."
    ),
    "职级“%1”还是%2中参会人员的级别，不能删除（删除后他们的级别只剩一个数字，"
    "以后排序为 %3 的职级会把他们当作自己的持有者）。不再使用的职级请保留。": (
        "Rank “%1” cannot be deleted: it is still the rank of attendees in %2 (deleted, their rank "
        "would be a bare number, which a later rank of order %3 would take as its own). Keep a "
        "rank no longer in use."
    ),
}
