"""English for the lead's Chinese strings of session 39 (保密: who may restore)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "恢复时当前数据库先另存一份，含全部密级的记录和未遮盖的个人信息，须由密级权限为“%1”的管理员恢复，"
    "或由管理员在本机运行 officedesk restore。":
        "A restore first keeps the current database aside as a copy holding the records of every "
        "classification and personal data unmasked: it must be done by an administrator cleared for "
        "“%1”, or by an administrator running officedesk restore on this computer.",
}
