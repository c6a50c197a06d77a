"""English for the database check's refusal to an administrator not cleared for every 密级."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "数据库检查的结果可能涉及任何密级的记录，须由密级权限为“%1”的管理员进行，或由管理员在本机运行 officedesk check。": (
        "The database check may report records of any classification: it must be run by an "
        "administrator cleared for “%1”, or by an administrator on this computer with officedesk check."
    ),
    "数据库检查": "the database check",
}
