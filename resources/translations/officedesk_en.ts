<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="33"/>
        <source>选择登记簿：</source>
        <translation>Choose a register:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="44"/>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="48"/>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="57"/>
        <source>模板已保存：</source>
        <translation>Template saved: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="85"/>
        <location filename="../../officedesk/ui/actions.py" line="104"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="114"/>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="137"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="135"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="131"/>
        <source>已导出 %1 条到 %2</source>
        <translation>Exported to %2: %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="159"/>
        <source>导入 Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="311"/>
        <source>导入检查</source>
        <translation>Import check</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="304"/>
        <source>跳过有问题的行，导入其余</source>
        <translation>Skip the rows with problems, import the rest</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="205"/>
        <location filename="../../officedesk/ui/actions.py" line="258"/>
        <location filename="../../officedesk/ui/actions.py" line="315"/>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="86"/>
        <source>导出哪些记录？
“当前列表”按现在的查找、筛选、排序和显示的列导出。</source>
        <translation>Which records to export?
&quot;Current list&quot; exports the present search, filters, sort and visible columns.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="90"/>
        <source>当前列表（%1 条）</source>
        <translation>Current list (%1 records)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="92"/>
        <source>全部记录</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="95"/>
        <source>导出哪些记录</source>
        <translation>Which records to export</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="134"/>
        <source>注意：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="145"/>
        <source>表格文件 (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="145"/>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="164"/>
        <source>选择要导入的表格（.xlsx、.xls、.ods；.csv 请先用 Excel 或 WPS 另存为 .xlsx）</source>
        <translation>Choose a spreadsheet to import (.xlsx, .xls, .ods; save a .csv as .xlsx in Excel or WPS first)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="188"/>
        <source>……另有 %1 处</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="195"/>
        <source>已有相同的记录</source>
        <translation>Records already there</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="197"/>
        <source>表中有 %1 行与已有记录相同（按编号，或来文字号＋来文机关等）。要怎样处理这些行？</source>
        <translation>%1 rows of the sheet match existing records (by number, or by reference and sender etc.). What should be done with these rows?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="201"/>
        <source>跳过这些行</source>
        <translation>Skip these rows</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="202"/>
        <source>用表中内容更新已有记录</source>
        <translation>Update the records from the sheet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="203"/>
        <source>仍然新增</source>
        <translation>Add them anyway</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="230"/>
        <source>按往年台账导入</source>
        <translation>Import as a past register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="236"/>
        <source>往年台账（往年已登记、已办理的记录）：各行可处于任何状态（如已答复、已办结、已归档），但须带有该状态应有的内容；表中的编号按原样登记，不必按顺序；复查、复核按当时的受理登记，不再按今天核对申请期限；不再办理的记录保留当时的人员。每条记录的历史中注明“导入历史台账”。先重新检查，确认后才导入。本年的新件请用普通导入。</source>
        <translation>A past register (records registered and handled in past years): each row may be in any state (replied, closed, archived …) but must carry what that state needs; the numbers in the sheet are taken as they are, in any order; reviews and re-examinations are taken as accepted then, without checking their request limits against today; records no longer in work keep the people of their time. Each record&apos;s history says “导入历史台账” (imported from a past register). The file is checked again first and imported only when you confirm. Import this year&apos;s new items the ordinary way.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="244"/>
        <source>%1（往年台账）</source>
        <translation>%1 (past register)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="254"/>
        <source>导入确认</source>
        <translation>Confirm import</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="255"/>
        <source>
现在导入吗？</source>
        <translation>
Import now?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/conflict_reason.py" line="21"/>
        <source>冲突原因</source>
        <translation>Reason for the conflict</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/conflict_reason.py" line="25"/>
        <source>第 %1 行有冲突（见检查结果），写明仍要保存的原因，再检查一遍：</source>
        <translation>Row(s) %1 conflict (see the check). Give the reason to save them anyway, then check again:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="307"/>
        <source>写明冲突原因…</source>
        <translation>Give a reason for the conflicts…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="353"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="353"/>
        <source>没有导入</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="356"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="358"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="32"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="32"/>
        <location filename="../../officedesk/ui/backup_actions.py" line="75"/>
        <source>数据库备份 (*.db)</source>
        <translation>Database backup (*.db)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="47"/>
        <source>替换已有的文件</source>
        <translation>Replace the existing file</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="48"/>
        <source>“%1”已存在。用这次备份替换它吗？它原有的内容将丢失（若它是另一个数据库或别的文件，将无法找回）。</source>
        <translation>“%1” already exists. Replace it with this backup? What it holds now will be lost (if it is another database or some other file, it cannot be recovered).</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="50"/>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="56"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="60"/>
        <source>备份完成</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="61"/>
        <source>已备份到 %1
审计校验码：%2（请抄录保存，日后用于核对）</source>
        <translation>Backed up to %1
Audit check code: %2 (write it down and keep it; it is used for later checks)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="75"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="82"/>
        <source>正在检查备份…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="93"/>
        <source>%1 %2 条</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="95"/>
        <source>没有记录</source>
        <translation>no records</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="97"/>
        <source>用这个备份替换当前数据库的全部内容吗？
备份文件：%1
机关：%2
备份中的最后一次操作：%3
备份中的记录：%4

备份之后新建或修改的记录将不在恢复后的数据库中；当前数据库会先另存一份。</source>
        <translation>Replace the whole content of the current database with this backup?
Backup file: %1
Office: %2
Last operation in the backup: %3
Records in the backup: %4

Records created or changed after the backup will not be in the restored database; the current database is saved aside first.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="101"/>
        <source>%1（代字 %2）</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="101"/>
        <source>名称未知</source>
        <translation>name unknown</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="102"/>
        <location filename="../../officedesk/ui/backup_actions.py" line="103"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="109"/>
        <source>恢复确认</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="109"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="120"/>
        <source>另一个机关的备份</source>
        <translation>A backup of another office</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="120"/>
        <source>仍要恢复</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="128"/>
        <source>恢复完成</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/backup_actions.py" line="132"/>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="371"/>
        <location filename="../../officedesk/ui/actions.py" line="373"/>
        <source>检查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="373"/>
        <source>数据库完好：完整性、外键和审计链均无问题。</source>
        <translation>The database is sound: integrity, foreign keys and audit chain all pass.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="376"/>
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="408"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="408"/>
        <source>密码已修改。在其他工作站上的登录需要用新密码重新登录。</source>
        <translation>Password changed. Sessions on other workstations must log in again with the new password.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="420"/>
        <source>简体中文</source>
        <translation>简体中文 (Simplified Chinese)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="423"/>
        <location filename="../../officedesk/ui/actions.py" line="426"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="423"/>
        <source>选择界面语言（重新启动后生效）：</source>
        <translation>Choose the interface language (takes effect after a restart):</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="426"/>
        <source>已保存，重新启动程序后生效。</source>
        <translation>Saved. Restart the program for it to take effect.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="93"/>
        <location filename="../../officedesk/ui/conflict_reason.py" line="31"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="257"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="31"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="315"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/conflict_reason.py" line="31"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="189"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="208"/>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="190"/>
        <source>议题，回车添加</source>
        <translation>Topic, Enter to add</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="192"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="193"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="208"/>
        <source>汇报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="195"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="196"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="208"/>
        <source>汇报人</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="198"/>
        <source>时长（分钟）</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="200"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="201"/>
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="202"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="203"/>
        <source>添加议程</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="206"/>
        <source>议程列表</source>
        <translation>Agenda list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="208"/>
        <source>分钟</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="214"/>
        <source>双击或 F2 修改；Delete 删除；Alt+↑/↓ 调整顺序</source>
        <translation>Double-click or F2 to edit; Delete to remove; Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="216"/>
        <source>议程总时长</source>
        <translation>Agenda total duration</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="217"/>
        <source>议程错误</source>
        <translation>Agenda error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="252"/>
        <source>请先填写议题。</source>
        <translation>Please enter a topic first.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="300"/>
        <source>议程第 %1 项的时长“%2”应为分钟数。</source>
        <translation>The duration “%2” of agenda item %1 should be minutes.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="341"/>
        <source>共 %1 项，约 %2 分钟</source>
        <translation>Items: %1, about %2 min</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="44"/>
        <location filename="../../officedesk/ui/documents/attachments.py" line="45"/>
        <location filename="../../officedesk/ui/documents/attachments.py" line="61"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="47"/>
        <source>附件列表</source>
        <translation>Attachment list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="55"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="56"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="57"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="58"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="69"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="75"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="86"/>
        <source>%1    （%2）</source>
        <translation>%1    (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="103"/>
        <source>选择附件</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="131"/>
        <source>另存附件</source>
        <translation>Save attachment copy</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="145"/>
        <location filename="../../officedesk/ui/documents/attachments.py" line="148"/>
        <source>删除附件</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/attachments.py" line="146"/>
        <source>确定删除附件“%1”吗？删除后不能恢复。</source>
        <translation>Delete the attachment “%1”? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="75"/>
        <source>签到 — %1</source>
        <translation>Sign-in — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="76"/>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="96"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="81"/>
        <source>↑/↓ 选人；按 1 已到、2 请假（随后填写原因并回车）、3 缺席、0 未签到；Ctrl+A 全部已到；Ctrl+S 保存。</source>
        <translation>↑/↓ choose a person; press 1 present, 2 on leave (then type the reason and Enter), 3 absent, 0 not signed in; Ctrl+A all present; Ctrl+S save.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="88"/>
        <source>签到名单</source>
        <translation>Sign-in list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="92"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="93"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="94"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="95"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="97"/>
        <source>请假原因</source>
        <translation>Reason for leave</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="115"/>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="173"/>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="210"/>
        <source>未签到</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="123"/>
        <source>签到统计</source>
        <translation>Sign-in count</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="126"/>
        <source>签到错误</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="128"/>
        <source>全部已到(Ctrl+A)</source>
        <translation>All present (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="129"/>
        <source>全部已到</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="134"/>
        <source>保存(Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="134"/>
        <source>保存签到</source>
        <translation>Save sign-in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="135"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../officedesk/ui/widgets/charts.py" line="33"/>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/charts.py" line="133"/>
        <source>暂无数据</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="33"/>
        <source>正文编辑</source>
        <translation>Body editor</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="39"/>
        <source>插入%1（在正文中按 Ctrl+%2）</source>
        <translation>Insert %1 (Ctrl+%2 in the body)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="45"/>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="48"/>
        <source>每段一行。用上方按钮或 Ctrl+1～Ctrl+4 插入各级标题的序号，打印时自动排成黑体、楷体、仿宋。</source>
        <translation>One paragraph per line. Use the buttons above or Ctrl+1 to Ctrl+4 to insert heading numbers; printing sets the headings in Hei, Kai and Fangsong type.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="56"/>
        <source>正文提纲</source>
        <translation>Body outline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="38"/>
        <source>插入</source>
        <translation>Insert</translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="262"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="384"/>
        <source>督查通报</source>
        <translation>Supervision bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="265"/>
        <source>通报开始日期</source>
        <translation>Bulletin start date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="266"/>
        <source>通报结束日期</source>
        <translation>Bulletin end date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="267"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="268"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="273"/>
        <source>序号印后手填</source>
        <translation>number by hand</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="274"/>
        <source>通报发文字号</source>
        <translation>Bulletin document number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="275"/>
        <source>本期督查通报的发文字号，如 云委办督〔2026〕3号；留空则序号留白，编号后手填</source>
        <translation>This supervision bulletin&apos;s document number, e.g. 云委办督〔2026〕3号; left blank, the number is left for handwriting once it is given</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="276"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="277"/>
        <source>打印通报</source>
        <translation>Print bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="280"/>
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="282"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="286"/>
        <source>发文字号：</source>
        <translation>Doc. no.:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="291"/>
        <source>通报概况</source>
        <translation>Bulletin overview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="295"/>
        <source>各单位办理情况</source>
        <translation>Progress by unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="304"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="340"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="362"/>
        <source>各单位办结率、按期办结率（按件计，%）</source>
        <translation>Completion and on-time rates by unit (by task, %)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="347"/>
        <source>截至期末在办任务 %1 件，逾期未办结 %2 件；本期应办结 %3 件，办结 %4 件（按期 %5 件）；办结率（按件计）%6，按期办结率（按件计）%7。</source>
        <translation>At the period&apos;s end %1 tasks open, %2 overdue; %3 due in the period, %4 completed (%5 on time); completion rate (by task) %6, on-time rate (by task) %7.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="368"/>
        <source>办结率（按件计）</source>
        <translation>Completion rate (by task)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="369"/>
        <source>按期办结率（按件计）</source>
        <translation>On-time rate (by task)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="403"/>
        <source>印制份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="404"/>
        <source>涉密督查通报逐份编份号。印制份数，或只补印其中一份：</source>
        <translation>Each copy of a classified supervision bulletin carries its own copy number. Copies to print, or reprint a single copy:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="364"/>
        <source>：按期办结率最低的 %1 个单位</source>
        <translation>: the %1 units with the lowest on-time rate</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../officedesk/ui/petitions/categories_dialog.py" line="27"/>
        <location filename="../../officedesk/ui/petitions/categories_dialog.py" line="28"/>
        <location filename="../../officedesk/ui/petitions/categories_dialog.py" line="31"/>
        <source>问题类别</source>
        <translation>Issue categories</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/categories_dialog.py" line="29"/>
        <source>每行一个类别（Ctrl+Enter 保存）：</source>
        <translation>One category a line (Ctrl+Enter saves):</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/categories_dialog.py" line="36"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/categories_dialog.py" line="37"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/categories_dialog.py" line="38"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChainEditorDialog</name>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="43"/>
        <location filename="../../officedesk/ui/chain_editor.py" line="44"/>
        <source>审批链与职务</source>
        <translation>Approval chains and positions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="50"/>
        <location filename="../../officedesk/ui/chain_editor.py" line="108"/>
        <source>办理程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="55"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="59"/>
        <location filename="../../officedesk/ui/chain_editor.py" line="110"/>
        <source>按审批链把关</source>
        <translation>Enforce the approval chain</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="67"/>
        <source>审批链步骤</source>
        <translation>Steps of the approval chain</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="78"/>
        <source>每行一步。由谁办理写职务，可加范围：@本单位（记录所属单位的）、@分管（分管该单位的领导）、@单位名；几个职务用、隔开，另一种办理人用“或”连接。例如：处长、科长@本单位；副主任@分管或主任。变体（如请示、绝密）留空表示同一般审批链。</source>
        <translation>One step a line. “Done by” names a position, optionally with a scope: @本单位 (of the record&apos;s unit), @分管 (the leader in charge of that unit), or @unit name; separate several positions with 、 and alternatives with 或. E.g. 处长、科长@本单位; 副主任@分管或主任. A variant (e.g. Request for instructions, Top secret) left empty follows the general chain.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="92"/>
        <source>职务表</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="97"/>
        <source>添加一步</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="97"/>
        <source>删除此步</source>
        <translation>Remove this step</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="98"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="99"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="100"/>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="119"/>
        <source>职务表（由低到高）</source>
        <translation>Positions (lowest first)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="126"/>
        <location filename="../../officedesk/ui/chain_editor.py" line="127"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="128"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="26"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="28"/>
        <source>交核查</source>
        <translation>Send for checking</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="29"/>
        <source>核查结论</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="30"/>
        <source>处理</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="31"/>
        <source>打印核查通知书</source>
        <translation>Print checking notice</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="32"/>
        <source>打印效能告诫书</source>
        <translation>Print warning letter</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="60"/>
        <source>登记效能投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="69"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>CopiesDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="44"/>
        <source>印制份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="45"/>
        <source>逐份印制(&amp;E)</source>
        <translation>Print &amp;every copy</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="46"/>
        <source>逐份印制</source>
        <translation>Print every copy</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="50"/>
        <source>补印的份号</source>
        <translation>Copy number to reprint</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="51"/>
        <source>只补印一份(&amp;R)</source>
        <translation>&amp;Reprint one copy only</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="54"/>
        <source>份数(&amp;C)：</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="56"/>
        <source>份号(&amp;N)：</source>
        <translation>Copy &amp;no.:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="52"/>
        <source>只补印一份</source>
        <translation>Reprint one copy only</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="81"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="81"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="79"/>
        <source>待办概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="80"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="81"/>
        <source>刷新工作台</source>
        <translation>Refresh dashboard</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="86"/>
        <source>待办事项列表</source>
        <translation>To-do list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="99"/>
        <source>节假日提示</source>
        <translation>Holiday notice</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="107"/>
        <source>我的待办</source>
        <translation>My to-do</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="108"/>
        <source>我已送出、等待办理</source>
        <translation>Sent on, waiting for others</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="109"/>
        <source>全办待办概况</source>
        <translation>Office overview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="162"/>
        <source>正在统计待办事项…</source>
        <translation>Counting the to-do items…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="230"/>
        <source>今天是 %1。已逾期 %2 件，今日到期 %3 件，即将到期 %4 件。</source>
        <translation>Today is %1. Overdue: %2, due today: %3, due soon: %4.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="237"/>
        <source>另有 %1 项超过“三多”控制目标。</source>
        <translation> Also %1 over the monthly targets for meetings and papers.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="241"/>
        <source>每类只列出最早到期的 %1 件，实际更多。</source>
        <translation> Each kind lists only its %1 earliest due; there are more.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../officedesk/ui/widgets/date_input.py" line="51"/>
        <source>如 2026-3-5 9:30</source>
        <translation>e.g. 2026-3-5 9:30</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/date_input.py" line="53"/>
        <source>如 2026-3-5</source>
        <translation>e.g. 2026-3-5</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/date_input.py" line="57"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/date_input.py" line="58"/>
        <source>不填（%1）</source>
        <translation>Optional (%1)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/date_input.py" line="64"/>
        <source>从日历中选择（Alt+↓）</source>
        <translation>Pick from a calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="122"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="123"/>
        <source>设置代理</source>
        <translation>Substitutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="142"/>
        <source>如：出差、休假</source>
        <translation>e.g. on a trip, on leave</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="144"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="155"/>
        <source>被代理人</source>
        <translation>Absent official</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="145"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="155"/>
        <source>代理人</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="139"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="145"/>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="140"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="146"/>
        <source>结束日期</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="146"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="156"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="149"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="150"/>
        <source>添加代理</source>
        <translation>Add substitute</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="152"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="153"/>
        <source>撤销所选代理</source>
        <translation>End selected</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="155"/>
        <source>起</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="155"/>
        <source>止</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="158"/>
        <source>代理列表</source>
        <translation>Substitutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="168"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="222"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="229"/>
        <source>撤销代理</source>
        <translation>End substitute</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="223"/>
        <source>确定撤销 %1 由 %2 代理（%3 至 %4）吗？</source>
        <translation>End %2 acting for %1 (%3 to %4)?</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../officedesk/ui/directory/__init__.py" line="19"/>
        <source>通讯录</source>
        <translation>Directory</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="127"/>
        <source>办理过程</source>
        <translation>Handling record</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="170"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="171"/>
        <location filename="../../officedesk/ui/documents/page.py" line="176"/>
        <location filename="../../officedesk/ui/documents/page.py" line="182"/>
        <location filename="../../officedesk/ui/documents/page.py" line="186"/>
        <location filename="../../officedesk/ui/documents/page.py" line="195"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="175"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="181"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="185"/>
        <source>密级</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="194"/>
        <source>文种</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="348"/>
        <source>无</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="23"/>
        <source>公文</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="27"/>
        <source>收文</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="28"/>
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="29"/>
        <source>统计与归档</source>
        <translation>Statistics and archive</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="67"/>
        <source>修改稿件</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="67"/>
        <source>拟稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="77"/>
        <source>正文错误</source>
        <translation>Body error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="90"/>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="105"/>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="112"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="106"/>
        <source>经办人错误</source>
        <translation>Handled by error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="115"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="117"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="117"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="24"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="25"/>
        <source>效能明细：%1</source>
        <translation>Records behind: %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="28"/>
        <source>明细记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="30"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="30"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="30"/>
        <source>环节</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="30"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="30"/>
        <source>完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="31"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="31"/>
        <source>用时（工作日）</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="31"/>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="39"/>
        <source>共 %1 条；双击或按 Enter 打开记录。</source>
        <translation>%1 records; double-click or press Enter to open one.</translation>
    </message>
</context>
<context>
    <name>EfficiencyTab</name>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="97"/>
        <source>效能</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="101"/>
        <source>统计开始日期</source>
        <translation>Period start</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="102"/>
        <source>统计结束日期</source>
        <translation>Period end</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="107"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="108"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="113"/>
        <source>序号印后手填</source>
        <translation>number by hand</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="114"/>
        <source>通报发文字号</source>
        <translation>Bulletin document number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="115"/>
        <source>本期效能通报的发文字号，如 云委办通〔2026〕3号；留空则序号留白，编号后手填</source>
        <translation>This bulletin&apos;s document number, e.g. 云委办通〔2026〕3号; left blank, the number is left for handwriting once it is given</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="116"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="117"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="119"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="120"/>
        <source>打印效能通报</source>
        <translation>Print efficiency bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="124"/>
        <source>效能概要</source>
        <translation>Efficiency summary</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="126"/>
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="127"/>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="128"/>
        <source>发文字号：</source>
        <translation>Doc. no.:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="138"/>
        <source>效能分页</source>
        <translation>Efficiency pages</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="139"/>
        <source>各事项效能</source>
        <translation>Efficiency by procedure</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="140"/>
        <source>每月完成件数与中位用时（收文）</source>
        <translation>Completed and median days per month (incoming)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="141"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="143"/>
        <source>环节所属事项</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="144"/>
        <source>各环节用时</source>
        <translation>Time per step</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="145"/>
        <source>各环节用时占比（%）</source>
        <translation>Share of time per step (%)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="147"/>
        <source>瓶颈环节</source>
        <translation>Bottleneck</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="148"/>
        <source>退回情况</source>
        <translation>Work sent back</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="150"/>
        <source>退回次数</source>
        <translation>Times sent back</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="158"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="332"/>
        <source>环节</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="161"/>
        <source>排名所属事项</source>
        <translation>Procedure ranked</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="163"/>
        <source>排名维度</source>
        <translation>Rank by</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="164"/>
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="164"/>
        <source>按人员</source>
        <translation>By person</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="165"/>
        <source>按文种/类别</source>
        <translation>By kind/category</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="166"/>
        <source>按经办人（各环节）</source>
        <translation>By handler of the steps</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="169"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="174"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="372"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="383"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="170"/>
        <source>按时率（%）</source>
        <translation>On-time rate (%)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="177"/>
        <source>三多每月情况</source>
        <translation>Meetings and documents per month</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="178"/>
        <source>每月会议次数与控制目标</source>
        <translation>Meetings per month and target</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="179"/>
        <source>领导会议负担</source>
        <translation>Leaders&apos; meeting load</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="186"/>
        <source>三多</source>
        <translation>Meetings and papers</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="188"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="211"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="252"/>
        <source>效能投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="209"/>
        <source>收文</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="209"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="411"/>
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="210"/>
        <source>督查</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="210"/>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="291"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="291"/>
        <source>计时</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="291"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="383"/>
        <source>办件量</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="291"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="383"/>
        <source>完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="292"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="332"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="372"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="384"/>
        <source>中位用时</source>
        <translation>Median days</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="292"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="332"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="373"/>
        <source>90%分位</source>
        <translation>90th pct.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="292"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="333"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="373"/>
        <source>最长</source>
        <translation>Longest</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="292"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="333"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="384"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="395"/>
        <source>按时率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="293"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="384"/>
        <source>逾期未办</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="293"/>
        <source>中位用时环比</source>
        <translation>Median vs previous</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="293"/>
        <source>按时率同比</source>
        <translation>On time vs last year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="304"/>
        <source>完成件数</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="305"/>
        <source>中位用时（工作日）</source>
        <translation>Median (working days)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="309"/>
        <source>期间 %1 至 %2（工作日计；环比：%3 至 %4；同比：去年同期）。</source>
        <translation>Period %1 to %2 (working days; previous: %3 to %4; year on year: same period last year).</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="318"/>
        <source>收文用时最多的环节：%1。</source>
        <translation>Incoming documents spend most time at: %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="320"/>
        <source>会议超过控制目标的月份：%1。</source>
        <translation>Months over the meeting target: %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="321"/>
        <source>发文超过控制目标的月份：%1。</source>
        <translation>Months over the document target: %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="324"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="346"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="332"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="372"/>
        <source>件次</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="333"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="373"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="380"/>
        <source>用时合计</source>
        <translation>Total days</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="333"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="340"/>
        <source>用时占比</source>
        <translation>Share of time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="342"/>
        <source>瓶颈环节：%1</source>
        <translation>Bottleneck: %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="352"/>
        <source>从环节</source>
        <translation>From step</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="352"/>
        <source>退回至</source>
        <translation>Back to</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="352"/>
        <source>次数</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="352"/>
        <source>件数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="357"/>
        <source>本期无退回</source>
        <translation>No work was sent back in this period</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="360"/>
        <source>退回 %1 次（%2 件，每百件 %3 次）；上期 %4 次，去年同期 %5 次</source>
        <translation>Sent back %1 times (%2 records, %3 per 100); previous period %4, same period last year %5</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="372"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="383"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="385"/>
        <source>上期按时率</source>
        <translation>On time, previous</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="385"/>
        <source>环比</source>
        <translation>Vs previous</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="385"/>
        <source>去年同期按时率</source>
        <translation>On time, last year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="385"/>
        <source>同比</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="411"/>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="416"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="422"/>
        <source>去年同月</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="417"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="423"/>
        <source>控制目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="418"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="422"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="425"/>
        <source>领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="425"/>
        <source>会议次数</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="425"/>
        <source>会议时长（小时）</source>
        <translation>Meeting hours</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="426"/>
        <source>其中未登记签到</source>
        <translation>Of which no sign-in recorded</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="466"/>
        <source>效能通报</source>
        <translation>Efficiency bulletin</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../officedesk/ui/login.py" line="108"/>
        <source>首次使用 — 初始设置</source>
        <translation>First use — initial setup</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="109"/>
        <source>首次使用</source>
        <translation>First use</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="111"/>
        <source>如：中共某某县委办公室</source>
        <translation>e.g. General Office of the XX County Party Committee</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="113"/>
        <source>如：X委办（发文字号为 X委办发〔2026〕1号）</source>
        <translation>e.g. X委办 (document numbers then read X委办发〔2026〕1号)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="115"/>
        <location filename="../../officedesk/ui/login.py" line="164"/>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="120"/>
        <source>载入演示数据（可用于培训，正式使用前请勿勾选）</source>
        <translation>Load demo data (for training; leave unticked for real use)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="123"/>
        <source>机关名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="124"/>
        <source>机关代字</source>
        <translation>Office code</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="125"/>
        <source>管理员用户名</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="126"/>
        <source>管理员姓名</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="127"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="128"/>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="132"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="134"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="138"/>
        <location filename="../../officedesk/ui/login.py" line="139"/>
        <source>完成设置</source>
        <translation>Finish setup</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="140"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="145"/>
        <source>欢迎使用机关办公桌面。请先填写本机关的信息并创建管理员账号。</source>
        <translation>Welcome to OfficeDesk. First enter your office&apos;s details and create an administrator account.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="153"/>
        <source>两次输入的密码不一致，请重新输入。</source>
        <translation>The two passwords differ. Please enter them again.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="156"/>
        <source>请填写机关名称和机关代字。</source>
        <translation>Please fill in the office name and office code.</translation>
    </message>
</context>
<context>
    <name>FoldingBar</name>
    <message>
        <location filename="../../officedesk/ui/widgets/fold_bar.py" line="35"/>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/fold_bar.py" line="36"/>
        <source>更多操作</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/fold_bar.py" line="37"/>
        <source>窗口放不下的按钮</source>
        <translation>Buttons the window has no room for</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="77"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="96"/>
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="110"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="127"/>
        <location filename="../../officedesk/ui/widgets/history.py" line="128"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="131"/>
        <source>历史记录列表</source>
        <translation>History list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="134"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="134"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="134"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="134"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="162"/>
        <source>变更内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="168"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="183"/>
        <source>办理人：%1</source>
        <translation>Done by: %1</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="249"/>
        <location filename="../../officedesk/ui/admin.py" line="250"/>
        <source>节假日调整</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="252"/>
        <source>节假日调整列表</source>
        <translation>Holiday list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="253"/>
        <location filename="../../officedesk/ui/admin.py" line="262"/>
        <location filename="../../officedesk/ui/admin.py" line="264"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="253"/>
        <location filename="../../officedesk/ui/admin.py" line="267"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="253"/>
        <location filename="../../officedesk/ui/admin.py" line="272"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="266"/>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="266"/>
        <source>上班（调休）</source>
        <translation>Working day (swap)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="269"/>
        <source>说明，如 春节</source>
        <translation>Note, e.g. Spring Festival</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="276"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="277"/>
        <source>添加节假日</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="280"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="281"/>
        <source>删除所选节假日</source>
        <translation>Delete selected holidays</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="296"/>
        <source>%1 年的放假和调休已全部录入</source>
        <translation>All holidays and make-up days of %1 entered</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="297"/>
        <source>录入国务院办公厅公布的该年全部放假和调休上班日后勾选；未勾选时，该年的期限标“暂按”。</source>
        <translation>Tick once every holiday and make-up working day the State Council&apos;s General Office published for the year is entered; until then the year&apos;s deadlines are marked “provisional”.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="304"/>
        <source>重算结果</source>
        <translation>Deadlines recounted</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="339"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="346"/>
        <source>内置节假日表缺少以下年份，请在此补充：</source>
        <translation>The built-in holiday table lacks these years; please add them here: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="348"/>
        <source>内置节假日表已包含今明两年；此处的设置优先。</source>
        <translation>The built-in holiday table covers this year and next; the entries here take precedence.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="367"/>
        <source>替换节假日调整</source>
        <translation>Replace holiday adjustment</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="368"/>
        <source>%1 已有调整：%2。改为%3吗？原来的类型和说明将被替换，该年的期限将重新计算。</source>
        <translation>%1 already has an adjustment: %2. Change it to %3? The old kind and note are replaced and the year&apos;s deadlines are recounted.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="372"/>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="385"/>
        <source>已将 %1 由 %2 改为 %3；重算期限 %4 件。</source>
        <translation>Changed %1 from %2 to %3; deadlines recounted: %4.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="392"/>
        <source>已添加 %1（%2）；重算期限 %3 件。</source>
        <translation>Added %1 (%2); deadlines recounted: %3.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="405"/>
        <source>已标记 %1 年已全部录入，该年的期限不再标“暂按”。</source>
        <translation>%1 marked as entered whole: its deadlines are no longer provisional.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="406"/>
        <source>已取消 %1 年的标记，该年的期限标“暂按”。</source>
        <translation>%1 no longer marked: its deadlines are provisional.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="415"/>
        <source>删除节假日调整</source>
        <translation>Delete holiday adjustment</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="416"/>
        <source>确定删除 %1（%2）这一天的调整吗？该年的期限将重新计算。</source>
        <translation>Delete the adjustment of %1 (%2)? The deadlines of that year will be computed again.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="419"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="430"/>
        <source>已删除 %1（%2）的调整；重算期限 %3 件。</source>
        <translation>Removed the adjustment of %1 (%2); deadlines recounted: %3.</translation>
    </message>
</context>
<context>
    <name>IncomingPage</name>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="58"/>
        <source>持有/时限</source>
        <translation>Holder/deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="61"/>
        <source>收文</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="105"/>
        <source>来文字号</source>
        <translation>Sender&apos;s document number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="106"/>
        <source>“%1”应写作“%2”（六角括号〔〕，不加“第”，不编虚位）。改正吗？</source>
        <translation>“%1” should be written “%2” (hexagonal brackets 〔〕, no “第”, no leading zeros). Correct it?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="124"/>
        <source>重复登记？</source>
        <translation>Registered twice?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="125"/>
        <source>已登记过来文字号相同的收文：%1。同一份来文登记两次会被重复办理和统计。仍要签收吗？</source>
        <translation>An incoming document with the same reference number is already registered: %1. The same document registered twice is handled and counted twice. Sign it in anyway?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="127"/>
        <source>没有签收：与已登记的收文相同。</source>
        <translation>Not signed in: the same as a document already registered.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="134"/>
        <source>收文签收</source>
        <translation>Sign for receipt</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="152"/>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="153"/>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="174"/>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="165"/>
        <source>收文登记</source>
        <translation>Register incoming document</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="186"/>
        <source>符合要求</source>
        <translation>Meets the requirements</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="233"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="234"/>
        <source>把领导对“%1”的批示转为督查事项吗？</source>
        <translation>Turn the leader&apos;s instruction on “%1” into a supervised item?</translation>
    </message>
</context>
<context>
    <name>InfoTab</name>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="66"/>
        <source>信息</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="72"/>
        <source>报送计时</source>
        <translation>Report clock</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="75"/>
        <location filename="../../officedesk/ui/info/tab.py" line="221"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="76"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="77"/>
        <source>待接收</source>
        <translation>Awaiting receipt</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="78"/>
        <source>待初审</source>
        <translation>Awaiting screening</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="79"/>
        <source>编辑签发中</source>
        <translation>Being edited or signed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="80"/>
        <source>已编发</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="81"/>
        <source>已采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="82"/>
        <source>突发事件</source>
        <translation>Emergencies</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="86"/>
        <source>信息详情</source>
        <translation>Item details</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="90"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="52"/>
        <location filename="../../officedesk/ui/info/tab.py" line="91"/>
        <location filename="../../officedesk/ui/info/tab.py" line="232"/>
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="93"/>
        <source>接收</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="93"/>
        <location filename="../../officedesk/ui/info/tab.py" line="233"/>
        <source>初审</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="93"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="94"/>
        <location filename="../../officedesk/ui/info/tab.py" line="234"/>
        <source>签发</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="94"/>
        <location filename="../../officedesk/ui/info/tab.py" line="235"/>
        <source>编发</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="94"/>
        <source>上报</source>
        <translation>Send up</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="95"/>
        <source>采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="95"/>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="95"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="96"/>
        <source>书面报告</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="96"/>
        <source>电话报告</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="102"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="103"/>
        <source>打印信息单据</source>
        <translation>Print information papers</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="105"/>
        <source>接收回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="107"/>
        <source>所在一期刊物</source>
        <translation>Its issue of the periodical</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="116"/>
        <source>刊物</source>
        <translation>Periodicals</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="117"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="118"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="204"/>
        <source>选择一条信息查看详情。</source>
        <translation>Select an item to see its details.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="215"/>
        <source>信息编号</source>
        <translation>Item no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="216"/>
        <source>报送单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="217"/>
        <source>报送时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="218"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="218"/>
        <location filename="../../officedesk/ui/info/tab.py" line="224"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="220"/>
        <source>密级</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="224"/>
        <source>事发时间</source>
        <translation>Event time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="227"/>
        <source>报送时限</source>
        <translation>Reporting limits</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="227"/>
        <source>电话 %1 前，书面 %2 前</source>
        <translation>Phone by %1, written by %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="232"/>
        <source>首报：</source>
        <translation>First report: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="236"/>
        <source>采用情况</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="237"/>
        <source>领导批示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="239"/>
        <source>督查事项</source>
        <translation>Supervised item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="241"/>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="266"/>
        <source>登记报送的信息</source>
        <translation>Register a reported item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="280"/>
        <source>续报：</source>
        <translation>Follow-up: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="360"/>
        <source>印制份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="361"/>
        <source>涉密信息刊物逐份编份号。印制份数，或只补印其中一份：</source>
        <translation>Each copy of a classified issue carries its own copy number. Copies to print, or reprint a single copy:</translation>
    </message>
</context>
<context>
    <name>IssuesDialog</name>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="82"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="83"/>
        <source>信息刊物</source>
        <translation>Information periodicals</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="85"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="88"/>
        <source>刊物</source>
        <translation>Periodicals</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="86"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="88"/>
        <source>期号</source>
        <translation>Issue no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="88"/>
        <source>总期号</source>
        <translation>Running no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="89"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="89"/>
        <source>信息数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="89"/>
        <source>印发日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="90"/>
        <source>刊物各期</source>
        <translation>Issues of the periodicals</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="91"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="92"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="172"/>
        <source>印发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="95"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="96"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="192"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="195"/>
        <source>删除空期</source>
        <translation>Remove empty issue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="99"/>
        <source>调整顺序…</source>
        <translation>Reorder…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="100"/>
        <source>调整这一期的信息顺序</source>
        <translation>Reorder the items of this issue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="104"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="105"/>
        <source>打印这一期</source>
        <translation>Print this issue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="107"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="108"/>
        <source>刊物设置</source>
        <translation>Periodical settings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="112"/>
        <source>刊物：</source>
        <translation>Periodical:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="143"/>
        <source>%1年第%2期</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="145"/>
        <source>总第%1期</source>
        <translation>Running no. %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="168"/>
        <source>印发刊物</source>
        <translation>Issue the periodical</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="169"/>
        <source>印发《%1》%2年第%3期（总第%4期，%5条信息）？
印发后这一期即发出，不能撤回，也不能再编入或改动信息。</source>
        <translation>Issue %1 no. %3 of %2 (no. %4 overall, %5 items)?
Once issued it goes out: it cannot be taken back, and no item can be added to it or changed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="193"/>
        <source>删除《%1》%2年第%3期（总第%4期）？
其后未印发的各期期号、总期号依次提前一号。</source>
        <translation>Remove %1, %2 issue %3 (overall no. %4)?
The later issues not yet issued each move up one number, in the year and overall.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../officedesk/ui/login.py" line="43"/>
        <source>登录 — 机关办公桌面</source>
        <translation>Log in — OfficeDesk</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="44"/>
        <location filename="../../officedesk/ui/login.py" line="57"/>
        <location filename="../../officedesk/ui/login.py" line="58"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="46"/>
        <location filename="../../officedesk/ui/login.py" line="63"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="49"/>
        <location filename="../../officedesk/ui/login.py" line="64"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="51"/>
        <source>大写锁定</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="52"/>
        <source>大写锁定已打开</source>
        <translation>Caps Lock is on</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="53"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="59"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="67"/>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="65"/>
        <source>机关办公桌面</source>
        <translation>OfficeDesk</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="66"/>
        <source>主窗口</source>
        <translation>Main window</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="68"/>
        <source>功能页</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="75"/>
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="175"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="178"/>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="184"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="190"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="195"/>
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="196"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="197"/>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="200"/>
        <source>备份数据库…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="203"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="208"/>
        <source>注销(&amp;L)</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="210"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="212"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="215"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="220"/>
        <source>全局搜索…</source>
        <translation>Search everywhere…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="224"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="231"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="232"/>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="234"/>
        <source>系统设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="237"/>
        <source>用户管理…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="240"/>
        <source>节假日调整…</source>
        <translation>Holidays…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="243"/>
        <source>界面语言…</source>
        <translation>Interface language…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="244"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="246"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="249"/>
        <source>日志文件位置</source>
        <translation>Log file location</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="250"/>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="254"/>
        <location filename="../../officedesk/ui/main_window.py" line="257"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="258"/>
        <source>机关办公桌面 OfficeDesk
公文、会议、督查、信访登记与打印。</source>
        <translation>OfficeDesk
Registers and printing for official documents, meetings, supervision and petitions.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="289"/>
        <source>审批链与职务…</source>
        <translation>Approval chains and positions…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="290"/>
        <source>岗位设置…</source>
        <translation>Positions of users…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="291"/>
        <source>设置代理…</source>
        <translation>Substitutes…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="304"/>
        <source>用户：%1（%2，密级权限：%3）</source>
        <translation>User: %1 (%2, clearance: %3)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="304"/>
        <source>用户：%1 %4（%2，密级权限：%3）</source>
        <translation>User: %1, %4 (%2, clearance: %3)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="311"/>
        <source>当前用户</source>
        <translation>Current user</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="312"/>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="313"/>
        <source>当前数据库</source>
        <translation>Current database</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="334"/>
        <source>当前页没有这项操作</source>
        <translation>This page has no such action</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="350"/>
        <source>没有找到这条记录所在的页面</source>
        <translation>No page shows this record</translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="49"/>
        <source>周视图</source>
        <translation>Week view</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="49"/>
        <source>月视图</source>
        <translation>Month view</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="50"/>
        <source>日历视图</source>
        <translation>Calendar view</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="51"/>
        <source>上一周期</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="52"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="52"/>
        <source>回到今天</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="53"/>
        <source>下一周期</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="55"/>
        <source>日历范围</source>
        <translation>Calendar range</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="58"/>
        <source>会议日历</source>
        <translation>Meeting calendar</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="153"/>
        <source>%1 至 %2，共 %3 个会议</source>
        <translation>%1 to %2, meetings: %3</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="185"/>
        <source>%1年%2月，共 %3 个会议</source>
        <translation>%2/%1, meetings: %3</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="55"/>
        <source>修改会议</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="55"/>
        <source>新建会议</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="168"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="82"/>
        <source>会议名称(&amp;M)</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="72"/>
        <source>%1错误</source>
        <translation>%1 error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="83"/>
        <source>会议类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="87"/>
        <source>密级(&amp;Y)</source>
        <translation>Secrecy (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="93"/>
        <source>2026-12-03 09:00 或 2026年12月3日9时</source>
        <translation>2026-12-03 09:00 or 2026/12/3 9:00</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="94"/>
        <source>开始时间(&amp;S)</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="95"/>
        <source>结束时间(&amp;E)</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="98"/>
        <source>地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="100"/>
        <source>会议室名称（拼音首字母可查）；其他地点按外部场所处理</source>
        <translation>Meeting room name (pinyin initials work); other places count as external venues</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="103"/>
        <source>地点说明</source>
        <translation>Place note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="106"/>
        <source>主办单位(&amp;U)</source>
        <translation>Host &amp;unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="107"/>
        <source>主持人(&amp;H)</source>
        <translation>C&amp;hair</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="119"/>
        <source>%1人员(%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="125"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="128"/>
        <source>主席台人数</source>
        <translation>Seats on the podium</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="127"/>
        <source>自动</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="131"/>
        <source>议程(&amp;D)</source>
        <translation>Agen&amp;da</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="135"/>
        <source>报到时间</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="136"/>
        <source>报名截止</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="139"/>
        <source>材料要求</source>
        <translation>Materials required</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="140"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="141"/>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="142"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="151"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="152"/>
        <source>冲突检查</source>
        <translation>Conflict check</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="155"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="158"/>
        <source>仍要保存的原因</source>
        <translation>Reason to save anyway</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="160"/>
        <source>存在可协调的冲突时，写明仍要保存的原因（记入审计）</source>
        <translation>If there are conflicts that can be resolved, give the reason to save anyway (audited)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="162"/>
        <source>原因错误</source>
        <translation>Reason error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="171"/>
        <source>保存(Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="171"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="172"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="283"/>
        <source>“%1”不是通讯录中的会议室，按外部场所处理，不做会议室冲突检查。</source>
        <translation>“%1” is not a meeting room in the directory: treated as an external venue, no room conflict check.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="290"/>
        <source>会议室可坐 %1 人。</source>
        <translation>The meeting room seats %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="300"/>
        <source>填写开始和结束时间后检查冲突。</source>
        <translation>Conflicts are checked once the start and end times are typed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="312"/>
        <source>未发现冲突。</source>
        <translation>No conflicts found.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="317"/>
        <source>【必须调整】</source>
        <translation>[Must change]</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="317"/>
        <source>【可说明原因后保存】</source>
        <translation>[May be saved with a reason]</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="390"/>
        <source>会议室在这段时间已被占用，请换会议室或改时间。</source>
        <translation>The meeting room is taken at that time: choose another room or time.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="397"/>
        <source>存在冲突，请写明仍要保存的原因，或调整时间、地点、人员。</source>
        <translation>There are conflicts: give the reason to save anyway, or change the time, place or people.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="430"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="434"/>
        <source>会议通知</source>
        <translation>Meeting notice</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="432"/>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
</context>
<context>
    <name>MeetingStats</name>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="22"/>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="23"/>
        <source>统计年度</source>
        <translation>Statistics year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="26"/>
        <source>会议统计摘要</source>
        <translation>Meeting statistics summary</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="27"/>
        <source>每月会议数与时长</source>
        <translation>Meetings and hours per month</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="28"/>
        <source>按会议类型</source>
        <translation>By meeting type</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="29"/>
        <source>按主办单位（前八）</source>
        <translation>By host unit (top 8)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="32"/>
        <source>按主办单位</source>
        <translation>By host unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="34"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="59"/>
        <location filename="../../officedesk/ui/meetings/stats.py" line="64"/>
        <location filename="../../officedesk/ui/meetings/stats.py" line="73"/>
        <source>会议数</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="60"/>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="66"/>
        <source>全年会议 %1 个，共 %2 小时（含筹备中、尚未召开的，已取消的不计）。</source>
        <translation>This year: %1 meetings, %2 hours (including those in preparation or still to come; cancelled ones not counted).</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="75"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="76"/>
        <source>按主办单位：</source>
        <translation>By host unit: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="76"/>
        <source>无</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="59"/>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="63"/>
        <source>实到/应到</source>
        <translation>Present/expected</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="67"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="68"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="75"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="73"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="76"/>
        <source>今天及以后</source>
        <translation>Today and later</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="77"/>
        <source>已过去</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="78"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="89"/>
        <source>新建(Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="85"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="89"/>
        <source>新建会议</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="51"/>
        <source>未登记签到</source>
        <translation>No sign-in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="84"/>
        <source>还没有会议。先在通讯录里添加会议室和人员，再新建会议。</source>
        <translation>No meetings yet. Add rooms and people to the directory first, then a new meeting.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="92"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="92"/>
        <source>修改会议</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="95"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="98"/>
        <source>座次</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="101"/>
        <source>纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="101"/>
        <source>会议纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="104"/>
        <source>打印(Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="104"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="107"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="333"/>
        <source>已发通知</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="107"/>
        <source>标记已发通知</source>
        <translation>Mark notice sent</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="110"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="357"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="360"/>
        <source>取消会议</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="112"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="112"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="115"/>
        <source>打印哪一种</source>
        <translation>What to print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="129"/>
        <source>日历与统计</source>
        <translation>Calendar and statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="132"/>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="133"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="200"/>
        <source>印发取消通知：告知已收到会议通知的单位和人员，会议不再召开</source>
        <translation>Issue the cancellation notice: tells the units and people who received the meeting notice that the meeting will not take place</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="319"/>
        <source>印制份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="320"/>
        <source>涉密会议的文件逐份编份号。印制份数（默认每位参加人一份）：</source>
        <translation>Each copy of a classified meeting&apos;s paper carries its own copy number. Copies to print (one per participant by default):</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="334"/>
        <source>确定“%1”（%2）的会议通知已经发出吗？记为已发后不能撤回：通知内容即固定，此后改动时间或地点，须印发更正通知。</source>
        <translation>Has the notice of “%1” (%2) been sent? Once recorded as sent this cannot be undone: the notice is fixed, and a later change of time or place needs a correction notice.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="337"/>
        <source>记为已发</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="358"/>
        <source>确定取消这次会议吗？取消后不能再修改。</source>
        <translation>Cancel this meeting? A cancelled meeting cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="361"/>
        <source>不取消</source>
        <translation>Keep meeting</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="61"/>
        <source>会议纪要 — %1</source>
        <translation>Minutes — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="62"/>
        <source>会议纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="65"/>
        <source>纪要期号</source>
        <translation>Minutes issue no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="66"/>
        <source>如：第12期</source>
        <translation>e.g. No. 12</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="67"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="69"/>
        <source>纪要日期</source>
        <translation>Minutes date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="70"/>
        <source>留空则为会议当日或今天</source>
        <translation>Blank: the meeting day or today</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="71"/>
        <source>纪要日期错误</source>
        <translation>Minutes date error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="73"/>
        <source>纪要正文</source>
        <translation>Minutes text</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="76"/>
        <source>会议概况、议题讨论情况……（议定事项在下面逐项填写）</source>
        <translation>Overview, discussion of the topics… (enter the decisions one by one below)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="78"/>
        <source>期号(&amp;I)</source>
        <translation>&amp;Issue no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="79"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="81"/>
        <source>纪要正文(&amp;T)</source>
        <translation>Minutes &amp;text</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="84"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="105"/>
        <source>议定事项</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="85"/>
        <source>议定事项，回车添加</source>
        <translation>Decision, Enter to add</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="87"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="88"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="105"/>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="89"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="90"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="91"/>
        <source>时限，如 2026-12-31</source>
        <translation>Deadline, e.g. 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="95"/>
        <source>议定事项错误</source>
        <translation>Decision error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="102"/>
        <source>议定事项列表</source>
        <translation>Decision list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="105"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="105"/>
        <source>督查</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="117"/>
        <source>转督查(Ctrl+D)</source>
        <translation>To supervision (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="118"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="121"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="122"/>
        <source>查看督查事项</source>
        <translation>View supervised item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="127"/>
        <source>纪要状态</source>
        <translation>Minutes status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="128"/>
        <source>纪要错误</source>
        <translation>Minutes error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="136"/>
        <source>保存(Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="136"/>
        <source>保存纪要</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="137"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="146"/>
        <source>议定事项（选中一项按 Ctrl+D 转督查）</source>
        <translation>Decisions (select one and press Ctrl+D to send it to supervision)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="233"/>
        <source>已转督查（%1号）</source>
        <translation>Under supervision (no. %1)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="234"/>
        <source>已转督查</source>
        <translation>Under supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="251"/>
        <source>请先填写议定事项。</source>
        <translation>Please enter the decision first.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="282"/>
        <source>这项议定事项已转督查，不能删除；如需撤销或调整，请在督查事项中办理。</source>
        <translation>This decision is under supervision and cannot be deleted; to withdraw or change it, do so in the supervised item.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="311"/>
        <source>第 %1 项议定事项的时限</source>
        <translation>the deadline of decision %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="345"/>
        <source>纪要已保存。</source>
        <translation>Minutes saved.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="355"/>
        <source>请先选中一项议定事项。</source>
        <translation>Please select a decision first.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="375"/>
        <source>第 %1 项已转督查（督查事项 %2 号）。</source>
        <translation>Item %1 sent to supervision (supervised item no. %2).</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="36"/>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="37"/>
        <source>调整信息顺序</source>
        <translation>Reorder the items</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="38"/>
        <source>《%1》%2年第%3期：选中一条信息，用“上移”“下移”调整顺序，再保存。</source>
        <translation>%1, %2 no. %3: select an item, move it with “Move up” and “Move down”, then save.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="43"/>
        <source>本期信息（按顺序）</source>
        <translation>Items of this issue (in order)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="44"/>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="45"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="48"/>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="49"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="52"/>
        <source>重新读取</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="53"/>
        <source>重新读取现在的顺序</source>
        <translation>Reload the order as it is now</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="62"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="62"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="76"/>
        <source>调整其信息顺序</source>
        <translation>reorder its items</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/order_dialog.py" line="83"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="181"/>
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="256"/>
        <source>文字已核，格式规范</source>
        <translation>Text checked, format correct</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="260"/>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="270"/>
        <source>同意</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="285"/>
        <source>同意印发</source>
        <translation>Approved for issue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="306"/>
        <source>密级文件须为每个单位填写份号范围（起止份号）。</source>
        <translation>A classified document needs a copy number range (first and last) for every unit.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="49"/>
        <source>“%1”一行的份数或份号不是数字。</source>
        <translation>The copies or copy numbers on the line “%1” are not numbers.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="45"/>
        <source>分发名单中有一行没有填写单位。</source>
        <translation>A line of the distribution list has no unit.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="53"/>
        <source>“%1”一行的份号要写起止两个号。</source>
        <translation>The line “%1” needs both the first and the last copy number.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="313"/>
        <source>核发</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="317"/>
        <source>分发名单</source>
        <translation>Distribution list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="321"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="322"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="323"/>
        <source>起始份号</source>
        <translation>First copy no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="324"/>
        <source>终止份号</source>
        <translation>Last copy no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="329"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="356"/>
        <source>印制份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="357"/>
        <source>涉密公文逐份编份号。印制份数（默认为印制登记的份数），或只补印其中一份：</source>
        <translation>Each copy of a classified document carries its own copy number. Copies to print (by default as many as were recorded at printing), or reprint a single copy:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="26"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="26"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="30"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="31"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="32"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="33"/>
        <source>再输一次新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="37"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="42"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="43"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="60"/>
        <source>两次输入的新密码不一致，请重新输入。</source>
        <translation>The two new passwords differ. Please type them again.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="76"/>
        <source>%1人员</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="78"/>
        <source>输入姓名或拼音首字母，回车添加；外单位写 姓名（单位）</source>
        <translation>Type a name or pinyin initials, Enter to add; for other organisations write Name (Unit)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="80"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="81"/>
        <source>添加%1人员</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="84"/>
        <source>%1人员名单</source>
        <translation>%1 list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="86"/>
        <source>Delete 删除，Alt+↑/↓ 调整顺序</source>
        <translation>Delete to remove, Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="88"/>
        <source>%1人数</source>
        <translation>%1 count</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="89"/>
        <source>%1人员错误</source>
        <translation>%1 error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="129"/>
        <source>已在名单中：</source>
        <translation>Already on the list: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="169"/>
        <source>不在通讯录中（手工输入）</source>
        <translation>Not in the directory (typed in)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="171"/>
        <source>%1 人</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>PeriodicalDialog</name>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="233"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="234"/>
        <source>刊物设置</source>
        <translation>Periodical settings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="242"/>
        <source>刊物名称</source>
        <translation>Periodical name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="242"/>
        <source>编发单位</source>
        <translation>Publishing unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="243"/>
        <source>报</source>
        <translation>To (up)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="243"/>
        <source>送</source>
        <translation>To (copy)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="244"/>
        <source>发</source>
        <translation>To (down)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="245"/>
        <source>此前已出总期数</source>
        <translation>Issues published before</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="248"/>
        <source>不填则为本机关名称</source>
        <translation>Leave empty for the office&apos;s own name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="251"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="254"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="255"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PetitionsTab</name>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="76"/>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="82"/>
        <source>期限提示</source>
        <translation>Due alert</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="85"/>
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="75"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="91"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="93"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="106"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="94"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="96"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="99"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="100"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="91"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="101"/>
        <source>重复件</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="70"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="105"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="111"/>
        <source>还没有信访件。来信、来访、网上信访到达时，点“登记”。</source>
        <translation>No petitions yet. When a letter, a visit or an online petition arrives, click &quot;Register&quot;.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="112"/>
        <source>登记第一件信访</source>
        <translation>Register the first petition</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="115"/>
        <source>信访详情</source>
        <translation>Petition details</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="120"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="121"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="134"/>
        <source>复查/复核意见</source>
        <translation>Review/re-examination</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="136"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="298"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="302"/>
        <source>标为重复件</source>
        <translation>Mark as repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="138"/>
        <source>取消重复件</source>
        <translation>Unmark repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="142"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="354"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="143"/>
        <source>打印信访文书</source>
        <translation>Print petition forms</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="154"/>
        <source>（含完整身份信息）</source>
        <translation> (with full identity)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="159"/>
        <source>查看完整身份信息</source>
        <translation>Show full identity</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="161"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="401"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="415"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="162"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="163"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="73"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="164"/>
        <source>问题类别</source>
        <translation>Issue categories</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="230"/>
        <source>选择一件信访查看详情。</source>
        <translation>Select a petition to see its details.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="67"/>
        <source>信访编号</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="68"/>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="74"/>
        <source>涉及单位</source>
        <translation>Units concerned</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="76"/>
        <source>处理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="80"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="84"/>
        <source>办理期限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="88"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="138"/>
        <source>反映内容</source>
        <translation>Issues raised</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="141"/>
        <source>诉求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="142"/>
        <source>信访人</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="144"/>
        <source>答复意见</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="145"/>
        <source>办理过程</source>
        <translation>Handling record</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="147"/>
        <source>此前可能相同的信访</source>
        <translation>Earlier petitions that may be the same</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="252"/>
        <source>更正信访登记</source>
        <translation>Correct petition registration</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="298"/>
        <source>没有找到此前可能相同的信访件。</source>
        <translation>No earlier petitions that may be the same were found.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="302"/>
        <source>选择原件：</source>
        <translation>Choose the original:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="355"/>
        <source>这件信访暂无本机关可打印的文书：</source>
        <translation>This office has no paper to print for this petition yet:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="368"/>
        <source>%1：身份证号 %2，电话 %3，住址 %4</source>
        <translation>%1: ID card no. %2, telephone %3, address %4</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="375"/>
        <source>完整身份信息（已记录查看）</source>
        <translation>Full identity (this viewing is logged)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="376"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="379"/>
        <source>完整身份信息</source>
        <translation>Full identity</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="381"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="402"/>
        <source>把信访件 %1 转为督查事项吗？转后即编督查编号。</source>
        <translation>Turn petition %1 into a supervised item? It takes a supervision number at once.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="415"/>
        <source>已转为督查事项：%1</source>
        <translation>Turned into supervised item: %1</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="50"/>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="51"/>
        <source>岗位设置</source>
        <translation>Positions of users</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="60"/>
        <source>领导分管的单位，用、隔开</source>
        <translation>Units the leader is in charge of, separated by 、</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="61"/>
        <source>可代领导录入（代录）</source>
        <translation>May enter steps for leaders (proxy entry)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="69"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="69"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="70"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="70"/>
        <source>分管</source>
        <translation>In charge of</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="72"/>
        <source>代录</source>
        <translation>Proxy entry</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="106"/>
        <source>新科室</source>
        <translation>New section</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="78"/>
        <source>打印预览 — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="79"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="95"/>
        <source>缺字提示</source>
        <translation>Missing characters</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="104"/>
        <source>排版提示</source>
        <translation>Layout note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="108"/>
        <source>预览页面</source>
        <translation>Preview page</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="121"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="121"/>
        <location filename="../../officedesk/ui/print_preview.py" line="384"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="122"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="122"/>
        <location filename="../../officedesk/ui/print_preview.py" line="299"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="123"/>
        <source>另存为 PDF（Ctrl+S）</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="124"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="125"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="126"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="127"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="128"/>
        <location filename="../../officedesk/ui/print_preview.py" line="144"/>
        <location filename="../../officedesk/ui/print_preview.py" line="219"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="129"/>
        <location filename="../../officedesk/ui/print_preview.py" line="144"/>
        <location filename="../../officedesk/ui/print_preview.py" line="215"/>
        <location filename="../../officedesk/ui/print_preview.py" line="221"/>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="130"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="130"/>
        <source>关闭预览</source>
        <translation>Close preview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="135"/>
        <source>页码</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="139"/>
        <source>总页数</source>
        <translation>Page count</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="141"/>
        <source>缩放比例</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="211"/>
        <source>/ %1 页</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="299"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="307"/>
        <source>替换已有的文件</source>
        <translation>Replace the existing file</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="308"/>
        <source>“%1”已存在。要用这份 PDF 替换它吗？它原有的内容将丢失。</source>
        <translation>“%1” already exists. Replace it with this PDF? Its present content will be lost.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="309"/>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="315"/>
        <location filename="../../officedesk/ui/print_preview.py" line="320"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="321"/>
        <source>文件无法写入：%1
请换一个文件夹，或检查磁盘空间和权限。</source>
        <translation>The file cannot be written: %1
Choose another folder, or check disk space and permissions.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="349"/>
        <source>打印机无法开始打印</source>
        <translation>The printer cannot start printing</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="394"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="395"/>
        <source>打印没有完成：%1
请检查打印机是否开机、联网并有纸。</source>
        <translation>Printing did not finish: %1
Check that the printer is on, connected and has paper.</translation>
    </message>
</context>
<context>
    <name>RankingDialog</name>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="309"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="310"/>
        <source>信息工作排名</source>
        <translation>Information work ranking</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="314"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="316"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="324"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="317"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="317"/>
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="317"/>
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="318"/>
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="318"/>
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="319"/>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="325"/>
        <source>县级采用</source>
        <translation>Adopted (county)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="325"/>
        <source>市级采用</source>
        <translation>Adopted (city)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="325"/>
        <source>省级采用</source>
        <translation>Adopted (province)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="325"/>
        <source>中央采用</source>
        <translation>Adopted (central)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="326"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="326"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="326"/>
        <source>报送</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="327"/>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="327"/>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="328"/>
        <source>各单位得分</source>
        <translation>Points per unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="332"/>
        <source>计分说明</source>
        <translation>How the points are counted</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="333"/>
        <source>打印通报</source>
        <translation>Print bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="334"/>
        <source>打印信息工作通报</source>
        <translation>Print the information work bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="337"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="61"/>
        <source>修改%1</source>
        <translation>Edit record — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="63"/>
        <source>新建%1</source>
        <translation>New record — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="77"/>
        <source>%1错误</source>
        <translation>%1 error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="328"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="330"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="330"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="68"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="69"/>
        <source>登记信访</source>
        <translation>Register petition</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="72"/>
        <source>信访人（联名信、集体访的代表逐一登记，第一位显示在列表中）</source>
        <translation>Petitioners (for joint letters and group visits register each representative; the first is shown in the list)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="75"/>
        <source>信访人名单</source>
        <translation>Petitioner list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="86"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="87"/>
        <source>添加信访人</source>
        <translation>Add petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="89"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="90"/>
        <source>删除所选信访人</source>
        <translation>Delete selected petitioners</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="92"/>
        <source>信访人错误</source>
        <translation>Petitioner error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="117"/>
        <source>可能的重复件</source>
        <translation>Possible repeats</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="119"/>
        <source>可能的重复件列表</source>
        <translation>Possible repeat list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="123"/>
        <source>信访编号</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="124"/>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="125"/>
        <source>信访人</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="126"/>
        <source>相同之处</source>
        <translation>In common</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="127"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="128"/>
        <source>反映内容</source>
        <translation>Issues raised</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="139"/>
        <source>信访人信访次数</source>
        <translation>Petitions by the petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="142"/>
        <source>作为所选信访件的重复件登记</source>
        <translation>Register as a repeat of the selected petition</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="143"/>
        <source>作为重复件登记</source>
        <translation>Register as repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="159"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="161"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="161"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="226"/>
        <source>第 %1 行的信访人</source>
        <translation>the petitioner in row %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="227"/>
        <source>删除信访人“%1”？这一行已填写的内容将一并删除，不能恢复。</source>
        <translation>Delete petitioner “%1”? Everything typed in this row is deleted and cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="228"/>
        <source>删除信访人</source>
        <translation>Delete petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="299"/>
        <source>%1此前已信访 %2 次</source>
        <translation>Earlier petitions by %1: %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="300"/>
        <source>同姓名（%1）的信访此前有 %2 件</source>
        <translation>Earlier petitions by people named %1: %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="314"/>
        <source>发现 %1 件可能相同的信访。</source>
        <translation>Possible repeats found: %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="318"/>
        <source>%1 已于 %2 复核终结，同一事项不再受理。</source>
        <translation>%1 was finally reviewed on %2: the same matter is no longer accepted. </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="323"/>
        <source>未发现重复信访。</source>
        <translation>No repeat petitions found.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="330"/>
        <source>填写信访人或反映内容后，这里列出可能相同的信访。</source>
        <translation>Petitions that may be the same are listed here once a petitioner or the content is typed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="401"/>
        <source>请至少登记一位信访人的姓名。</source>
        <translation>Please register at least one petitioner&apos;s name.</translation>
    </message>
</context>
<context>
    <name>RegistryListView</name>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="96"/>
        <source>记录数</source>
        <translation>Record count</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="83"/>
        <source>查找%1</source>
        <translation>Find %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="79"/>
        <source>查找（字词或编号，几个词用空格分开，如 张三 信访）</source>
        <translation>Find words or a number (e.g. 张三 信访)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="81"/>
        <source>输入一两个字、词或编号查找，如 张、信访、〔2026〕12号。
几个词用空格分开，找出含每个词的记录；加引号的词组（“县委 办公室”）整体查找。</source>
        <translation>Type a character or two, words or a number, e.g. 张, 信访, 〔2026〕12号.
Words with spaces between them find the records holding each; a phrase in quotes (“县委 办公室”) is found as typed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="101"/>
        <source>%1列表</source>
        <translation>%1 list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="180"/>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="184"/>
        <source>空列表提示</source>
        <translation>Empty list hint</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="193"/>
        <source>还没有%1。</source>
        <translation>No %1 yet.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="264"/>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officedesk/ui/widgets/records_table.py" line="387"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="38"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="39"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="40"/>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="131"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="41"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="67"/>
        <source>通讯录还是空的。先下载导入模板，填好单位和人员后导入；也可以逐个新建。</source>
        <translation>The directory is empty. Download the import template, fill in units and people and import it; or add them one by one.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="69"/>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="70"/>
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="76"/>
        <source>还没有会议室。添加会议室后，新建会议时才能检查会议室冲突。</source>
        <translation>No meeting rooms yet. Add them so that new meetings can be checked for room conflicts.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="80"/>
        <source>还没有%1。</source>
        <translation>No %1 yet.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="125"/>
        <source>删除确认</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="126"/>
        <source>确定删除以下%1条记录吗？删除后可在历史记录中查到原内容。
</source>
        <translation>Delete the following records (%1)? Their contents stay in the history.
</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="63"/>
        <source>督查催办</source>
        <translation>Supervision reminders</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="67"/>
        <source>催办概况</source>
        <translation>Reminder overview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="69"/>
        <source>被催办单位</source>
        <translation>Units reminded</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="70"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="71"/>
        <source>生成催办记录</source>
        <translation>Create reminders</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="73"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="143"/>
        <source>为临期、逾期和反馈逾期的任务登记催办，再次催办时自动升级</source>
        <translation>Record reminders for tasks due soon, overdue or late with reports; a repeated reminder escalates</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="76"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="77"/>
        <source>打印本单位催办通知单</source>
        <translation>Print this unit&apos;s reminder notice</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="78"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="79"/>
        <source>打印全部催办通知单</source>
        <translation>Print all reminder notices</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="83"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="84"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="91"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="92"/>
        <source>代谁录入（纸质件上决定催办的人）</source>
        <translation>Recorded for whom (who decided the reminder on paper)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="93"/>
        <source>经办人：</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="96"/>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="126"/>
        <source>%1（%2 项待催办）</source>
        <translation>%1 (to remind: %2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="130"/>
        <source>今天是 %1。逾期、反馈逾期或进度严重滞后的任务 %2 项，涉及 %3 个单位；临期任务 %4 项。</source>
        <translation>Today is %1. Tasks overdue, late with reports or far behind schedule: %2 (units: %3); tasks due soon: %4.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="220"/>
        <source>没有需要新催办的任务</source>
        <translation>No tasks need a new reminder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="224"/>
        <source>已登记催办：%1。</source>
        <translation>Reminders recorded: %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="226"/>
        <source>催办没有全部登记：请按上面的提示处理后，再点“生成催办记录”登记其余的。</source>
        <translation>Not every reminder was recorded: do as the message above says, then click “Create reminders” again to record the rest.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="228"/>
        <source>未登记催办（%1）：%2</source>
        <translation>No reminder recorded (%1): %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="242"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="249"/>
        <source>督查催办通知单</source>
        <translation>Supervision reminder notice</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="30"/>
        <location filename="../../officedesk/ui/search_dialog.py" line="31"/>
        <source>全局搜索</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="33"/>
        <source>输入要找的字词，几个词用空格分开，如 张三、信访 征地拆迁、X委办发</source>
        <translation>Type the words to find, several with spaces between, e.g. Zhang San, petition land requisition, X委办发</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="34"/>
        <source>搜索内容</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="36"/>
        <source>搜索结果数</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="38"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="39"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="39"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="39"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="81"/>
        <source>找到 %1 条</source>
        <translation>Found: %1</translation>
    </message>
</context>
<context>
    <name>SeatingDialog</name>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="77"/>
        <source>座次 — %1</source>
        <translation>Seating — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="78"/>
        <source>座次</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="82"/>
        <source>台下面向主席台的视角。拖动姓名到另一座位即互换；或选中后按 Ctrl+方向键移动，Ctrl+Z 撤销；输入姓名即找到其座位。Ctrl+S 保存，Ctrl+P 保存并打印座次表。</source>
        <translation>Seen from the floor facing the podium. Drag a name onto another seat to swap; or select and press Ctrl+arrow keys to move, Ctrl+Z to undo; type a name to find his seat. Ctrl+S saves, Ctrl+P saves and prints the seating chart.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="89"/>
        <source>座次表</source>
        <translation>Seating chart</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="92"/>
        <source>座次状态</source>
        <translation>Seating status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="94"/>
        <source>保存座次(Ctrl+S)</source>
        <translation>Save seating (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="94"/>
        <source>保存座次</source>
        <translation>Save seating</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="96"/>
        <location filename="../../officedesk/ui/meetings/seating.py" line="267"/>
        <source>恢复按规则排列</source>
        <translation>Rearrange by the rules</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="99"/>
        <source>保存并打印(Ctrl+P)</source>
        <translation>Save and print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="99"/>
        <source>保存并打印座次表</source>
        <translation>Save and print seating chart</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="101"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="147"/>
        <source>主席台</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="148"/>
        <source>第%1排</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="163"/>
        <source>已人工调整</source>
        <translation>Adjusted by hand</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="163"/>
        <source>按级别自动排列</source>
        <translation>Arranged by rank</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="200"/>
        <source>已调整，尚未保存</source>
        <translation>Adjusted, not saved yet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="208"/>
        <source>已调整，尚未保存（各排居中排列，不留空位）</source>
        <translation>Adjusted, not saved yet (each row is centred, with no empty seats)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="211"/>
        <source>各排居中排列，不留空位：此次移动未改变座次；之前的调整尚未保存</source>
        <translation>Each row is centred, with no empty seats: this move changed no seat; the earlier changes are not saved yet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="214"/>
        <source>各排居中排列，不留空位：此次移动未改变座次</source>
        <translation>Each row is centred, with no empty seats: this move changed no seat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="223"/>
        <source>已撤销一步调整，尚未保存</source>
        <translation>One move undone, not saved yet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="224"/>
        <source>已撤销一步调整</source>
        <translation>One move undone</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="256"/>
        <source>座次已保存</source>
        <translation>Seating saved</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="268"/>
        <source>恢复后按级别重新排列并立即保存，人工调整的座次将丢失。确定恢复吗？</source>
        <translation>The seats are arranged again by rank and saved at once; the seats adjusted by hand are lost. Restore the rule&apos;s arrangement?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="269"/>
        <source>恢复排列</source>
        <translation>Rearrange</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="64"/>
        <location filename="../../officedesk/ui/settings_dialog.py" line="65"/>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="69"/>
        <source>设置分页</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="98"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="99"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="126"/>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="127"/>
        <source>恢复本页默认值</source>
        <translation>Restore this page&apos;s defaults</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="128"/>
        <source>把这一页的设置恢复为默认值（保存后生效）</source>
        <translation>Put this page back to the defaults (applies on Save)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="172"/>
        <source>留空：用本机的公文字体或自带字体</source>
        <translation>Blank: installed or bundled font</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="177"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="178"/>
        <location filename="../../officedesk/ui/settings_dialog.py" line="185"/>
        <source>选择字体文件</source>
        <translation>Choose a font file</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="193"/>
        <source>各字体所用文件</source>
        <translation>The file of each face</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="195"/>
        <location filename="../../officedesk/ui/settings_dialog.py" line="196"/>
        <location filename="../../officedesk/ui/settings_dialog.py" line="220"/>
        <source>打印样张</source>
        <translation>Print specimen</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="197"/>
        <source>用已保存的字体设置印一页公文样张，检查字体和打印机</source>
        <translation>Print one specimen page with the saved font settings, to check fonts and printer</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="199"/>
        <source>正在使用的字体文件</source>
        <translation>Font files in use</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="212"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SpecStepDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="75"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="94"/>
        <source>办理对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="99"/>
        <source>时限：</source>
        <translation>Time limit: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="103"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="116"/>
        <source>代录：填写办理人姓名（本步骤不由您办理）</source>
        <translation>Entering for someone: the name of who did it (not your step)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="127"/>
        <source>留空即本人办理</source>
        <translation>Blank: done by yourself</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="131"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="140"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="147"/>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="162"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="166"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="217"/>
        <source>%1为“%2”时填写</source>
        <translation>Filled in when %1 is “%2”</translation>
    </message>
</context>
<context>
    <name>StartChecklist</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/start.py" line="32"/>
        <source>开始使用</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/start.py" line="33"/>
        <source>&lt;b&gt;开始使用：先做好这几步&lt;/b&gt;</source>
        <translation>&lt;b&gt;Getting started: these steps first&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/start.py" line="35"/>
        <source>开始使用的步骤</source>
        <translation>Getting started steps</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/start.py" line="37"/>
        <location filename="../../officedesk/ui/dashboard/start.py" line="38"/>
        <source>打开通讯录</source>
        <translation>Open the directory</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/start.py" line="43"/>
        <source>系统设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/start.py" line="44"/>
        <source>打开系统设置</source>
        <translation>Open the settings</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="30"/>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="31"/>
        <source>信访统计</source>
        <translation>Petition statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="35"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="40"/>
        <source>统计摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="43"/>
        <source>多次信访的信访人</source>
        <translation>Repeat petitioners</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="44"/>
        <source>每月信访量</source>
        <translation>Petitions per month</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="45"/>
        <source>按问题类别</source>
        <translation>By issue category</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="46"/>
        <source>按信访形式</source>
        <translation>By form</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="48"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="55"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="72"/>
        <source>信访件数</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="76"/>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="80"/>
        <source>件数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="82"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="83"/>
        <source>%1（%2）%3次</source>
        <translation>%1 (%2): %3 times</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="87"/>
        <source>多次信访：</source>
        <translation>Repeat petitioners: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="87"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/stats_dialog.py" line="89"/>
        <source>共 %1 件；重复件 %2 件，重复率 %3%；按期答复率 %4%；在办逾期 %5 件。</source>
        <translation>Total %1; repeats %2, repeat rate %3%; replied on time %4%; open and overdue %5.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="34"/>
        <source>统计与归档</source>
        <translation>Statistics and archive</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="40"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="43"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="44"/>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="45"/>
        <source>打印归档文件目录</source>
        <translation>Print archive catalogue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="47"/>
        <source>每月发文数（按文种）与收文数</source>
        <translation>Outgoing (by type) and incoming documents per month</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="48"/>
        <source>全年发文数（按拟稿单位）</source>
        <translation>Outgoing documents this year (by drafting unit)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="50"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="80"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="81"/>
        <source>收文</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="85"/>
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="90"/>
        <source>已编号发文 %1 件，收文 %2 件（含已退回来文单位的 %5 件），在办 %3 件，逾期 %4 件</source>
        <translation>Numbered outgoing documents: %1; incoming: %2 (%5 of them returned to their senders); in progress: %3; overdue: %4</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="91"/>
        <source>已编号发文 %1 件，收文 %2 件，在办 %3 件，逾期 %4 件</source>
        <translation>Numbered outgoing: %1, incoming: %2, in progress: %3, overdue: %4</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="105"/>
        <source>归档文件目录</source>
        <translation>Archive catalogue</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="89"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="97"/>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="114"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="105"/>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="106"/>
        <source>增加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="117"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="117"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="251"/>
        <source>请填写“%1”。</source>
        <translation>Please fill in “%1”.</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="88"/>
        <source>预警</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="98"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="100"/>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="116"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="101"/>
        <source>待交办</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="102"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="103"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="104"/>
        <source>逾期办结</source>
        <translation>Closed late</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="106"/>
        <source>已超办结时限</source>
        <translation>Past deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="115"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="121"/>
        <source>还没有督查事项。领导批示、会议议定事项或收文批办需要督办时，新建一件。</source>
        <translation>No supervised items yet. When an instruction, a meeting decision or an incoming document needs following up, add one.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="126"/>
        <source>新建事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="126"/>
        <source>登记一件督查事项（Ctrl+N）</source>
        <translation>Register a supervised item (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="128"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="130"/>
        <source>分解交办</source>
        <translation>Assign tasks</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="130"/>
        <source>为所选事项增加一项任务</source>
        <translation>Add a task to the selected item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="132"/>
        <source>修改任务</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="133"/>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="140"/>
        <source>删除任务</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="135"/>
        <source>反馈</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="135"/>
        <source>登记所选任务的进展反馈</source>
        <translation>Record a progress report on the selected task</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="137"/>
        <source>任务办结</source>
        <translation>Conclude task</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="139"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="139"/>
        <source>延长事项或其中一项任务的办结时限</source>
        <translation>Extend the deadline of the item or of one of its tasks</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="142"/>
        <source>事项办结</source>
        <translation>Conclude item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="142"/>
        <source>全部任务办结后办结事项</source>
        <translation>Conclude the item once all its tasks are closed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="145"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="145"/>
        <source>撤销误录的办结，事项回到办理中</source>
        <translation>Undo a closing entered by mistake; the item is in progress again</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="147"/>
        <source>催办…</source>
        <translation>Reminder…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="149"/>
        <source>打印交办单</source>
        <translation>Print assignment sheet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="149"/>
        <source>打印所选事项（Ctrl+P）</source>
        <translation>Print the selected item (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="151"/>
        <source>督查通报…</source>
        <translation>Bulletin…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="152"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="168"/>
        <source>事项详情</source>
        <translation>Item details</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="170"/>
        <source>分解任务列表</source>
        <translation>Task list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="175"/>
        <source>进展反馈列表</source>
        <translation>Progress report list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="185"/>
        <source>分解任务</source>
        <translation>Assigned tasks</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="186"/>
        <source>进展反馈（所选任务）</source>
        <translation>Progress reports (selected task)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="295"/>
        <source>选择一件督查事项，查看其分解任务和反馈。</source>
        <translation>Select a supervised item to see its tasks and progress reports.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="301"/>
        <source>来源：%1&#x3000;立项：%2&#x3000;办结时限：%3&#x3000;反馈周期：%4&#x3000;状态：%5&#x3000;预警：%6</source>
        <translation>Source: %1   Opened: %2   Deadline: %3   Report cycle: %4   Status: %5   Alert: %6</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="311"/>
        <source>批示：%1 %2</source>
        <translation>Instruction: %1 %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="318"/>
        <source>催办：</source>
        <translation>Reminders: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="326"/>
        <source>办结：%1 %2</source>
        <translation>Closed: %1 %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="122"/>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="386"/>
        <source>新建督查事项</source>
        <translation>New supervised item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="402"/>
        <source>督查事项</source>
        <translation>Supervised item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="420"/>
        <source>督查事项交办单</source>
        <translation>Supervised item assignment sheet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="85"/>
        <source>时限是休息日</source>
        <translation>Deadline on a rest day</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="110"/>
        <source>改正所选任务的牵头单位、时限、交办日期等。清空协办单位、责任人或办理要求即清除该项；带 * 的项不能清空。</source>
        <translation>Correct the selected task&apos;s lead unit, deadline, date assigned and so on. Emptying the co-units, person responsible or requirements clears them; items marked * cannot be emptied.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="146"/>
        <source>确定删除第 %1 项任务（%2）吗？其反馈记录一并删除，删除前的内容留在历史记录中。</source>
        <translation>Delete task %1 (%2)? Its progress reports are deleted too; the previous contents stay in the history.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="213"/>
        <source>还有 %1 项任务未办结（%2），事项不能办结。请先办结这些任务。</source>
        <translation>Tasks still open: %1 (%2). The item cannot be closed until those tasks are.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="46"/>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="59"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="60"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="61"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="62"/>
        <source>密级权限</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="63"/>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="67"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="110"/>
        <location filename="../../officedesk/ui/admin.py" line="111"/>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="113"/>
        <source>用户列表</source>
        <translation>User list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="121"/>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="122"/>
        <source>改角色/密级</source>
        <translation>Role/clearance</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="123"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="124"/>
        <location filename="../../officedesk/ui/admin.py" line="228"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="125"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="126"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="146"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="146"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="148"/>
        <source>锁定至 </source>
        <translation>Locked until </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="169"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="197"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="197"/>
        <source>%1 的新角色：</source>
        <translation>New role of %1:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="203"/>
        <source>%1 可查看的最高密级：</source>
        <translation>Highest classification %1 may see:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="226"/>
        <source>确定停用用户 %1 吗？停用后该用户不能登录，记录保留。</source>
        <translation>Disable the user %1? A disabled user cannot log in; their records are kept.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="202"/>
        <source>密级权限</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="225"/>
        <source>停用用户</source>
        <translation>Disable user</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="36"/>
        <source>作废%1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="41"/>
        <source>作废“%1”（%2）：记录保留并标为已作废，编号记为作废，以后不再使用。</source>
        <translation>Void “%1” (%2): the record is kept and marked void; its number is recorded as void and never used again.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="48"/>
        <source>* 作废原因</source>
        <translation>* Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="50"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="54"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="56"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="56"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkSection</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/my_work.py" line="91"/>
        <source>列表</source>
        <translation> list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/my_work.py" line="115"/>
        <source>我已送出、等待办理（%1）</source>
        <translation>Sent on, waiting for others (%1)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/my_work.py" line="116"/>
        <source>我的待办（%1）</source>
        <translation>My to-do (%1)</translation>
    </message>
</context>
<context>
    <name>_CalendarPopup</name>
    <message>
        <location filename="../../officedesk/ui/widgets/date_input.py" line="199"/>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="67"/>
        <source>（暂按）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/my_work.py" line="59"/>
        <source>等待：%1</source>
        <translation>Waiting for: %1</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="36"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/posts_dialogs.py" line="37"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="65"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="48"/>
        <source>签收</source>
        <translation>Sign for receipt</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="49"/>
        <source>拟稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="50"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="51"/>
        <source>初审</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="52"/>
        <source>退回</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="53"/>
        <source>拟办</source>
        <translation>Proposed handling</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="54"/>
        <source>批办</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="55"/>
        <source>承办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="56"/>
        <source>传阅</source>
        <translation>Circulate</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="57"/>
        <source>阅</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="58"/>
        <source>催办</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="59"/>
        <source>办结</source>
        <translation>Conclude</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="60"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="61"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="62"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="63"/>
        <source>核稿</source>
        <translation>Review draft</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="64"/>
        <source>送会签</source>
        <translation>Send for countersigning</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="65"/>
        <source>会签</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="66"/>
        <source>退回修改</source>
        <translation>Return for revision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="67"/>
        <source>签发</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="68"/>
        <source>复核</source>
        <translation>Re-examination</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="69"/>
        <source>退回复审</source>
        <translation>Return to signer</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="70"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="71"/>
        <source>印制</source>
        <translation>Print copies</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="72"/>
        <source>核发</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="73"/>
        <source>打印收文处理笺</source>
        <translation>Print handling slip</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="74"/>
        <source>打印传阅单</source>
        <translation>Print circulation slip</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="75"/>
        <source>打印催办单</source>
        <translation>Print reminder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="76"/>
        <source>打印发文稿纸</source>
        <translation>Print draft form</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="77"/>
        <source>打印公文</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="78"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="79"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../officedesk/ui/widgets/messages.py" line="83"/>
        <source>请先选择要打印的记录</source>
        <translation>Select the records to print first</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/messages.py" line="88"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="119"/>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="123"/>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="120"/>
        <source>删除%1草稿“%2”吗？删除后可在审计记录中查到原内容。</source>
        <translation>Delete the %1 draft “%2”? Its content stays in the audit trail.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../officedesk/ui/session.py" line="50"/>
        <source>请重新登录</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/session.py" line="52"/>
        <source>原密码连续输错，账号已锁定，本次登录已结束。请在锁定期满后重新登录，或请管理员解锁。</source>
        <translation>The current password was entered wrongly too many times: the account is locked and this session has ended. Log in again once the lock has run out, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/session.py" line="55"/>
        <source>您的密码已被修改（管理员重置，或在另一台工作站上修改），请用新密码重新登录。</source>
        <translation>Your password has been changed (reset by an administrator, or changed on another workstation). Please log in again with the new password.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/session.py" line="58"/>
        <source>您的账号已被停用或权限已变更，请重新登录。</source>
        <translation>Your account has been stopped or its permissions have changed. Please log in again.</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="33"/>
        <location filename="../../officedesk/ui/tabs.py" line="32"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/directory/__init__.py" line="12"/>
        <location filename="../../officedesk/ui/tabs.py" line="39"/>
        <source>通讯录</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="16"/>
        <location filename="../../officedesk/ui/tabs.py" line="33"/>
        <source>公文</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="43"/>
        <location filename="../../officedesk/ui/tabs.py" line="34"/>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/__init__.py" line="8"/>
        <location filename="../../officedesk/ui/tabs.py" line="36"/>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="45"/>
        <location filename="../../officedesk/ui/tabs.py" line="35"/>
        <source>督查</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/tabs.py" line="37"/>
        <source>效能</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/__init__.py" line="8"/>
        <location filename="../../officedesk/ui/tabs.py" line="38"/>
        <source>信息</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../officedesk/ui/tasks.py" line="148"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="84"/>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="90"/>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="85"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="91"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
</context>
</TS>
