"""English for probe90's Chinese strings (保密: what a refusal tells a clerk of a hidden record)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "没有找到信访编号（或 id）为“%1”的原件，或您无权查看。请核对原件；如确属重复信访而原件您无权查看，"
    "请联系有权限的同事办理。":
        "No original petition numbered (or with id) “%1” was found, or you may not see it. Check the "
        "original; if this is a repeat petition and you may not see its original, ask a colleague who may to do it.",
    "备份文件含全部密级的记录和未遮盖的个人信息，须由密级权限为“%1”的管理员备份，或由管理员在本机运行 officedesk backup。":
        "A backup holds the records of every classification and personal data unmasked: it must be made by an "
        "administrator cleared for “%1”, or by an administrator running officedesk backup on this computer.",
}
