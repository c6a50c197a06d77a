"""English for the attached files of a document (core/documents/attachments.py, the window's
附件 dialog): kept in the database, a program or script never started, a copy saved elsewhere."""

GLOSSARY = {
    "附件“%1”有 %2 MB，超过每个附件 %3 MB 的上限。请压缩（如扫描件降低分辨率）或拆分后再添加。":
        "The attachment “%1” is %2 MB, over the limit of %3 MB per attachment. Compress it (scan "
        "at a lower resolution, say) or split it, then add it again.",
    "无法读取附件“%1”：%2。请检查文件是否被其他程序占用、是否有权限读取。":
        "Cannot read the attachment “%1”: %2. Check that no other program holds the file and that "
        "you may read it.",
    "附件“%1”的文件不在数据库中（在共用数据库之前只存在添加它的电脑上）。请在添加它的电脑上打开一次（即存入数据库），或重新添加。":
        "The file of the attachment “%1” is not in the database (before the database was shared it "
        "was kept only on the computer that added it). Open it once on that computer (which puts it "
        "in the database), or add it again.",
    "附件“%1”的文件已被改动（校验值不符），请从备份恢复。":
        "The file of the attachment “%1” has been changed (its checksum does not match). Restore it "
        "from a backup.",
    "附件“%1”是可执行程序或脚本，为防病毒不从这里打开。请用“另存为…”存到别处，经杀毒软件检查后再处理。":
        "The attachment “%1” is a program or a script: against viruses it is not opened from here. "
        "Use “Save as…” to save it elsewhere and have it checked by the antivirus program first.",
    "无法打开附件“%1”：%2。请检查磁盘空间和权限。":
        "Cannot open the attachment “%1”: %2. Check the free disk space and the permissions.",
    "无法保存附件“%1”到“%2”：%3。请检查磁盘空间和权限。":
        "Cannot save the attachment “%1” to “%2”: %3. Check the free disk space and the permissions.",
    "%1 id %2 的一个附件（附件号 %3）的文件不在数据库中：请在添加它的电脑上打开一次，或重新添加":
        "An attachment (no. %3) of %1 id %2 has no file in the database: open it once on the "
        "computer that added it, or add it again",
    "%1 id %2 的一个附件（附件号 %3）的文件已被改动（校验值不符）":
        "The file of an attachment (no. %3) of %1 id %2 has been changed (its checksum does not match)",
    "另存为…": "Save as…",
    "这份%1已作废，附件不再增删。":
        "This record (%1) has been voided: its attachments are no longer added or removed.",
    "（档号 %1）": " (archive number %1)",
    "这份%1已归档%2，附件随归档文件保存，不能再增删。归档文件的更正须按档案管理的规定办理，请联系档案管理员（系统管理员）。":
        "This record (%1) has been filed%2: its attachments are kept with the filed document and can no "
        "longer be added or removed. A filed document is corrected under the archive rules: ask "
        "the archivist (the system administrator).",
    "稿件%1，附件是签批的稿件的一部分，不能再增删。%2":
        "This draft's state is “%1”: its attachments are part of the draft as approved and can "
        "no longer be added or removed. %2",
    "另存附件": "Save attachment copy",
    "%1 字节": "%1 bytes",
    "%1    （%2）": "%1    (%2)",
}
