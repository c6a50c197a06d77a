"""English for probe142: 通讯录 停用 (a unit, person or room out of use), the delete refusals'
advice to put an entry out of use, and a room out of use refused to a new meeting."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "会议室“%1”还有%2指向它，不能删除：删除后这些会议的会议室就指向不存在的记录，"
    "会议室冲突也查不出来。会议室不再使用的，可将其停用（用“修改”勾选“停用”）：选择会议室"
    "时不再列出它，也不能再预订，已有的会议仍记着它；尚未召开的会议，请先在会议中改用其他会议室。": (
        "Room “%1” cannot be deleted: %2 still point at it. Deleted, those meetings would point at "
        "a room that does not exist, and the room's conflicts would no longer be found. A room no "
        "longer in use can be put out of use (“Edit”, tick “Out of use”): no picker offers it and "
        "it cannot be booked, while the meetings held in it keep it; move meetings not yet held "
        "to another room first."
    ),
    "人员“%1”还被%2使用，不能删除：删除后它们指向不存在的人员。人员调离、退休的，"
    "可将其停用（用“修改”勾选“停用”）：选择人员时不再列出，已有记录仍记着此人；重复录入的，"
    "请先在会议的参会人员中改选另一条、在用户管理中改关联的人员，再删除。": (
        "Person “%1” cannot be deleted: %2 still use this person, and would point at a person "
        "who does not exist. Someone transferred or retired can be put out of use (“Edit”, tick "
        "“Out of use”): no picker offers the person, while the records keep them; for a "
        "duplicate entry, first pick the other entry among the meetings' attendees and change "
        "the linked person in User management, then delete."
    ),
    "单位“%1”还被%2使用，不能删除：删除后这些人员、记录和设置指向通讯录中没有的单位，"
    "统计对不上，单位更名时它们也不会随之更改。单位更名的，请由管理员用“修改”改单位"
    "名称（记录随之更改）；已撤销、合并的单位，可将其停用（用“修改”勾选“停用”）：选择单位"
    "时不再列出，历史记录仍用它；人员调走的，请先在“人员”中改其单位。": (
        "Unit “%1” cannot be deleted: %2 still use it. Deleted, those people, records and settings "
        "would name a unit the directory does not have, the figures would not add up, and a "
        "later rename would not reach them. If the unit was renamed, an administrator changes its "
        "name with “Edit” (the records follow); a unit abolished or merged can be put out of use "
        "(“Edit”, tick “Out of use”): no picker offers it, while past records keep it; for "
        "people who moved, first change their unit under “People”."
    ),
    "会议室“%1”已停用，不能再预订。请改选其他会议室；确需在此开会的，请先在"
    "“通讯录 → 会议室”中修改它，取消“停用”。": (
        "Meeting room “%1” is out of use and cannot be booked. Choose another room; to meet there "
        "after all, first edit it under “Directory → Meeting rooms” and clear “Out of use”."
    ),
    "在用": "In use",
    # the 通讯录's field 停用 (a room, person or unit out of use): core's labels reach Qt in the
    # context "fields", which lupdate does not see, so the English of the context-free fallback
    # (en_glossary.py's 停用: Out of use) is the field's; the user's button 停用 keeps “Disable”
    # in its own context (below)
}

IN_CONTEXT = {
    ("UsersDialog", "停用"): "Disable",
    ("DirectoryTab", "已停用"): "Out of use",
    ("DirectoryTab", "显示"): "Show",
}
