"""English for the eleventh GUI review's fixes: the import questions' scrolling problem list,
the batch print's warning naming a record left out; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "……另有 %1 处": "… and %1 more",
    "问题清单": "Problems",
    # a record batch print left out, named by its id only when nothing else is known of it
    "记录号 %1": "record no. %1",
    # restore: the backup chosen is of another office (its question names both)
    "另一个机关的备份": "A backup of another office",
    # 发文's 联合发文机关: the other issuing organs of a joint document
    "联合发文机关": "Joint issuing organs",
    "联合行文时填写其他发文机关，用顿号分隔；本机关（主办）不填":
        "For a joint document: the other issuing organs, separated by 、; not this office (the lead)",
}
