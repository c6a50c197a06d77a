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
        <location filename="../../officedesk/ui/actions.py" line="283"/>
        <source>导入检查</source>
        <translation>Import check</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="277"/>
        <source>跳过有问题的行，导入其余</source>
        <translation>Skip the rows with problems, import the rest</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="205"/>
        <location filename="../../officedesk/ui/actions.py" line="233"/>
        <location filename="../../officedesk/ui/actions.py" line="287"/>
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
        <location filename="../../officedesk/ui/actions.py" line="229"/>
        <source>导入确认</source>
        <translation>Confirm import</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="230"/>
        <source>
现在导入吗？</source>
        <translation>
Import now?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="242"/>
        <source>冲突原因</source>
        <translation>Reason for the conflict</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="243"/>
        <source>第 %1 行有冲突（见检查结果），写明仍要保存的原因，再检查一遍：</source>
        <translation>Row(s) %1 conflict (see the check). Give the reason to save them anyway, then check again:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="279"/>
        <source>写明冲突原因…</source>
        <translation>Give a reason for the conflicts…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="314"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="314"/>
        <source>没有导入</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="317"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="319"/>
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
        <location filename="../../officedesk/ui/backup_actions.py" line="120"/>
        <source>另一个机关的备份</source>
        <translation>A backup of another office</translation>
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
        <location filename="../../officedesk/ui/actions.py" line="332"/>
        <location filename="../../officedesk/ui/actions.py" line="334"/>
        <source>检查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="334"/>
        <source>数据库完好：完整性、外键和审计链均无问题。</source>
        <translation>The database is sound: integrity, foreign keys and audit chain all pass.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="337"/>
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="363"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="363"/>
        <source>密码已修改。在其他工作站上的登录需要用新密码重新登录。</source>
        <translation>Password changed. Sessions on other workstations must log in again with the new password.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="375"/>
        <source>简体中文</source>
        <translation>简体中文 (Simplified Chinese)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="378"/>
        <location filename="../../officedesk/ui/actions.py" line="381"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="378"/>
        <source>选择界面语言（重新启动后生效）：</source>
        <translation>Choose the interface language (takes effect after a restart):</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="381"/>
        <source>已保存，重新启动程序后生效。</source>
        <translation>Saved. Restart the program for it to take effect.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="93"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="232"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="31"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="287"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>机关办公桌面 OfficeDesk</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>OfficeDesk</translation>
    </message>
    <message>
        <source>主窗口</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Main window</translation>
    </message>
    <message>
        <source>功能页</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>仅管理员可用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Administrators only</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>导入 Excel…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>下载导入模板…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Download import template…</translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Back up database…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>全局搜索…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Search everywhere…</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Check database</translation>
    </message>
    <message>
        <source>系统设置…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>用户管理…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Users…</translation>
    </message>
    <message>
        <source>节假日调整…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Holidays…</translation>
    </message>
    <message>
        <source>界面语言…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Interface language…</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>日志文件位置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Log file location</translation>
    </message>
    <message>
        <source>日志文件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Log file</translation>
    </message>
    <message>
        <source>关于</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>About</translation>
    </message>
    <message>
        <source>机关办公桌面 OfficeDesk
公文、会议、督查、信访登记与打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>OfficeDesk
Registers and printing for official documents, meetings, supervision and petitions.</translation>
    </message>
    <message>
        <source>用户：%1（%2，密级权限：%3）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>User: %1 (%2, clearance: %3)</translation>
    </message>
    <message>
        <source>当前用户</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Current user</translation>
    </message>
    <message>
        <source>当前数据库</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Current database</translation>
    </message>
    <message>
        <source>当前页没有这项操作</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This page has no such action</translation>
    </message>
    <message>
        <source>正在载入…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>没有找到这条记录所在的页面</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No page shows this record</translation>
    </message>
    <message>
        <source>工作台</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>公文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>会议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>通讯录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Directory</translation>
    </message>
    <message>
        <source>选择要导入的 Excel 文件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Choose the Excel file to import</translation>
    </message>
    <message>
        <source>
……另有 %1 处</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>
… and %1 more</translation>
    </message>
    <message>
        <source>已备份到 </source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Backed up to </translation>
    </message>
    <message>
        <source>用备份替换当前数据库的全部内容吗？当前数据库会先另存一份。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Replace the whole current database with the backup? A copy of the current database is saved first.</translation>
    </message>
    <message>
        <source>已从备份恢复。原数据库另存为：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Restored from the backup. The previous database was saved as: </translation>
    </message>
    <message>
        <source>新建</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>历史</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>保存</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>确定</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>打开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>添加</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add</translation>
    </message>
    <message>
        <source>添加…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>插入</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Insert</translation>
    </message>
    <message>
        <source>打印</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印(Ctrl+P)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>新建(Ctrl+N)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>刷新</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>统计</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>图表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Chart</translation>
    </message>
    <message>
        <source>暂无数据</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>状态</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>全部</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>All</translation>
    </message>
    <message>
        <source>年度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>年度：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Year:</translation>
    </message>
    <message>
        <source> 年</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> </translation>
    </message>
    <message>
        <source>统计年度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Statistics year</translation>
    </message>
    <message>
        <source>无</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>其他</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Other</translation>
    </message>
    <message>
        <source>合计</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>类别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>说明</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>备注</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>标题</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Content</translation>
    </message>
    <message>
        <source>摘要</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Summary</translation>
    </message>
    <message>
        <source>编号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>期限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>时长</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Duration</translation>
    </message>
    <message>
        <source>分钟</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>min</translation>
    </message>
    <message>
        <source> 分钟</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单位：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>姓名</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>身份</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>密码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>用户名</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>User name</translation>
    </message>
    <message>
        <source>退出</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Exit</translation>
    </message>
    <message>
        <source>登录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Log in</translation>
    </message>
    <message>
        <source>数据库：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Database: </translation>
    </message>
    <message>
        <source>查找</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Find</translation>
    </message>
    <message>
        <source>记录数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record count</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>自动</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>今天</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>周</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>周</translation>
    </message>
    <message>
        <source>至</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>期间：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Period:</translation>
    </message>
    <message>
        <source>意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Comments</translation>
    </message>
    <message>
        <source>同意</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Agree</translation>
    </message>
    <message>
        <source>正常</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>启用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Enable</translation>
    </message>
    <message>
        <source>停用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Disable</translation>
    </message>
    <message>
        <source>操作</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>操作人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By</translation>
    </message>
    <message>
        <source>来源</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>附件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>附件列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Attachment list</translation>
    </message>
    <message>
        <source>选择附件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <source>增加一行</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>请填写“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in “%1”.</translation>
    </message>
    <message>
        <source>删除确认</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>确定删除以下%1条记录吗？删除后可在历史记录中查到原内容。
</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete the following records (%1)? Their contents stay in the history.
</translation>
    </message>
    <message>
        <source>查找（字词或编号，几个词用空格分开，如 张三 信访）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Find words or a number (e.g. 张三 信访)</translation>
    </message>
    <message>
        <source>输入一两个字、词或编号查找，如 张、信访、〔2026〕12号。
几个词用空格分开，找出含每个词的记录；加引号的词组（“县委 办公室”）整体查找。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Type a character or two, words or a number, e.g. 张, 信访, 〔2026〕12号.
Words with spaces between them find the records holding each; a phrase in quotes (“县委 办公室”) is found as typed.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>错误提示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Error message</translation>
    </message>
    <message>
        <source>历史记录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>历史记录列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>History list</translation>
    </message>
    <message>
        <source>变更内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Changes</translation>
    </message>
    <message>
        <source>全局搜索</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <source>输入要找的字词，几个词用空格分开，如 张三、信访 征地拆迁、X委办发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Type the words to find, several with spaces between, e.g. Zhang San, petition land requisition, X委办发</translation>
    </message>
    <message>
        <source>搜索内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Search text</translation>
    </message>
    <message>
        <source>搜索结果数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Number of results</translation>
    </message>
    <message>
        <source>搜索结果</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Search results</translation>
    </message>
    <message>
        <source>找到 %1 条</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>正在生成“%1”（共 %2 件）…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Generating “%1” (%2 items)…</translation>
    </message>
    <message>
        <source>%1：已生成 %2 / %3 件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: %2 of %3 generated</translation>
    </message>
    <message>
        <source>以下 %1 件没有打印：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not printed (%1):</translation>
    </message>
    <message>
        <source>部分未打印</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Some not printed</translation>
    </message>
    <message>
        <source>批量打印没有完成</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Batch printing did not finish</translation>
    </message>
    <message>
        <source>打印预览 — %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>打印预览</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>预览页面</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Preview page</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>上一页</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Next page</translation>
    </message>
    <message>
        <source>缩小</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>关闭预览</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Close preview</translation>
    </message>
    <message>
        <source>页码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Page</translation>
    </message>
    <message>
        <source>总页数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Page count</translation>
    </message>
    <message>
        <source>缩放比例</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>/ %1 页</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>文件无法写入：%1
请换一个文件夹，或检查磁盘空间和权限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The file cannot be written: %1
Choose another folder, or check disk space and permissions.</translation>
    </message>
    <message>
        <source>打印机无法开始打印</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The printer cannot start printing</translation>
    </message>
    <message>
        <source>无法打印</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>打印没有完成：%1
请检查打印机是否开机、联网并有纸。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Printing did not finish: %1
Check that the printer is on, connected and has paper.</translation>
    </message>
    <message>
        <source>登录 — 机关办公桌面</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Log in — OfficeDesk</translation>
    </message>
    <message>
        <source>首次使用 — 初始设置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First use — initial setup</translation>
    </message>
    <message>
        <source>首次使用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First use</translation>
    </message>
    <message>
        <source>如：中共某某县委办公室</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. General Office of the XX County Party Committee</translation>
    </message>
    <message>
        <source>如：X委办（发文字号为 X委办发〔2026〕1号）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. X委办 (document numbers then read X委办发〔2026〕1号)</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>载入演示数据（可用于培训，正式使用前请勿勾选）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Load demo data (for training; leave unticked for real use)</translation>
    </message>
    <message>
        <source>机关名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Office name</translation>
    </message>
    <message>
        <source>机关代字</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Office code</translation>
    </message>
    <message>
        <source>管理员用户名</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <source>管理员姓名</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Administrator name</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>完成设置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Finish setup</translation>
    </message>
    <message>
        <source>欢迎使用机关办公桌面。请先填写本机关的信息并创建管理员账号。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Welcome to OfficeDesk. First enter your office&apos;s details and create an administrator account.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，请重新输入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The two passwords differ. Please enter them again.</translation>
    </message>
    <message>
        <source>请填写机关名称和机关代字。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the office name and office code.</translation>
    </message>
    <message>
        <source>系统设置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>新建用户</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New user</translation>
    </message>
    <message>
        <source>角色</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>密级权限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>初始密码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>用户管理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Users</translation>
    </message>
    <message>
        <source>用户列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>User list</translation>
    </message>
    <message>
        <source>改角色/密级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Role/clearance</translation>
    </message>
    <message>
        <source>重置密码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>已停用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>锁定至 </source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Locked until </translation>
    </message>
    <message>
        <source>新角色：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New role:</translation>
    </message>
    <message>
        <source>可查看的最高密级：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Highest classification allowed:</translation>
    </message>
    <message>
        <source>新密码：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New password:</translation>
    </message>
    <message>
        <source>停用用户</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>停用后该用户不能登录，记录保留。确定停用吗？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A disabled user cannot log in; their records are kept. Disable this user?</translation>
    </message>
    <message>
        <source>节假日调整</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>节假日调整列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Holiday list</translation>
    </message>
    <message>
        <source>放假</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>上班（调休）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Working day (swap)</translation>
    </message>
    <message>
        <source>说明，如 春节</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Note, e.g. Spring Festival</translation>
    </message>
    <message>
        <source>添加节假日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>删除所选</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>删除所选节假日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete selected holidays</translation>
    </message>
    <message>
        <source>内置节假日表缺少以下年份，请在此补充：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The built-in holiday table lacks these years; please add them here: </translation>
    </message>
    <message>
        <source>内置节假日表已包含今明两年；此处的设置优先。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The built-in holiday table covers this year and next; the entries here take precedence.</translation>
    </message>
    <message>
        <source>待办概况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>刷新工作台</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Refresh dashboard</translation>
    </message>
    <message>
        <source>待办事项列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To-do list</translation>
    </message>
    <message>
        <source>正在统计待办事项…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Counting the to-do items…</translation>
    </message>
    <message>
        <source>今天是 %1。已逾期 %2 件，今日到期 %3 件，即将到期 %4 件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Today is %1. Overdue: %2, due today: %3, due soon: %4.</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 d overdue</translation>
    </message>
    <message>
        <source>已逾期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Due today</translation>
    </message>
    <message>
        <source>即将到期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <source>待办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To do</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Days left</translation>
    </message>
    <message>
        <source>责任</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>统计与归档</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Statistics and archive</translation>
    </message>
    <message>
        <source>办理过程</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling record</translation>
    </message>
    <message>
        <source>密级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Classification</translation>
    </message>
    <message>
        <source>文种</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Document type</translation>
    </message>
    <message>
        <source>修改稿件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit draft</translation>
    </message>
    <message>
        <source>拟稿</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>正文错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Body error</translation>
    </message>
    <message>
        <source>正文编辑</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Body editor</translation>
    </message>
    <message>
        <source>正文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Body</translation>
    </message>
    <message>
        <source>每段一行。用上方按钮或 Ctrl+1～Ctrl+4 插入各级标题的序号，打印时自动排成黑体、楷体、仿宋。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One paragraph per line. Use the buttons above or Ctrl+1 to Ctrl+4 to insert heading numbers; printing sets the headings in Hei, Kai and Fangsong type.</translation>
    </message>
    <message>
        <source>正文提纲</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Body outline</translation>
    </message>
    <message>
        <source>一级标题（一、）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Heading 1 (一、)</translation>
    </message>
    <message>
        <source>二级标题（（一））</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Heading 2 (（一）)</translation>
    </message>
    <message>
        <source>三级标题（1.）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Heading 3 (1.)</translation>
    </message>
    <message>
        <source>四级标题（（1））</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Heading 4 (（1）)</translation>
    </message>
    <message>
        <source>持有/时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Holder/deadline</translation>
    </message>
    <message>
        <source>来文字号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sender&apos;s document number</translation>
    </message>
    <message>
        <source>“%1”应写作“%2”（六角括号〔〕，不加“第”，不编虚位）。改正吗？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” should be written “%2” (hexagonal brackets 〔〕, no “第”, no leading zeros). Correct it?</translation>
    </message>
    <message>
        <source>收文签收</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign for receipt</translation>
    </message>
    <message>
        <source>收文登记</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register incoming document</translation>
    </message>
    <message>
        <source>签收</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign for receipt</translation>
    </message>
    <message>
        <source>登记</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register</translation>
    </message>
    <message>
        <source>初审意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Preliminary review comments</translation>
    </message>
    <message>
        <source>符合要求</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meets the requirements</translation>
    </message>
    <message>
        <source>退回</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Return</translation>
    </message>
    <message>
        <source>退回理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>拟办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Proposed handling</translation>
    </message>
    <message>
        <source>拟办意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Proposed handling</translation>
    </message>
    <message>
        <source>拟办人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>批办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <source>批办（领导批示）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <source>批示领导</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Instructing leader</translation>
    </message>
    <message>
        <source>批示内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>批示时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Instruction time</translation>
    </message>
    <message>
        <source>承办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assign</translation>
    </message>
    <message>
        <source>承办单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>承办人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handler</translation>
    </message>
    <message>
        <source>办理时限（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadline (working days)</translation>
    </message>
    <message>
        <source>传阅</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Circulate</translation>
    </message>
    <message>
        <source>传阅人（每行一位，按传阅顺序）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Readers (one a line, in circulation order)</translation>
    </message>
    <message>
        <source>阅</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Read</translation>
    </message>
    <message>
        <source>阅文人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reader</translation>
    </message>
    <message>
        <source>阅毕时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Read at</translation>
    </message>
    <message>
        <source>阅文意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reader&apos;s comments</translation>
    </message>
    <message>
        <source>催办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>催办内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reminder text</translation>
    </message>
    <message>
        <source>办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>办结结果</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>办结日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>把领导对“%1”的批示转为督查事项吗？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Turn the leader&apos;s instruction on “%1” into a supervised item?</translation>
    </message>
    <message>
        <source>归档</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Archive</translation>
    </message>
    <message>
        <source>保管期限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>机构（问题）代码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Organisation (subject) code</translation>
    </message>
    <message>
        <source>页数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>核稿</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review draft</translation>
    </message>
    <message>
        <source>核稿人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>核稿意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review comments</translation>
    </message>
    <message>
        <source>文字已核，格式规范</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Text checked, format correct</translation>
    </message>
    <message>
        <source>送会签</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Send for countersigning</translation>
    </message>
    <message>
        <source>会签单位（每行一个）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersigning units (one a line)</translation>
    </message>
    <message>
        <source>会签</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>会签单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersigning unit</translation>
    </message>
    <message>
        <source>会签人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersigned by</translation>
    </message>
    <message>
        <source>会签意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersign comments</translation>
    </message>
    <message>
        <source>会签时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersigned at</translation>
    </message>
    <message>
        <source>退回修改</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Return for revision</translation>
    </message>
    <message>
        <source>签发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>签发人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Signed off by</translation>
    </message>
    <message>
        <source>签发意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign-off comments</translation>
    </message>
    <message>
        <source>同意印发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approved for issue</translation>
    </message>
    <message>
        <source>签发日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign-off date</translation>
    </message>
    <message>
        <source>发文字号（留空自动取号）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Document number (blank: next number)</translation>
    </message>
    <message>
        <source>发文字号现在从编号服务取得；手工填写的字号若已使用会被拒绝。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Document numbers now come from the numbering service; a number typed in by hand is refused if already used.</translation>
    </message>
    <message>
        <source>印制</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print copies</translation>
    </message>
    <message>
        <source>印制份数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Copies printed</translation>
    </message>
    <message>
        <source>印发日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>密级文件须为每个单位填写份号范围（起止份号）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A classified document needs a copy number range (first and last) for every unit.</translation>
    </message>
    <message>
        <source>“%1”一行的份数或份号不是数字。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The copies or copy numbers on the line “%1” are not numbers.</translation>
    </message>
    <message>
        <source>核发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Distribute</translation>
    </message>
    <message>
        <source>分发名单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Distribution list</translation>
    </message>
    <message>
        <source>份数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Copies</translation>
    </message>
    <message>
        <source>起始份号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First copy no.</translation>
    </message>
    <message>
        <source>终止份号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Last copy no.</translation>
    </message>
    <message>
        <source>打印收文处理笺</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print handling slip</translation>
    </message>
    <message>
        <source>打印传阅单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print circulation slip</translation>
    </message>
    <message>
        <source>打印催办单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print reminder</translation>
    </message>
    <message>
        <source>打印公文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print document</translation>
    </message>
    <message>
        <source>打印发文稿纸</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print draft form</translation>
    </message>
    <message>
        <source>打印归档文件目录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print archive catalogue</translation>
    </message>
    <message>
        <source>每月发文数（按文种）与收文数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Outgoing (by type) and incoming documents per month</translation>
    </message>
    <message>
        <source>全年发文数（按拟稿单位）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Outgoing documents this year (by drafting unit)</translation>
    </message>
    <message>
        <source>发文 %1 件，收文 %2 件，在办 %3 件，逾期 %4 件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Outgoing: %1, incoming: %2, open: %3, overdue: %4</translation>
    </message>
    <message>
        <source>归档文件目录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Archive catalogue</translation>
    </message>
    <message>
        <source>会议名称(&amp;M)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>会议类型(&amp;K)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>开始时间(&amp;S)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <source>结束时间(&amp;E)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <source>地点(&amp;P)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>会议室名称（拼音首字母可查）；其他地点按外部场所处理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting room name (pinyin initials work); other places count as external venues</translation>
    </message>
    <message>
        <source>地点说明</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Place note</translation>
    </message>
    <message>
        <source>主办单位(&amp;U)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Host &amp;unit</translation>
    </message>
    <message>
        <source>主持人(&amp;H)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>C&amp;hair</translation>
    </message>
    <message>
        <source>%1人员(%2)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>主席台人数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seats on the podium</translation>
    </message>
    <message>
        <source>议程(&amp;D)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Agen&amp;da</translation>
    </message>
    <message>
        <source>报到时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Check-in time</translation>
    </message>
    <message>
        <source>报名截止</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>材料要求</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Materials required</translation>
    </message>
    <message>
        <source>联系人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>冲突检查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Conflict check</translation>
    </message>
    <message>
        <source>冲突</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>仍要保存的原因</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason to save anyway</translation>
    </message>
    <message>
        <source>存在可协调的冲突时，写明仍要保存的原因（记入审计）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>If there are conflicts that can be resolved, give the reason to save anyway (audited)</translation>
    </message>
    <message>
        <source>原因错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason error</translation>
    </message>
    <message>
        <source>“%1”不是通讯录中的会议室，按外部场所处理，不做会议室冲突检查。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not a meeting room in the directory: treated as an external venue, no room conflict check.</translation>
    </message>
    <message>
        <source>会议室可坐 %1 人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting room seats %1.</translation>
    </message>
    <message>
        <source>未发现冲突。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No conflicts found.</translation>
    </message>
    <message>
        <source>【必须调整】</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>[Must change]</translation>
    </message>
    <message>
        <source>【可说明原因后保存】</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>[May be saved with a reason]</translation>
    </message>
    <message>
        <source>会议室在这段时间已被占用，请换会议室或改时间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting room is taken at that time: choose another room or time.</translation>
    </message>
    <message>
        <source>存在冲突，请写明仍要保存的原因，或调整时间、地点、人员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There are conflicts: give the reason to save anyway, or change the time, place or people.</translation>
    </message>
    <message>
        <source>修改会议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>新建会议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>议题</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Topic</translation>
    </message>
    <message>
        <source>议题，回车添加</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Topic, Enter to add</translation>
    </message>
    <message>
        <source>汇报单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>汇报人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>时长（分钟）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>添加议程</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>议程列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Agenda list</translation>
    </message>
    <message>
        <source>双击或 F2 修改；Delete 删除；Alt+↑/↓ 调整顺序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Double-click or F2 to edit; Delete to remove; Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <source>议程总时长</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Agenda total duration</translation>
    </message>
    <message>
        <source>议程错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Agenda error</translation>
    </message>
    <message>
        <source>请先填写议题。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please enter a topic first.</translation>
    </message>
    <message>
        <source>议程第 %1 项的时长“%2”应为分钟数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The duration “%2” of agenda item %1 should be minutes.</translation>
    </message>
    <message>
        <source>共 %1 项，约 %2 分钟</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Items: %1, about %2 min</translation>
    </message>
    <message>
        <source>签到 — %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign-in — %1</translation>
    </message>
    <message>
        <source>签到</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>↑/↓ 选人；按 1 已到、2 请假（随后填写原因并回车）、3 缺席、0 未签到；Ctrl+A 全部已到；Ctrl+S 保存。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>↑/↓ choose a person; press 1 present, 2 on leave (then type the reason and Enter), 3 absent, 0 not signed in; Ctrl+A all present; Ctrl+S save.</translation>
    </message>
    <message>
        <source>签到名单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign-in list</translation>
    </message>
    <message>
        <source>请假原因</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason for leave</translation>
    </message>
    <message>
        <source>未签到</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>签到统计</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign-in count</translation>
    </message>
    <message>
        <source>签到错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <source>全部已到(Ctrl+A)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>All present (Ctrl+A)</translation>
    </message>
    <message>
        <source>全部已到</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>All present</translation>
    </message>
    <message>
        <source>保存(Ctrl+S)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>保存签到</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save sign-in</translation>
    </message>
    <message>
        <source>应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人，未签到 %5 人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Expected %1, present %2, on leave %3, absent %4, not signed in %5</translation>
    </message>
    <message>
        <source>周视图</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Week view</translation>
    </message>
    <message>
        <source>月视图</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Month view</translation>
    </message>
    <message>
        <source>日历视图</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Calendar view</translation>
    </message>
    <message>
        <source>上一周期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Previous</translation>
    </message>
    <message>
        <source>回到今天</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Back to today</translation>
    </message>
    <message>
        <source>下一周期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <source>日历范围</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Calendar range</translation>
    </message>
    <message>
        <source>会议日历</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting calendar</translation>
    </message>
    <message>
        <source>%1 至 %2，共 %3 个会议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 to %2, meetings: %3</translation>
    </message>
    <message>
        <source>%1年%2月，共 %3 个会议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%2/%1, meetings: %3</translation>
    </message>
    <message>
        <source>会议统计摘要</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting statistics summary</translation>
    </message>
    <message>
        <source>每月会议数与时长</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meetings and hours per month</translation>
    </message>
    <message>
        <source>按会议类型</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By meeting type</translation>
    </message>
    <message>
        <source>按主办单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By host unit</translation>
    </message>
    <message>
        <source>按主办单位（前八）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By host unit (top 8)</translation>
    </message>
    <message>
        <source>会议数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>时长（小时）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Hours</translation>
    </message>
    <message>
        <source>全年会议 %1 个，共 %2 小时（已取消的不计）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This year: %1 meetings, %2 hours (cancelled ones not counted).</translation>
    </message>
    <message>
        <source>按主办单位：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By host unit: </translation>
    </message>
    <message>
        <source>实到/应到</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Present/expected</translation>
    </message>
    <message>
        <source>今天及以后</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Today and later</translation>
    </message>
    <message>
        <source>已过去</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Past</translation>
    </message>
    <message>
        <source>本年</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This year</translation>
    </message>
    <message>
        <source>座次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seating</translation>
    </message>
    <message>
        <source>纪要</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>会议纪要</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>已发通知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Notice sent</translation>
    </message>
    <message>
        <source>标记已发通知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Mark notice sent</translation>
    </message>
    <message>
        <source>取消会议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>打印哪一种</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>What to print</translation>
    </message>
    <message>
        <source>日历与统计</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Calendar and statistics</translation>
    </message>
    <message>
        <source>日历</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>取消“%1”的原因：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason for cancelling “%1”:</translation>
    </message>
    <message>
        <source>确定取消这次会议吗？取消后不能再修改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cancel this meeting? A cancelled meeting cannot be edited.</translation>
    </message>
    <message>
        <source>会议通知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting notice</translation>
    </message>
    <message>
        <source>签到表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>座次表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seating chart</translation>
    </message>
    <message>
        <source>桌签</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Name cards</translation>
    </message>
    <message>
        <source>会议议程</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>会议纪要 — %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes — %1</translation>
    </message>
    <message>
        <source>纪要期号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes issue no.</translation>
    </message>
    <message>
        <source>如：第12期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. No. 12</translation>
    </message>
    <message>
        <source>纪要日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes date</translation>
    </message>
    <message>
        <source>留空则为会议当日或今天</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: the meeting day or today</translation>
    </message>
    <message>
        <source>纪要正文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes text</translation>
    </message>
    <message>
        <source>会议概况、议题讨论情况……（议定事项在下面逐项填写）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Overview, discussion of the topics… (enter the decisions one by one below)</translation>
    </message>
    <message>
        <source>期号(&amp;I)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Issue no.</translation>
    </message>
    <message>
        <source>纪要正文(&amp;T)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes &amp;text</translation>
    </message>
    <message>
        <source>议定事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>议定事项，回车添加</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision, Enter to add</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>完成时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>时限，如 2026-12-31</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadline, e.g. 2026-12-31</translation>
    </message>
    <message>
        <source>议定事项列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision list</translation>
    </message>
    <message>
        <source>转督查(Ctrl+D)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To supervision (Ctrl+D)</translation>
    </message>
    <message>
        <source>查看督查事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>View supervised item</translation>
    </message>
    <message>
        <source>纪要状态</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes status</translation>
    </message>
    <message>
        <source>纪要错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes error</translation>
    </message>
    <message>
        <source>保存纪要</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save minutes</translation>
    </message>
    <message>
        <source>议定事项（选中一项按 Ctrl+D 转督查）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decisions (select one and press Ctrl+D to send it to supervision)</translation>
    </message>
    <message>
        <source>已转督查（%1号）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Under supervision (no. %1)</translation>
    </message>
    <message>
        <source>已转督查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Under supervision</translation>
    </message>
    <message>
        <source>这项议定事项已转督查，不能删除；如需撤销或调整，请在督查事项中办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This decision is under supervision and cannot be deleted; to withdraw or change it, do so in the supervised item.</translation>
    </message>
    <message>
        <source>纪要已保存。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes saved.</translation>
    </message>
    <message>
        <source>请先选中一项议定事项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please select a decision first.</translation>
    </message>
    <message>
        <source>第 %1 项已转督查（督查事项 %2 号）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item %1 sent to supervision (supervised item no. %2).</translation>
    </message>
    <message>
        <source>%1人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>输入姓名或拼音首字母，回车添加；外单位写 姓名（单位）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Type a name or pinyin initials, Enter to add; for other organisations write Name (Unit)</translation>
    </message>
    <message>
        <source>添加%1人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>%1人员名单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 list</translation>
    </message>
    <message>
        <source>Delete 删除，Alt+↑/↓ 调整顺序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete to remove, Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <source>%1人数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 count</translation>
    </message>
    <message>
        <source>%1人员错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 error</translation>
    </message>
    <message>
        <source>已在名单中：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Already on the list: </translation>
    </message>
    <message>
        <source>不在通讯录中（手工输入）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not in the directory (typed in)</translation>
    </message>
    <message>
        <source>%1 人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>座次 — %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seating — %1</translation>
    </message>
    <message>
        <source>台下面向主席台的视角。拖动姓名到另一座位即互换；或选中后按 Ctrl+方向键移动。Ctrl+S 保存，Ctrl+P 保存并打印座次表。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seen from the floor facing the podium. Drag a name onto another seat to swap; or select and press Ctrl+arrow keys to move. Ctrl+S saves, Ctrl+P saves and prints the seating chart.</translation>
    </message>
    <message>
        <source>座次状态</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seating status</translation>
    </message>
    <message>
        <source>保存座次(Ctrl+S)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save seating (Ctrl+S)</translation>
    </message>
    <message>
        <source>保存座次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save seating</translation>
    </message>
    <message>
        <source>恢复按规则排列</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Rearrange by the rules</translation>
    </message>
    <message>
        <source>保存并打印(Ctrl+P)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save and print (Ctrl+P)</translation>
    </message>
    <message>
        <source>保存并打印座次表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save and print seating chart</translation>
    </message>
    <message>
        <source>主席台</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Podium</translation>
    </message>
    <message>
        <source>第%1排</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>已人工调整</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adjusted by hand</translation>
    </message>
    <message>
        <source>按级别自动排列</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Arranged by rank</translation>
    </message>
    <message>
        <source>已调整，尚未保存</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adjusted, not saved yet</translation>
    </message>
    <message>
        <source>座次已保存</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seating saved</translation>
    </message>
    <message>
        <source>督查通报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision bulletin</translation>
    </message>
    <message>
        <source>通报开始日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bulletin start date</translation>
    </message>
    <message>
        <source>通报结束日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bulletin end date</translation>
    </message>
    <message>
        <source>打印通报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print bulletin</translation>
    </message>
    <message>
        <source>通报概况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bulletin overview</translation>
    </message>
    <message>
        <source>各单位办理情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Progress by unit</translation>
    </message>
    <message>
        <source>各单位办结率、按期办结率（%）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Completion and on-time rates by unit (%)</translation>
    </message>
    <message>
        <source>交办任务 %1 项，已办结 %2 项（按期 %3 项），逾期未办结 %4 项；办结率 %5，按期办结率 %6。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Tasks assigned: %1; closed: %2 (on time: %3); overdue and open: %4; completion rate %5, on-time rate %6.</translation>
    </message>
    <message>
        <source>：按期办结率最低的 %1 个单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>: the %1 units with the lowest on-time rate</translation>
    </message>
    <message>
        <source>办结率</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>按期办结率</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>预警</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Alert</translation>
    </message>
    <message>
        <source>待交办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To assign</translation>
    </message>
    <message>
        <source>办理中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In progress</translation>
    </message>
    <message>
        <source>逾期办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Closed late</translation>
    </message>
    <message>
        <source>已超办结时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Past deadline</translation>
    </message>
    <message>
        <source>新建事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New item</translation>
    </message>
    <message>
        <source>登记一件督查事项（Ctrl+N）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register a supervised item (Ctrl+N)</translation>
    </message>
    <message>
        <source>分解交办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assign tasks</translation>
    </message>
    <message>
        <source>为所选事项增加一项任务</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add a task to the selected item</translation>
    </message>
    <message>
        <source>修改任务</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>删除任务</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>反馈</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>登记所选任务的进展反馈</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record a progress report on the selected task</translation>
    </message>
    <message>
        <source>任务办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Close task</translation>
    </message>
    <message>
        <source>事项办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Close item</translation>
    </message>
    <message>
        <source>全部任务办结后办结事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Close the item once all its tasks are closed</translation>
    </message>
    <message>
        <source>催办…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reminder…</translation>
    </message>
    <message>
        <source>打印交办单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print assignment sheet</translation>
    </message>
    <message>
        <source>打印所选事项（Ctrl+P）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print the selected item (Ctrl+P)</translation>
    </message>
    <message>
        <source>督查通报…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bulletin…</translation>
    </message>
    <message>
        <source>事项详情</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item details</translation>
    </message>
    <message>
        <source>分解任务列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Task list</translation>
    </message>
    <message>
        <source>进展反馈列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Progress report list</translation>
    </message>
    <message>
        <source>进展反馈（所选任务）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Progress reports (selected task)</translation>
    </message>
    <message>
        <source>选择一件督查事项，查看其分解任务和反馈。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Select a supervised item to see its tasks and progress reports.</translation>
    </message>
    <message>
        <source>来源：%1&#x3000;立项：%2&#x3000;办结时限：%3&#x3000;反馈周期：%4&#x3000;状态：%5&#x3000;预警：%6</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Source: %1   Opened: %2   Deadline: %3   Report cycle: %4   Status: %5   Alert: %6</translation>
    </message>
    <message>
        <source>批示：%1 %2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Instruction: %1 %2</translation>
    </message>
    <message>
        <source>催办：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reminders: </translation>
    </message>
    <message>
        <source>第一次催办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First reminder</translation>
    </message>
    <message>
        <source>再次催办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Second reminder</translation>
    </message>
    <message>
        <source>办结：%1 %2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Closed: %1 %2</translation>
    </message>
    <message>
        <source>新建督查事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New supervised item</translation>
    </message>
    <message>
        <source>督查事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervised item</translation>
    </message>
    <message>
        <source>督查事项交办单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervised item assignment sheet</translation>
    </message>
    <message>
        <source>分解交办：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assign tasks: </translation>
    </message>
    <message>
        <source>修改任务：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit task: </translation>
    </message>
    <message>
        <source>确定删除第 %1 项任务（%2）吗？其反馈记录一并删除，删除前的内容留在历史记录中。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete task %1 (%2)? Its progress reports are deleted too; the previous contents stay in the history.</translation>
    </message>
    <message>
        <source>进展反馈：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Progress report: </translation>
    </message>
    <message>
        <source>任务办结：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Close task: </translation>
    </message>
    <message>
        <source>还有 %1 项任务未办结（%2），事项不能办结。请先办结这些任务。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Tasks still open: %1 (%2). The item cannot be closed until those tasks are.</translation>
    </message>
    <message>
        <source>事项办结：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Close item: </translation>
    </message>
    <message>
        <source>序号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>协办单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supporting units</translation>
    </message>
    <message>
        <source>责任人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>进度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Progress</translation>
    </message>
    <message>
        <source>下次反馈</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Next report</translation>
    </message>
    <message>
        <source>办理要求</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Report date</translation>
    </message>
    <message>
        <source>进展情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Progress made</translation>
    </message>
    <message>
        <source>存在困难</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>下一步措施</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>填报人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>交办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>已办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>按期办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On time</translation>
    </message>
    <message>
        <source>逾期未办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Overdue, open</translation>
    </message>
    <message>
        <source>督查催办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision reminders</translation>
    </message>
    <message>
        <source>催办概况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reminder overview</translation>
    </message>
    <message>
        <source>被催办单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Units reminded</translation>
    </message>
    <message>
        <source>生成催办记录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Create reminders</translation>
    </message>
    <message>
        <source>为临期、逾期和反馈逾期的任务登记催办，再次催办时自动升级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record reminders for tasks due soon, overdue or late with reports; a repeated reminder escalates</translation>
    </message>
    <message>
        <source>打印本单位催办通知单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print this unit&apos;s reminder notice</translation>
    </message>
    <message>
        <source>打印全部催办通知单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print all reminder notices</translation>
    </message>
    <message>
        <source>%1（%2 项逾期）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (overdue: %2)</translation>
    </message>
    <message>
        <source>今天是 %1。逾期或反馈逾期的任务 %2 项，涉及 %3 个单位；临期任务 %4 项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Today is %1. Tasks overdue or late with reports: %2 (units: %3); tasks due soon: %4.</translation>
    </message>
    <message>
        <source>没有需要新催办的任务</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No tasks need a new reminder</translation>
    </message>
    <message>
        <source>已登记催办：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reminders recorded: %1.</translation>
    </message>
    <message>
        <source>督查催办通知单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision reminder notice</translation>
    </message>
    <message>
        <source>期限提示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>重复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>在办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>逾期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已答复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Replied</translation>
    </message>
    <message>
        <source>重复件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>形式</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Form</translation>
    </message>
    <message>
        <source>信访详情</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition details</translation>
    </message>
    <message>
        <source>更正</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Correct</translation>
    </message>
    <message>
        <source>复查/复核意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review/re-examination</translation>
    </message>
    <message>
        <source>标为重复件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Mark as repeat</translation>
    </message>
    <message>
        <source>打印信访文书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print petition forms</translation>
    </message>
    <message>
        <source>（含完整身份信息）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> (with full identity)</translation>
    </message>
    <message>
        <source>查看完整身份信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Show full identity</translation>
    </message>
    <message>
        <source>问题类别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issue categories</translation>
    </message>
    <message>
        <source>选择一件信访查看详情。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Select a petition to see its details.</translation>
    </message>
    <message>
        <source>信访编号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition no.</translation>
    </message>
    <message>
        <source>登记日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>涉及单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Units concerned</translation>
    </message>
    <message>
        <source>处理方式</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling</translation>
    </message>
    <message>
        <source>办理期限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>延期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Extension</translation>
    </message>
    <message>
        <source>原件 </source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Original </translation>
    </message>
    <message>
        <source>更正信访登记</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Correct petition registration</translation>
    </message>
    <message>
        <source>没有找到此前可能相同的信访件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No earlier petitions that may be the same were found.</translation>
    </message>
    <message>
        <source>此前可能相同的信访</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Earlier petitions that may be the same</translation>
    </message>
    <message>
        <source>选择原件：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Choose the original:</translation>
    </message>
    <message>
        <source>这件信访还没有处理，暂无可打印的文书。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This petition has not been handled yet; there are no forms to print.</translation>
    </message>
    <message>
        <source>完整身份信息（已记录查看）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Full identity (this viewing is logged)</translation>
    </message>
    <message>
        <source>完整身份信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Full identity</translation>
    </message>
    <message>
        <source>已转为督查事项：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Turned into supervised item: %1</translation>
    </message>
    <message>
        <source>办理过程见右侧详情；完整修改记录含信访人身份信息，仅领导和管理员可查看。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The handling record is in the details on the right; the full change history contains petitioners&apos; identities and is for leaders and administrators only.</translation>
    </message>
    <message>
        <source>每行一个类别：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One category a line:</translation>
    </message>
    <message>
        <source>登记信访</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register petition</translation>
    </message>
    <message>
        <source>信访人（联名信、集体访的代表逐一登记，第一位显示在列表中）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitioners (for joint letters and group visits register each representative; the first is shown in the list)</translation>
    </message>
    <message>
        <source>信访人名单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitioner list</translation>
    </message>
    <message>
        <source>添加信访人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add petitioner</translation>
    </message>
    <message>
        <source>删除所选信访人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete selected petitioners</translation>
    </message>
    <message>
        <source>信访人错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitioner error</translation>
    </message>
    <message>
        <source>可能的重复件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Possible repeats</translation>
    </message>
    <message>
        <source>可能的重复件列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Possible repeat list</translation>
    </message>
    <message>
        <source>信访人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>相同之处</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In common</translation>
    </message>
    <message>
        <source>反映内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issues raised</translation>
    </message>
    <message>
        <source>信访人信访次数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions by the petitioner</translation>
    </message>
    <message>
        <source>作为所选信访件的重复件登记</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register as a repeat of the selected petition</translation>
    </message>
    <message>
        <source>作为重复件登记</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register as repeat</translation>
    </message>
    <message>
        <source>%1此前已信访 %2 次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Earlier petitions by %1: %2</translation>
    </message>
    <message>
        <source>发现 %1 件可能相同的信访。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Possible repeats found: %1.</translation>
    </message>
    <message>
        <source>未发现重复信访。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No repeat petitions found.</translation>
    </message>
    <message>
        <source>请至少登记一位信访人的姓名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please register at least one petitioner&apos;s name.</translation>
    </message>
    <message>
        <source>信访统计</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition statistics</translation>
    </message>
    <message>
        <source>统计摘要</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Summary</translation>
    </message>
    <message>
        <source>多次信访的信访人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Repeat petitioners</translation>
    </message>
    <message>
        <source>每月信访量</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions per month</translation>
    </message>
    <message>
        <source>按问题类别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By issue category</translation>
    </message>
    <message>
        <source>按信访形式</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By form</translation>
    </message>
    <message>
        <source>信访件数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>多次信访：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Repeat petitioners: </translation>
    </message>
    <message>
        <source>%1（%2）%3次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2): %3 times</translation>
    </message>
    <message>
        <source>；</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>共 %1 件；重复件 %2 件，重复率 %3%；按期答复率 %4%；在办逾期 %5 件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Total %1; repeats %2, repeat rate %3%; replied on time %4%; open and overdue %5.</translation>
    </message>
    <message>
        <source>处理信访事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handle petition</translation>
    </message>
    <message>
        <source>去向单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Forward to unit</translation>
    </message>
    <message>
        <source>回报期限（交办）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Report deadline (assigned)</translation>
    </message>
    <message>
        <source>不予受理理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason for not accepting</translation>
    </message>
    <message>
        <source>处理日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling date</translation>
    </message>
    <message>
        <source>转送、交办须写明去向单位；交办还须写明回报期限；不予受理须写明理由。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Forwarding and assigning need the receiving unit; assigning also needs a report deadline; not accepting needs a reason.</translation>
    </message>
    <message>
        <source>不予受理告知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Notice of non-acceptance</translation>
    </message>
    <message>
        <source>受理告知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>告知日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>告知方式和内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>How and what was notified</translation>
    </message>
    <message>
        <source>书面告知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Written notice</translation>
    </message>
    <message>
        <source>记录办理情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record handling</translation>
    </message>
    <message>
        <source>办理情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling details</translation>
    </message>
    <message>
        <source>延期办理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>延期理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <source>批准人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>办理期限只能延长一次，不超过30日，须经批准并告知信访人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The deadline can be extended once only, by at most 30 days, with approval and notice to the petitioner.</translation>
    </message>
    <message>
        <source>答复信访人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reply to petitioner</translation>
    </message>
    <message>
        <source>答复意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reply</translation>
    </message>
    <message>
        <source>答复日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reply date</translation>
    </message>
    <message>
        <source>登记%1申请</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register %1 request</translation>
    </message>
    <message>
        <source>申请日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Request date</translation>
    </message>
    <message>
        <source>申请理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>%1意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 decision</translation>
    </message>
    <message>
        <source>信访人满意度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitioner&apos;s satisfaction</translation>
    </message>
    <message>
        <source>处理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handle</translation>
    </message>
    <message>
        <source>告知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Notify</translation>
    </message>
    <message>
        <source>办理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling</translation>
    </message>
    <message>
        <source>答复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reply</translation>
    </message>
    <message>
        <source>复查申请</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review request</translation>
    </message>
    <message>
        <source>复核申请</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Re-examination request</translation>
    </message>
    <message>
        <source>复查复核答复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review reply</translation>
    </message>
    <message>
        <source>告知书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Notice</translation>
    </message>
    <message>
        <source>答复意见书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reply</translation>
    </message>
    <message>
        <source>转送单/交办单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Forwarding/assignment slip</translation>
    </message>
    <message>
        <source>来信</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>来访</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Visit</translation>
    </message>
    <message>
        <source>电话</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>传真</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Fax</translation>
    </message>
    <message>
        <source>网上</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Online</translation>
    </message>
    <message>
        <source>复查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review</translation>
    </message>
    <message>
        <source>复核</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Re-examination</translation>
    </message>
    <message>
        <source>转送</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Forward</translation>
    </message>
    <message>
        <source>不予受理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>受理告知书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>收文编号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>收文日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Received on</translation>
    </message>
    <message>
        <source>来文机关</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sender</translation>
    </message>
    <message>
        <source>决议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>决定</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision</translation>
    </message>
    <message>
        <source>命令(令)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Order</translation>
    </message>
    <message>
        <source>公报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>公告</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>通告</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>通知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Notice</translation>
    </message>
    <message>
        <source>通报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>报告</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Report</translation>
    </message>
    <message>
        <source>请示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Request for instructions</translation>
    </message>
    <message>
        <source>批复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Official reply</translation>
    </message>
    <message>
        <source>议案</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Motion</translation>
    </message>
    <message>
        <source>函</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>公开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Public</translation>
    </message>
    <message>
        <source>非密</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>秘密</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Secret</translation>
    </message>
    <message>
        <source>机密</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>绝密</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Top secret</translation>
    </message>
    <message>
        <source>保密期限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Classified until</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>平件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Routine</translation>
    </message>
    <message>
        <source>加急</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>特急</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Very urgent</translation>
    </message>
    <message>
        <source>办理时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>已签收</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>已登记</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>已退回</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已初审</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>已拟办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling proposed</translation>
    </message>
    <message>
        <source>已批办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Instructed</translation>
    </message>
    <message>
        <source>承办中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>传阅中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In circulation</translation>
    </message>
    <message>
        <source>已归档</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Archived</translation>
    </message>
    <message>
        <source>领导批示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <source>发文字号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>拟稿单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Drafting unit</translation>
    </message>
    <message>
        <source>拟稿人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Drafter</translation>
    </message>
    <message>
        <source>主送</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Main recipients</translation>
    </message>
    <message>
        <source>抄送</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Copied to</translation>
    </message>
    <message>
        <source>附件说明</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Attachments note</translation>
    </message>
    <message>
        <source>印发机关</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issuing office</translation>
    </message>
    <message>
        <source>上行文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Upward document</translation>
    </message>
    <message>
        <source>附注</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>成文日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Date of document</translation>
    </message>
    <message>
        <source>拟稿中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>已核稿</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Draft reviewed</translation>
    </message>
    <message>
        <source>会签中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersigning</translation>
    </message>
    <message>
        <source>已会签</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersigned</translation>
    </message>
    <message>
        <source>已签发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>已编号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Numbered</translation>
    </message>
    <message>
        <source>已印制</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Printed</translation>
    </message>
    <message>
        <source>已核发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>单位名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>简称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Short name</translation>
    </message>
    <message>
        <source>上级单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>People</translation>
    </message>
    <message>
        <source>性别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sex</translation>
    </message>
    <message>
        <source>男</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Female</translation>
    </message>
    <message>
        <source>级别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <source>会议室</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting rooms</translation>
    </message>
    <message>
        <source>名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>容量</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seats</translation>
    </message>
    <message>
        <source>位置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Location</translation>
    </message>
    <message>
        <source>会议名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>会议类型</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>常委会</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Standing committee</translation>
    </message>
    <message>
        <source>书记办公会</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Secretaries&apos; meeting</translation>
    </message>
    <message>
        <source>专题会议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Special meeting</translation>
    </message>
    <message>
        <source>工作会议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Work conference</translation>
    </message>
    <message>
        <source>座谈会</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Forum</translation>
    </message>
    <message>
        <source>视频会议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Video conference</translation>
    </message>
    <message>
        <source>开始时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Starts</translation>
    </message>
    <message>
        <source>结束时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Ends</translation>
    </message>
    <message>
        <source>地点</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Place</translation>
    </message>
    <message>
        <source>主办单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Host unit</translation>
    </message>
    <message>
        <source>主持人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Chair</translation>
    </message>
    <message>
        <source>出席人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>列席人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Non-voting attendees</translation>
    </message>
    <message>
        <source>特邀人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Guests</translation>
    </message>
    <message>
        <source>议程</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>应到人数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Expected</translation>
    </message>
    <message>
        <source>筹备中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>已召开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Held</translation>
    </message>
    <message>
        <source>已取消</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>督查编号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision no.</translation>
    </message>
    <message>
        <source>事项名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <source>上级决策部署</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Higher-level decision</translation>
    </message>
    <message>
        <source>会议议定事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <source>收文批办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Instruction on incoming document</translation>
    </message>
    <message>
        <source>群众反映</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Public complaint</translation>
    </message>
    <message>
        <source>关联记录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Linked record</translation>
    </message>
    <message>
        <source>事项内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>立项日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>办结时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>一般</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>督办级别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision level</translation>
    </message>
    <message>
        <source>一般督办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>重点督办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Priority</translation>
    </message>
    <message>
        <source>领导督办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Leader-supervised</translation>
    </message>
    <message>
        <source>反馈周期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Report cycle</translation>
    </message>
    <message>
        <source>一次性</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Once</translation>
    </message>
    <message>
        <source>每周</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>每半月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Fortnightly</translation>
    </message>
    <message>
        <source>每月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>每季</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>办结报告</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Closing report</translation>
    </message>
    <message>
        <source>信访形式</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Form</translation>
    </message>
    <message>
        <source>身份证号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>ID card no.</translation>
    </message>
    <message>
        <source>住址</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>工作单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Employer</translation>
    </message>
    <message>
        <source>人数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>农民负担</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Farmers&apos; burdens</translation>
    </message>
    <message>
        <source>社会治安</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Public security</translation>
    </message>
    <message>
        <source>征地拆迁</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Land requisition and demolition</translation>
    </message>
    <message>
        <source>劳动社保</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Labour and social security</translation>
    </message>
    <message>
        <source>党风廉政</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Party conduct and integrity</translation>
    </message>
    <message>
        <source>城乡建设</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Urban and rural construction</translation>
    </message>
    <message>
        <source>环境保护</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Environmental protection</translation>
    </message>
    <message>
        <source>教育医疗</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Education and health care</translation>
    </message>
    <message>
        <source>涉法涉诉</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Legal and litigation</translation>
    </message>
    <message>
        <source>诉求</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <source>接待人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Received by</translation>
    </message>
    <message>
        <source>直接答复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Direct reply</translation>
    </message>
    <message>
        <source>待处理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To handle</translation>
    </message>
    <message>
        <source>待告知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To notify</translation>
    </message>
    <message>
        <source>复查中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Under review</translation>
    </message>
    <message>
        <source>复核中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Under re-examination</translation>
    </message>
    <message>
        <source>管理员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>科员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>领导</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Leader</translation>
    </message>
    <message>
        <source>只读</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>附件“%1”有 %2 MB，超过每个附件 %3 MB 的上限。请压缩（如扫描件降低分辨率）或拆分后再添加。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The attachment “%1” is %2 MB, over the limit of %3 MB per attachment. Compress it (scan at a lower resolution, say) or split it, then add it again.</translation>
    </message>
    <message>
        <source>无法读取附件“%1”：%2。请检查文件是否被其他程序占用、是否有权限读取。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot read the attachment “%1”: %2. Check that no other program holds the file and that you may read it.</translation>
    </message>
    <message>
        <source>附件“%1”的文件不在数据库中（在共用数据库之前只存在添加它的电脑上）。请在添加它的电脑上打开一次（即存入数据库），或重新添加。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The file of the attachment “%1” is not in the database (before the database was shared it was kept only on the computer that added it). Open it once on that computer (which puts it in the database), or add it again.</translation>
    </message>
    <message>
        <source>附件“%1”的文件已被改动（校验值不符），请从备份恢复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The file of the attachment “%1” has been changed (its checksum does not match). Restore it from a backup.</translation>
    </message>
    <message>
        <source>附件“%1”是可执行程序或脚本，为防病毒不从这里打开。请用“另存为…”存到别处，经杀毒软件检查后再处理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The attachment “%1” is a program or a script: against viruses it is not opened from here. Use “Save as…” to save it elsewhere and have it checked by the antivirus program first.</translation>
    </message>
    <message>
        <source>无法打开附件“%1”：%2。请检查磁盘空间和权限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot open the attachment “%1”: %2. Check the free disk space and the permissions.</translation>
    </message>
    <message>
        <source>无法保存附件“%1”到“%2”：%3。请检查磁盘空间和权限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot save the attachment “%1” to “%2”: %3. Check the free disk space and the permissions.</translation>
    </message>
    <message>
        <source>%1 id %2 的一个附件（附件号 %3）的文件不在数据库中：请在添加它的电脑上打开一次，或重新添加</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An attachment (no. %3) of %1 id %2 has no file in the database: open it once on the computer that added it, or add it again</translation>
    </message>
    <message>
        <source>%1 id %2 的一个附件（附件号 %3）的文件已被改动（校验值不符）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The file of an attachment (no. %3) of %1 id %2 has been changed (its checksum does not match)</translation>
    </message>
    <message>
        <source>另存为…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>这份%1已作废，附件不再增删。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 has been voided: its attachments are no longer added or removed.</translation>
    </message>
    <message>
        <source>（档号 %1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> (archive number %1)</translation>
    </message>
    <message>
        <source>这份%1已归档%2，附件随归档文件保存，不能再增删。归档文件的更正须按档案管理的规定办理，请联系档案管理员（系统管理员）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 has been filed%2: its attachments are kept with the filed document and can no longer be added or removed. A filed document is corrected under the archive rules: ask the archivist (the system administrator).</translation>
    </message>
    <message>
        <source>稿件%1，附件是签批的稿件的一部分，不能再增删。%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This draft&apos;s state is “%1”: its attachments are part of the draft as approved and can no longer be added or removed. %2</translation>
    </message>
    <message>
        <source>另存附件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Save attachment copy</translation>
    </message>
    <message>
        <source>%1 字节</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1    （%2）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1    (%2)</translation>
    </message>
    <message>
        <source>涉密督查通报逐份编份号。印制份数，或只补印其中一份：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Each copy of a classified supervision bulletin carries its own copy number. Copies to print, or reprint a single copy:</translation>
    </message>
    <message>
        <source>印发取消通知：告知已收到会议通知的单位和人员，会议不再召开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issue the cancellation notice: tells the units and people who received the meeting notice that the meeting will not take place</translation>
    </message>
    <message>
        <source>审批链与职务</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chains and positions</translation>
    </message>
    <message>
        <source>审批链与职务…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chains and positions…</translation>
    </message>
    <message>
        <source>办理程序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>按审批链把关</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Enforce the approval chain</translation>
    </message>
    <message>
        <source>审批链步骤</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Steps of the approval chain</translation>
    </message>
    <message>
        <source>每行一步。由谁办理写职务，可加范围：@本单位（记录所属单位的）、@分管（分管该单位的领导）、@单位名；几个职务用、隔开，另一种办理人用“或”连接。例如：处长、科长@本单位；副主任@分管或主任。变体（如请示、绝密）留空表示同一般审批链。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One step a line. “Done by” names a position, optionally with a scope: @本单位 (of the record&apos;s unit), @分管 (the leader in charge of that unit), or @unit name; separate several positions with 、 and alternatives with 或. E.g. 处长、科长@本单位; 副主任@分管或主任. A variant (e.g. Request for instructions, Top secret) left empty follows the general chain.</translation>
    </message>
    <message>
        <source>职务表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Positions</translation>
    </message>
    <message>
        <source>职务表（由低到高）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Positions (lowest first)</translation>
    </message>
    <message>
        <source>添加一步</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>删除此步</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Remove this step</translation>
    </message>
    <message>
        <source>上移</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Move down</translation>
    </message>
    <message>
        <source>由谁办理（职务@范围）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Done by (position@scope)</translation>
    </message>
    <message>
        <source>时限（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Time limit (working days)</translation>
    </message>
    <message>
        <source>我的待办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>My to-do</translation>
    </message>
    <message>
        <source>我已送出、等待办理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sent on, waiting for others</translation>
    </message>
    <message>
        <source>全办待办概况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Office overview</translation>
    </message>
    <message>
        <source>列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> list</translation>
    </message>
    <message>
        <source>由谁办理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Done by</translation>
    </message>
    <message>
        <source>送达</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>等待：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Waiting for: %1</translation>
    </message>
    <message>
        <source>已超时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未到期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In time</translation>
    </message>
    <message>
        <source>设置代理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Substitutes</translation>
    </message>
    <message>
        <source>设置代理…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Substitutes…</translation>
    </message>
    <message>
        <source>如：出差、休假</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. on a trip, on leave</translation>
    </message>
    <message>
        <source>被代理人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Absent official</translation>
    </message>
    <message>
        <source>代理人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>开始日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>From</translation>
    </message>
    <message>
        <source>结束日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To</translation>
    </message>
    <message>
        <source>添加代理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add substitute</translation>
    </message>
    <message>
        <source>撤销所选代理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>End selected</translation>
    </message>
    <message>
        <source>代理列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Substitutes</translation>
    </message>
    <message>
        <source>岗位设置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Positions of users</translation>
    </message>
    <message>
        <source>岗位设置…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Positions of users…</translation>
    </message>
    <message>
        <source>领导分管的单位，用、隔开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Units the leader is in charge of, separated by 、</translation>
    </message>
    <message>
        <source>可代领导录入（代录）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>May enter steps for leaders (proxy entry)</translation>
    </message>
    <message>
        <source>用户</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>User</translation>
    </message>
    <message>
        <source>分管</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In charge of</translation>
    </message>
    <message>
        <source>代录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Proxy entry</translation>
    </message>
    <message>
        <source>审核</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review</translation>
    </message>
    <message>
        <source>审核意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>退回到</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Return to</translation>
    </message>
    <message>
        <source>步骤</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Step</translation>
    </message>
    <message>
        <source>承办时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>转送受理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Acceptance after transfer</translation>
    </message>
    <message>
        <source>办理答复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling and reply</translation>
    </message>
    <message>
        <source>交办回报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Report back on assignment</translation>
    </message>
    <message>
        <source>复查答复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review reply</translation>
    </message>
    <message>
        <source>复核答复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Re-examination reply</translation>
    </message>
    <message>
        <source>每类只列出最早到期的 %1 件，实际更多。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> Each kind lists only its %1 earliest due; there are more.</translation>
    </message>
    <message>
        <source>是这件效能投诉的被投诉人（%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>are the person this complaint is about (%1)</translation>
    </message>
    <message>
        <source>所在的%1是这件效能投诉的被投诉单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>are in %1, the unit this complaint is about</translation>
    </message>
    <message>
        <source>效能投诉%1已登记。您%2，按回避和保护投诉人的规定，这件投诉今后不向您显示，由与投诉无关的工作人员办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaint %1 is registered. You %2: by the rules of standing aside and of protecting the complainant, it will not be shown to you from now on; staff unconnected with it handle it.</translation>
    </message>
    <message>
        <source>核查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Checking</translation>
    </message>
    <message>
        <source>核查时限（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Time for checking (working days)</translation>
    </message>
    <message>
        <source>通知内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Notice text</translation>
    </message>
    <message>
        <source>核查情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Findings</translation>
    </message>
    <message>
        <source>处理意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>办结时限 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Due by %1</translation>
    </message>
    <message>
        <source>核查时限 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Checking due by %1</translation>
    </message>
    <message>
        <source>交核查单位核查，出具核查通知书；日期为通知日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Send to a unit for checking and issue the checking notice; the date is the notice&apos;s date</translation>
    </message>
    <message>
        <source>核查单位报来的核查情况：属实、部分属实或不属实；日期为核查完成日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>What the checking unit found: true, partly true or untrue; the date is the day checking ended</translation>
    </message>
    <message>
        <source>属实、部分属实的作出处理（效能告诫出具效能告诫书），不属实的不予处理；处理后办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decide the action on a complaint found (partly) true (a warning letter for an efficiency warning); an untrue one gets none; the complaint is then closed</translation>
    </message>
    <message>
        <source>%1 到 %2 之间的整数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>%1 至 %2 之间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>between %1 and %2</translation>
    </message>
    <message>
        <source>最多 %1 个字</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>at most %1 characters</translation>
    </message>
    <message>
        <source>“%1”的日期 %2 超出允许的范围（%3 至 %4）。请检查年份是否写错；确需更早或更晚的日期，请管理员在“系统设置”中调整日期范围。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The date %2 in “%1” is outside the allowed range (%3 to %4). Please check the year; if an earlier or later date is really needed, ask the administrator to widen the date range in Settings.</translation>
    </message>
    <message>
        <source>“%1”应在 %2 到 %3 之间，现在是 %4。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” must be between %2 and %3; it is %4.</translation>
    </message>
    <message>
        <source>“%1”带时间 %2，只保存了日期 %3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” came with a time, %2: only the date, %3, is kept.</translation>
    </message>
    <message>
        <source>%1 像是 Excel 的日期序号（%2）；请把该列设为日期格式后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 looks like an Excel date number (%2); please format the column as dates and import again.</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>“%1”列有 %2 个单元格带时间，只保存了日期：第 %3 行。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%2 cells of the column “%1” came with a time; only their dates are kept: rows %3.</translation>
    </message>
    <message>
        <source>“%1”列有 %2 个单元格带时间，只保存了日期：第 %3 行等。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%2 cells of the column “%1” came with a time; only their dates are kept: rows %3 and others.</translation>
    </message>
    <message>
        <source>“%1”不是有效日期：“%2”。请写成 2026-12-03 或 2026年12月3日。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not a valid date: “%2”. Please write it as 2026-12-03.</translation>
    </message>
    <message>
        <source>“%1”不是有效时间：“%2”。请写成 2026-12-03 09:00、2026/12/3 9:00 或 2026年12月3日9时。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not a valid date and time: “%2”. Please write it as 2026-12-03 09:00 or 2026/12/3 9:00.</translation>
    </message>
    <message>
        <source>“%1”只能是：%2（现在是“%3”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” can only be: %2 (it is “%3”).</translation>
    </message>
    <message>
        <source>“%1”应为整数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” must be a whole number.</translation>
    </message>
    <message>
        <source>“%1”应为整数，现在是“%2”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” must be a whole number; it is “%2”.</translation>
    </message>
    <message>
        <source>%1…（共 %2 位）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1… (%2 digits)</translation>
    </message>
    <message>
        <source>“%1”请填“是”或“否”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please answer “%1” with yes or no.</translation>
    </message>
    <message>
        <source>身份证号应为 18 位，现在是 %1 位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An ID card number has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>身份证号前 17 位应为数字，最后一位为数字或 X。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The first 17 characters of an ID card number are digits; the last is a digit or X.</translation>
    </message>
    <message>
        <source>身份证号中的出生日期“%1”不是真实日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The birth date “%1” in the ID card number is not a real date.</translation>
    </message>
    <message>
        <source>身份证号中的出生日期“%1”不可能（早于 1890 年或晚于今天）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The birth date “%1” in the ID card number is impossible (before 1890 or after today).</translation>
    </message>
    <message>
        <source>身份证号校验位不对：按前 17 位计算，最后一位应为“%1”，现在是“%2”。请核对号码。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The ID card number&apos;s check character is wrong: from the first 17 digits the last one should be “%1”, not “%2”. Please check the number.</translation>
    </message>
    <message>
        <source>手机号码应为 11 位、以 13–19 开头，现在是“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A mobile number has 11 digits and starts with 13–19; this is “%1”.</translation>
    </message>
    <message>
        <source>电话号码“%1”格式不对：手机写 11 位数字，座机写 区号-号码（如 010-12345678）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The phone number “%1” is not valid: write a mobile as 11 digits, a landline as area code-number (such as 010-12345678).</translation>
    </message>
    <message>
        <source>第 %1 位信访人（%2）：%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitioner %1 (%2): %3</translation>
    </message>
    <message>
        <source>这条%1记录已被他人修改（您打开的是第 %2 版）。您的修改没有保存；请复制需要保留的内容，重新打开记录后再改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has changed this %1 record (you opened version %2). Your changes were not saved; copy what you want to keep, open the record again and redo them.</translation>
    </message>
    <message>
        <source>这条%1记录已被他人修改，请刷新后再删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has changed this %1 record; please refresh before deleting it.</translation>
    </message>
    <message>
        <source>%1不能作废或按草稿删除；通讯录等请用修改或删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 cannot be voided or deleted as a draft; for the directory and the like, use Edit or Delete.</translation>
    </message>
    <message>
        <source>这件%1已有编号“%2”，编号不能删除，也不能再用。如果登记错了，请“作废”并写明原因。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 already has the number “%2”: a number cannot be deleted or used again. If it was registered by mistake, void it and give the reason.</translation>
    </message>
    <message>
        <source>这件%1现在是“%2”，已经开始办理，不能删除；只有“%3”且没有编号的草稿可以删除。%4</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 is “%2”: its handling has begun, so it cannot be deleted; only a draft that is “%3” and has no number can be deleted.%4</translation>
    </message>
    <message>
        <source>这件%1已转为督查事项，不能删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 has become a supervision item and cannot be deleted.</translation>
    </message>
    <message>
        <source>不再发文的，请先“退回修改”退回拟稿，再删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> If it will not be issued, first send it back to the drafter (退回修改), then delete it.</translation>
    </message>
    <message>
        <source>不再发文的，请先“退回复审”、再“退回修改”退回拟稿，再删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> If it will not be issued, first send it back for review (退回复审), then back to the drafter (退回修改), then delete it.</translation>
    </message>
    <message>
        <source>复核后只能编号；不再发文的，请编号后“作废”并写明原因。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> After the final check it can only be numbered; if it will not be issued, number it, then void it and give the reason.</translation>
    </message>
    <message>
        <source>会议没有编号，不必作废：不开了请用“取消”，尚在筹备的可以删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A meeting has no number and need not be voided: cancel one that will not be held; one still being prepared can be deleted.</translation>
    </message>
    <message>
        <source>这件%1还没有编号，不必作废；它现在是“%2”，也不能直接删除。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 has no number yet and need not be voided; it is “%2”, so it cannot simply be deleted either.%3</translation>
    </message>
    <message>
        <source>这件%1还没有编号，不必作废；草稿可以直接删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 has no number yet and need not be voided; a draft can simply be deleted.</translation>
    </message>
    <message>
        <source>这件%1（%2）已经作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 (%2) is already void.</translation>
    </message>
    <message>
        <source>这份%1（%2）已经核发，文件已发出，不能作废；如需撤销，请另行发文。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 (%2) has been issued and sent out, so it cannot be voided; to withdraw it, issue a new document.</translation>
    </message>
    <message>
        <source>这件%1（%2）%3，不能作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 (%2) is “%3” and cannot be voided.</translation>
    </message>
    <message>
        <source>督查事项（%1）已分解交办，不能作废；确属误登记的，请先用步骤“删除任务”（命令行：officedesk step supervision %2 删除任务 任务序号=N）删除其分解任务，再作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision item %1 has been split into tasks, so it cannot be voided; if it was registered by mistake, first delete its tasks with the step 删除任务 (command line: officedesk step supervision %2 删除任务 任务序号=N), then void it.</translation>
    </message>
    <message>
        <source>%1须由管理员或科员（文书）办理，您的账号不能%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is done by an administrator or a clerk (records); your account cannot do %1.</translation>
    </message>
    <message>
        <source>这件%1已被他人修改（您看到的是第 %2 版，现在是第 %3 版）。请刷新后再操作。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has changed this %1 (you see version %2, it is now version %3). Please refresh and try again.</translation>
    </message>
    <message>
        <source>作废须写明原因。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please give the reason for voiding.</translation>
    </message>
    <message>
        <source>已作废的%1须有编号：没有编号的记录不必作废，也不必导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A void %1 must have a number: a record without one need not be voided, nor imported.</translation>
    </message>
    <message>
        <source>没有找到记录号（id）为 %1 的%2记录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No %2 record with id %1 was found.</translation>
    </message>
    <message>
        <source>“%1”由办理步骤记录，不能直接修改。请按步骤办理（窗口的“办理”，或命令 officedesk step）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is recorded by a procedure step and cannot be edited directly. Please do the step (the step buttons in the window, or the command officedesk step).</translation>
    </message>
    <message>
        <source>您的账号是只读账号，不能修改记录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Your account is read-only and cannot change records.</translation>
    </message>
    <message>
        <source>只有管理员可以进行%1。请联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only an administrator can do this (%1). Please ask the administrator.</translation>
    </message>
    <message>
        <source>“%1”没有“%2”这一项。可填的有：%3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” has no item “%2”. The items are: %3.</translation>
    </message>
    <message>
        <source>（无）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1没有“%2”这一步。可用的步骤有：%3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has no step “%2”. The steps are: %3.</translation>
    </message>
    <message>
        <source>“%1”只能由%2办理，您的账号是%3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is done by: %2; your account is %3.</translation>
    </message>
    <message>
        <source>办理日期（%1）不能晚于今天。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The date it was done (%1) cannot be later than today.</translation>
    </message>
    <message>
        <source>这件%1已被他人办理或修改（您看到的是第 %2 版，现在是第 %3 版）。您填写的内容没有保存；请刷新后再办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has handled or changed this %1 (you see version %2, it is now version %3). What you filled in was not saved; please refresh and do the step again.</translation>
    </message>
    <message>
        <source>您的账号是只读账号，不能办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Your account is read-only and cannot do this.</translation>
    </message>
    <message>
        <source>这件%1现在是“%2”，不能“%3”。此时可以：%4。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 is “%2”: “%3” cannot be done now. You can now: %4.</translation>
    </message>
    <message>
        <source>这件%1现在是“%2”，不能“%3”。此时可以办理的%4都不由您办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 is “%2”: “%3” cannot be done now. The steps open now (%4) are not yours to do.</translation>
    </message>
    <message>
        <source>第 %1 行（列标题），“%2”列：%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Row %1 (headers), column “%2”: %3</translation>
    </message>
    <message>
        <source>第 %1 行（列标题）：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Row %1 (headers): %2</translation>
    </message>
    <message>
        <source>第 %1 行，“%2”列：%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Row %1, column “%2”: %3</translation>
    </message>
    <message>
        <source>请填写核稿人：核稿须写明核稿的人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in “Reviewer”: a draft review must name the person who reviewed it.</translation>
    </message>
    <message>
        <source>填了“签发日期”，却没有“签发人”：签发须写明签发人。请填写签发人，或不填签发日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“Sign-off date” is filled in but “Signed off by” is not: a sign-off must name who signed it off. Please fill in “Signed off by”, or leave the sign-off date empty.</translation>
    </message>
    <message>
        <source>%1；%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1＋%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>: %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>第 %1 行 %2：%3%4</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Row %1 %2: %3%4</translation>
    </message>
    <message>
        <source>
    注意：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>
    Note: %1</translation>
    </message>
    <message>
        <source>%1的导入模板可在窗口中用“文件 → 下载导入模板”得到，命令行用 officedesk template %2 模板.xlsx</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the %1 import template is in the window under File → Download import template, or on the command line: officedesk template %2 template.xlsx</translation>
    </message>
    <message>
        <source>%1（表格自身的行号，不导入）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (the sheet&apos;s own row numbers, not imported)</translation>
    </message>
    <message>
        <source>%1（由系统生成，导入时忽略）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (made by the system, ignored on import)</translation>
    </message>
    <message>
        <source>未读取的列：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> Columns not read: %1.</translation>
    </message>
    <message>
        <source>%1……（共 %2 行）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1… (%2 rows in all)</translation>
    </message>
    <message>
        <source>第 %1 行是隐藏的（或被筛选隐藏），没有导入；要导入这些行，请在 Excel 中取消隐藏后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> Rows %1 are hidden (or hidden by a filter) and were not imported; to import them, unhide them in Excel and import again.</translation>
    </message>
    <message>
        <source>……另有 %1 处问题未列出。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>…and %1 more problems not listed.</translation>
    </message>
    <message>
        <source>读取的是工作表“%1”（第一个未隐藏的工作表）。%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Read the worksheet “%1” (the first one not hidden). %2</translation>
    </message>
    <message>
        <source>%1“%2”表%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 On the sheet “%2”:%3</translation>
    </message>
    <message>
        <source>%1表中的%2列不是导出的列，更新已有记录时未采用（新增的行照常导入）；已有记录的这些项请在窗口中修改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 The columns %2 are not export columns and were not used to update existing records (new rows are imported as usual); change these items of existing records in the window.</translation>
    </message>
    <message>
        <source>%1其中 %2 行与已有记录重复：请选择跳过这些行、用表中内容更新已有记录，或仍然新增（命令行：--matched skip、--update 或 --matched add）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 %2 of the rows are records already there: choose to skip them, update those records from the sheet, or add them anyway (command line: --matched skip, --update or --matched add).</translation>
    </message>
    <message>
        <source>列标题不在导入读取的位置（第一个工作表的第一行），没有导入任何数据。请按下面的提示调整后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The column titles are not where the import reads them (the first row of the first worksheet); nothing was imported. Adjust the sheet as said below and import again.</translation>
    </message>
    <message>
        <source>第 %1 行的列标题有问题（见下），所以没有检查下面的 %2 行，也没有导入任何数据。请按模板改正列标题后再导入（%3）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The column titles in row %1 have problems (see below), so the %2 rows below were not checked and nothing was imported. Correct the titles as in the template and import again (%3).</translation>
    </message>
    <message>
        <source>试导入：共 %1 行%2，全部可以导入%3（未写入数据库）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Trial import: %1 rows of %2, all can be imported%3 (nothing written to the database).</translation>
    </message>
    <message>
        <source> %1 条%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> %1 %2 records</translation>
    </message>
    <message>
        <source>已导入%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Imported%1.</translation>
    </message>
    <message>
        <source>已导入%1，跳过 %2 行有问题的行。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Imported%1; skipped %2 rows with problems.</translation>
    </message>
    <message>
        <source>共 %1 行，%2 行有问题，没有导入任何数据。请改正后重新导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 rows, %2 with problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
        <source>共 %1 行，%2 行有问题，没有导入任何数据。请改正后重新导入，或选择跳过有问题的行。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 rows, %2 with problems; nothing was imported. Correct them and import again, or choose to skip the rows with problems.</translation>
    </message>
    <message>
        <source>试导入：%1，跳过 %2 行有问题的行（见下）；未写入数据库。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Trial import: %1, skipping %2 rows with problems (see below); nothing written to the database.</translation>
    </message>
    <message>
        <source>试导入：共 %1 行%2，%3 行有问题（未写入数据库）。请改正后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Trial import: %1 rows of %2, %3 with problems (nothing written to the database). Correct them and import again.</translation>
    </message>
    <message>
        <source>试导入：共 %1 行%2，%3 行有问题（未写入数据库）。请改正后再导入，或跳过有问题的行、导入其余 %4 条（命令行：--skip-bad）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Trial import: %1 rows of %2, %3 with problems (nothing written to the database). Correct them and import again, or skip the rows with problems and import the other %4 (command line: --skip-bad).</translation>
    </message>
    <message>
        <source>可导入 %1 条%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 %2 records can be imported</translation>
    </message>
    <message>
        <source>可%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>can do: %1</translation>
    </message>
    <message>
        <source>新增 %1 条</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 new</translation>
    </message>
    <message>
        <source>更新 %1 条</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 updated</translation>
    </message>
    <message>
        <source>%1 条与已有记录相同、未改</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 the same as the records there, left unchanged</translation>
    </message>
    <message>
        <source>%1 行已有记录、跳过</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 rows already records, skipped</translation>
    </message>
    <message>
        <source>“%1”这一列出现了两次，请删去一列。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The column “%1” appears twice; please delete one of them.</translation>
    </message>
    <message>
        <source>合并单元格 %1 把几列的列标题合成了一格，遮住了其余各列的列标题，导入不能判断这些列是哪一项。请取消合并，在每一列的第 1 行分别填写列标题（可用导入模板）后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The merged cell %1 joins the titles of several columns into one and hides the others&apos; titles, so the import cannot tell which item these columns are. Unmerge it, give each column its own title in row 1 (the import template has them) and import again.</translation>
    </message>
    <message>
        <source>工作表“%1”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>worksheet “%1”</translation>
    </message>
    <message>
        <source>第一个工作表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the first worksheet</translation>
    </message>
    <message>
        <source>%1没有“%2”这一项；可用的列是：%3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has no item “%2”; the columns it takes are: %3.</translation>
    </message>
    <message>
        <source>%1的第一行缺少必填列“%2”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The first row of %1 lacks the required column “%2”.</translation>
    </message>
    <message>
        <source>列标题在工作表“%1”中，而导入只读第一个工作表%2：请把工作表“%1”移到最前面（或删去它前面的工作表），再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The column titles are on the worksheet “%1”, but the import reads only the first worksheet%2: move “%1” to the front (or delete the worksheets before it) and import again.</translation>
    </message>
    <message>
        <source>列标题在工作表“%1”第 %2 行中，而导入只读第一个工作表%3：请把工作表“%1”移到最前面（或删去它前面的工作表），并删去列标题上方的行，再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The column titles are in row %2 of the worksheet “%1”, but the import reads only the first worksheet%3: move “%1” to the front (or delete the worksheets before it), delete the rows above the titles and import again.</translation>
    </message>
    <message>
        <source>这一列有内容（%1），但这一列没有列标题：请补上列标题或删去这些内容，再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This column holds something (%1) but has no title: give it a title or delete what it holds, and import again.</translation>
    </message>
    <message>
        <source>这些列有内容（%1），但这些列没有列标题：请补上列标题或删去这些内容，再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>These columns hold something (%1) but have no title: give them titles or delete what they hold, and import again.</translation>
    </message>
    <message>
        <source>请把这一列设成“文本”格式后照原样重新填写（或在前面加英文单引号 &apos;），再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Format the column as Text, type the values again as they were (or begin them with an apostrophe &apos;) and import again.</translation>
    </message>
    <message>
        <source>“%1”这一格被电子表格存成了数字（%2），数字只保留 15 位有效数字，身份证号的最后几位已经丢失。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The spreadsheet stored this “%1” cell as a number (%2); a number keeps only 15 significant digits, so the ID number&apos;s last digits are lost. %3</translation>
    </message>
    <message>
        <source>“%1”这一格被电子表格存成了数字（%2），区号开头的 0 已经丢失。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The spreadsheet stored this “%1” cell as a number (%2); the area code&apos;s leading 0 is lost. %3</translation>
    </message>
    <message>
        <source>“%1”这一格被电子表格存成了数字（%2），编号开头的 0 或其中的文字可能已经丢失。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The spreadsheet stored this “%1” cell as a number (%2); the number&apos;s leading 0s or words in it may be lost. %3</translation>
    </message>
    <message>
        <source>这一格是错误值 %1（公式没有算出结果），不能导入，也不会当作空白。请改成正确的值（或删去公式只留数值）后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This cell is the error value %1 (its formula gave no result): it cannot be imported and is not taken as blank. Put the right value in it (or replace the formula by its value) and import again.</translation>
    </message>
    <message>
        <source>这一格是公式%1，但文件中没有保存计算结果，不能导入，也不会当作空白：请在 Excel 或 WPS 中打开并保存后再导入，或把公式改为数值。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This cell is a formula%1 whose result the file does not hold: it cannot be imported and is not taken as blank. Open and save the file in Excel or WPS and import again, or replace the formula by its value.</translation>
    </message>
    <message>
        <source>“%1”这一格被电子表格当成了日期（%2），原来填的编号已经被改掉。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The spreadsheet took this “%1” cell for a date (%2) and changed the number typed. %3</translation>
    </message>
    <message>
        <source>这一格只有导出时截下的开头（全文在“超长内容”表），不能作为新记录导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This cell holds only the beginning cut at export (the whole text is on the “超长内容” sheet); it cannot be imported as a new record.</translation>
    </message>
    <message>
        <source>这一格只有导出时截下的开头（全文在“超长内容”表），改过后导入会丢掉后面的全文。请在窗口中修改这一项，或把这一格换成修改后的全文（不带末尾的提示）再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This cell holds only the beginning cut at export (the whole text is on the “超长内容” sheet); importing it changed would lose the rest of the text. Change this item in the window, or put the whole changed text in the cell (without the note at its end) and import again.</translation>
    </message>
    <message>
        <source>这一格有 %1 字，超过 Excel 单元格 %2 字的上限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This cell has %1 characters, more than the %2 an Excel cell holds.</translation>
    </message>
    <message>
        <source>作为新记录导入</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>be imported as a new record</translation>
    </message>
    <message>
        <source>作为修改后的值导入（会把遮盖的文字写进记录，原来的完整内容从此丢失）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>be imported as a changed value (the masked text would be written into the record and the whole original lost for good)</translation>
    </message>
    <message>
        <source>18 位身份证号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the 18-character ID number</translation>
    </message>
    <message>
        <source>电话号码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>phone number</translation>
    </message>
    <message>
        <source>详细住址</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>full address</translation>
    </message>
    <message>
        <source>这一格是导出时遮盖过的“%1”（%2），不能%3。请填写完整的%1（%4）；不改的保持导出时的样子即可（不会写回）。要对照完整数据修改的，请管理员在命令行用“officedesk export 登记簿 文件 --unmasked”导出（留痕）后再改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This cell is the “%1” masked at export (%2): it cannot %3. Fill in the whole %1 (%4); leave the ones you do not change as exported (they are not written back). To correct against the whole data, ask the administrator to export with “officedesk export &lt;registry&gt; &lt;file&gt; --unmasked” on the command line (it is recorded) and correct that.</translation>
    </message>
    <message>
        <source>无法读取“%1”：它不是有效的 Excel 工作簿（.xlsx、.xls）或 OpenDocument 表格（.ods），或文件已损坏。请用 Excel 或 WPS 打开后“另存为”.xlsx 格式再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot read “%1”: it is not a valid Excel workbook (.xlsx, .xls) or OpenDocument spreadsheet (.ods), or the file is damaged. Open it in Excel or WPS, “Save as” .xlsx and import that.</translation>
    </message>
    <message>
        <source>“%1”是 CSV 文本文件，不能直接导入：其中的日期、身份证号和编号没有格式，容易读错。请用 Excel 或 WPS 打开它，“另存为”.xlsx 格式后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is a CSV text file and cannot be imported as it is: its dates, ID numbers and numbers carry no format and are easily misread. Open it in Excel or WPS, “Save as” .xlsx and import that.</translation>
    </message>
    <message>
        <source>找不到文件“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The file “%1” was not found.</translation>
    </message>
    <message>
        <source>“%1”是文件夹，请选择一个 .xlsx 文件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is a folder; please choose an .xlsx file.</translation>
    </message>
    <message>
        <source>无法读取“%1”：没有权限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot read “%1”: permission denied.</translation>
    </message>
    <message>
        <source>“%1”的第一个工作表“%2”第一行没有列标题。请用导入模板填写（导入只读第一个未隐藏的工作表，列标题须在第一行）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The first row of the first worksheet “%2” of “%1” has no column titles. Please fill in the import template (the import reads only the first worksheet not hidden, with the titles in its first row).</translation>
    </message>
    <message>
        <source>这一格在合并单元格 %1 中，它跨了几列，导入不能判断内容属于哪一列。请取消合并，在每一格分别填写后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This cell is in the merged cell %1, which spans several columns: the import cannot tell which column it belongs to. Unmerge it, fill in each cell and import again.</translation>
    </message>
    <message>
        <source>合并单元格 %1 遮住了与显示的内容不同的值。请取消合并，核对后在每一行分别填写，再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The merged cell %1 hides values other than the one shown. Unmerge it, check them, fill in each row and import again.</translation>
    </message>
    <message>
        <source>%1%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1%2.</translation>
    </message>
    <message>
        <source>“%1”的第一行没有列标题。%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The first row of “%1” has no column titles. %2</translation>
    </message>
    <message>
        <source>已取消导入，没有写入任何数据。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>没有%1为“%2”的%3（或您无权查看），无法更新。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no %3 with %1 “%2” (or you may not see it); it cannot be updated.</translation>
    </message>
    <message>
        <source>与已有的%1%2重复（%3相同）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The same as the existing %1 %2 (the same %3).</translation>
    </message>
    <message>
        <source>“%1”应是导出时的记录号（一个数字），现在是“%2”。请恢复原值；新增的一行请清空这一格。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” must be the record id of the export (a number); it is “%2”. Put the old value back; for a new row, empty this cell.</translation>
    </message>
    <message>
        <source>与本文件第 %1 行是同一条%2（“%3”相同；新增的一行请清空“%3”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The same %2 as row %1 of this file (the same “%3”; for a new row, empty “%3”).</translation>
    </message>
    <message>
        <source>与本文件第 %1 行是同一条%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The same %2 as row %1 of this file.</translation>
    </message>
    <message>
        <source>记录号 %1 是%2“%3”的，而这一行的%4是“%5”：不知道要改的是哪一件。请恢复这一行原来的记录号或%4；新增的一行请清空“记录号”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record id %1 is the %2 “%3”, but this row&apos;s %4 is “%5”: which one to change cannot be told. Put back the row&apos;s record id or %4; for a new row, empty the record id.</translation>
    </message>
    <message>
        <source>等 %1 件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> and others, %1 in all</translation>
    </message>
    <message>
        <source>这一行的“%1”在这里不能用：这个文件不是本机关导出的原文件（是其他机关导出的，或内容复制到了新的工作簿），记录号指的不是这里的记录。请用本机关导出的原文件修改后再导入，或先在窗口中修改其中一件，使它们的%2不同；新增的一件请用“仍然新增”（--matched add）导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This row&apos;s “%1” cannot be used here: the file is not this office&apos;s own export (another office exported it, or it was copied into a new workbook), so its record ids are not records here. Correct this office&apos;s own export and import that, or first change one of them in the window so that their %2 differ; import a new one with “Add anyway” (--matched add).</translation>
    </message>
    <message>
        <source>这一行的“记录号”是空白：如是本机关导出的行，请恢复它的记录号（它指明是哪一件）；新增的一件请用“仍然新增”（--matched add）导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This row&apos;s record id is blank: if the row is from this office&apos;s export, put its record id back (it says which record it is); import a new one with “Add anyway” (--matched add).</translation>
    </message>
    <message>
        <source>请在本机关导出的表中修改后再导入（表的最后一列“%1”指明是哪一件），或先在窗口中修改其中一件，使它们的%2不同；新增的一件请用“仍然新增”（--matched add）导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Correct this office&apos;s own export and import that (its last column “%1” says which record each row is), or first change one of them in the window so that their %2 differ; import a new one with “Add anyway” (--matched add).</translation>
    </message>
    <message>
        <source>%1与 %2 件%3相同（%4%5），无法确定是哪一件，这一行没有导入。%6</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is the same as %2 %3 records (%4%5): which one is meant cannot be told, and this row was not imported. %6</translation>
    </message>
    <message>
        <source>id %1“%2”%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>id %1 “%2”%3</translation>
    </message>
    <message>
        <source>有 %1 行不符合要求，没有写入任何数据。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 rows break the rules; nothing was written.</translation>
    </message>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>“%1”与第 %2 条重复：%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is the same as in row %2: %3</translation>
    </message>
    <message>
        <source>导入的编号或唯一字段与已有记录重复（可能刚被其他工作站使用），没有写入任何数据。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A number or unique field imported is already held by a record (perhaps just taken on another workstation); nothing was written.</translation>
    </message>
    <message>
        <source>%1“%2”应写作“%3”（%4），否则会被当作另一个号而重号。请改正后再登记。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” must be written “%3” (%4), or it would pass as another number and be issued twice. Please correct it and register again.</translation>
    </message>
    <message>
        <source>年份用六角括号〔〕，序号不编虚位、不加“第”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the year in hexagonal brackets 〔〕, the sequence number without leading zeros or 第</translation>
    </message>
    <message>
        <source>按本机关的编号格式</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>in this office&apos;s numbering form</translation>
    </message>
    <message>
        <source>请填写%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in %1.</translation>
    </message>
    <message>
        <source>%1“%2”已经使用过（或已作废），不能重复使用。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” has been used (or voided) and cannot be used again.</translation>
    </message>
    <message>
        <source>%1“%2”的年份是 %3 年，晚于今年（%4 年）：编号按年连续，只能用今年或往年的年份。请改正年份。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The year of %1 “%2” is %3, after this year (%4): numbers run on within a year, so only this year or an earlier one can be used. Please correct the year.</translation>
    </message>
    <message>
        <source>%1 年</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1“%2”的年份是 %3 年，而%4在 %5：编号按年连续，%1应带 %5的年份。请改正%1的年份，或核对日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The year of %1 “%2” is %3, but %4 is in %5: numbers run on within a year, so the %1 must carry the year %5. Please correct the year of the %1, or check the dates.</translation>
    </message>
    <message>
        <source>%1“%2”跳过了 %3 个号。手工填写只能用下一个号“%4”，或有意重新使用已作废、空缺的号（须说明理由）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” skips %3 numbers. A number typed by hand can only be the next one, “%4”, or a voided or skipped number reused on purpose (with a reason).</translation>
    </message>
    <message>
        <source>%1“%2”已经使用过，不能重复使用。下一个可用的号是“%3”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” has been used and cannot be used again. The next free number is “%3”.</translation>
    </message>
    <message>
        <source>%1“%2”是%3的号。如确需重新使用，请说明理由（命令行 add 或 step 编号：--reissue 理由；导入不能重新使用，请逐条登记）；否则请用下一个号“%4”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” is a number %3. To use it again, give the reason (command line add or step 编号: --reissue reason; an import cannot reuse one, register it by itself); otherwise use the next number, “%4”.</translation>
    </message>
    <message>
        <source>空缺</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>skipped</translation>
    </message>
    <message>
        <source>%1“%2”已被占用，没有保存（%3的%1不能重复）。请换一个%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1 “%2” is taken and was not saved (no two %3 records may have the same %1). Please choose another %1.</translation>
    </message>
    <message>
        <source>已有同名的%1%2，没有保存（%1的%3不能重复）。请换一个%3，或修改已有的那一条。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is already a %1 of that name %2; not saved (no two %1 records may have the same %3). Please choose another %3, or change the one there.</translation>
    </message>
    <message>
        <source>已有%3相同的%1%2，没有保存（%1的%3不能重复）。请换一个%3，或修改已有的那一条。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is already a %1 with that %3 %2; not saved (no two %1 records may have the same %3). Please choose another %3, or change the one there.</translation>
    </message>
    <message>
        <source>角色“%1”不存在，可选：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no role “%1”; the roles are: %2.</translation>
    </message>
    <message>
        <source>密级权限应为 0–3（%1）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The clearance must be 0–3 (%1).</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the user name.</translation>
    </message>
    <message>
        <source>用户名最多 64 个字符。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A user name has at most 64 characters.</translation>
    </message>
    <message>
        <source>姓名最多 64 个字，现在 %1 个字。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A name has at most 64 characters; this one has %1.</translation>
    </message>
    <message>
        <source>只有管理员可以管理用户。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only an administrator can manage users.</translation>
    </message>
    <message>
        <source>没有用户“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no user “%1”.</translation>
    </message>
    <message>
        <source>用户名“%1”已存在，请换一个。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The user name “%1” is taken; please choose another.</translation>
    </message>
    <message>
        <source>用户“%1”已被他人修改，请刷新后再改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has changed the user “%1”; please refresh and change it again.</translation>
    </message>
    <message>
        <source>这是最后一个启用的管理员账号，不能取消其管理员身份或停用它。请先设置另一位管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This is the last active administrator account: it cannot lose its administrator role or be stopped. Please make another user an administrator first.</translation>
    </message>
    <message>
        <source>只能修改自己的姓名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>You can only change your own name.</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账号。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>You cannot stop the account you are using.</translation>
    </message>
    <message>
        <source>用户 %1 的职务“%2”已不在职务表中，不能就此启用。请先改其职务（或在同一命令中写 职务=…，如 users set %1 启用=是 职务=科员），或由管理员在 系统设置 → 逐级负责 → 职务表 中加回该职务。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>User %1&apos;s post “%2” is no longer in the table of posts, so the account cannot be started as it is. Change the post first (or in the same command give 职务=…, as in users set %1 启用=是 职务=科员), or ask the administrator to add the post again under Settings → Responsibility → Posts.</translation>
    </message>
    <message>
        <source>只能修改自己的密码；他人的密码请管理员重置。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>You can only change your own password; the administrator resets other people&apos;s.</translation>
    </message>
    <message>
        <source>新密码不能与原密码相同。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The new password cannot be the same as the old one.</translation>
    </message>
    <message>
        <source>系统已经初始化，已有用户。请用管理员账号登录后管理用户。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The system has been set up and has users. Log in with an administrator account to manage users.</translation>
    </message>
    <message>
        <source>请填写机关名称。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the office&apos;s name.</translation>
    </message>
    <message>
        <source>系统已经初始化，已有用户。请用管理员账号登录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The system has been set up and has users. Please log in with an administrator account.</translation>
    </message>
    <message>
        <source>保管期限只能是：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The retention period can only be: %1.</translation>
    </message>
    <message>
        <source>请先在“设置 → 机关”中填写全宗号，再归档。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Fill in the fonds number under Settings → Office before archiving.</translation>
    </message>
    <message>
        <source>机构（问题）代码只能含字母和数字，如 BGS。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The organisation (subject) code can contain only letters and digits, such as BGS.</translation>
    </message>
    <message>
        <source>页数不能为负数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The number of pages cannot be negative.</translation>
    </message>
    <message>
        <source>这份文件已经归档。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This document has already been archived.</translation>
    </message>
    <message>
        <source>期间的结束日期（%1）早于开始日期（%2），请改正。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The period&apos;s end date (%1) is before its start date (%2); please correct it.</translation>
    </message>
    <message>
        <source>请至少填写一位传阅人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in at least one reader.</translation>
    </message>
    <message>
        <source>传阅人中%1重复填写了。每位传阅人只写一次；如本想写另一位，请改正后再传阅。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is given twice among the readers. Give each reader once; if you meant another, correct it and circulate again.</translation>
    </message>
    <message>
        <source>“%1”不在待阅名单中（或已阅）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not on the list of readers still to read (or has read it).</translation>
    </message>
    <message>
        <source>按顺序传阅：文件现由%1持有，%2须待前一位阅毕、传来后再阅。需要几位领导同时阅的，请在传阅时选择“同时分送”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Circulated in turn: the document is now with %1, and %2 reads it after the reader before has finished and passed it on. For several leaders to read at once, choose “Send to all at once” when circulating.</translation>
    </message>
    <message>
        <source>阅文时间不能早于送阅时间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The time read cannot be before the time sent.</translation>
    </message>
    <message>
        <source>“%1”不能晚于现在（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” cannot be later than now (%2).</translation>
    </message>
    <message>
        <source>“%1”不能是将来的日期（%2，今天是 %3）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” cannot be a future date (%2; today is %3).</translation>
    </message>
    <message>
        <source>“%1”应使用六角括号〔〕、不加“第”、不编虚位：是否改为“%2”？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” takes hexagonal brackets 〔〕, no 第 and no leading zeros: change it to “%2”?</translation>
    </message>
    <message>
        <source>“%1”格式不对：“%2”。应为 机关代字〔年份〕序号号，例如 X委办发〔2026〕7号。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not in the right form: “%2”. It must be office code〔year〕number号, such as X委办发〔2026〕7号.</translation>
    </message>
    <message>
        <source>这份%1已被他人处理（您看到的是第 %2 版，现在是第 %3 版）。您填写的内容没有保存；请刷新后再办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This %1 has been handled by someone else (you saw version %2; it is now version %3). What you filled in was not saved; please refresh and do it again.</translation>
    </message>
    <message>
        <source>找不到附件文件“%1”，请重新选择。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The attachment file “%1” was not found; please choose it again.</translation>
    </message>
    <message>
        <source>复制附件“%1”时内容不一致，请重试。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Copying the attachment “%1” gave different contents; please try again.</translation>
    </message>
    <message>
        <source>无法保存附件“%1”：%2。请检查磁盘空间和权限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot save the attachment “%1”: %2. Please check the disk space and permissions.</translation>
    </message>
    <message>
        <source>没有找到这个附件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This attachment was not found.</translation>
    </message>
    <message>
        <source>附件“%1”的文件缺失或已被改动（校验值不符），请从备份恢复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The file of the attachment “%1” is missing or has been changed (its checksum differs); please restore it from a backup.</translation>
    </message>
    <message>
        <source>“份数”至少为 1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“Copies” must be at least 1.</translation>
    </message>
    <message>
        <source>请至少填写一个会签单位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in at least one countersigning unit.</translation>
    </message>
    <message>
        <source>请填写作出协调决定的签发人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the signer who made the coordinating decision.</translation>
    </message>
    <message>
        <source>请写明协调意见。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please write the coordinating opinion.</translation>
    </message>
    <message>
        <source>请填写会签人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in who countersigned.</translation>
    </message>
    <message>
        <source>会签意见只能是：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The countersigning opinion can only be: %1.</translation>
    </message>
    <message>
        <source>不同意时请写明理由和修改意见。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>When disagreeing, please give the reasons and the changes wanted.</translation>
    </message>
    <message>
        <source>“%1”不在会签单位中。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not among the countersigning units.</translation>
    </message>
    <message>
        <source>“%1”已经会签。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” has already countersigned.</translation>
    </message>
    <message>
        <source>%1（“各乡镇”“县直各单位”这样的统称、主送或抄送中照写的名称、“存档”可照写。）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (general names such as “各乡镇” or “县直各单位”, names written as in the main or copy recipients, and “存档” may be written as they are.)</translation>
    </message>
    <message>
        <source>请填写分发名单。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the distribution list.</translation>
    </message>
    <message>
        <source>“%1”的份数至少为 1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The copies for “%1” must be at least 1.</translation>
    </message>
    <message>
        <source>这是%1文件，分发给“%2”必须填写份号范围（如 000001–000005）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This is a %1 document: the copies for “%2” must have their serial numbers (such as 000001–000005).</translation>
    </message>
    <message>
        <source>“%1”的份号范围不对。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The serial numbers for “%1” are not a valid range.</translation>
    </message>
    <message>
        <source>“%1”的份号 %2–%3 共 %4 份，与份数 %5 不符。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The serial numbers %2–%3 for “%1” are %4 copies, not the %5 given.</translation>
    </message>
    <message>
        <source>“%1”的份号超出了印制份数 %2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The serial numbers for “%1” go beyond the %2 copies printed.</translation>
    </message>
    <message>
        <source>“%1”与“%2”的份号重叠。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The serial numbers of “%1” and “%2” overlap.</translation>
    </message>
    <message>
        <source>分发合计 %1 份，超过了印制的 %2 份。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The distribution totals %1 copies, more than the %2 printed.</translation>
    </message>
    <message>
        <source>非密文件不标保密期限，请清空“保密期限”或改正“密级”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A document that is not classified has no secrecy period: empty “保密期限” or correct “密级”.</translation>
    </message>
    <message>
        <source>请示只能主送一个上级机关，现在有 %1 个（%2）。需要其他机关知悉的，请列入抄送。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A request (请示) goes to one superior office only; it has %1 (%2). Put the other offices to be informed among the copy recipients.</translation>
    </message>
    <message>
        <source>请示须写明主送机关（一个上级机关）后才能签发。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A request (请示) must name its main recipient (one superior office) before it is signed.</translation>
    </message>
    <message>
        <source>请示应由本机关主要负责人（%1）签发，不能由%2签发。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A request (请示) is signed by the office&apos;s principal head (%1), not by %2.</translation>
    </message>
    <message>
        <source>%1不在可签发公文的负责人名单中（%2）。名单在“系统设置 → 公文”中维护。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is not on the list of heads who may sign documents (%2). The list is kept under Settings → Documents.</translation>
    </message>
    <message>
        <source>请选择“文种”：登记时须写明来文的文种。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please choose the document type: it is recorded when the incoming document is registered.</translation>
    </message>
    <message>
        <source>退回必须写明理由。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Returning needs a reason.</translation>
    </message>
    <message>
        <source>请填写拟办意见。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the proposed handling.</translation>
    </message>
    <message>
        <source>您的账号不能录入领导批示。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Your account cannot enter a leader&apos;s instructions.</translation>
    </message>
    <message>
        <source>请填写领导批示。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the leader&apos;s instructions.</translation>
    </message>
    <message>
        <source>代领导录入批示时，请填写作出批示的领导姓名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>When entering instructions for a leader, fill in the name of the leader who gave them.</translation>
    </message>
    <message>
        <source>请填写承办（主办）单位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the handling (lead) unit.</translation>
    </message>
    <message>
        <source>%1已是主办单位，不能同时列为协办单位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is already the lead unit and cannot also be an assisting unit.</translation>
    </message>
    <message>
        <source>请填写办结结果。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the result.</translation>
    </message>
    <message>
        <source>这份收文已经转为督查事项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This incoming document has already been made a supervision item.</translation>
    </message>
    <message>
        <source>领导批示后才能转督查。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>It can be sent to supervision only after a leader&apos;s instructions.</translation>
    </message>
    <message>
        <source>督查督办功能尚未启用。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision is not switched on yet.</translation>
    </message>
    <message>
        <source>退回修改必须写明理由。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Returning for changes needs a reason.</translation>
    </message>
    <message>
        <source>请填写签发人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the signer.</translation>
    </message>
    <message>
        <source>会签单位的不同意见已由%1协调，应由%1签发（您填写的签发人是%2）。%1暂不在岗的，请管理员设置代理，由代理人签发；改由他人签发的，请修改后重新“送会签”，由签发人重新协调。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The countersigning units&apos; differing opinions were coordinated by %1, so %1 signs (the signer you gave is %2). If %1 is away, ask the administrator to set a deputy who signs instead; for someone else to sign, change it and send for countersigning again, so that the signer coordinates again.</translation>
    </message>
    <message>
        <source>印发日期不能早于成文日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The issue date cannot be before the date written.</translation>
    </message>
    <message>
        <source>传阅（%1持有）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Circulated (held by %1)</translation>
    </message>
    <message>
        <source>%1，却填了“%2”，这是“%3”以后才有的内容。请填写相应的状态，或不填“%2”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, but “%2” is filled in, which only comes after “%3”. Please fill in the matching state, or leave “%2” empty.</translation>
    </message>
    <message>
        <source>核查结论为不属实的投诉不作处理：“处理结果”应为“%1”（现为“%2”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A complaint found untrue is not acted on: “处理结果” must be “%1” (it is “%2”).</translation>
    </message>
    <message>
        <source>核查结论为%1的投诉应作出处理（%2），不能“%3”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A complaint found %1 must be acted on (%2), not “%3”.</translation>
    </message>
    <message>
        <source>处理结果为“其他”时请写明处理意见。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>When the result is “其他”, please write the handling opinion.</translation>
    </message>
    <message>
        <source>“核查时限”（%1）不能早于“核查通知日期”（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“核查时限” (%1) cannot be before “核查通知日期” (%2).</translation>
    </message>
    <message>
        <source>“办结时限”（%1）不能早于“登记日期”（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“办结时限” (%1) cannot be before “登记日期” (%2).</translation>
    </message>
    <message>
        <source>“%1”不能是将来的日期（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” cannot be a future date (%2).</translation>
    </message>
    <message>
        <source>“%1”（%2）不能早于“%3”（%4）：各步骤按办理顺序，日期不早于前一步。请核对日期后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” (%2) cannot be before “%3” (%4): the steps follow in order, each dated no earlier than the one before. Please check the dates and import again.</translation>
    </message>
    <message>
        <source>“应到人数”由出席、列席等人员名单自动计算（旁听人员不计入，现在是 %1 人），不能另填“%2”。请在人员名单中增减人员，或不填这一项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“应到人数” is counted from the lists of attendees, non-voting attendees and the like (observers not counted; it is %1 now) and cannot be given as “%2”. Add or remove people in the lists, or leave it empty.</translation>
    </message>
    <message>
        <source>“状态”只能是：%1（现在是“%2”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“状态” can only be: %1 (it is “%2”).</translation>
    </message>
    <message>
        <source>状态为“%1”，却填了“取消原因”：只有已取消的会议才有。请填写相应的状态，或不填“取消原因”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The state is “%1”, but “取消原因” is filled in: only a cancelled meeting has one. Please fill in the matching state, or leave “取消原因” empty.</translation>
    </message>
    <message>
        <source>“%1”由系统生成，导入更新不能修改它。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is made by the system; an import update cannot change it.</translation>
    </message>
    <message>
        <source>会议现在是“%1”，不能再标记为已发通知。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting is now “%1” and cannot be marked as notified again.</translation>
    </message>
    <message>
        <source>%1，会议通知不能再要求按期报名；请在“修改”中设置新的报名截止时间（或清空报名截止）后再发通知。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: the meeting notice can no longer ask for sign-up by the deadline; set a new sign-up deadline under Edit (or clear it) and then send the notice.</translation>
    </message>
    <message>
        <source>会议已取消，不能标记为已召开。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting was cancelled and cannot be marked as held.</translation>
    </message>
    <message>
        <source>取消会议请写明原因。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please give the reason for cancelling the meeting.</translation>
    </message>
    <message>
        <source>会议现在是“%1”，不能取消。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting is now “%1” and cannot be cancelled.</translation>
    </message>
    <message>
        <source>会议“%1”的议定事项已转督查（%2），会议已作出决定，不能取消。如属误转，请先在“督查”中删除这些督查事项，再取消会议。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The decisions of the meeting “%1” have been sent to supervision (%2): the meeting has decided and cannot be cancelled. If they were sent by mistake, first delete those supervision items under Supervision, then cancel the meeting.</translation>
    </message>
    <message>
        <source>会议已取消，不能签到。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting was cancelled; nobody can sign in.</translation>
    </message>
    <message>
        <source>第 %1 号参会人员不属于这次会议。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Attendee no. %1 does not belong to this meeting.</translation>
    </message>
    <message>
        <source>签到状态只能是：已到、请假、缺席（%1：“%2”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The attendance can only be 已到, 请假 or 缺席 (%1: “%2”).</translation>
    </message>
    <message>
        <source>%1请假，请写明请假原因。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is on leave; please give the reason.</translation>
    </message>
    <message>
        <source>第 %1 项议定事项没有内容。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision %1 has no content.</translation>
    </message>
    <message>
        <source>会议已取消，不能写纪要。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting was cancelled; it has no minutes.</translation>
    </message>
    <message>
        <source>纪要日期（%1）不能晚于今天（%2）。请写纪要印发的日期，或不填（即今天）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The minutes&apos; date (%1) cannot be after today (%2). Give the date the minutes were issued, or leave it empty (today).</translation>
    </message>
    <message>
        <source>议定事项“%1”已转督查，不能删除；请保留这项议定事项，如需撤销或调整，请在督查事项中办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The decision “%1” has been sent to supervision and cannot be deleted; keep it, and withdraw or change it in the supervision item.</translation>
    </message>
    <message>
        <source>第 %1 项议定事项“%2”已转督查%3，不能修改其%4；请按原样保留这项议定事项，如需调整，请在督查事项中办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision %1 “%2” has been sent to supervision%3, so its %4 cannot be changed; keep the decision as it is, and change it in the supervision item.</translation>
    </message>
    <message>
        <source>第 %1 项议定事项的时限（%2）早于会议日期（%3）：议定事项的时限应在会议当天或以后，请改正。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision %1&apos;s time limit (%2) is before the meeting&apos;s date (%3): a decision&apos;s time limit is on the day of the meeting or later; please correct it.</translation>
    </message>
    <message>
        <source>%1，却填了“%2”。请填写相应的状态，或不填“%2”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, but “%2” is filled in. Please fill in the matching state, or leave “%2” empty.</translation>
    </message>
    <message>
        <source>状态为“%1”的信访，处理方式只能是%2（现为“%3”）：请改正状态或处理方式。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A petition in the state “%1” can only be handled by %2 (it is “%3”): please correct the state or the handling.</translation>
    </message>
    <message>
        <source>处理方式为%1，请填写“去向单位”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The handling is %1: please fill in “去向单位”.</translation>
    </message>
    <message>
        <source>状态为“%1”、处理方式为“%2”的信访已告知信访人：请填写“告知日期”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A petition in the state “%1” handled by “%2” has been told to the petitioner: please fill in “告知日期”.</translation>
    </message>
    <message>
        <source>状态为“%1”、处理方式为“%2”的信访已答复：请填写“%3”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A petition in the state “%1” handled by “%2” has been answered: please fill in “%3”.</translation>
    </message>
    <message>
        <source>状态为“%1”，请填写“复查复核”及其申请日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The state is “%1”: please fill in “复查复核” and the date it was asked for.</translation>
    </message>
    <message>
        <source>“复查复核”只能是复查或复核（现在是“%1”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“复查复核” can only be 复查 or 复核 (it is “%1”).</translation>
    </message>
    <message>
        <source>状态为“%1”，“复查复核”应为%2（现在是“%3”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The state is “%1”, so “复查复核” must be %2 (it is “%3”).</translation>
    </message>
    <message>
        <source>请填写%1的申请日期（“复查复核申请日期”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the date %1 was asked for (“复查复核申请日期”).</translation>
    </message>
    <message>
        <source>复核意见一经作出即办结：复核过的信访状态应为“已办结”，复核尚未答复的应为“复核中”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A 复核 opinion closes the petition once given: a petition reviewed so must be “已办结”, one whose 复核 is not answered yet “复核中”.</translation>
    </message>
    <message>
        <source>状态为“%1”，%2已经答复：请填写“%3”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The state is “%1” and the %2 has been answered: please fill in “%3”.</translation>
    </message>
    <message>
        <source>此前复查的申请日期、答复日期和复查意见应一并填写：请填写“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The earlier 复查&apos;s request date, answer date and opinion go together: please fill in “%1”.</translation>
    </message>
    <message>
        <source>延期须经批准并写明理由：请填写“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An extension must be approved and its reason given: please fill in “%1”.</translation>
    </message>
    <message>
        <source>“%1”（%2）不能晚于今天。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” (%2) cannot be after today.</translation>
    </message>
    <message>
        <source>“%1”（%2）不能早于“%3”（%4）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” (%2) cannot be before “%3” (%4).</translation>
    </message>
    <message>
        <source>“回报期限”应晚于处理日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“回报期限” must be after the handling date.</translation>
    </message>
    <message>
        <source>“回报日期”不能早于处理日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“回报日期” cannot be before the handling date.</translation>
    </message>
    <message>
        <source>“受理日期”（%1）应与%2相同（%3）：请改正其中之一。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“受理日期” (%1) must be the same as %2 (%3): please correct one of them.</translation>
    </message>
    <message>
        <source>%1。只能选择“不予受理”并告知信访人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1. Only “不予受理” can be chosen, telling the petitioner.</translation>
    </message>
    <message>
        <source>%1，不进入本机关%2办理程序。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: it does not enter this office&apos;s %2 handling procedure. %3</translation>
    </message>
    <message>
        <source>%1，只能转送该纪检监察机关。%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: it can only be transferred to that discipline inspection and supervision body. %2</translation>
    </message>
    <message>
        <source>%1，只能转送%2，不能转送%3。请将去向单位改为%2，或选择“不予受理”并告知信访人向%2提出。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: it can only be transferred to %2, not to %3. Change the destination unit to %2, or choose “不予受理” and tell the petitioner to take it to %2.</translation>
    </message>
    <message>
        <source>信访件 %1 还没有答复意见，不能打印答复意见书。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 has no reply opinion yet; the reply opinion paper cannot be printed.</translation>
    </message>
    <message>
        <source>信访件 %1 不予受理，书面告知信访人的是不予受理告知书，没有答复意见书。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 was not accepted: the petitioner is told by the notice of non-acceptance, and there is no reply opinion paper.</translation>
    </message>
    <message>
        <source>信访件 %1 已转送%2，由%2决定受理、办理并书面答复信访人；复查、复核由其上一级机关、单位办理。本机关不出具答复、复查、复核意见书。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 was transferred to %2, and %2 decides on accepting and handling it and answers the petitioner in writing; the 复查 and 复核 are handled by the body above it. This office issues no reply, 复查 or 复核 opinion paper.</translation>
    </message>
    <message>
        <source>信访件 %1 没有已记入的%2意见（现为%3阶段），不能打印%2意见书。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 has no %2 opinion recorded (it is at the %3 stage); the %2 opinion paper cannot be printed.</translation>
    </message>
    <message>
        <source>信访件 %1 已交办%2，按交办单由%2依法作出处理意见并书面答复信访人，答复意见书由%2出具，本机关不另出具（否则信访人会收到两份答复）。请将%2报送的答复意见书复印件随卷存档。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 was assigned to %2: by the assignment slip %2 makes the handling opinion as the law requires and answers the petitioner in writing, and %2 issues the reply opinion paper; this office issues none (or the petitioner would get two answers). File the copy of the reply opinion paper %2 sends.</translation>
    </message>
    <message>
        <source>信访件 %1 由本机关直接答复，%2由%3办理并出具%2意见书（《信访工作条例》%4），本机关不能出具。收到的%2意见请用“复查复核答复”步骤记入办理过程。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 is answered by this office directly: the %2 is handled by %3, which issues the %2 opinion paper (信访工作条例 %4); this office cannot. Record the %2 opinion received with the step “复查复核答复”.</translation>
    </message>
    <message>
        <source>信访件 %1 的复查由本机关（%2的上一级）办理并出具复查意见书，复核由复查机关的上一级机关、单位办理并出具复核意见书（《信访工作条例》第三十六条），出具复查意见书的本机关不能再出具复核意见书。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1&apos;s 复查 is handled by this office (the body above %2), which issues the 复查 opinion paper; the 复核 is handled by the body above the 复查 body, which issues the 复核 opinion paper (信访工作条例 article 36): this office, having issued the 复查 opinion paper, cannot issue the 复核 one. %3</translation>
    </message>
    <message>
        <source>信访件 %1 由%2答复，复查由%2的上一级机关、单位办理并出具复查意见书（《信访工作条例》第三十五条）；%3，不是本机关，本机关不能出具。%4如本机关确是%2的上一级%5</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 was answered by %2, so its 复查 is handled by the body above %2, which issues the 复查 opinion paper (信访工作条例 article 35); %3, not this office, so this office cannot issue it. %4 If this office is indeed the body above %2%5</translation>
    </message>
    <message>
        <source>信访件 %1 的复核由复查机关、单位（%2）的上一级机关、单位办理并出具复核意见书（《信访工作条例》第三十六条），通讯录中不是本机关，本机关不能出具。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1&apos;s 复核 is handled by the body above the 复查 body (%2), which issues the 复核 opinion paper (信访工作条例 article 36); in the directory that is not this office, so this office cannot issue it. %3</translation>
    </message>
    <message>
        <source>信访件 %1 还没有处理（转送、交办或不予受理），不能打印告知书。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 has not been handled yet (transferred, assigned or not accepted); the notice cannot be printed.</translation>
    </message>
    <message>
        <source>信访件 %1 的处理方式不是转送或交办，没有转送单、交办单。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 was neither transferred nor assigned; it has no transfer or assignment slip.</translation>
    </message>
    <message>
        <source>登记日期不能晚于今天。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The registration date cannot be after today.</translation>
    </message>
    <message>
        <source>登记日期不能晚于处理日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The registration date cannot be after the handling date.</translation>
    </message>
    <message>
        <source>请填写%1的姓名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the name of %1.</translation>
    </message>
    <message>
        <source>%1的性别只能是“男”或“女”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The sex of %1 can only be “男” or “女”.</translation>
    </message>
    <message>
        <source>人数至少为 1，现在是 %1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The number of people must be at least 1; it is %1.</translation>
    </message>
    <message>
        <source>人数（%1）少于登记的信访人（%2 位），请改正人数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The number of people (%1) is less than the petitioners registered (%2); please correct it.</translation>
    </message>
    <message>
        <source>集体访最多登记 %1 名代表，现在有 %2 名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A group petition registers at most %1 representatives; it has %2.</translation>
    </message>
    <message>
        <source>要关联的原信访件（%1）不存在。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The original petition to link to (%1) does not exist.</translation>
    </message>
    <message>
        <source>至少要有一位信访人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There must be at least one petitioner.</translation>
    </message>
    <message>
        <source>职务“%1”不在职务表中。可选：%2。新职务请管理员在 系统设置 → 逐级负责 → 职务表 中添加。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The post “%1” is not in the table of posts. The posts are: %2. The administrator adds a new post under Settings → Responsibility → Posts.</translation>
    </message>
    <message>
        <source>只有管理员可以设置用户的岗位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only an administrator can set users&apos; posts.</translation>
    </message>
    <message>
        <source>“%1”最多 %2 个字，现在有 %3 个字。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” has at most %2 characters; it has %3.</translation>
    </message>
    <message>
        <source>只能为自己设置代理人；为他人设置请管理员办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>You can only set your own deputy; the administrator sets other people&apos;s.</translation>
    </message>
    <message>
        <source>没有用户“%1”，请填写代理人的用户名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no user “%1”; please fill in the deputy&apos;s user name.</translation>
    </message>
    <message>
        <source>代理人不能是本人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>You cannot be your own deputy.</translation>
    </message>
    <message>
        <source>代理的结束日期早于开始日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The deputising ends before it starts.</translation>
    </message>
    <message>
        <source>%1（%2）在%3分管的%4，不能代理其办理（分管领导的审核等是对本单位工作的把关）。请由其他领导代理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2) is in %4, which %3 oversees, and cannot deputise for him (the overseeing leader&apos;s review checks his own units&apos; work). Please have another leader deputise.</translation>
    </message>
    <message>
        <source>没有记录号（id）为 %1 的代理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no deputising with id %1.</translation>
    </message>
    <message>
        <source>只能撤销自己设置的代理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>You can only withdraw a deputising you set.</translation>
    </message>
    <message>
        <source>%1的状态为“%2”，缺少：%3。这一状态只能经办理步骤得到，不能导入或直接登记：请不填状态（或填写此前的状态）导入，再按步骤办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1&apos;s state is “%2”, but it lacks: %3. This state is reached only through the steps and cannot be imported or registered directly: import it without a state (or with the state before), then do the steps.</translation>
    </message>
    <message>
        <source>%1的状态为“%2”，但缺少：%3。状态只能经办理步骤得到；导入往年台账时请在对应列填写这些内容（import --history），或不填状态，登记后按步骤办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1&apos;s state is “%2”, but it lacks: %3. A state is reached only through the steps; when importing a past year&apos;s ledger, fill these in their columns (import --history), or leave the state empty and do the steps after registering.</translation>
    </message>
    <message>
        <source>%1记有他人办理的%2，登记或导入它是代他人录入（代录）：只有管理员和有代录权限的用户可以登记或导入这样的%3，您没有代录权限。请不填%4，登记后按步骤办理；或请有代录权限的用户导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1 records %2 done by others, so registering or importing it is entering for others: only administrators and users allowed to enter for others may register or import such a %3, and you are not. Leave %4 empty and do the steps after registering, or ask a user who may enter for others to import it.</translation>
    </message>
    <message>
        <source>状态为“%1”，却没有%2：作废的是编号，没有编号的记录不必作废，也不必导入。请填写它作废的%2，或不导入这一行。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The state is “%1” but there is no %2: it is a number that is voided, and a record without one need not be voided or imported. Fill in the %2 it voids, or do not import this row.</translation>
    </message>
    <message>
        <source>没有“%1”这一项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no item “%1”.</translation>
    </message>
    <message>
        <source>事项“%1”已办结，不能再%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The item “%1” is closed; it cannot be %2 any more.</translation>
    </message>
    <message>
        <source>交办日期（%1）不能晚于今天。请填写实际交办的日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The assignment date (%1) cannot be after today. Please give the date it was actually assigned.</translation>
    </message>
    <message>
        <source>任务时限（%1）不能晚于事项的办结时限（%2）。请改早任务时限，或先延长事项的办结时限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The task&apos;s time limit (%1) cannot be after the item&apos;s time limit (%2). Make the task&apos;s limit earlier, or first extend the item&apos;s limit.</translation>
    </message>
    <message>
        <source>交办日期（%1）不能早于事项的立项日期（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The assignment date (%1) cannot be before the item&apos;s start date (%2).</translation>
    </message>
    <message>
        <source>任务时限（%1）不能早于交办日期（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The task&apos;s time limit (%1) cannot be before the assignment date (%2).</translation>
    </message>
    <message>
        <source>事项的办结时限（%1）已过，不能再按原时限交办。请先用步骤“延期”延长办结时限（写明延期理由），再分解交办。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The item&apos;s time limit (%1) has passed; it cannot be assigned under it. First extend the limit with the step “延期” (giving the reason), then assign the tasks.</translation>
    </message>
    <message>
        <source>这项分解任务已被他人修改。您的修改没有保存；请刷新后再改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has changed this task. Your changes were not saved; please refresh and change it again.</translation>
    </message>
    <message>
        <source>请填写“牵头单位”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in “牵头单位”.</translation>
    </message>
    <message>
        <source>交办日期不能晚于该任务已有的反馈日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The assignment date cannot be after the task&apos;s feedback dates.</translation>
    </message>
    <message>
        <source>这项分解任务已被他人修改，请刷新后再删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has changed this task; please refresh before deleting it.</translation>
    </message>
    <message>
        <source>%1的任务已办结，不能再反馈。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1&apos;s task is finished; no more feedback can be given.</translation>
    </message>
    <message>
        <source>“进度”应在 0 到 100 之间，现在是 %1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“进度” must be between 0 and 100; it is %1.</translation>
    </message>
    <message>
        <source>反馈日期（%1）早于事项的立项日期（%2），那时事项还不存在。请检查反馈日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The feedback date (%1) is before the item&apos;s start date (%2), when the item did not exist yet. Please check the feedback date.</translation>
    </message>
    <message>
        <source>反馈日期（%1）早于任务的交办日期（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The feedback date (%1) is before the task&apos;s assignment date (%2).</translation>
    </message>
    <message>
        <source>反馈日期（%1）不能晚于今天。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The feedback date (%1) cannot be after today.</translation>
    </message>
    <message>
        <source>%1的任务已经办结。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1&apos;s task is already finished.</translation>
    </message>
    <message>
        <source>办结日期（%1）不能晚于今天。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The finishing date (%1) cannot be after today.</translation>
    </message>
    <message>
        <source>重新打开已办结的事项必须写明原因。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reopening a closed item needs a reason.</translation>
    </message>
    <message>
        <source>事项尚未办结，无需重新打开。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The item is not closed; there is nothing to reopen.</translation>
    </message>
    <message>
        <source>磁盘空间不足，没有恢复，数据库未改动。请清理“%1”所在的磁盘后再运行同一条恢复命令（空间充足时，可能是磁盘出错，请检查磁盘）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not enough disk space: nothing was restored and the database is unchanged. Free space on the disk of “%1” and run the same restore command again (if there is enough space, the disk may be failing: please check it).</translation>
    </message>
    <message>
        <source>其他程序或工作站正在使用这个数据库：%1。恢复会替换全部数据，请先让它们关闭本程序（或退出命令），再恢复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Other programs or workstations are using this database: %1. A restore replaces all the data; have them close the program (or end their commands) first, then restore.</translation>
    </message>
    <message>
        <source>数据库文件“%1”没有损坏，请按平常的方式恢复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database file “%1” is not damaged; restore it the usual way.</translation>
    </message>
    <message>
        <source>审批链“%1”没有写职务。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The approval chain “%1” names no post.</translation>
    </message>
    <message>
        <source>审批链“%1”中的职务“%2”不在职务表中。职务表：%3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The post “%2” in the approval chain “%1” is not in the table of posts. The posts: %3.</translation>
    </message>
    <message>
        <source>审批链“%1”没有写由哪个岗位办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The approval chain “%1” does not say which post does it.</translation>
    </message>
    <message>
        <source>审批链的一行“%1”不完整。每行写：步骤 岗位[@范围] [N日]，如：核稿 处长@本单位 1日。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The approval chain line “%1” is incomplete. Write each line as: step post[@scope] [N日], such as 核稿 处长@本单位 1日.</translation>
    </message>
    <message>
        <source>审批链中“%1”写了两次。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is written twice in the approval chain.</translation>
    </message>
    <message>
        <source>“%1”在审批链中写作“%2”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is written “%2” in the approval chain.</translation>
    </message>
    <message>
        <source>审批链中有“@%1”，而“%2”在审批链中会被读成别的意思（“本单位”“分管”、含“或”或空格）。请换一个单位名称。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The approval chain has “@%1”, but “%2” would be read as something else in it (“本单位”, “分管”, or containing “或” or a space). Please use another unit name.</translation>
    </message>
    <message>
        <source>“%1”不能改到 %2 年：这条记录的编号“%3”是 %4 年的编号，编号按年连续，随日期归入的年份。请核对“%1”；确属上一年（或下一年）的，请作废这个编号后按该年重新登记，或联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” cannot be moved to the year %2: this record&apos;s number “%3” is a number of %4, and numbers run on within the year their date falls in. Please check “%1”; if it really belongs to the year before (or after), void this number and register it again in that year, or contact the administrator.</translation>
    </message>
    <message>
        <source>不能登记密级为“%1”的%2：您的涉密权限只到“%3”。请交由涉密权限不低于“%1”的人员登记。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot register a %2 classified “%1”: your clearance reaches only “%3”. Have someone cleared for “%1” or higher register it.</translation>
    </message>
    <message>
        <source>不能把密级定为“%1”：您的涉密权限只到“%2”，变更密级须由涉密权限不低于“%3”的人员办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot set the classification to “%1”: your clearance reaches only “%2”; a change of classification is made by someone cleared for “%3” or higher.</translation>
    </message>
    <message>
        <source>降低密级（由“%1”改为“%2”，即降密或解密）须由领导或管理员决定并办理；请报请领导审定后由其更正。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Lowering the classification (from “%1” to “%2”, declassifying or downgrading) is decided and done by a leader or the administrator; please have a leader approve it and correct it.</translation>
    </message>
    <message>
        <source>“%1”不能改为 %2：晚于这条记录的%3日期（%4），各步骤按办理顺序。请核对“%1”；确属前面步骤的日期有误的，请联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” cannot be changed to %2: that is after this record&apos;s %3 date (%4), and the steps follow in order. Please check “%1”; if an earlier step&apos;s date is wrong, contact the administrator.</translation>
    </message>
    <message>
        <source>这条记录现已逾期，把“%1”改为 %2 会使它不再计为逾期，不能这样更正。逾期的请按步骤办理（需要延期的办理延期）；“%1”确属录入错误的，请联系管理员更正（更正留痕）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This record is overdue now; changing “%1” to %2 would stop it counting as overdue, so it cannot be corrected this way. Handle an overdue record by its steps (extend it where needed); if “%1” was really typed wrong, ask the administrator to correct it (the correction is recorded).</translation>
    </message>
    <message>
        <source>电话号码“%1”格式不对，只能含数字、空格和 + - ( )。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The phone number “%1” is not valid: it may contain only digits, spaces and + - ( ).</translation>
    </message>
    <message>
        <source>通讯录中没有单位“%1”，请先在“单位”中添加。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The directory has no unit “%1”; please add it under Units first.</translation>
    </message>
    <message>
        <source>单位名称和简称中不能含%1：几个单位写在一起时按它分开，含它的名称会被拆成几个单位。请去掉或改用别的字。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A unit&apos;s name or short name cannot contain %1: several units written together are split at it, so a name containing it would become several units. Please remove it or use another character.</translation>
    </message>
    <message>
        <source>“%1”已是单位“%2”的%3，不能再作%4：按名称或简称选单位时无法分辨。请换一个。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is already the %3 of the unit “%2” and cannot also be a %4: choosing a unit by name or short name could not tell them apart. Please choose another.</translation>
    </message>
    <message>
        <source>%1“%2”不在通讯录中。%3新单位请先在“单位”中添加。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” is not in the directory. %3Add a new unit under Units first.</translation>
    </message>
    <message>
        <source>状态为“%1”，却填了“%2”，这是“%3”以后才有的内容。请填写相应的状态，或不填“%2”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The state is “%1”, but “%2” is filled in, which only comes after “%3”. Please fill in the matching state, or leave “%2” empty.</translation>
    </message>
    <message>
        <source>“登记日期”不能是将来的日期（%1）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“登记日期” cannot be a future date (%1).</translation>
    </message>
    <message>
        <source>核查结论只能是：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The verification finding can only be: %1.</translation>
    </message>
    <message>
        <source>处理结果只能是：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The result can only be: %1.</translation>
    </message>
    <message>
        <source>%1第 %2 条记录没有任何审计记录（在程序之外写入，或其审计记录被删除）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 record %2 has no audit entry (written outside the program, or its audit entries deleted)</translation>
    </message>
    <message>
        <source>%1第 %2 条记录已在审计记录 %3 中删除，却仍在数据库中（在程序之外恢复或写入）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 record %2 was deleted in audit entry %3 but is still in the database (restored or written outside the program)</translation>
    </message>
    <message>
        <source>%1第 %2 条记录的内容与审计记录 %3 不符（在程序之外被改动）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 record %2 differs from audit entry %3 (changed outside the program)</translation>
    </message>
    <message>
        <source>%1第 %2 条记录不见了，审计记录中没有删除它（最后一条是 %3，在程序之外被删除）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 record %2 is gone, and the audit trail does not delete it (the last entry is %3; deleted outside the program)</translation>
    </message>
    <message>
        <source>没有找到第 %1 号议定事项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision no. %1 was not found.</translation>
    </message>
    <message>
        <source>“%1”中“%2”没有姓名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%2” in “%1” has no name.</translation>
    </message>
    <message>
        <source>“%1”中的“%2…”太长，不像一个姓名；人员之间请用“、”或换行分隔。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%2…” in “%1” is too long to be a name; separate the people with “、” or new lines.</translation>
    </message>
    <message>
        <source>“%1”中“%2”出现了两次。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%2” appears twice in “%1”.</translation>
    </message>
    <message>
        <source>“%1”第 %2 项的时长“%3”看不懂，请写成“20分钟”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The length “%3” of item %2 of “%1” is not understood; please write it as “20分钟”.</translation>
    </message>
    <message>
        <source>“%1”第 %2 项太长（最多 300 字）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item %2 of “%1” is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>“%1”第 %2 项的时长 %3 分钟不合理：应在 1 到 %4 分钟之间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The length of item %2 of “%1”, %3 minutes, is not reasonable: it must be 1 to %4 minutes.</translation>
    </message>
    <message>
        <source>“%1”第 %2 项分成了 %3 栏：每行写“%4”，议题中不能有“｜”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item %2 of “%1” is split into %3 parts: write each line as “%4”, with no “｜” in the topic.</translation>
    </message>
    <message>
        <source>“%1”第 %2 项的时长“%3”看不懂，请写分钟数，如“20”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The length “%3” of item %2 of “%1” is not understood; please write the minutes, such as “20”.</translation>
    </message>
    <message>
        <source>%1同时出现在“%2”和“%3”中。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is in both “%2” and “%3”.</translation>
    </message>
    <message>
        <source>%1同时出现在“主持人”和“%2”中：主持人出席会议，请从旁听人员中删去他，或另定主持人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is both “主持人” and in “%2”: the chair attends the meeting, so delete him from the observers or choose another chair.</translation>
    </message>
    <message>
        <source>议程第 %1 项没有议题。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Agenda item %1 has no topic.</translation>
    </message>
    <message>
        <source>议程第 %1 项的时长不能为负。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The length of agenda item %1 cannot be negative.</translation>
    </message>
    <message>
        <source>议程第 %1 项的时长 %2 分钟不合理：应在 1 到 %3 分钟之间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The length of agenda item %1, %2 minutes, is not reasonable: it must be 1 to %3 minutes.</translation>
    </message>
    <message>
        <source>会议“%1”已召开或已登记签到、纪要，开始时间不能改到 %2，晚于%3（%4）：签到、缺席、召开和纪要都不早于会议当天。如只是改正时间，请改为不晚于该日；如会议另行召开，请新建会议。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting “%1” has been held or has its sign-in or minutes recorded, so its start cannot move to %2, after %3 (%4): sign-in, absence, holding and minutes are no earlier than the meeting&apos;s day. To correct the time, keep it no later than that day; if the meeting is held again, make a new meeting.</translation>
    </message>
    <message>
        <source>存在冲突：%1如仍要保存，请写明原因（命令行：--force 理由）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There are conflicts: %1To save anyway, give the reason (command line: --force reason).</translation>
    </message>
    <message>
        <source>结束时间（%1）应晚于开始时间（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The end time (%1) must be after the start time (%2).</translation>
    </message>
    <message>
        <source>报名截止（%1）应早于会议开始（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The sign-up deadline (%1) must be before the meeting starts (%2).</translation>
    </message>
    <message>
        <source>%1不在这次会议的参会人员中。参会人员有：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is not among this meeting&apos;s attendees. The attendees are: %2.</translation>
    </message>
    <message>
        <source>请填写“%1”：它不能清空。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in “%1”: it cannot be emptied.</translation>
    </message>
    <message>
        <source>“%1”不能清空。可以清空的有：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” cannot be emptied. Those that can be emptied: %2.</translation>
    </message>
    <message>
        <source>第 %1 项议定事项分成了 %2 栏：每行写“内容｜牵头单位｜时限｜原序号”，内容中不能有“｜”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision %1 is split into %2 parts: write each line as “内容｜牵头单位｜时限｜原序号”, with no “｜” in the content.</translation>
    </message>
    <message>
        <source>第 %1 项议定事项的原序号“%2”不是现有的议定事项（现有序号：%3）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The original number “%2” of decision %1 is not an existing decision (existing numbers: %3).</translation>
    </message>
    <message>
        <source>第 %1 项和第 %2 项议定事项都写了原序号 %3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decisions %1 and %2 both give the original number %3.</translation>
    </message>
    <message>
        <source>“%1”既填写了内容又要清空，请只做一样。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is both filled in and to be emptied; please do only one.</translation>
    </message>
    <message>
        <source>%1在“%2”%3中填了两次。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is given twice in “%2”%3.</translation>
    </message>
    <message>
        <source>请至少填写一项：%1（用姓名）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in at least one of: %1 (by name).</translation>
    </message>
    <message>
        <source>没有第 %1 项议定事项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no decision no. %1.</translation>
    </message>
    <message>
        <source>%1“%2”可能已经发出过：本机锚定文件记录的已发出最大号是“%3”，数据库中的序列却落在它之前（数据库可能是在程序之外从备份恢复的，如 pg_restore）。为免同一个号发出两次，没有登记。请管理员先运行 %4（整理恢复后的编号），再登记。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” may have been issued already: this computer&apos;s anchor file records “%3” as the highest number issued, but the database&apos;s sequence is behind it (the database may have been restored from a backup outside the program, as with pg_restore). So that no number goes out twice, it was not registered. Ask the administrator to run %4 (which settles the numbers after a restore) first, then register it.</translation>
    </message>
    <message>
        <source>没有找到编号“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The number “%1” was not found.</translation>
    </message>
    <message>
        <source>编号“%1”已经作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The number “%1” has already been voided.</translation>
    </message>
    <message>
        <source>原件 %1 本身是本件的重复件（直接或经由其他信访件），不能再把本件标为它的重复件，否则两件互为原件、找不到真正的原件。如原件标错了，请先把它改标为真正原件的重复件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The original %1 is itself a repeat of this petition (directly or through other petitions), so this one cannot be marked a repeat of it: the two would be each other&apos;s original and the real original could not be found. If the original was marked wrongly, first mark it a repeat of the real original.</translation>
    </message>
    <message>
        <source>这件信访现在是“%1”，不能%2。只有“%3”的信访件可以%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This petition is now “%1” and cannot be %2. Only a petition “%3” can be %2.</translation>
    </message>
    <message>
        <source>%1日期不能晚于今天。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1 date cannot be after today.</translation>
    </message>
    <message>
        <source>处理方式只能是：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The handling can only be: %1.</translation>
    </message>
    <message>
        <source>这件信访已于此前延期一次（至 %1），按规定只能延期一次。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This petition was extended once already (to %1); it can be extended only once.</translation>
    </message>
    <message>
        <source>这件信访的办理期限到 %1 止，延期日期 %2 已过期限，不能延期：延期须在办理期限内经批准（《信访工作条例》第三十四条）。延期确在期限内批准的，请按批准的日期办理延期（填写延期日期）；否则这件信访按逾期计，请尽快办理答复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This petition&apos;s handling limit ends on %1; the extension date %2 is past it, so it cannot be extended: an extension must be approved within the limit (信访工作条例 article 34). If the extension really was approved within the limit, extend it by the approved date (fill in the extension date); otherwise the petition counts as overdue: please answer it soon.</translation>
    </message>
    <message>
        <source>职级的排序不能是 %1：%2 表示人员没有填级别（排在所有职级之后），职级的排序须小于它。请用 1 到 %3 之间的排序。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A rank&apos;s order cannot be %1: %2 means a person without a rank (placed after all ranks), so a rank&apos;s order must be less. Please use an order from 1 to %3.</translation>
    </message>
    <message>
        <source>已有 %1 人的级别是 %2（职级表中没有这个排序，多为导入的旧级别数字）：把“%3”的排序改成 %2，这些人就会成为“%3”。请换一个排序；如确属同一职级，请先把这些人的级别改为“%3”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 people have the rank %2 (no rank in the table has this order; mostly old rank numbers imported): changing the order of “%3” to %2 would make them “%3”. Please choose another order; if they really are of that rank, first change their rank to “%3”.</translation>
    </message>
    <message>
        <source>职级“%1”的人员出现在密级高于您权限的会议的参会人员中，调整排序会改动这些会议：须由涉密权限足够的管理员办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>People of the rank “%1” attend meetings classified above your clearance, and changing the order would change those meetings: an administrator with sufficient clearance must do it.</translation>
    </message>
    <message>
        <source>职级“%1”还有 %2 人的级别是它，不能删除（删除后他们的级别只剩一个数字）。请先在“人员”中把这些人的级别改为其他职级（人员列表按级别排列，他们排在一起），再删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%2 people still have the rank “%1”, so it cannot be deleted (their rank would be just a number). First change their rank under People (the list is ordered by rank, so they are together), then delete it.</translation>
    </message>
    <message>
        <source>本机没有这个数据库的锚定文件（%1），不知道恢复前发出过哪些编号，没有整理。请在平时运行 officedesk check 或 backup 的那台电脑上运行 %2，或用环境变量 %3 指向那个锚定文件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This computer has no anchor file for this database (%1), so which numbers were issued before the restore is not known; nothing was settled. Run %2 on the computer that usually runs officedesk check or backup, or point the environment variable %3 at that anchor file.</translation>
    </message>
    <message>
        <source>锚定文件“%1”无法读取（被改动或损坏），没有整理。请报告管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The anchor file “%1” cannot be read (changed or damaged); nothing was settled. Please tell the administrator.</translation>
    </message>
    <message>
        <source>锚定文件“%1”是另一个数据库的（两者的第一条审计记录不同），不是这个数据库恢复前的，没有整理。请在平时为这个数据库运行 check 或 backup 的电脑上运行 %2，或用环境变量 %3 指向它的锚定文件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The anchor file “%1” belongs to another database (their first audit entries differ), not to this one before its restore; nothing was settled. Run %2 on the computer that usually runs check or backup for this database, or point the environment variable %3 at its anchor file.</translation>
    </message>
    <message>
        <source>恢复后的数据库审计链有问题（%1），没有整理。请运行 officedesk check 查看，并报告管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The restored database&apos;s audit chain has a problem (%1); nothing was settled. Run officedesk check to see it, and tell the administrator.</translation>
    </message>
    <message>
        <source>锚定文件记录的 %1 已发出最大号 %2 比数据库中的 %3 多出 %4 个号，不像本机关的编号，没有整理。请核对锚定文件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The anchor file records %2 as the highest %1 number issued, %4 numbers more than the database&apos;s %3: that does not look like this office&apos;s numbering; nothing was settled. Please check the anchor file.</translation>
    </message>
    <message>
        <source>设置“%1”是“是/否”，值“%2”看不懂：请写 是 或 否（也可写 true/false、yes/no、1/0）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The setting “%1” is yes/no; “%2” is not understood: write 是 or 否 (or true/false, yes/no, 1/0).</translation>
    </message>
    <message>
        <source>设置“%1”应是 %2 之间的数，“%3”不是。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The setting “%1” must be a number between %2; “%3” is not.</translation>
    </message>
    <message>
        <source>设置“%1”应在 %2 之间，现在是 %3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The setting “%1” must be between %2; it is %3.</translation>
    </message>
    <message>
        <source>设置“%1”不能为空，请填写。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The setting “%1” cannot be empty; please fill it in.</translation>
    </message>
    <message>
        <source>设置“%1”只能是：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The setting “%1” can only be: %2</translation>
    </message>
    <message>
        <source>没有名为“%1”的设置。可用的有：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no setting “%1”. The settings are: %2</translation>
    </message>
    <message>
        <source>%1没有办理步骤。有步骤的登记簿：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has no steps. The registers with steps: %2.</translation>
    </message>
    <message>
        <source>“%1”没有可以强行通过的冲突，不接受 --force。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” has no conflict that can be overridden and takes no --force.</translation>
    </message>
    <message>
        <source>“%1”按办理当时记录，不接受 --on 日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is recorded when it is done and takes no --on date.</translation>
    </message>
    <message>
        <source>“%1”不接受 --person；请用该步骤的字段写明人员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” takes no --person; name the people in the step&apos;s fields.</translation>
    </message>
    <message>
        <source>督查编号“%1”已经使用过，不能重复登记；同一事项请勿重复导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The supervision number “%1” has been used and cannot be registered again; do not import the same item twice.</translation>
    </message>
    <message>
        <source>最近反馈日期（%1）应在交办日期（%2）和今天之间。请改正最近反馈日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The latest feedback date (%1) must be between the assignment date (%2) and today. Please correct it.</translation>
    </message>
    <message>
        <source>请选择“来源”：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please choose the source: %1.</translation>
    </message>
    <message>
        <source>立项日期（%1）不能晚于今天。请填写实际立项的日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The start date (%1) cannot be after today. Please give the date the item was actually started.</translation>
    </message>
    <message>
        <source>办结时限（%1）不能早于立项日期（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The time limit (%1) cannot be before the start date (%2).</translation>
    </message>
    <message>
        <source>办结时限不能早于其分解任务的时限：%1的任务时限是 %2。请先调整该任务的时限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The time limit cannot be before its tasks&apos; limits: %1&apos;s task is due %2. Please change that task&apos;s limit first.</translation>
    </message>
    <message>
        <source>立项日期不能晚于已有的反馈日期（%1）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The start date cannot be after the feedback dates already given (%1).</translation>
    </message>
    <message>
        <source>立项日期不能晚于任务的交办日期（%1：%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The start date cannot be after a task&apos;s assignment date (%1: %2).</translation>
    </message>
    <message>
        <source>未知的督查来源“%1”，可用的有：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unknown supervision source “%1”; the sources are: %2.</translation>
    </message>
    <message>
        <source>第%1项不是未办结的任务。未办结的任务：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Task %1 is not an open task. The open tasks: %2.</translation>
    </message>
    <message>
        <source>第%1项任务的牵头单位是“%2”，不是“%3”。请改正“任务序号”或“单位”（只填其一也可以）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The lead unit of task %1 is “%2”, not “%3”. Please correct the task number or the unit (giving only one of them will do).</translation>
    </message>
    <message>
        <source>“%1”没有未办结的任务。未办结的任务：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” has no open task. The open tasks: %2.</translation>
    </message>
    <message>
        <source>这个事项有 %1 项未办结的任务，请写明“单位”：%2（或写明“任务序号”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This item has %1 open tasks; please give the unit: %2 (or the task number).</translation>
    </message>
    <message>
        <source>%1有 %2 项未办结的任务，请写明“任务序号”，从中选一项：%3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has %2 open tasks; please give the task number, one of: %3.</translation>
    </message>
    <message>
        <source>这个事项现在没有需要催办的任务（没有临期、逾期、反馈逾期或进度严重滞后的任务，或已在 %1 天内催办过）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This item has no task to press now (none near or past its limit, late with feedback or far behind, or all pressed within %1 days).</translation>
    </message>
    <message>
        <source>延期后的时限（%1）应晚于现在的时限（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The extended time limit (%1) must be after the present one (%2).</translation>
    </message>
    <message>
        <source>延期后的时限（%1）早于批准延期的日期（%2），延期当天就已逾期。请填写批准之日以后的时限，或核对延期日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The extended time limit (%1) is before the date the extension was approved (%2): it would be overdue the day it was extended. Please give a limit after the approval, or check the dates.</translation>
    </message>
    <message>
        <source>%1 不是 %2—%3 之间的年份，请检查。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is not a year between %2 and %3; please check it.</translation>
    </message>
    <message>
        <source>%1 年的节假日安排内置表已有，无需标记。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The built-in holiday table already has %1&apos;s holidays; there is nothing to mark.</translation>
    </message>
    <message>
        <source>日期 %1 不在 %2—%3 年之间，请检查年份。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The date %1 is not between %2 and %3; please check the year.</translation>
    </message>
    <message>
        <source>说明最多 %1 个字，现在 %2 个字。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A note has at most %1 characters; this one has %2.</translation>
    </message>
    <message>
        <source>%1 没有节假日调整，无需删除。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has no holiday changes; there is nothing to delete.</translation>
    </message>
    <message>
        <source>无法写入“%1”：没有权限，或文件正被 Excel/WPS 打开。请关闭它或换一个位置。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot write “%1”: no permission, or the file is open in Excel/WPS. Close it or choose another place.</translation>
    </message>
    <message>
        <source>“%1”是文件夹。请给出表格文件的名字，如 %2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is a folder. Please give the spreadsheet file&apos;s name, such as %2.</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2。请检查位置和磁盘空间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot write “%1”: %2. Please check the place and the disk space.</translation>
    </message>
    <message>
        <source>导出的文件是 Excel 工作簿（.xlsx），不能存为“%1”文件：请把文件名改为“%2.xlsx”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The exported file is an Excel workbook (.xlsx) and cannot be saved as a “%1” file: please name it “%2.xlsx”.</translation>
    </message>
    <message>
        <source>磁盘空间不足，备份未完成：%1。请清理磁盘或换一个位置。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not enough disk space; the backup was not finished: %1. Please free disk space or choose another place.</translation>
    </message>
    <message>
        <source>备份失败（%1）：%2。请检查目标位置是否可写。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The backup failed (%1): %2. Please check that the place can be written to.</translation>
    </message>
    <message>
        <source>数据库文件已损坏，备份没有完成（损坏的副本不能用来恢复，已删除）：%1。请用“恢复”从最近的完好备份恢复，或联系管理员；运行 officedesk check 可查看损坏之处。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database file is damaged; the backup was not finished (a damaged copy cannot be restored from, so it was deleted): %1. Restore from the latest sound backup, or contact the administrator; officedesk check shows where the damage is.</translation>
    </message>
    <message>
        <source>“%1”是文件夹。请给出备份文件的名字，如 %2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is a folder. Please give the backup file&apos;s name, such as %2.</translation>
    </message>
    <message>
        <source>备份文件的名字要以 %1 结尾，“%2”不是备份文件的名字，没有备份。请把文件名改为“%3”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A backup file&apos;s name ends in %1; “%2” is not a backup file&apos;s name, so nothing was backed up. Please name it “%3”.</translation>
    </message>
    <message>
        <source>“%1”已存在，没有备份：备份会替换这个文件，它原有的内容将丢失。请换一个文件名；确要用这次备份替换它，请加 --force。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” already exists; nothing was backed up: the backup would replace the file and lose what it holds. Please choose another name; to replace it with this backup, add --force.</translation>
    </message>
    <message>
        <source>“%1”不是 OfficeDesk 的备份文件，或已损坏。请选用“备份”命令生成的 .db 文件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not an OfficeDesk backup file, or it is damaged. Please choose a .db file made by Backup.</translation>
    </message>
    <message>
        <source>“%1”是文件夹，不是 OfficeDesk 的备份文件。请给出备份文件本身（.db）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is a folder, not an OfficeDesk backup file. Please give the backup file itself (.db).</translation>
    </message>
    <message>
        <source>备份文件“%1”已损坏（文件内容不完整或被改动），不能恢复；当前数据库没有改动。请换一个完好的备份（如更早的一份）再恢复，或联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The backup file “%1” is damaged (incomplete or changed) and cannot be restored; the present database is unchanged. Please choose a sound backup (such as an earlier one), or contact the administrator.</translation>
    </message>
    <message>
        <source>没有恢复，数据库未改动：恢复前要先把当前数据库另存一份（以便找回备份之后新建或修改的内容），但另存没有完成。%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Nothing was restored; the database is unchanged: before a restore the present database is saved aside (so that what was made or changed after the backup can be found again), and that was not finished. %1</translation>
    </message>
    <message>
        <source>磁盘空间不足，没有恢复，数据库未改动。请清理磁盘后再试（%1）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not enough disk space: nothing was restored and the database is unchanged. Please free disk space and try again (%1).</translation>
    </message>
    <message>
        <source>恢复失败（%1）。原数据库已另存为 %2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The restore failed (%1). The old database was saved as %2.</translation>
    </message>
    <message>
        <source>恢复没有完成（%1）：%2。损坏的数据库已另存为 %3（若已另存）；请处理后再运行同一条恢复命令。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The restore was not finished (%1): %2. The damaged database was saved as %3 (if it could be); please deal with it and run the same restore command again.</translation>
    </message>
    <message>
        <source>找不到备份文件“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The backup file “%1” was not found.</translation>
    </message>
    <message>
        <source>备份“%1”来自更新版本的程序（结构版本 %2，本程序只支持到 %3），不能恢复。请先升级本程序。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The backup “%1” comes from a newer version of the program (structure version %2; this program knows up to %3) and cannot be restored. Please upgrade this program first.</translation>
    </message>
    <message>
        <source>“%1”不是完整的 OfficeDesk 备份（缺少：%2），不能恢复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not a whole OfficeDesk backup (it lacks: %2) and cannot be restored.</translation>
    </message>
    <message>
        <source>备份“%1”的审计链在第 %2 条处断开或被改动，不能恢复。请换一个备份，并报告管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The backup “%1”&apos;s audit chain is broken or changed at entry %2; it cannot be restored. Please choose another backup, and tell the administrator.</translation>
    </message>
    <message>
        <source>备份“%1”的审计链末尾被删除或改动，不能恢复。请换一个备份。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The end of the backup “%1”&apos;s audit chain was deleted or changed; it cannot be restored. Please choose another backup.</translation>
    </message>
    <message>
        <source>“%1”是正在使用的数据库文件%2，写到这里会毁掉机关的数据，没有写出。请换一个文件名或位置。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is the database file in use%2: writing there would destroy the office&apos;s data, so nothing was written. Please choose another name or place.</translation>
    </message>
    <message>
        <source>“%1”是审计锚定文件（记录审计链和已发出的最大编号，用于发现篡改），写到这里会毁掉它，没有写出。请换一个文件名或位置。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is the audit anchor file (it records the audit chain and the highest numbers issued, to find tampering): writing there would destroy it, so nothing was written. Please choose another name or place.</translation>
    </message>
    <message>
        <source>找不到数据库文件“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database file “%1” was not found.</translation>
    </message>
    <message>
        <source>无法读取数据库文件“%1”：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot read the database file “%1”: %2</translation>
    </message>
    <message>
        <source>目标数据库中有不属于本程序的数据表（%1），它可能是别的程序的数据库，没有迁移。请在服务器上新建一个空数据库（如 sudo -u postgres createdb -O 账号 officedesk，见 README 的 PostgreSQL 一节），再迁移到它。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The target database has tables that are not this program&apos;s (%1); it may be another program&apos;s database, so nothing was moved. Make a new empty database on the server (such as sudo -u postgres createdb -O account officedesk; see the PostgreSQL part of the README) and move to that.</translation>
    </message>
    <message>
        <source>SQLite 数据库的结构版本（%1）与本程序（%2）不同。请先用本程序打开一次 SQLite 数据库完成升级，再迁移。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The SQLite database&apos;s structure version (%1) differs from this program&apos;s (%2). Open the SQLite database once with this program to upgrade it, then move it.</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库中缺少这些表：%1。请确认两边是同一版本的程序。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The PostgreSQL database lacks these tables: %1. Please make sure both sides run the same version of the program.</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库中已有数据（%1…），没有迁移。请指定一个新建的空数据库。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The PostgreSQL database already holds data (%1…); nothing was moved. Please give a new empty database.</translation>
    </message>
    <message>
        <source>没有打开数据库。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 README）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Back up a PostgreSQL database on the server with pg_dump -Fc and restore it with pg_restore --clean (see the README).</translation>
    </message>
    <message>
        <source>上级单位不能是它自己。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A unit cannot be its own superior unit.</translation>
    </message>
    <message>
        <source>填了“复核人”，却没有“签发人”：复核在签发之后。请填写签发人，或不填复核人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“复核人” is filled in without “签发人”: the review comes after the signing. Fill in the signer, or leave the reviewer empty.</translation>
    </message>
    <message>
        <source>请填写核查单位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in the verifying unit.</translation>
    </message>
    <message>
        <source>核查时限至少 1 个工作日。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The verification limit is at least 1 working day.</translation>
    </message>
    <message>
        <source>请写明核查情况。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please describe what the verification found.</translation>
    </message>
    <message>
        <source>核查结论为不属实的投诉不作处理，请选择“不予处理”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A complaint found untrue is not acted on; please choose “不予处理”.</translation>
    </message>
    <message>
        <source>会议已取消，其议定事项不能转督查。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting was cancelled; its decisions cannot be sent to supervision.</translation>
    </message>
    <message>
        <source>会议已取消，不能再修改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting was cancelled and can no longer be changed.</translation>
    </message>
    <message>
        <source>报到时间应不晚于开始时间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The check-in time must be no later than the start time.</translation>
    </message>
    <message>
        <source>作废编号必须写明原因。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Voiding a number needs a reason.</translation>
    </message>
    <message>
        <source>要关联的原信访件密级高于您的权限，不能把本件标为它的重复件。如确属重复信访，请联系有权限的同事办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The original petition to link to is classified above your clearance, so this one cannot be marked its repeat. If it really is a repeat, ask a colleague cleared for it.</translation>
    </message>
    <message>
        <source>不能把信访件标为它自己的重复件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A petition cannot be marked a repeat of itself.</translation>
    </message>
    <message>
        <source>原件的登记日期晚于本件，不能作为本件的原件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The original was registered after this petition, so it cannot be its original.</translation>
    </message>
    <message>
        <source>交办须写明回报期限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An assignment needs a report-back limit.</translation>
    </message>
    <message>
        <source>回报期限应晚于交办日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The report-back limit must be after the assignment date.</translation>
    </message>
    <message>
        <source>只有管理员可以修改系统设置。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only an administrator can change the settings.</translation>
    </message>
    <message>
        <source>填写了协办单位或责任人，请同时填写“牵头单位”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assisting units or people in charge are given: please fill in “牵头单位” too.</translation>
    </message>
    <message>
        <source>状态为办结的事项请填写“办结日期”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A closed item needs its “办结日期”.</translation>
    </message>
    <message>
        <source>请填写“事项名称”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please fill in “事项名称”.</translation>
    </message>
    <message>
        <source>请写明要修改的内容（如牵头单位、时限、交办日期），或要清空的项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please say what to change (such as the lead unit, the time limit or the assignment date), or what to empty.</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 docs/DATABASE.md）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Back up a PostgreSQL database on the server with pg_dump -Fc and restore it with pg_restore --clean (see docs/DATABASE.md).</translation>
    </message>
    <message>
        <source>请给出备份文件的名字，如 备份/办公室-2026-12-01.db。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please give the backup file&apos;s name, such as 备份/办公室-2026-12-01.db.</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用（正在写入），没有恢复，数据库未改动。请稍候再试；若一直如此，请关闭其他打开本数据库的窗口或命令。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Another program is using the database (writing to it): nothing was restored and the database is unchanged. Please try again shortly; if this goes on, close the other windows or commands that have this database open.</translation>
    </message>
    <message>
        <source>已有相同的记录（某项不能重复的内容与已有的记录相同），没有保存。请检查后换一个值再试。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A record with the same value already exists (something that must be unique is the same as in an existing record); nothing was saved. Please check and try another value.</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用%1，请稍候再试；若一直如此，请关闭其他打开本数据库的窗口。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database is in use by another program%1; please try again shortly. If this goes on, close the other windows that have this database open.</translation>
    </message>
    <message>
        <source>数据库文件已损坏%1。请用“恢复备份”从最近的备份恢复，或联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database file is damaged%1. Restore the latest backup with “Restore backup”, or contact the administrator.</translation>
    </message>
    <message>
        <source>无法打开或写入数据库%1，请检查文件位置和权限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot open or write the database%1; please check the file&apos;s place and permissions.</translation>
    </message>
    <message>
        <source>与数据库服务器的连接中断了%1（服务器可能正在重启）。%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The connection to the database server was lost%1 (the server may be restarting). %2</translation>
    </message>
    <message>
        <source>找不到数据库服务器%1：请检查数据库地址中的主机名是否写对、网络是否通。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database server was not found%1: check the host name in the database address and the network.</translation>
    </message>
    <message>
        <source>数据库地址中的端口号不对%1：应是 1 到 65535 之间的数字，PostgreSQL 通常是 5432。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The port in the database address is wrong%1: it must be a number from 1 to 65535; PostgreSQL usually uses 5432.</translation>
    </message>
    <message>
        <source>数据库地址不完整%1：请写成 postgresql://用户:密码@主机:5432/数据库名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database address is incomplete%1: write it as postgresql://user:password@host:5432/database.</translation>
    </message>
    <message>
        <source>数据库的用户名或密码不对%1，请核对数据库地址中的用户名和密码。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database user name or password is wrong%1; please check them in the database address.</translation>
    </message>
    <message>
        <source>数据库服务器上没有数据库地址中写的账号“%1”%2，请核对地址中的用户名，或请管理员先在服务器上建立这个账号（如 sudo -u postgres createuser -P 账号）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database server has no account “%1” as written in the address%2; check the user name in the address, or ask the administrator to make the account on the server first (such as sudo -u postgres createuser -P account).</translation>
    </message>
    <message>
        <source>数据库服务器上没有地址中写的数据库%1，请核对数据库名，或请管理员先建立它。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database server has no database as named in the address%1; check the database name, or ask the administrator to make it first.</translation>
    </message>
    <message>
        <source>无法连接数据库服务器%1，请检查网络和数据库地址。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot connect to the database server%1; please check the network and the database address.</translation>
    </message>
    <message>
        <source>数据库出错%1：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Database error%1: %2</translation>
    </message>
    <message>
        <source>%1：本版程序要先升级数据库结构，升级只能由%2进行。请管理员用所有者账号的数据库地址运行一次本程序，如 officedesk check --db postgresql://所有者账号@主机/数据库名（打开时即升级），再运行 officedesk audit-grants 程序账号，按其语句为程序账号补授权；之后程序账号即可照常使用。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: this version must first upgrade the database structure, which only %2 can do. The administrator runs the program once with the owner account&apos;s database address, such as officedesk check --db postgresql://owner@host/database (opening upgrades it), then runs officedesk audit-grants program-account and grants the program account what it lists; after that the program account works as usual.</translation>
    </message>
    <message>
        <source>%1：officedesk migrate-to 要在目标数据库中建表，需要用目标%2。请用所有者账号的地址作为目标重新运行：officedesk migrate-to postgresql://所有者账号:密码@主机:5432/数据库名 --db SQLite数据库文件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: officedesk migrate-to makes tables in the target database, which needs the target&apos;s %2. Run it again with the owner account&apos;s address as the target: officedesk migrate-to postgresql://owner:password@host:5432/database --db SQLite-database-file.</translation>
    </message>
    <message>
        <source>%1：officedesk %2 需要%3。请用所有者账号的数据库地址运行：officedesk %2 --db postgresql://所有者账号@主机/数据库名 …。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: officedesk %2 needs %3. Run it with the owner account&apos;s database address: officedesk %2 --db postgresql://owner@host/database ….</translation>
    </message>
    <message>
        <source>%1%2：这一步需要%3，请管理员用所有者账号进行。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1%2: this step needs %3; the administrator does it with the owner account.</translation>
    </message>
    <message>
        <source>写入“%1”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>writing “%1”</translation>
    </message>
    <message>
        <source>磁盘空间不足（或磁盘出错），没有%1。请清理磁盘空间后重试；已保存的数据不受影响，已输入的内容没有丢失。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not enough disk space (or a disk error); not done: %1. Free disk space and try again; the data saved is not affected and what you typed is not lost.</translation>
    </message>
    <message>
        <source>“%1”设置了打开密码（已加密），本程序不能读取。请用 Excel 或 WPS 输入密码打开它，点“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码后确定并保存，再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” has an opening password (it is encrypted), which this program cannot read. Open it in Excel or WPS with the password, choose File → Info → Protect Workbook → Encrypt with Password, clear the password, confirm, save, and import again.</translation>
    </message>
    <message>
        <source>没有导入“%1”：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” was not imported: %2</translation>
    </message>
    <message>
        <source>“%1”是 Excel 二进制工作簿（.xlsb），不能直接导入：请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is an Excel binary workbook (.xlsb) and cannot be imported as it is: open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>无法读取“%1”：它不是有效的 Excel 工作簿（.xlsx），或文件已损坏。请用 Excel 或 WPS 打开后“另存为”.xlsx 格式再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot read “%1”: it is not a valid Excel workbook (.xlsx), or the file is damaged. Open it in Excel or WPS, “Save as” .xlsx and import that.</translation>
    </message>
    <message>
        <source>无法读取“%1”：文件名的扩展名“%2”与内容不符（内容是 %3 格式的表格）。请把文件改名为以“%3”结尾，或用 Excel、WPS 打开后“另存为”.xlsx 格式，再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot read “%1”: the file name&apos;s ending “%2” does not match its contents (a %3 spreadsheet). Rename it to end in “%3”, or open it in Excel or WPS and “Save as” .xlsx, then import.</translation>
    </message>
    <message>
        <source>“%1”中的工作表都被隐藏了，导入不知道该读哪一张。请用 Excel 或 WPS 打开它，右击工作表标签选“取消隐藏”，把要导入的工作表放在最前面，保存后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>All the worksheets of “%1” are hidden, so the import cannot tell which to read. Open it in Excel or WPS, right-click a sheet tab and choose Unhide, put the sheet to import first, save, and import again.</translation>
    </message>
    <message>
        <source>密码至少 %1 位，现在是 %2 位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A password has at least %1 characters; this one has %2.</translation>
    </message>
    <message>
        <source>密码首尾不能是空格。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A password cannot begin or end with a space.</translation>
    </message>
    <message>
        <source>密码请同时包含字母和数字（或符号），不要只用一种。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A password must mix letters with digits (or symbols), not only one kind.</translation>
    </message>
    <message>
        <source>%1没有“%2”这一项。可用的有：%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has no item “%2”. The items are: %3</translation>
    </message>
    <message>
        <source>没有名为“%1”的登记簿。可用的有：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no register “%1”. The registers are: %2</translation>
    </message>
    <message>
        <source>“级别”应在 %1 到 %2 之间，现在是 %3；也可以写职级名称，如 %4。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“级别” must be between %1 and %2; it is %3. A rank&apos;s name also works, such as %4.</translation>
    </message>
    <message>
        <source>没有职级“%1”，请从职级表中选择：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no rank “%1”; choose one from the table of ranks: %2.</translation>
    </message>
    <message>
        <source>问题类别至少要有一项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>At least one category is needed.</translation>
    </message>
    <message>
        <source>办结日期不能早于登记日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The closing date cannot be before the registration date.</translation>
    </message>
    <message>
        <source>统计期间的结束日期（%1）早于开始日期（%2），请改正。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The period&apos;s end date (%1) is before its start date (%2); please correct it.</translation>
    </message>
    <message>
        <source>统计期间最长三年，请缩短后再试。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The period can be at most three years; please shorten it.</translation>
    </message>
    <message>
        <source>通报期间的结束日期（%1）不能早于开始日期（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The bulletin period&apos;s end date (%1) cannot be before its start date (%2).</translation>
    </message>
    <message>
        <source>通报期间（%1至%2）尚未开始（今天是%3），没有可以通报的情况。请选择已经开始的期间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The bulletin period (%1 to %2) has not begun (today is %3); there is nothing to report. Please choose a period that has begun.</translation>
    </message>
    <message>
        <source>没有找到记录号（id）为 %1 的分解任务，可能已被删除。请刷新。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No task with id %1 was found; it may have been deleted. Please refresh.</translation>
    </message>
    <message>
        <source>“%1”的办理日期就是“%2”（%3），与 --on 日期（%4）不是同一天。请只在“%2”写明办理的日子，不要另给 --on。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The date of “%1” is “%2” (%3), not the same day as the --on date (%4). Give the day only in “%2”, without --on.</translation>
    </message>
    <message>
        <source>“%1”给了两次。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is given twice.</translation>
    </message>
    <message>
        <source>只有管理员和这项代理的被代理人、代理人可以查看它的历史记录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only the administrator and this deputising&apos;s principal and deputy can see its history.</translation>
    </message>
    <message>
        <source>只有管理员可以查看%1的历史记录。请联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only the administrator can see the history of %1. Please contact the administrator.</translation>
    </message>
    <message>
        <source>“%1”一格有 %2 项，信访人有 %3 人（%4）：联名信访请按信访人的顺序用“、”分隔各人的%1，空缺的留空（如“甲、、丙”）%5。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The “%1” cell has %2 items, but there are %3 petitioners (%4): for a joint petition separate each petitioner&apos;s %1 with “、” in the petitioners&apos; order, leaving a gap empty (as “甲、、丙”)%5.</translation>
    </message>
    <message>
        <source>第 %1 位信访人（%2）的“%3”是导出时遮盖过的样子（%4），但与这位信访人现在的不符（遮盖的文字改过，或导出后这一项已修改）：遮盖的文字不能作为修改后的值导入。请填写完整的%3，或重新导出后再改（不改的保持导出时的样子即可，不会写回）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The “%3” of petitioner %1 (%2) is as masked at export (%4) but does not match this petitioner&apos;s now (the masked text was changed, or the item was changed after the export): a masked text cannot be imported as a changed value. Fill in the whole %3, or export again and change that (leave what you do not change as exported: it is not written back).</translation>
    </message>
    <message>
        <source>分发第 %1 行没有单位。每行写“单位 份数 [起-止份号]”，如：县委办 3 1-3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Distribution line %1 has no unit. Write each line as “unit copies [first-last serial]”, such as 县委办 3 1-3.</translation>
    </message>
    <message>
        <source>您%1，应当回避：状态为“%2”的投诉导入后，其核查、结论和处理将记为由您办理，您不能导入。请只登记（不填状态和核查、结论、处理各栏），%3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>You %1 and must stand aside: a complaint imported in the state “%2” would record its verification, finding and handling as done by you, so you cannot import it. Only register it (without the state and the verification, finding and handling columns), %3.</translation>
    </message>
    <message>
        <source>被投诉单位（%1）就是这件投诉的核查单位：被投诉单位应当回避，不能核查对自己的投诉。请核对被投诉单位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The complained-of unit (%1) is this complaint&apos;s verifying unit: it must stand aside and cannot verify a complaint about itself. Please check the complained-of unit.</translation>
    </message>
    <message>
        <source>回报期限（%1）不能晚于办理期限（%2）：信访事项应自受理之日起%3内办结（《信访工作条例》第三十四条），承办单位应在此前回报。请填写此前的日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The report-back limit (%1) cannot be after the handling limit (%2): a petition is closed within %3 of its acceptance (信访工作条例 article 34), and the handling unit reports back before that. Please give an earlier date.</translation>
    </message>
    <message>
        <source>%1（%2）不能早于%3日期（%4）：各步骤按办理顺序，日期不早于前一步。请核对%1后再办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2) cannot be before the %3 date (%4): the steps follow in order, each dated no earlier than the one before. Please check %1 and do the step again.</translation>
    </message>
    <message>
        <source>单位“%1”出现在密级高于您权限的%2中，更名会改动这些记录：须由涉密权限足够的管理员办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The unit “%1” appears in %2 records classified above your clearance, and renaming it would change them: an administrator with sufficient clearance must do it.</translation>
    </message>
    <message>
        <source>“%1”由办理步骤记录，导入更新不能修改它。请恢复原值后再导入，在窗口中按步骤办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is recorded by the steps; an import update cannot change it. Put the old value back and import again, and do the step in the window.</translation>
    </message>
    <message>
        <source>这件信访已经转为督查事项，不能重复转办。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This petition has already been made a supervision item; it cannot be sent again.</translation>
    </message>
    <message>
        <source>没有找到信访编号（或 id）为“%1”的原件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No original petition numbered (or with id) “%1” was found.</translation>
    </message>
    <message>
        <source>稿件%1，不能直接修改。%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This draft&apos;s state is “%1”: it cannot be changed directly. %2</translation>
    </message>
    <message>
        <source>退回复审必须写明需作实质性修改的内容和理由。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Returning for a second review needs the substantial changes wanted and the reasons.</translation>
    </message>
    <message>
        <source>这份发文复核时发现需作实质性修改，已退回原签批人%1复审，应由%1重新签发（您填写的签发人是%2）。%1暂不在岗的，请管理员设置代理，由代理人签发；不能由其复审的，请“退回修改”，改稿后重新核稿、签发。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reviewing this outgoing document found substantial changes needed, so it was returned to its original approver %1 for a second review, and %1 signs it again (the signer you gave is %2). If %1 is away, ask the administrator to set a deputy who signs instead; if the approver cannot review it, “Return for changes”, and check and sign the changed draft again.</translation>
    </message>
    <message>
        <source>%1的任务时限 %2 晚于重算的办结时限 %3：办结时限不变。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1&apos;s task time limit %2 is after the recounted time limit %3: the time limit stays as it is.</translation>
    </message>
    <message>
        <source>备份“%1”是另一个机关的数据库（%2），不是当前数据库（%3）的备份：两者的第一条审计记录不同。没有恢复，数据库未改动。若要查看那个机关的备份，请恢复到一个新文件：officedesk restore %1 --db 新文件.db；若确要用它替换本机关（%3）的全部数据，请加 --replace-office（%4 仍会先另存一份）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The backup “%1” is another office&apos;s database (%2), not a backup of this one (%3): their first audit entries differ. Nothing was restored and the database is unchanged. To look at that office&apos;s backup, restore it into a new file: officedesk restore %1 --db new-file.db; to replace all of this office&apos;s (%3) data with it, add --replace-office (%4 is still saved aside first).</translation>
    </message>
    <message>
        <source>不能退回到“%1”。可以退回到：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot return to “%1”. It can return to: %2.</translation>
    </message>
    <message>
        <source>%1%2的密级权限低于%3，这件%4不能定为%3。请先改换%1，或请管理员调整其密级权限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The clearance of %1 %2 is below %3, so this %4 cannot be classified %3. Change the %1 first, or ask the administrator to change the clearance.</translation>
    </message>
    <message>
        <source>这次会议的座次或人员已被他人修改（您打开的是第 %1 版），您的座次没有保存。请关闭座次表重新打开，再调整。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has changed this meeting&apos;s seating or people (you opened version %1); your seating was not saved. Close the seating chart, open it again and arrange it anew.</translation>
    </message>
    <message>
        <source>座次表中的人员与参会人员不一致，请刷新后重新调整。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The people in the seating plan do not match the attendees; please refresh and arrange it again.</translation>
    </message>
    <message>
        <source>%1是旁听人员，不能安排在主席台，请排在会场后排的旁听席。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 are observers and cannot sit on the podium; seat them in the observers&apos; rows at the back.</translation>
    </message>
    <message>
        <source>这项议定事项已经转督查（督查事项 %1）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This decision has already been sent to supervision (supervision item %1).</translation>
    </message>
    <message>
        <source>设置“%1”的值“%2”不正确，应是一个数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The value “%2” of the setting “%1” is not valid; it must be a number.</translation>
    </message>
    <message>
        <source>设置“%1”的值“%2”不正确。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The value “%2” of the setting “%1” is not valid.</translation>
    </message>
    <message>
        <source>这份文件的保密期限“%1”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>this document&apos;s secrecy period “%1”</translation>
    </message>
    <message>
        <source>（改密级时一并填写“保密期限”）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> (fill in “保密期限” when changing the classification)</translation>
    </message>
    <message>
        <source>%1超出了%2级的最长期限：《保密法》规定，除另有规定外，%2级国家秘密的保密期限不超过 %3 年。请把“保密期限”改为不超过 %3 年%4，或核对“密级”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is longer than the longest for %2: the Law on Guarding State Secrets sets the secrecy period of %2 state secrets at no more than %3 years unless otherwise provided. Change “保密期限” to no more than %3 years%4, or check “密级”.</translation>
    </message>
    <message>
        <source>您的角色不能查看信访人的完整身份证号、电话和住址。如确需查看，请联系领导或管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Your role cannot see petitioners&apos; whole ID numbers, phone numbers and addresses. If you really need them, contact a leader or the administrator.</translation>
    </message>
    <message>
        <source>只能申请复查或复核。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only a 复查 or a 复核 can be asked for.</translation>
    </message>
    <message>
        <source>只有管理员和领导可以导出完整的身份证号和电话；不加“不遮盖”即可导出遮盖后的数据。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only administrators and leaders can export whole ID and phone numbers; without “unmasked” the export is masked.</translation>
    </message>
    <message>
        <source>数据库正在从备份恢复，请稍候再打开。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database is being restored from a backup; please open it again shortly.</translation>
    </message>
    <message>
        <source>导入期间其他工作站安排或修改了会议（或修改了会议室、通讯录），按原安排检查的会议冲突已作废，没有写入任何数据。请重新导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>During the import another workstation scheduled or changed a meeting (or changed a meeting room or the directory): the conflicts checked against the earlier schedule no longer hold, and nothing was written. Import again.</translation>
    </message>
    <message>
        <source>导入期间节假日安排或系统设置有变更，按原设置计算的期限已作废，没有写入任何数据。请重新导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The holidays or a system setting changed during the import: the deadlines counted under the earlier settings no longer hold, and nothing was written. Import again.</translation>
    </message>
    <message>
        <source>导入期间有用户的姓名、密级权限或职务变更，没有写入任何数据。请重新导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A user&apos;s name, clearance or post changed during the import; nothing was written. Import again.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Database file</translation>
    </message>
    <message>
        <source>关联</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Foreign keys</translation>
    </message>
    <message>
        <source>结构版本</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>检索索引</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Search index</translation>
    </message>
    <message>
        <source>审计链</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Audit chain</translation>
    </message>
    <message>
        <source>记录内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record contents</translation>
    </message>
    <message>
        <source>审计锚</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Audit anchor</translation>
    </message>
    <message>
        <source>记录关联</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record links</translation>
    </message>
    <message>
        <source>保密</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>触发器</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>trigger</translation>
    </message>
    <message>
        <source>视图</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>view</translation>
    </message>
    <message>
        <source>规则</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>rule</translation>
    </message>
    <message>
        <source>函数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>function</translation>
    </message>
    <message>
        <source>数据库中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the database</translation>
    </message>
    <message>
        <source>锚定文件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the anchor file</translation>
    </message>
    <message>
        <source>纸面审计校验码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the audit code on paper</translation>
    </message>
    <message>
        <source>数据库文件已损坏。请从最近的备份恢复（restore），并联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database file is damaged. Restore it from the latest backup (restore) and contact the administrator.</translation>
    </message>
    <message>
        <source>数据库文件已损坏。请从最近的备份恢复（restore），并联系管理员。（SQLite 的原话：%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database file is damaged. Restore it from the latest backup (restore) and contact the administrator. (SQLite&apos;s words: %1)</translation>
    </message>
    <message>
        <source>表 %1 的第 %2 行引用了表 %3 中不存在的记录。请修正或删除该行，或从备份恢复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Row %2 of table %1 refers to a record that does not exist in table %3. Correct or delete that row, or restore from a backup.</translation>
    </message>
    <message>
        <source>表 %1 有 %2 行的 %3=%4 指向表 %5 中不存在的记录。请修正或删除这些行，或从备份恢复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In table %1, %2 rows with %3=%4 point to a record that does not exist in table %5. Correct or delete these rows, or restore from a backup.</translation>
    </message>
    <message>
        <source>数据库结构版本 %1 低于当前的 %2，请重新打开程序以完成升级（升级前会自动备份）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database&apos;s schema version %1 is below the current %2: open the program again to finish the upgrade (a backup is made before it).</translation>
    </message>
    <message>
        <source>检索索引与记录不一致（%1 条记录，%2 条索引，%3 条缺失），搜索可能漏掉记录。请运行重建索引。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The search index does not match the records (%1 records, %2 index entries, %3 missing), so a search may miss records. Rebuild the index.</translation>
    </message>
    <message>
        <source>%1。审计记录可能被篡改，请保留现状并报告管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1. The audit trail may have been tampered with: leave it as it is and report it to the administrator.</translation>
    </message>
    <message>
        <source>审计表的保护触发器 %1 不见了（有人绕过程序改动了数据库）。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。确认无误后由管理员运行 officedesk audit-guard 重新设置。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The audit table&apos;s guard trigger %1 is gone (someone changed the database around the program). The the data may have been changed outside the program: leave it as it is (change nothing more), report it to the administrator and compare it with a backup. Once all is confirmed sound, the administrator runs officedesk audit-guard to set it again.</translation>
    </message>
    <message>
        <source>数据库中有不是本程序建立的%1：它能在保存时暗中改动数据或绕过审计表的保护，改动后的内容仍会当作原样记入审计。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。核对后由管理员删除它，再运行 officedesk check（审计表的保护触发器被改动的，删除后运行 officedesk audit-guard 重设）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database holds a %1 this program did not make: it can quietly change data as it is saved or get around the audit table&apos;s guard, and the changed content is still audited as if typed. The the data may have been changed outside the program: leave it as it is (change nothing more), report it to the administrator and compare it with a backup. Once checked, the administrator deletes it and runs officedesk check again (if the audit table&apos;s guard trigger was changed, run officedesk audit-guard after deleting it).</translation>
    </message>
    <message>
        <source>%1。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1. The the data may have been changed outside the program: leave it as it is (change nothing more), report it to the administrator and compare it with a backup.</translation>
    </message>
    <message>
        <source>%1。若数据库刚在程序之外从备份恢复（如 pg_restore），请管理员运行 officedesk restored 整理。否则：数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1. If the database was just restored from a backup outside the program (such as pg_restore), the administrator runs officedesk restored to settle it. Otherwise: the the data may have been changed outside the program: leave it as it is (change nothing more), report it to the administrator and compare it with a backup.</translation>
    </message>
    <message>
        <source>锚定文件无法读取（被改动或损坏）。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The anchor file cannot be read (it was changed or is damaged). The the data may have been changed outside the program: leave it as it is (change nothing more), report it to the administrator and compare it with a backup.</translation>
    </message>
    <message>
        <source>锚定文件 %1 是另一个数据库的（两者的第一条审计记录不同），没有用它核对本数据库。若本数据库是新建或换来的，请管理员运行 officedesk audit-code 为它锚定（原锚定文件会改名另存）；否则：数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The anchor file %1 belongs to another database (their first audit entries differ), so this database was not checked against it. If this database is new or was swapped in, the administrator runs officedesk audit-code to anchor it (the old anchor file is kept under another name); otherwise: the the data may have been changed outside the program: leave it as it is (change nothing more), report it to the administrator and compare it with a backup.</translation>
    </message>
    <message>
        <source>%1。请在该件中改换其人（同名时写明单位、职务或用户名），或请管理员调整其密级权限。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1. Name someone else in that record (for namesakes, give the unit, post or user name), or ask the administrator to change the user&apos;s clearance.</translation>
    </message>
    <message>
        <source>%1%2（id %3，%4）的%5“%6”的密级权限低于该件的密级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In %1 %2 (id %3, %4), the clearance of the %5 “%6” is below the record&apos;s classification</translation>
    </message>
    <message>
        <source>%1 %2（在表 %3 上）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 %2 (on table %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>审计记录 %1 与 %2 之间缺少记录（被删除）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Audit entries are missing between %1 and %2 (deleted)</translation>
    </message>
    <message>
        <source>审计记录 %1 之前的记录缺失（被删除）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The audit entries before %1 are missing (deleted)</translation>
    </message>
    <message>
        <source>审计记录 %1 与前一条不相连（链断开）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Audit entry %1 does not link to the one before (the chain is broken)</translation>
    </message>
    <message>
        <source>审计记录 %1 的内容被改动过</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The content of audit entry %1 was changed</translation>
    </message>
    <message>
        <source>审计链的末尾标记（audit_head）被删除</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The audit chain&apos;s end mark (audit_head) was deleted</translation>
    </message>
    <message>
        <source>审计链末尾的记录被删除或改动</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Entries at the end of the audit chain were deleted or changed</translation>
    </message>
    <message>
        <source>审计记录比末尾标记（audit_head）记下的 %1 条少了 %2 条：有记录被删除</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There are %2 fewer audit entries than the %1 the end mark (audit_head) recorded: entries were deleted</translation>
    </message>
    <message>
        <source>审计记录只有 %1 条，少于%2锚定的 %3 条：有 %4 条审计记录被删除（从中删除、截断或清空）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There are only %1 audit entries, fewer than the %3 anchored in %2: %4 audit entries were deleted (removed, cut off or emptied)</translation>
    </message>
    <message>
        <source>第 %1 条审计记录与%2锚定的校验码不符：审计链被改写过</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Audit entry %1 does not match the code anchored in %2: the audit chain was rewritten</translation>
    </message>
    <message>
        <source>编号序列 %1 %2%3 年现为 %4，低于%5记录的已发出最大号 %6：序列被回退，下一个编号会重复</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The number sequence %1 %2 for %3 now stands at %4, below the highest number issued, %6, that %5 recorded: the sequence was set back and the next number would repeat one</translation>
    </message>
    <message>
        <source>%1（%2，%3年）缺号：第 %4 号从未发出。请查明原因；确实不用的号请作废并写明原因，以便台账连续。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2, %3) has gaps: number(s) %4 were never issued. Find out why; void any number really not used, with the reason, so the register runs on.</translation>
    </message>
    <message>
        <source>%1（%2，%3年）跳号：编号计数已到第 %4 号，实际发出的最大号为第 %5 号。请查明是否有号在程序外被占用。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2, %3) skips numbers: the counter has reached %4, but the highest number issued is %5. Find out whether numbers were taken outside the program.</translation>
    </message>
    <message>
        <source>“%1”（%2 %3）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” (%2 %3)</translation>
    </message>
    <message>
        <source>%1……</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1编号与%2不是同一年：%3 条，%4。编号按年连续，归入%2的年份。请核对%2；确属另一年的，作废这个编号后按该年重新登记。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 numbers of another year than their %2: %3 records, %4. Numbers run on within the year, the year of the %2. Check the %2; where it really belongs to another year, void the number and register it again in that year.</translation>
    </message>
    <message>
        <source>%1重号：“%2”用在 %3 条记录上。请核对原件，更正其中错误的编号。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 number used twice: “%2” is on %3 records. Check the originals and correct the wrong numbers.</translation>
    </message>
    <message>
        <source>%1重号：%2是同一个号“%3”，用在 %4 条记录上。请核对原件，更正其中错误的编号，并按本机关的格式写。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 number used twice: %2 are the same number “%3”, on %4 records. Check the originals, correct the wrong numbers and write them in the office&apos;s own form.</translation>
    </message>
    <message>
        <source>%1有 %2 条状态为“%3”的记录缺少应有的内容（%4）：id %5。请按办理步骤补录，或更正状态。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: %2 records in the state “%3” lack what that state needs (%4): id %5. Enter it by the steps, or correct the state.</translation>
    </message>
    <message>
        <source>信访 %1 的重复件关联成环（互为原件，找不到真正的原件）。请打开其中标错的一件，重新“标为重复件”到真正的原件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The repeat links of petitions %1 run in a circle (each the original of another, so none is the real original). Open the one marked wrongly and “标为重复件” (mark as repeat) it again to the real original.</translation>
    </message>
    <message>
        <source>会签单位及其意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersigning units and their opinions</translation>
    </message>
    <message>
        <source>初审结论</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First review</translation>
    </message>
    <message>
        <source>传阅人（只能经“传阅”步骤送出）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Readers (sent only by the “传阅” (circulate) step)</translation>
    </message>
    <message>
        <source>会签单位及其意见（只能经“送会签”“会签”步骤办理）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersigning units and their opinions (only by the “送会签” and “会签” steps)</translation>
    </message>
    <message>
        <source>%1是%2%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is %2 %3</translation>
    </message>
    <message>
        <source>%1是%2（未设置职务）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is of %2 (no post set)</translation>
    </message>
    <message>
        <source>%1是%2（通讯录未写职务）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is of %2 (the directory gives no post)</translation>
    </message>
    <message>
        <source>名为“%1”的%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the users named “%1”: %2</translation>
    </message>
    <message>
        <source>用户和通讯录中都没有“%1”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>neither the users nor the directory have “%1”</translation>
    </message>
    <message>
        <source>可以批准的有：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Those who may approve: %1.</translation>
    </message>
    <message>
        <source>用户和通讯录中还没有担任这些职务的人：请管理员在用户的岗位中设置本机关负责人的职务，或在通讯录中登记本机关（设置“机关名称”所指的单位）的负责人及其职务。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No user or directory entry holds these posts yet: have the administrator set the office leaders&apos; posts in the users&apos; posts, or enter the office&apos;s leaders and their posts in the directory (the unit the setting “机关名称” names).</translation>
    </message>
    <message>
        <source>%1，不是本机关或承办单位的负责人：延期须经本机关负责人（%2）或承办单位%3的负责人批准（《信访工作条例》第三十四条），请填写批准延期的负责人。%4</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, not a leader of the office or of the handling unit: an extension is approved by a leader of the office (%2) or of the handling unit %3 (Regulations on Petition Work, Article 34). Please enter the leader who approved the extension. %4</translation>
    </message>
    <message>
        <source>%1，不是本机关负责人：延期须经本机关负责人（%2）批准（《信访工作条例》第三十四条），请填写批准延期的负责人。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, not a leader of the office: an extension is approved by a leader of the office (%2) (Regulations on Petition Work, Article 34). Please enter the leader who approved the extension. %3</translation>
    </message>
    <message>
        <source>本通报统计范围：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This bulletin counts: %1.</translation>
    </message>
    <message>
        <source>份号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Copy number</translation>
    </message>
    <message>
        <source>全部份数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>All copies</translation>
    </message>
    <message>
        <source>%1还没有编入信息，无可打印的内容。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 holds no information yet: there is nothing to print.</translation>
    </message>
    <message>
        <source>份号、份数应为正整数（现在是 %1）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The copy number and copies must be whole numbers above 0 (now %1).</translation>
    </message>
    <message>
        <source>信息“%1”（%2）还没有接收，不能打印接收回执：请先登记“接收”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The information “%1” (%2) has not been received, so no receipt can be printed: record “接收” (receive) first.</translation>
    </message>
    <message>
        <source>“%1”尚未签发编号，只能打印发文稿纸。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” has not been signed and numbered yet; only its drafting sheet can be printed.</translation>
    </message>
    <message>
        <source>“%1”登记的%2是 %3 份，%4 %5 超出了它：份号只能在 1 到 %3 之间，请改正后再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is registered with %2 %3, and %4 %5 is beyond that: copy numbers run from 1 to %3. Correct it and print again.</translation>
    </message>
    <message>
        <source>%1应为正整数（现在是“%2”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 must be a whole number above 0 (now “%2”).</translation>
    </message>
    <message>
        <source>没有找到记录号（id）为 %1 的信访记录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No petition with the record id %1 was found.</translation>
    </message>
    <message>
        <source>“%1”不是涉密文件，不编份号，只印一份：不能指定%2。请去掉份号、份数再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not classified: it has no copy numbers and is printed once, so %2 cannot be given. Remove the copy number and copies and print again.</translation>
    </message>
    <message>
        <source>效能投诉 %1 还没有交付核查，不能打印核查通知书。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaint %1 has not been handed over for verification, so the verification notice cannot be printed.</translation>
    </message>
    <message>
        <source>效能投诉 %1 的处理结果不是“效能告诫”，不能打印效能告诫书。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The outcome of complaint %1 is not “效能告诫” (efficiency warning), so the warning letter cannot be printed.</translation>
    </message>
    <message>
        <source>没有名为“%1”的打印单。可用的有：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no printed form named “%1”. Available: %2</translation>
    </message>
    <message>
        <source>设置“公文格式（按文种）”中的“%1”无法识别：请写成“文种=格式”，格式为%2之一。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The entry “%1” of the setting “公文格式（按文种）” cannot be read: write it as “文种=格式” (kind=format), the format one of %2.</translation>
    </message>
    <message>
        <source>打印归档文件目录需要登录用户。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Printing the archive file list needs a signed-in user.</translation>
    </message>
    <message>
        <source>请选择要打印的记录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please choose the records to print.</translation>
    </message>
    <message>
        <source>请给出效能投诉的记录 id。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please give the complaint&apos;s record id.</translation>
    </message>
    <message>
        <source>--to 日期不能早于 --from 日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The --to date cannot be before the --from date.</translation>
    </message>
    <message>
        <source>请指定要打印的督查事项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please choose the supervision item to print.</translation>
    </message>
    <message>
        <source>设置“%1”：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The setting “%1”: %2</translation>
    </message>
    <message>
        <source>一行“%1”看不懂，应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The line “%1” cannot be read; write it as “较大=30,60” (event level=phone report limit,written report limit, in minutes).</translation>
    </message>
    <message>
        <source>“%1”的事件级别不超过 %2 个字。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The event level of “%1” is at most %2 characters.</translation>
    </message>
    <message>
        <source>“%1”不对：时限应是大于 0 的整分钟数，应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is wrong: a limit is a whole number of minutes above 0; write it as “较大=30,60” (event level=phone report limit,written report limit, in minutes).</translation>
    </message>
    <message>
        <source>“%1”不对：时限不超过 %2 分钟（7 天），应写成“较大=30,60”（事件级别=电话报告时限,书面报告时限，分钟）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is wrong: a limit is at most %2 minutes (7 days); write it as “较大=30,60” (event level=phone report limit,written report limit, in minutes).</translation>
    </message>
    <message>
        <source>“%1”不对：电话报告时限（%2 分钟）不能晚于书面报告时限（%3 分钟），电话报告在先，如“%4”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is wrong: the phone report limit (%2 minutes) cannot be later than the written report limit (%3 minutes); the phone report comes first, such as “%4”.</translation>
    </message>
    <message>
        <source>“%1”不对：应是一个日期（如“2027-01-01起：”），且晚于前一段时限的起始日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is wrong: it must be a date (such as “2027-01-01起：”), later than the start of the limits before it.</translation>
    </message>
    <message>
        <source>缺少“%1”的时限：特别重大、重大、较大、一般每级写一行，如%2（电话报告时限,书面报告时限，分钟）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The limits of “%1” are missing: write one line for each level (特别重大, 重大, 较大, 一般), such as %2 (phone report limit,written report limit, in minutes).</translation>
    </message>
    <message>
        <source>审计校验码“%1”格式不对，应为“条数-XXXX-XXXX-XXXX-XXXX”，如 128-3FA2-09BC-77D1-E0A4。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The audit code “%1” is not in the right form: it is “count-XXXX-XXXX-XXXX-XXXX”, such as 128-3FA2-09BC-77D1-E0A4.</translation>
    </message>
    <message>
        <source>%1%2“%3”（%4，%5%6）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 %2 “%3” (%4, %5 %6)</translation>
    </message>
    <message>
        <source>（id %1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>(id %1)</translation>
    </message>
    <message>
        <source>%1：仍在办理中的 %2 件记录列有“%3”（%4），其密级高于该用户的密级权限：%5等 %2 件。请先在这些记录中改换其人（同名时写明单位、职务或用户名以区分），再作此修改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: %2 records still in work name “%3” (%4) and are classified above that user&apos;s clearance: %5 and others, %2 in all. First name someone else in these records (for namesakes, give the unit, post or user name), then make this change.</translation>
    </message>
    <message>
        <source>%1：仍在办理中的 %2 件记录列有“%3”（%4），其密级高于该用户的密级权限：%5。请先在这些记录中改换其人（同名时写明单位、职务或用户名以区分），再作此修改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: %2 records still in work name “%3” (%4) and are classified above that user&apos;s clearance: %5. First name someone else in these records (for namesakes, give the unit, post or user name), then make this change.</translation>
    </message>
    <message>
        <source>%1等</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 and others</translation>
    </message>
    <message>
        <source>“%1”已是岗位中的单位（%2的单位或分管）：把“%3”改成这个名称会把两个科室合并。如确要合并，请先在用户管理中逐个调整岗位；否则请换一个名称。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is already a unit in the posts (the unit or charge of %2): renaming “%3” to it would merge two sections. To merge them, first change the posts one by one in user management; otherwise choose another name.</translation>
    </message>
    <message>
        <source>%1“%2”：通讯录中没有“%3”这个单位（是不是：%4？）。请先在通讯录的“单位”中添加“%3”（或把它填作该单位的简称），或写通讯录中的名称（如 %5）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2”: the directory has no unit “%3” (did you mean: %4?). First add “%3” to the directory&apos;s units (or enter it as a short name of its unit), or write the name the directory has (such as %5).</translation>
    </message>
    <message>
        <source>%1“%2”：通讯录中没有“%3”这个单位。请先在通讯录的“单位”中添加“%3”（或把它填作该单位的简称），或写通讯录中的名称（如 单位全称加科室名）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2”: the directory has no unit “%3”. First add “%3” to the directory&apos;s units (or enter it as a short name of its unit), or write the name the directory has (the unit&apos;s full name and the section).</translation>
    </message>
    <message>
        <source>“%1”表第 %2 行“%3”不是可以读取的值（%4）。请改为实际的值后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Row %2 of the sheet “%1”: “%3” is not a value that can be read (%4). Replace it with the real value and import again.</translation>
    </message>
    <message>
        <source>“%1”表中有%2为“%3”的任务，但“%4”表中没有这一事项。请在“%4”表中填写该事项（%2相同），或删去这些任务行。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The sheet “%1” has tasks whose %2 is “%3”, but the sheet “%4” has no such item. Enter the item on the sheet “%4” (with the same %2), or delete these task rows.</translation>
    </message>
    <message>
        <source>这项议定事项已经转督查。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This decision has already been sent to supervision.</translation>
    </message>
    <message>
        <source>备份“%1”中有不是本程序建立的%2，它能在保存时暗中改动数据，备份可能被改动过，不能恢复。请换一个备份，并报告管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The backup “%1” holds a %2 this program did not make, which can quietly change data as it is saved: the backup may have been tampered with and cannot be restored. Use another backup and report it to the administrator.</translation>
    </message>
    <message>
        <source>“%1”不接受 --person（不能代他人录入）：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” does not take --person (no one enters it for someone else): %2</translation>
    </message>
    <message>
        <source>请去掉 --person，以您本人的名义办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>remove --person and do it in your own name.</translation>
    </message>
    <message>
        <source>版头太高：即使发文机关标志只用主办机关名称，发文机关标志和签发人也占满首页，标题放不下（GB/T 9704 第7.3.3条：首页应显示正文，标题不跨页）。请减少联合发文机关或签发人，再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The header is too tall: even with the lead organ&apos;s name alone as the issuing organ&apos;s mark, the mark and the signers fill the first page and leave no room for the title (GB/T 9704, 7.3.3: the first page shows the text, the title does not run over a page). Name fewer joint organs or signers and print again.</translation>
    </message>
    <message>
        <source>版头太高：发文机关标志和签发人占满首页，标题放不下（GB/T 9704 第7.3.3条：首页应显示正文，标题不跨页）。请减少联合发文机关或签发人，再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The header is too tall: the issuing organ&apos;s mark and the signers fill the first page and leave no room for the title (GB/T 9704, 7.3.3: the first page shows the text, the title does not run over a page). Name fewer joint organs or signers and print again.</translation>
    </message>
    <message>
        <source>标题太长：排成 %1 行，即使发文机关标志只用主办机关名称，首页在版头下只放得下 %2 行标题（GB/T 9704 第7.3.3条：标题不跨页；版头已占去首页，主送和正文从第2页开始）。请把标题缩短到 %2 行以内（每行约 %3 字），或减少联合发文机关、签发人，再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The title is too long: it takes %1 lines, and even with the lead organ&apos;s name alone as the issuing organ&apos;s mark, the first page holds only %2 lines of title below the header (GB/T 9704, 7.3.3: the title does not run over a page; the header takes the first page, the addressees and the text start on page 2). Shorten the title to %2 lines or fewer (about %3 characters a line), or name fewer joint organs or signers, and print again.</translation>
    </message>
    <message>
        <source>标题太长：排成 %1 行，首页在版头下只放得下 %2 行标题（GB/T 9704 第7.3.3条：标题不跨页；版头已占去首页，主送和正文从第2页开始）。请把标题缩短到 %2 行以内（每行约 %3 字），或减少联合发文机关、签发人，再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The title is too long: it takes %1 lines, and the first page holds only %2 lines of title below the header (GB/T 9704, 7.3.3: the title does not run over a page; the header takes the first page, the addressees and the text start on page 2). Shorten the title to %2 lines or fewer (about %3 characters a line), or name fewer joint organs or signers, and print again.</translation>
    </message>
    <message>
        <source>标题太长：排成 %1 行，即使发文机关标志只用主办机关名称，首页放不下标题、主送和正文第一行（GB/T 9704 第7.3.3条：首页应显示正文，标题不跨页）。请把标题缩短到 %2 行以内（每行约 %3 字），再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The title is too long: it takes %1 lines, and even with the lead organ&apos;s name alone as the issuing organ&apos;s mark, the first page cannot hold the title, the addressees and the first line of text (GB/T 9704, 7.3.3: the first page shows the text, the title does not run over a page). Shorten the title to %2 lines or fewer (about %3 characters a line) and print again.</translation>
    </message>
    <message>
        <source>标题太长：排成 %1 行，首页放不下标题、主送和正文第一行（GB/T 9704 第7.3.3条：首页应显示正文，标题不跨页）。请把标题缩短到 %2 行以内（每行约 %3 字），再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The title is too long: it takes %1 lines, and the first page cannot hold the title, the addressees and the first line of text (GB/T 9704, 7.3.3: the first page shows the text, the title does not run over a page). Shorten the title to %2 lines or fewer (about %3 characters a line) and print again.</translation>
    </message>
    <message>
        <source>数据库文件“%1”所在的文件夹“%2”不能写入（%3），因此无法打开数据库：SQLite 要在这个文件夹中写入数据库的附属文件（-wal、-shm）。这不是数据库损坏，请不要从备份恢复（会丢失备份之后录入的内容）。请管理员给这个文件夹和其中的数据库文件写入权限；或把整个数据文件夹复制到可以写入的位置，再用 --db 指定复制后的数据库文件（或把环境变量 OFFICEDESK_HOME 设为新位置）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The folder “%2” of the database file “%1” cannot be written (%3), so the database cannot be opened: SQLite writes the database&apos;s side files (-wal, -shm) in that folder. The database is not damaged: do not restore it from a backup (what was entered since would be lost). Have the administrator give write permission to the folder and the database file in it; or copy the whole data folder to a place that can be written and name the copied database file with --db (or set the environment variable OFFICEDESK_HOME to the new place).</translation>
    </message>
    <message>
        <source>数据库文件“%1”不能写入（%2），因此无法打开或写入数据库。这不是数据库损坏，请不要从备份恢复（会丢失备份之后录入的内容）。请管理员给这个文件（如取消它的“只读”属性）写入权限；或把整个数据文件夹复制到可以写入的位置，再用 --db 指定复制后的数据库文件（或把环境变量 OFFICEDESK_HOME 设为新位置）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database file “%1” cannot be written (%2), so the database cannot be opened or written. The database is not damaged: do not restore it from a backup (what was entered since would be lost). Have the administrator give write permission to the file (such as by clearing its “read-only” attribute); or copy the whole data folder to a place that can be written and name the copied database file with --db (or set the environment variable OFFICEDESK_HOME to the new place).</translation>
    </message>
    <message>
        <source>磁盘是只读的</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>没有写入权限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>no write permission</translation>
    </message>
    <message>
        <source>无法识别数据库地址“%1”。%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database address “%1” cannot be read: %2.</translation>
    </message>
    <message>
        <source>无法识别数据库地址“%1”。请给出 SQLite 数据库文件的路径，或 postgresql://用户:密码@主机:5432/数据库名 形式的地址；%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database address “%1” cannot be read. Give the path of an SQLite database file, or an address of the form postgresql://user:password@host:5432/database; %2.</translation>
    </message>
    <message>
        <source>用户名或密码中的 @ : / # % ? &amp; 等字符要写成百分号编码（@ 写作 %40，: 写作 %3A，/ 写作 %2F，# 写作 %23，% 写作 %25，? 写作 %3F，&amp; 写作 %26），如密码 p@ss:w/rd 写作 postgresql://用户:p%40ss%3Aw%2Frd@主机:5432/数据库名</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>characters such as @ : / # % ? &amp; in the user name or password are written percent-encoded (@ as %40, : as %3A, / as %2F, # as %23, % as %25, ? as %3F, &amp; as %26): the password p@ss:w/rd, for example, is written postgresql://user:p%40ss%3Aw%2Frd@host:5432/database</translation>
    </message>
    <message>
        <source>“%1”（%2）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>%1《%2》（%3）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” (%3)</translation>
    </message>
    <message>
        <source>%1“%2”（%3）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” (%3)</translation>
    </message>
    <message>
        <source>%1已于%2作废，原因：%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 was voided on %2, because: %3</translation>
    </message>
    <message>
        <source>%1已于%2作废</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 was voided on %2</translation>
    </message>
    <message>
        <source>%1已作废，原因：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 was voided, because: %2</translation>
    </message>
    <message>
        <source>%1已作废</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 was voided</translation>
    </message>
    <message>
        <source>%1，不能再打印正式文件。存档可打印其%2，上面标明已作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, so the official document is not printed again. For the file, its %2 can be printed, marked as voided.</translation>
    </message>
    <message>
        <source>%1，不能再打印%2：已作废的登记不再对外发出文书。%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, so the %2 cannot be printed again: no paper goes out for a voided registration. %3</translation>
    </message>
    <message>
        <source>登记有误已重新登记的，请打印重新登记的那一件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>If it was registered again after a mistake, print the one registered again.</translation>
    </message>
    <message>
        <source>信访事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition</translation>
    </message>
    <message>
        <source>信访事项告知书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition notice</translation>
    </message>
    <message>
        <source>信访事项交办单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition assignment sheet</translation>
    </message>
    <message>
        <source>信访事项转送单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition transfer sheet</translation>
    </message>
    <message>
        <source>环境变量 OFFICEDESK_TODAY 的值“%1”不是日期：应写成 2026-12-01 这样。它只用于测试和演示（让程序以为今天是那一天），平时请删去它。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The environment variable OFFICEDESK_TODAY is “%1”, which is no date: write it like 2026-12-01. It is only for tests and demonstrations (it makes the program take that day as today); remove it otherwise.</translation>
    </message>
    <message>
        <source>未知的编号种类：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unknown kind of number: %1</translation>
    </message>
    <message>
        <source>锚定文件记录的 %1 已发出最大号 %2 比备份中的 %3 多出 %4 个号，不像本机关的编号，没有恢复。请核对锚定文件（%5 或数据库旁的 .anchor.json）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The highest number issued for %1 that the anchor file recorded, %2, is %4 above the backup&apos;s %3: that does not look like this office&apos;s numbering, so it was not restored. Check the anchor file (%5 or the .anchor.json beside the database).</translation>
    </message>
    <message>
        <source>%1%2。请管理员用所有者账号为这个账号补授权：officedesk audit-grants %3 | psql &quot;所有者账号的数据库地址&quot;（运行 officedesk audit-grants %3 可先看要执行的语句），补授权后再试。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1%2. Have the administrator grant this account its rights with the owner&apos;s account: officedesk audit-grants %3 | psql &quot;the owner account&apos;s database address&quot; (run officedesk audit-grants %3 first to see the statements), then try again.</translation>
    </message>
    <message>
        <source>程序账号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the program&apos;s account</translation>
    </message>
    <message>
        <source>找不到可用的%1字体</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No usable %1 font was found</translation>
    </message>
    <message>
        <source>所反映问题属于检举控告党员、公职人员的事项，应依规依纪依法向%1提出（《信访工作条例》第三十二条）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the matter raised is an accusation against a Party member or public official, which is brought to %1 by the rules, discipline and law (Regulations on Petition Work, Article 32)</translation>
    </message>
    <message>
        <source>转送%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>transferred to %1</translation>
    </message>
    <message>
        <source>交办%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>assigned to %1</translation>
    </message>
    <message>
        <source>以“%1”处理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>handled as “%1”</translation>
    </message>
    <message>
        <source>“问题类别”不能改为“%1”：%2，而这件信访已于%3%4，与此不符。问题类别应在“处理”之前更正；已经处理的，确属检举控告的，请将本件“作废”并写明原因，重新登记后按检举控告处理（转送%5，或不予受理并告知信访人）；有疑问的请联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The “问题类别” (category) cannot be changed to “%1”: %2, but this petition was %4 on %3, which does not fit. Correct the category before “处理” (handling); if it was handled already and really is an accusation, void it (“作废”) with the reason, register it again and handle it as an accusation (transfer it to %5, or do not accept it and tell the petitioner); ask the administrator if in doubt.</translation>
    </message>
    <message>
        <source>“问题类别”不能改为“%1”：%2，而这件信访已%3，与此不符。问题类别应在“处理”之前更正；已经处理的，确属检举控告的，请将本件“作废”并写明原因，重新登记后按检举控告处理（转送%4，或不予受理并告知信访人）；有疑问的请联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The “问题类别” (category) cannot be changed to “%1”: %2, but this petition was %3, which does not fit. Correct the category before “处理” (handling); if it was handled already and really is an accusation, void it (“作废”) with the reason, register it again and handle it as an accusation (transfer it to %4, or do not accept it and tell the petitioner); ask the administrator if in doubt.</translation>
    </message>
    <message>
        <source>没有导入“%1”：其中的“%2”表%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” was not imported: on its sheet “%2”, %3</translation>
    </message>
    <message>
        <source>解压后超过 %1 MB，不像是一张登记表（可能是损坏或恶意构造的文件）。请把数据分成几个较小的文件再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>unpacked, it is over %1 MB, which is no register (the file may be damaged or crafted). Split the data into smaller files and import them.</translation>
    </message>
    <message>
        <source>读入时要生成超过 %1 MB 的文字（同一段长文字被成千上万个单元格或重复行引用），不像是一张登记表（可能是损坏或恶意构造的文件）。请检查文件，把数据分成几个较小的文件再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>reading it would make over %1 MB of text (one long text used by thousands of cells or repeated rows), which is no register (the file may be damaged or crafted). Check the file and split the data into smaller files to import.</translation>
    </message>
    <message>
        <source>其中有一格的内容超过 %1 KB，远超 Excel 单元格 32767 字的上限（可能是损坏或恶意构造的文件）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>one of its cells holds over %1 KB, far beyond an Excel cell&apos;s limit of 32767 characters (the file may be damaged or crafted).</translation>
    </message>
    <message>
        <source>行数超过上限 %1 行。若数据并没有这么多行，多半是表格下方远处有无用的内容或格式：请删除数据以外的行和列（或只把数据复制到新的工作表）后再导入；数据确实这么多时，请把数据分成几个文件导入（管理员可在系统设置“导入一个文件最多几行”中调整上限）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>it has more than the limit of %1 rows. If the data is not that long, there is most likely unused content or formatting far below the table: delete the rows and columns outside the data (or copy only the data to a new sheet) and import again; if there really are that many rows, split the data into several files (the administrator can change the limit in the setting “Most rows imported from one file”).</translation>
    </message>
    <message>
        <source>列数超过 %1 列（ZZ 列）：表格一直用到了 %2 列（%3 格有内容或格式），不像是一张登记表。多半是数据右侧远处有无用的内容或格式：请删除数据右侧多余的列（选中数据右侧直到 %2 列的各列，右击“删除”），或只把数据复制到新的工作表，再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>it has more than %1 columns (column ZZ): the sheet is used up to column %2 (cell %3 holds content or formatting), which is no register. There is most likely unused content or formatting far to the right of the data: delete the extra columns right of the data (select the columns up to %2 and right-click “删除”, Delete), or copy only the data to a new sheet, and import again.</translation>
    </message>
    <message>
        <source>工作表“%6”的范围达到 %1 行 × %2 列（到 %3 格），读入要建 %4 个单元格，超过上限 %5 个。多半是表格右侧或下方远处有无用的内容或格式：请删除数据以外的行和列（或只把数据复制到新的工作表）后再导入；数据确实很多时，请分成几个文件导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the sheet “%6” spans %1 rows × %2 columns (to cell %3): reading it would build %4 cells, over the limit of %5. This usually means unused content or formatting far to the right or below the table: delete the rows and columns outside the data (or copy only the data to a new sheet) and import again; if there really is that much data, split it into several files.</translation>
    </message>
    <message>
        <source>工作表的范围达到 %1 行 × %2 列（到 %3 格），读入要建 %4 个单元格，超过上限 %5 个。多半是表格右侧或下方远处有无用的内容或格式：请删除数据以外的行和列（或只把数据复制到新的工作表）后再导入；数据确实很多时，请分成几个文件导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the sheet spans %1 rows × %2 columns (to cell %3): reading it would build %4 cells, over the limit of %5. This usually means unused content or formatting far to the right or below the table: delete the rows and columns outside the data (or copy only the data to a new sheet) and import again; if there really is that much data, split it into several files.</translation>
    </message>
    <message>
        <source>其中的“%1”异常地大（可能是损坏或恶意构造的文件）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>its part “%1” is abnormally large (the file may be damaged or crafted).</translation>
    </message>
    <message>
        <source>%1（%2，用户名 %3）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2, user name %3)</translation>
    </message>
    <message>
        <source>%1应由管理员或%2办理；您是%3。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is done by the administrator or %2; you are %3.</translation>
    </message>
    <message>
        <source>未设置岗位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>without a post</translation>
    </message>
    <message>
        <source>刊物印发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issuing a periodical</translation>
    </message>
    <message>
        <source>刊物编发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Editing into a periodical</translation>
    </message>
    <message>
        <source>刊物排序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Ordering a periodical</translation>
    </message>
    <message>
        <source>接收信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Receiving information</translation>
    </message>
    <message>
        <source>登记采用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Recording an adoption</translation>
    </message>
    <message>
        <source>批示转督查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Turning an instruction into supervision</translation>
    </message>
    <message>
        <source>记录书面报告</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Recording the written report</translation>
    </message>
    <message>
        <source>记录电话报告</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Recording the phone report</translation>
    </message>
    <message>
        <source>录入领导批示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Entering a leader&apos;s instruction</translation>
    </message>
    <message>
        <source>刊物设置（刊物名称、编发单位、报送发、总期号）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Setting up periodicals (name, editing unit, recipients, running issue number)</translation>
    </message>
    <message>
        <source>更正信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Correcting information</translation>
    </message>
    <message>
        <source>作废信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Voiding information</translation>
    </message>
    <message>
        <source>调整其信息顺序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>reorder its items</translation>
    </message>
    <message>
        <source>没有名为“%1”的刊物。现有：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no periodical named “%1”. There are: %2.</translation>
    </message>
    <message>
        <source>刊物“%1”的设置已被他人修改（或刚由他人新建），您的修改没有保存。请关闭后重新打开刊物设置，再修改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has changed the settings of the periodical “%1” (or has just added it); your changes were not saved. Close the periodical settings, open them again and make the changes anew.</translation>
    </message>
    <message>
        <source>请填写刊物名称。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please enter the periodical&apos;s name.</translation>
    </message>
    <message>
        <source>%1 %2年第%3期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 %2 No. %3</translation>
    </message>
    <message>
        <source>%1已印发%2（总第%3期），总期号起始数（%4）不能再改：已印发各期的总期号由它算起。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has issued %2 (running No. %3), so the start of its running issue numbers (%4) can no longer change: the issues already out are numbered from it.</translation>
    </message>
    <message>
        <source>%1已有 %2 年的期（%3，总第%4期），不能再开 %5 年的新一期：总期号按时间顺序编排。请编入%2年的期（编发日期写%2年的日期或不写）；%5年还有未印发的一期时，可不选“另起新一期”，编入那一期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 already has an issue of %2 (%3, running No. %4), so a new issue of %5 cannot be opened: running issue numbers follow time. Edit it into an issue of %2 (give a date in %2 or none); if an issue of %5 is still not issued, leave “另起新一期” unticked to edit it into that one.</translation>
    </message>
    <message>
        <source>没有找到 id 为 %1 的一期刊物。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No periodical issue with id %1 was found.</translation>
    </message>
    <message>
        <source>这一期刊物编入了密级高于您权限的信息，您不能%1。请由有相应权限的同事办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This issue holds information classified above your clearance, so you may not do this (%1). Have a colleague with the clearance do it.</translation>
    </message>
    <message>
        <source>这件信息（%1）已编入%2，该期已于 %3 印发，不能作废；内容有误的，请在刊物上另发更正。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This information (%1) is in %2, issued on %3, so it cannot be voided; if its content is wrong, publish a correction in the periodical.</translation>
    </message>
    <message>
        <source>%1已印发，不能再调整顺序。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has been issued; its order can no longer change.</translation>
    </message>
    <message>
        <source>排序须列出这一期的全部信息，每件一次。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The order must list every item of this issue, each once.</translation>
    </message>
    <message>
        <source>%1已于 %2 印发。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 was issued on %2.</translation>
    </message>
    <message>
        <source>%1还没有编入信息，不能印发。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 holds no information yet, so it cannot be issued.</translation>
    </message>
    <message>
        <source>%1还没有印发，%2不能先印发：刊物按期号顺序印发。请先印发%1（没有编入信息的空期可删除）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has not been issued, so %2 cannot be issued first: a periodical is issued in the order of its numbers. Issue %1 first (an empty issue can be deleted).</translation>
    </message>
    <message>
        <source>印发日期（%1）不能晚于今天。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The issue date (%1) cannot be after today.</translation>
    </message>
    <message>
        <source>印发日期（%1）不能早于这一期所编信息最后的编发日期（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The issue date (%1) cannot be before the last editing date of the items in this issue (%2).</translation>
    </message>
    <message>
        <source>初审结论请选“采”或“不采”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>For the first review, choose “采” (use) or “不采” (do not use).</translation>
    </message>
    <message>
        <source>不采用须写明理由（告知报送单位）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not using it needs a reason (the reporting unit is told).</translation>
    </message>
    <message>
        <source>请填写编辑后的标题和正文。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please enter the edited title and text.</translation>
    </message>
    <message>
        <source>签发人职务应为%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The signer&apos;s post must be %1.</translation>
    </message>
    <message>
        <source>上报时间不能晚于现在。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The time sent up cannot be later than now.</translation>
    </message>
    <message>
        <source>接收时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Received at</translation>
    </message>
    <message>
        <source>上报时间（%1）不能早于%2（%3）：信息收到后才能上报。请填写实际上报的时间（含时、分）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The time sent up (%1) cannot be before the %2 (%3): information is sent up after it comes in. Please enter the time it was really sent up (with hours and minutes).</translation>
    </message>
    <message>
        <source>上报级别应为%1之一。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The level sent up to must be one of %1.</translation>
    </message>
    <message>
        <source>采用级别应为%1之一。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The adoption level must be one of %1.</translation>
    </message>
    <message>
        <source>请填写采用的刊物（如 市委办《每日要情》第12期）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please enter the periodical that adopted it (such as 市委办《每日要情》第12期).</translation>
    </message>
    <message>
        <source>这件信息已于 %1 登记过%2级“%3”采用，不能重复登记。被另一刊物采用的，请写明那一刊物。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An adoption by “%3” at level %2 was already recorded for this information on %1; it cannot be recorded twice. If another periodical adopted it, name that periodical.</translation>
    </message>
    <message>
        <source>请填写批示领导和批示内容。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please enter the leader and the instruction.</translation>
    </message>
    <message>
        <source>这件信息已于 %1 登记过%2的这条批示（%3），不能重复登记。同一领导另有批示的，请写明新的批示内容或批示日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This instruction of %2 (%3) was already recorded for this information on %1; it cannot be recorded twice. If the leader gave another instruction, enter its new text or date.</translation>
    </message>
    <message>
        <source>这件信息的批示已经转为督查事项，不能重复转办。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This information&apos;s instruction has already become a supervision item; it cannot be turned over twice.</translation>
    </message>
    <message>
        <source>这件信息还没有领导批示，不能转督查。先办理“批示”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This information has no leader&apos;s instruction yet, so it cannot go to supervision. Record the “批示” (instruction) first.</translation>
    </message>
    <message>
        <source>只有突发事件要记书面报告时间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only an emergency records a written report time.</translation>
    </message>
    <message>
        <source>书面报告时间不能早于电话报告时间（%1）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The written report time cannot be before the phone report time (%1).</translation>
    </message>
    <message>
        <source>只有突发事件要记电话报告时间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Only an emergency records a phone report time.</translation>
    </message>
    <message>
        <source>这件突发事件已经记过电话报告（%1），不能重记。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The phone report of this emergency was already recorded (%1); it cannot be recorded again.</translation>
    </message>
    <message>
        <source>电话报告时间不能晚于书面报告时间（%1）：书面报告先到的，它就是首报，不必再记电话报告。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The phone report time cannot be after the written report time (%1): when the written report came first, it is the first report and no phone report is recorded.</translation>
    </message>
    <message>
        <source>请填写续报的正文（事态进展、处置情况）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please enter the follow-up report&apos;s text (how the event developed, what was done).</translation>
    </message>
    <message>
        <source>续报由首报的报送单位报送：首报（%1）的报送单位是“%2”，这件续报填的是“%3”。其他单位报送同一事件的，请另行登记，不填“续报”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A follow-up report comes from the unit of the first report: the first report (%1) is from “%2”, this follow-up names “%3”. Another unit reporting the same event is registered on its own, without “续报” (follow-up).</translation>
    </message>
    <message>
        <source>续报的报送单位随首报：首报（%1）的报送单位是“%2”，续报不能改为“%3”。报送单位有误的，请更正首报的报送单位，它的续报随之更正。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A follow-up report&apos;s unit is its first report&apos;s: the first report (%1) is from “%2”, so the follow-up cannot be changed to “%3”. If the unit is wrong, correct the first report&apos;s unit and its follow-ups follow.</translation>
    </message>
    <message>
        <source>续报的报送单位随首报：首报的报送单位不同，续报不能改为“%1”。报送单位有误的，请更正首报的报送单位，它的续报随之更正。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A follow-up report&apos;s unit is its first report&apos;s: the first report&apos;s unit is another, so the follow-up cannot be changed to “%1”. If the unit is wrong, correct the first report&apos;s unit and its follow-ups follow.</translation>
    </message>
    <message>
        <source>有 %1 位用户叫“%2”，都可以签发：%3。请在“签发人”一栏填写其中一位的用户名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 users are called “%2” and all of them may sign: %3. Enter the user name of one of them as “签发人” (signer).</translation>
    </message>
    <message>
        <source>有 %1 位用户叫“%2”：%3。请在“签发人”一栏填写其中一位的用户名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 users are called “%2”: %3. Enter the user name of one of them as “签发人” (signer).</translation>
    </message>
    <message>
        <source>%1（%2%3）不是%4，不能签发；%4不在岗时，请由其设置代理人代为签发。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2 %3) is not the %4 and may not sign; when the %4 is away, have them set a deputy to sign for them.</translation>
    </message>
    <message>
        <source>标题不超过 200 字；“一事一报、简单明了”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A title of at most 200 characters: one matter per report, simple and clear.</translation>
    </message>
    <message>
        <source>%1不能晚于现在；报告还没有来的，请留空，来了再按步骤记录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 cannot be later than now; leave it empty while the report has not come, and record it by its step when it comes.</translation>
    </message>
    <message>
        <source>%1不能早于事发时间（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 cannot be before the event time (%2).</translation>
    </message>
    <message>
        <source>报送时间不能晚于现在。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The report time cannot be later than now.</translation>
    </message>
    <message>
        <source>电话报告时间不能晚于书面报告时间（%1）：书面报告先到的，电话报告时间请留空。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The phone report time cannot be after the written report time (%1): when the written report came first, leave the phone report time empty.</translation>
    </message>
    <message>
        <source>突发事件的报送时限从事发时间起算、按事件级别定长短，改动会掩盖迟报。登记有误的，请将其作废（列表右键“作废…”，或命令 officedesk void），再按正确的内容重新登记。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An emergency&apos;s report limits run from its event time and their length follows its level, so a change would hide a late report. If it was registered wrongly, void it (the list&apos;s right-click “作废…”, or the command officedesk void) and register it again correctly.</translation>
    </message>
    <message>
        <source>这件信息登记后不能改为其他类别：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Once registered, this information cannot be changed to another category: %1</translation>
    </message>
    <message>
        <source>这件信息登记后不能改为“突发事件”：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Once registered, this information cannot be changed to “突发事件” (emergency): %1</translation>
    </message>
    <message>
        <source>这件信息登记后不能修改%1：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Once registered, the %1 of this information cannot be changed: %2</translation>
    </message>
    <message>
        <source>突发事件请填写“事发时间”（时限从事发时算起）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>For an emergency, enter the “事发时间” (event time): the limits run from it.</translation>
    </message>
    <message>
        <source>突发事件请填写“事件级别”（%1）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>For an emergency, enter the “事件级别” (event level: %1).</translation>
    </message>
    <message>
        <source>事发时间不能晚于报送时间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The event time cannot be after the report time.</translation>
    </message>
    <message>
        <source>续报的报送时间（%1）不能早于首报（%2）的报送时间（%3）：续报在首报之后报送。请核对报送时间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The follow-up&apos;s report time (%1) cannot be before the report time of the first report (%2), %3: a follow-up comes after the first report. Please check the report time.</translation>
    </message>
    <message>
        <source>首报的报送时间（%1）不能晚于它的续报的报送时间：续报在首报之后报送。请核对报送时间（续报的时间有误的，请先更正续报）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The first report&apos;s report time (%1) cannot be after its follow-ups&apos; report time: a follow-up comes after the first report. Please check the report time (if a follow-up&apos;s time is wrong, correct the follow-up first).</translation>
    </message>
    <message>
        <source>信息类别至少要有一项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There must be at least one information category.</translation>
    </message>
    <message>
        <source>报送时间（%1）不能晚于这件信息的“%2”（%3）：信息报送后才办理。请填写实际报送的时间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The report time (%1) cannot be after this information&apos;s “%2” (%3): information is handled after it is reported. Please enter the time it was really reported.</translation>
    </message>
    <message>
        <source>新的突发事件报送时限会改变已登记的突发事件的时限，改写其是否迟报（如%1，事发时间 %2，%3）。请保留原时限，另起一行写“%4起：”（或以后的日期），其下写自该日起改变的时限，如“一般=60,180”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The new emergency report limits would change the limits of registered emergencies and rewrite whether they were late (such as %1, event time %2, %3). Keep the old limits, start a new line “%4起：” (or a later date) and write below it the limits that change from that day, such as “一般=60,180”.</translation>
    </message>
    <message>
        <source>未编号的一件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>one without a number</translation>
    </message>
    <message>
        <source>采用级别“%1”不对，应为%2之一。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The adoption level “%1” is not valid; it must be one of %2.</translation>
    </message>
    <message>
        <source>采用级别“%1”与采用情况中最高的“%2级”不一致：请改正其中之一。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The adoption level “%1” does not match the highest level in the adoptions, “%2”: correct one of them.</translation>
    </message>
    <message>
        <source>没有找到信息编号为“%1”的首报：本单位没有这件信息（导入时，表中也没有，或首报那一行未能导入）。请先导入或登记首报；不是续报的，请不填“续报”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No first report numbered “%1” was found: the office has no such information (on import: the sheet has none either, or the first report&apos;s row was not imported). Import or register the first report first; if it is no follow-up, leave “续报” (follow-up) empty.</translation>
    </message>
    <message>
        <source>没有填写状态，却填了“%1”：请填写相应的状态（%2），或不填“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>There is no state, but “%1” is filled in: give the matching state (%2), or leave “%1” empty.</translation>
    </message>
    <message>
        <source>“已作废”只能经“作废”办理（作废的编号不再使用）：请登记后再按步骤作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“已作废” (voided) comes only by the “作废” (void) step (a voided number is not used again): register it, then void it by the step.</translation>
    </message>
    <message>
        <source>状态“%1”是信息科办理中的一步，导入不能重建（缺少：%2）：请不填状态（导入为“待接收”），再按步骤办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The state “%1” is a step of the information section&apos;s work that an import cannot rebuild (missing: %2): leave the state empty (it is imported as “待接收”, to be received) and do the steps.</translation>
    </message>
    <message>
        <source>状态为“%1”，却填了“%2”，只有“%3”的信息才有。请填写相应的状态，或不填“%2”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The state is “%1”, but “%2” is filled in, which only information in “%3” has. Give the matching state, or leave “%2” empty.</translation>
    </message>
    <message>
        <source>状态为“%1”，却填了“%2”：采用和批示只有编发以后（%3）的信息才有。请填写相应的状态，或不填“%2”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The state is “%1”, but “%2” is filled in: only information past editing (%3) has adoptions and instructions. Give the matching state, or leave “%2” empty.</translation>
    </message>
    <message>
        <source>采用情况中有%1级采用，状态应为“%2”（现为“%3”）：请改正状态或采用情况。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The adoptions include one at level %1, so the state should be “%2” (it is “%3”): correct the state or the adoptions.</translation>
    </message>
    <message>
        <source>（导入）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>(imported)</translation>
    </message>
    <message>
        <source>计分标准的一行“%1”看不懂，应写成“市级采用=10”（或“2027-01-01起：”开始一段新标准）；项目可用：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The scoring line “%1” cannot be read; write it as “市级采用=10” (or “2027-01-01起：” to start new points); the items are: %2.</translation>
    </message>
    <message>
        <source>计分标准的“%1”不对：应是一个日期，且晚于前一段标准的起始日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The scoring line “%1” is wrong: it must be a date, later than the start of the points before it.</translation>
    </message>
    <message>
        <source>期间“%1”看不懂。请写年（2026）、季度（2026-Q1）或月份（2026-03）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The period “%1” cannot be read. Write a year (2026), a quarter (2026-Q1) or a month (2026-03).</translation>
    </message>
    <message>
        <source>月份“%1”不对，应为 1–12。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The month “%1” is wrong; it must be 1–12.</translation>
    </message>
    <message>
        <source>从环节</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>From step</translation>
    </message>
    <message>
        <source>件数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Records</translation>
    </message>
    <message>
        <source>本期无退回</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No work was sent back in this period</translation>
    </message>
    <message>
        <source>次数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Times</translation>
    </message>
    <message>
        <source>退回 %1 次（%2 件，每百件 %3 次）；上期 %4 次，去年同期 %5 次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sent back %1 times (%2 records, %3 per 100); previous period %4, same period last year %5</translation>
    </message>
    <message>
        <source>退回情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Work sent back</translation>
    </message>
    <message>
        <source>退回次数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Times sent back</translation>
    </message>
    <message>
        <source>退回至</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Back to</translation>
    </message>
    <message>
        <source>用户：%1 %4（%2，密级权限：%3）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>User: %1, %4 (%2, clearance: %3)</translation>
    </message>
    <message>
        <source>90%分位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>90th pct.</translation>
    </message>
    <message>
        <source>三多</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meetings and papers</translation>
    </message>
    <message>
        <source>三多每月情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meetings and documents per month</translation>
    </message>
    <message>
        <source>上期按时率</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On time, previous</translation>
    </message>
    <message>
        <source>中位用时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Median days</translation>
    </message>
    <message>
        <source>中位用时环比</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Median vs previous</translation>
    </message>
    <message>
        <source>中位用时（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Median (working days)</translation>
    </message>
    <message>
        <source>交核查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Send for checking</translation>
    </message>
    <message>
        <source>件次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Count</translation>
    </message>
    <message>
        <source>会议时长（小时）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting hours</translation>
    </message>
    <message>
        <source>会议次数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>会议超过控制目标的月份：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Months over the meeting target: %1.</translation>
    </message>
    <message>
        <source>全部单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>All units</translation>
    </message>
    <message>
        <source>共 %1 条；双击或按 Enter 打开记录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 records; double-click or press Enter to open one.</translation>
    </message>
    <message>
        <source>办件量</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Volume</translation>
    </message>
    <message>
        <source>去年同月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Same month last year</translation>
    </message>
    <message>
        <source>去年同期按时率</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On time, last year</translation>
    </message>
    <message>
        <source>各事项效能</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency by procedure</translation>
    </message>
    <message>
        <source>各环节用时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Time per step</translation>
    </message>
    <message>
        <source>各环节用时占比（%）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Share of time per step (%)</translation>
    </message>
    <message>
        <source>同比</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Year on year</translation>
    </message>
    <message>
        <source>处理意见（可不填）：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Remarks (optional):</translation>
    </message>
    <message>
        <source>处理结果：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Action:</translation>
    </message>
    <message>
        <source>完成</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>完成件数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>开始</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>打印效能告诫书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print warning letter</translation>
    </message>
    <message>
        <source>打印效能通报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print efficiency bulletin</translation>
    </message>
    <message>
        <source>打印核查通知书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print checking notice</translation>
    </message>
    <message>
        <source>按人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By person</translation>
    </message>
    <message>
        <source>按经办人（各环节）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By handler of the steps</translation>
    </message>
    <message>
        <source>按单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By unit</translation>
    </message>
    <message>
        <source>按文种/类别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By kind/category</translation>
    </message>
    <message>
        <source>按时率</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>按时率同比</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On time vs last year</translation>
    </message>
    <message>
        <source>按时率（%）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On-time rate (%)</translation>
    </message>
    <message>
        <source>排名所属事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Procedure ranked</translation>
    </message>
    <message>
        <source>排名维度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Rank by</translation>
    </message>
    <message>
        <source>控制目标</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Target</translation>
    </message>
    <message>
        <source>收文用时最多的环节：%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Incoming documents spend most time at: %1.</translation>
    </message>
    <message>
        <source>效能</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>效能分页</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency pages</translation>
    </message>
    <message>
        <source>效能投诉</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>效能明细：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Records behind: %1</translation>
    </message>
    <message>
        <source>效能概要</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency summary</translation>
    </message>
    <message>
        <source>效能通报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency bulletin</translation>
    </message>
    <message>
        <source>明细记录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Records</translation>
    </message>
    <message>
        <source>最长</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Longest</translation>
    </message>
    <message>
        <source>期间 %1 至 %2（工作日计；环比：%3 至 %4；同比：去年同期）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Period %1 to %2 (working days; previous: %3 to %4; year on year: same period last year).</translation>
    </message>
    <message>
        <source>核查单位：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Checking unit:</translation>
    </message>
    <message>
        <source>核查情况：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Findings:</translation>
    </message>
    <message>
        <source>核查结论</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Finding</translation>
    </message>
    <message>
        <source>概况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>每月会议次数与控制目标</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meetings per month and target</translation>
    </message>
    <message>
        <source>每月完成件数与中位用时（收文）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Completed and median days per month (incoming)</translation>
    </message>
    <message>
        <source>环比</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Vs previous</translation>
    </message>
    <message>
        <source>环节</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Steps</translation>
    </message>
    <message>
        <source>环节所属事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>瓶颈环节</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bottleneck</translation>
    </message>
    <message>
        <source>瓶颈环节：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bottleneck: %1</translation>
    </message>
    <message>
        <source>用时占比</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Share of time</translation>
    </message>
    <message>
        <source>用时合计</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Total days</translation>
    </message>
    <message>
        <source>用时（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Working days</translation>
    </message>
    <message>
        <source>登记效能投诉</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register complaint</translation>
    </message>
    <message>
        <source>结论：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Finding:</translation>
    </message>
    <message>
        <source>统计开始日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Period start</translation>
    </message>
    <message>
        <source>统计结束日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Period end</translation>
    </message>
    <message>
        <source>计时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Measured</translation>
    </message>
    <message>
        <source>逾期未办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>项目</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <source>领导会议负担</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Leaders&apos; meeting load</translation>
    </message>
    <message>
        <source>全程</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Whole procedure</translation>
    </message>
    <message>
        <source>按时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On time</translation>
    </message>
    <message>
        <source>超时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Late</translation>
    </message>
    <message>
        <source>待核查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To check</translation>
    </message>
    <message>
        <source>核查中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Checking</translation>
    </message>
    <message>
        <source>效能通报发文字号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency bulletin document number</translation>
    </message>
    <message>
        <source>通报的发文字号，如 云委办通〔2026〕3号：效能页打印时填入“发文字号”一栏（命令行 print efficiency --number），此处是那一栏的预填值；留空则印“机关代字〔年份〕&#x3000;&#x3000;号”，序号留空待编号后手填。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The bulletin&apos;s document number, e.g. 云委办通〔2026〕3号: typed into the “Doc. no.” box of the efficiency page when printing (command line: print efficiency --number); this is what that box starts with. Left blank, “office code〔year〕&#x3000;&#x3000;号” is printed with the number left for handwriting.</translation>
    </message>
    <message>
        <source>序号印后手填</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>number by hand</translation>
    </message>
    <message>
        <source>通报发文字号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bulletin document number</translation>
    </message>
    <message>
        <source>本期效能通报的发文字号，如 云委办通〔2026〕3号；留空则序号留白，编号后手填</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This bulletin&apos;s document number, e.g. 云委办通〔2026〕3号; left blank, the number is left for handwriting once it is given</translation>
    </message>
    <message>
        <source>发文字号：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Doc. no.:</translation>
    </message>
    <message>
        <source>已编号发文 %1 件，收文 %2 件，在办 %3 件，逾期 %4 件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Numbered outgoing: %1, incoming: %2, in progress: %3, overdue: %4</translation>
    </message>
    <message>
        <source>全年会议 %1 个，共 %2 小时（含筹备中、尚未召开的，已取消的不计）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This year: %1 meetings, %2 hours (including those in preparation or still to come; cancelled ones not counted).</translation>
    </message>
    <message>
        <source>档号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Archive number</translation>
    </message>
    <message>
        <source>核查通知日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sent for checking on</translation>
    </message>
    <message>
        <source>核查时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Checking due</translation>
    </message>
    <message>
        <source>核查完成日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>不采用理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason for not using</translation>
    </message>
    <message>
        <source>首报的信息编号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Number of the first report</translation>
    </message>
    <message>
        <source>受理日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>回报日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reported back on</translation>
    </message>
    <message>
        <source>延期批准人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Extension approved by</translation>
    </message>
    <message>
        <source>复查复核</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review or re-examination</translation>
    </message>
    <message>
        <source>复查复核申请日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review requested on</translation>
    </message>
    <message>
        <source>复查复核答复日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review answered on</translation>
    </message>
    <message>
        <source>复查复核意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>复查申请日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First review requested on</translation>
    </message>
    <message>
        <source>复查答复日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First review answered on</translation>
    </message>
    <message>
        <source>复查意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First review opinion</translation>
    </message>
    <message>
        <source>记录号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>新建%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New record — %1</translation>
    </message>
    <message>
        <source>修改%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit record — %1</translation>
    </message>
    <message>
        <source>新建收文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New incoming document</translation>
    </message>
    <message>
        <source>修改收文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit incoming document</translation>
    </message>
    <message>
        <source>新建发文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New outgoing document</translation>
    </message>
    <message>
        <source>修改发文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit outgoing document</translation>
    </message>
    <message>
        <source>新建单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New unit</translation>
    </message>
    <message>
        <source>修改单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>新建人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New person</translation>
    </message>
    <message>
        <source>修改人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>新建职级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New rank</translation>
    </message>
    <message>
        <source>修改职级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit rank</translation>
    </message>
    <message>
        <source>新建会议室</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New meeting room</translation>
    </message>
    <message>
        <source>修改会议室</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit meeting room</translation>
    </message>
    <message>
        <source>修改督查事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit supervised item</translation>
    </message>
    <message>
        <source>新建信访</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New petition</translation>
    </message>
    <message>
        <source>修改信访</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit petition</translation>
    </message>
    <message>
        <source>新建信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New reported item</translation>
    </message>
    <message>
        <source>修改信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit reported item</translation>
    </message>
    <message>
        <source>新建效能投诉</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>修改效能投诉</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit complaint</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>收文处理笺</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handling slip</translation>
    </message>
    <message>
        <source>传阅单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Circulation slip</translation>
    </message>
    <message>
        <source>催办单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>发文稿纸</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Draft sheet</translation>
    </message>
    <message>
        <source>公文（正式文件）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Official document</translation>
    </message>
    <message>
        <source>信访受理（不予受理）告知书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition acceptance (non-acceptance) notice</translation>
    </message>
    <message>
        <source>信访事项答复意见书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition reply</translation>
    </message>
    <message>
        <source>信访事项转送单（交办单）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition forwarding/assignment slip</translation>
    </message>
    <message>
        <source>效能投诉核查通知书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaint checking notice</translation>
    </message>
    <message>
        <source>效能告诫书</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency warning letter</translation>
    </message>
    <message>
        <source>信息刊物（简报）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information periodical (briefing)</translation>
    </message>
    <message>
        <source>信息工作通报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information work bulletin</translation>
    </message>
    <message>
        <source>信息接收回执</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information receipt</translation>
    </message>
    <message>
        <source>把信访件 %1 转为督查事项吗？转后即编督查编号。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Turn petition %1 into a supervised item? It takes a supervision number at once.</translation>
    </message>
    <message>
        <source>删除附件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <source>确定删除附件“%1”吗？删除后不能恢复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete the attachment “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>删除节假日调整</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete holiday adjustment</translation>
    </message>
    <message>
        <source>确定删除 %1（%2）这一天的调整吗？该年的期限将重新计算。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete the adjustment of %1 (%2)? The deadlines of that year will be computed again.</translation>
    </message>
    <message>
        <source>撤销代理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>End substitute</translation>
    </message>
    <message>
        <source>确定撤销 %1 由 %2 代理（%3 至 %4）吗？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>End %2 acting for %1 (%3 to %4)?</translation>
    </message>
    <message>
        <source>起</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>From</translation>
    </message>
    <message>
        <source>止</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To</translation>
    </message>
    <message>
        <source>2026-12-03 09:00 或 2026年12月3日9时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>2026-12-03 09:00 or 2026/12/3 9:00</translation>
    </message>
    <message>
        <source>多个单位用“、”隔开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Separate several units with “、”</translation>
    </message>
    <message>
        <source>只能延期一次，延长 %1 日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Can be extended once only, by %1 days</translation>
    </message>
    <message>
        <source>只能延期一次，延长 %1 个工作日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Can be extended once only, by %1 working days</translation>
    </message>
    <message>
        <source>接收后 %1 日内</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Within %1 day(s) of receipt</translation>
    </message>
    <message>
        <source>请先选择要打印的记录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Select the records to print first</translation>
    </message>
    <message>
        <source>信息类别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information categories</translation>
    </message>
    <message>
        <source>每行一个类别；报送时从中选择。“突发事件”按一事一报计时。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One category a line; reports choose from them. “突发事件” (sudden events) are timed one report per event.</translation>
    </message>
    <message>
        <source>信息计分标准</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information scoring</translation>
    </message>
    <message>
        <source>每行：项目=分值。项目：报送、县级采用、市级采用、省级采用、中央采用、批示。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One a line: item=points. Items: 报送 (reported), 县级采用, 市级采用, 省级采用, 中央采用 (used at county, city, province, central level), 批示 (instruction).</translation>
    </message>
    <message>
        <source>每行：项目=分值。项目：报送、县级采用、市级采用、省级采用、中央采用、批示。改标准时保留原标准，另起一行写“2027-01-01起：”，其下写自该日起改变的分值；今天以前已计的分不能改变（已发的信息工作通报不变）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One a line: item=points. Items: 报送 (reported), 县级采用, 市级采用, 省级采用, 中央采用 (used at county, city, province, central level), 批示 (instruction). To change the table keep the old one and add a line “2027-01-01起：” with the points that change from that day; points counted before today cannot change (an information bulletin once issued stays as it was).</translation>
    </message>
    <message>
        <source>突发事件报送时限（分钟）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sudden events: report limits (minutes)</translation>
    </message>
    <message>
        <source>每行：事件级别=电话报告时限,书面报告时限（自事发时间起，分钟），特别重大、重大、较大、一般四级都要写，电话报告时限不长于书面报告时限。改时限时保留原时限，另起一行写“2027-01-01起：”，其下写自该日起改变的时限；已登记事件的时限不能改变（迟报不因改设置而消失）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One a line: event level=telephone report limit,written report limit (minutes from the event), for all four levels 特别重大, 重大, 较大 and 一般; the telephone limit no longer than the written one. To change the limits keep the old ones and add a line “2027-01-01起：” with the limits that change from that day; the limits of events registered already cannot change (a late report does not vanish with a setting).</translation>
    </message>
    <message>
        <source>突发事件：离时限多少分钟时亮黄灯</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sudden events: minutes before the limit that show yellow</translation>
    </message>
    <message>
        <source>信访：属检举控告党员、公职人员的问题类别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions: categories that accuse Party members or public servants</translation>
    </message>
    <message>
        <source>每行一个；这些类别的信访不进入60日办理程序，应告知信访人向纪检监察机关提出或转送纪检监察机关（《信访工作条例》第三十二条）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One a line; petitions in these categories do not enter the 60-day procedure: the petitioner is told to turn to the discipline inspection and supervision organ, or the petition is forwarded to it (Regulations on Letters and Visits, art. 32).</translation>
    </message>
    <message>
        <source>信访：受理检举控告的纪检监察机关名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions: the discipline inspection and supervision organ that takes accusations</translation>
    </message>
    <message>
        <source>告知书中写明的机关，如“县纪委监委”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The organ the notice names, e.g. “县纪委监委”.</translation>
    </message>
    <message>
        <source>加急收文办理时限（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Limit of urgent incoming documents (working days)</translation>
    </message>
    <message>
        <source>特急收文办理时限（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Limit of very urgent incoming documents (working days)</translation>
    </message>
    <message>
        <source>本机关主要负责人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Principal head of this office</translation>
    </message>
    <message>
        <source>请示由主要负责人签发（《党政机关公文处理工作条例》）；填写后，其他人签发请示将被拒绝。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Requests (请示) are signed by the principal head (Regulations on the Handling of Official Documents); once filled in, anyone else signing a request is refused.</translation>
    </message>
    <message>
        <source>可签发其他公文的负责人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Heads who may sign other documents</translation>
    </message>
    <message>
        <source>每行一个姓名；留空则不限。主要负责人总可以签发。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One name a line; empty: anyone. The principal head may always sign.</translation>
    </message>
    <message>
        <source>恢复前自动另存的数据库保留份数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Copies kept of the database saved before a restore</translation>
    </message>
    <message>
        <source>每次从备份恢复前，当前数据库会另存到备份文件夹；只保留最近的这些份数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Before each restore from a backup the current database is saved to the backup folder; only this many of the latest are kept.</translation>
    </message>
    <message>
        <source>导入一个文件最多几行</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Most rows imported from one file</translation>
    </message>
    <message>
        <source>更大的文件请分成几个文件导入</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Split a larger file into several and import them one by one</translation>
    </message>
    <message>
        <source>公文格式（按文种）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Document format (by type)</translation>
    </message>
    <message>
        <source>每项写“文种=格式”，用分号或换行分隔，格式为文件格式、信函格式、纪要格式或命令格式，例如“通知=信函格式；函=文件格式”。未写的文种：函用信函格式，纪要用纪要格式，命令（令）用命令格式，其余用文件格式。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Each item “type=format”, separated by semicolons or new lines; the format is 文件格式 (document), 信函格式 (letter), 纪要格式 (minutes) or 命令格式 (command), e.g. “通知=信函格式；函=文件格式”. Types not named: 函 as a letter, 纪要 as minutes, 命令（令） as a command, all others as a document.</translation>
    </message>
    <message>
        <source>座次表过宽时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>When the seating chart is too wide</translation>
    </message>
    <message>
        <source>一排座位在 A4 横向放不下时：分页（按排序分左右几页）或改用 A3 纸。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>When a row of seats does not fit across A4 landscape: split into pages (left to right by seat order) or print on A3.</translation>
    </message>
    <message>
        <source>分页</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Split into pages</translation>
    </message>
    <message>
        <source>效能通报版式</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency bulletin layout</translation>
    </message>
    <message>
        <source>文件格式：红色发文机关标志“××文件”和红色分隔线；信函格式：标志距纸张上边 30 毫米，红色双线。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Document: the red issuing-organ mark “××文件” and a red rule; letter: the mark 30 mm from the top of the paper, red double lines.</translation>
    </message>
    <message>
        <source>文件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>信函</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>效能通报主送机关</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency bulletin: main recipients</translation>
    </message>
    <message>
        <source>效能投诉：办结时限（工作日，自登记起）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaints: limit to close (working days from registration)</translation>
    </message>
    <message>
        <source>效能投诉：核查时限（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaints: limit to check (working days)</translation>
    </message>
    <message>
        <source>会议负担统计：级别不大于此数的人员算作领导</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting load: people whose rank number is at most this count as leaders</translation>
    </message>
    <message>
        <source>会议通知至少提前（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting notices at least (working days ahead)</translation>
    </message>
    <message>
        <source>发文办理时限（工作日，拟稿至印发）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Outgoing documents: limit (working days, draft to issue)</translation>
    </message>
    <message>
        <source>发文从拟稿到印发超过此数即为超时；按时率以此计算。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An outgoing document that takes longer from drafting to issue is late; the on-time rate is counted by it.</translation>
    </message>
    <message>
        <source>三多控制：每月发文不超过（件，0 表示按去年同月倍数）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Control: documents a month at most (0: by the ratio to last year&apos;s month)</translation>
    </message>
    <message>
        <source>三多控制：每月会议不超过（次，0 表示按去年同月倍数）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Control: meetings a month at most (0: by the ratio to last year&apos;s month)</translation>
    </message>
    <message>
        <source>三多控制：每月不超过去年同月的倍数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Control: at most this ratio of last year&apos;s month</translation>
    </message>
    <message>
        <source>如 0.9：今年每月会议、发文不超过去年同月的九成。下面按月定数的目标优先。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>E.g. 0.9: each month&apos;s meetings and documents stay within nine tenths of last year&apos;s month. The monthly numbers below take precedence.</translation>
    </message>
    <message>
        <source>信访：转送后有权处理机关决定是否受理期限（日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions: days for the competent organ to decide on acceptance after forwarding</translation>
    </message>
    <message>
        <source>《信访工作条例》第二十三条：收到转送的信访事项后应在此期限内决定是否受理并告知信访人。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Regulations on Letters and Visits, art. 23: an organ that receives a forwarded petition decides within this time whether to accept it and tells the petitioner.</translation>
    </message>
    <message>
        <source>红黄绿</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Red, yellow, green</translation>
    </message>
    <message>
        <source>蓝黄红</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blue, yellow, red</translation>
    </message>
    <message>
        <source>蓝橙红</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blue, orange, red</translation>
    </message>
    <message>
        <source>效能投诉编号前缀</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaint number prefix</translation>
    </message>
    <message>
        <source>信息编号前缀</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information number prefix</translation>
    </message>
    <message>
        <source>日期最晚可晚于今天（年）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Dates at most this many years after today</translation>
    </message>
    <message>
        <source>时限等日期不得晚于今天往后这些年。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadlines and other dates may not be later than this many years ahead.</translation>
    </message>
    <message>
        <source>日期最早可早于今天（年）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Dates at most this many years before today</translation>
    </message>
    <message>
        <source>登记、导入的日期不得早于今天往前这些年；导入多年前的台账时可调大。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Dates registered or imported may not be earlier than this many years back; raise it to import old registers.</translation>
    </message>
    <message>
        <source>如 2026-3-5</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. 2026-3-5</translation>
    </message>
    <message>
        <source>如 2026-3-5 9:30</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. 2026-3-5 9:30</translation>
    </message>
    <message>
        <source>不填（%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Optional (%1)</translation>
    </message>
    <message>
        <source>从日历中选择（Alt+↓）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Pick from a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>问题清单</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Problems</translation>
    </message>
    <message>
        <source>记录号 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>record no. %1</translation>
    </message>
    <message>
        <source>联合发文机关</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Joint issuing organs</translation>
    </message>
    <message>
        <source>联合行文时填写其他发文机关，用顿号分隔；本机关（主办）不填</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>For a joint document: the other issuing organs, separated by 、; not this office (the lead)</translation>
    </message>
    <message>
        <source>恢复后按级别重新排列并立即保存，人工调整的座次将丢失。确定恢复吗？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The seats are arranged again by rank and saved at once; the seats adjusted by hand are lost. Restore the rule&apos;s arrangement?</translation>
    </message>
    <message>
        <source>确定会议通知已经发出吗？记为已发后不能撤回：通知内容即固定，此后改动时间或地点，须印发更正通知。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Has the meeting notice been sent? Once recorded as sent this cannot be undone: the notice is fixed, and a later change of time or place needs a correction notice.</translation>
    </message>
    <message>
        <source>取消通知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cancellation notice</translation>
    </message>
    <message>
        <source>更正通知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Correction notice</translation>
    </message>
    <message>
        <source>单位更名</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Rename unit</translation>
    </message>
    <message>
        <source>%1 个岗位（单位或分管）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 post(s) (unit or in charge)</translation>
    </message>
    <message>
        <source>%1 %2 件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>和</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> and </translation>
    </message>
    <message>
        <source>更名后，使用该单位的%1随之改为新名称。确定把“%2”更名为“%3”吗？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>After the rename, what uses this unit changes to the new name: %1. Rename “%2” to “%3”?</translation>
    </message>
    <message>
        <source>已转送</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>转送告知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Transfer notice</translation>
    </message>
    <message>
        <source>，</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1（%2）：%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 level</translation>
    </message>
    <message>
        <source>%1（%2批准）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (approved by %2)</translation>
    </message>
    <message>
        <source>（代录：%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> (entered by %1)</translation>
    </message>
    <message>
        <source>（代理%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> (acting for %1)</translation>
    </message>
    <message>
        <source>1月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Jan</translation>
    </message>
    <message>
        <source>2月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Feb</translation>
    </message>
    <message>
        <source>3月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Mar</translation>
    </message>
    <message>
        <source>4月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Apr</translation>
    </message>
    <message>
        <source>5月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>May</translation>
    </message>
    <message>
        <source>6月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Jun</translation>
    </message>
    <message>
        <source>7月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Jul</translation>
    </message>
    <message>
        <source>8月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Aug</translation>
    </message>
    <message>
        <source>9月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sep</translation>
    </message>
    <message>
        <source>10月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Oct</translation>
    </message>
    <message>
        <source>11月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Nov</translation>
    </message>
    <message>
        <source>12月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Dec</translation>
    </message>
    <message>
        <source>查找%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Find %1</translation>
    </message>
    <message>
        <source>%1列表</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 list</translation>
    </message>
    <message>
        <source>%1或%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, or %2</translation>
    </message>
    <message>
        <source>%1的%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the %2 of %1</translation>
    </message>
    <message>
        <source>分管%1的%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the %2 in charge of %1</translation>
    </message>
    <message>
        <source>本单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the unit</translation>
    </message>
    <message>
        <source>该单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the unit</translation>
    </message>
    <message>
        <source>拟办意见呈请的%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the %1 the proposed handling names</translation>
    </message>
    <message>
        <source>请先填写议定事项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please enter the decision first.</translation>
    </message>
    <message>
        <source>延长事项或其中一项任务的办结时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Extend the deadline of the item or of one of its tasks</translation>
    </message>
    <message>
        <source>撤销误录的办结，事项回到办理中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Undo a closing entered by mistake; the item is in progress again</translation>
    </message>
    <message>
        <source>是</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>经办人：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>代谁录入（纸质件上决定催办的人）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Recorded for whom (who decided the reminder on paper)</translation>
    </message>
    <message>
        <source>未登记催办（%1）：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No reminder recorded (%1): %2</translation>
    </message>
    <message>
        <source>改正任务的牵头单位、时限、交办日期等；未填写的项不变</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Correct a task&apos;s lead unit, deadline, date assigned and so on; what is left blank stays as it is</translation>
    </message>
    <message>
        <source>要清空的项，用、隔开（协办单位、责任人、办理要求）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Items to clear, separated by 、 (co-units, person responsible, requirements)</translation>
    </message>
    <message>
        <source>改正所选任务的牵头单位、时限、交办日期等。清空协办单位、责任人或办理要求即清除该项；带 * 的项不能清空。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Correct the selected task&apos;s lead unit, deadline, date assigned and so on. Emptying the co-units, person responsible or requirements clears them; items marked * cannot be emptied.</translation>
    </message>
    <message>
        <source>%1的人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>staff of %1</translation>
    </message>
    <message>
        <source>无人能办理（%1），请管理员调整审批链</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>nobody can do it (%1); ask the administrator to change the approval chain</translation>
    </message>
    <message>
        <source>排版提示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Layout note</translation>
    </message>
    <message>
        <source>联合发文机关较多，版头列出全部机关名称时首页放不下标题和正文：发文机关标志只用主办机关名称“%1”（《党政机关公文处理工作条例》第九条：联合行文时可以单独用主办机关名称），签发人仍按发文机关顺序全部列出。如需列出全部机关名称，请缩短标题。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Many organs issue this jointly: with every organ&apos;s name in the head, page 1 has no room for the title and the text, so the issuing-organ mark uses the lead organ&apos;s name “%1” alone (Regulations on the Handling of Official Documents of Party and Government Organs, Article 9: a joint document may use the lead organ&apos;s name alone); every signer is still listed in the organs&apos; order. To list every organ&apos;s name, shorten the title.</translation>
    </message>
    <message>
        <source>新科室</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New section</translation>
    </message>
    <message>
        <source>确是新科室吗？点“确定”新建；写错了请点“取消”后改正。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Is this really a new section? Click OK to create it; if it is misspelt, click Cancel and correct it.</translation>
    </message>
    <message>
        <source>我的待办（%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>My to-do (%1)</translation>
    </message>
    <message>
        <source>我已送出、等待办理（%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sent on, waiting for others (%1)</translation>
    </message>
    <message>
        <source>自动：有用户设置了职务后即按审批链把关；是：始终把关；否：不把关（只记录谁办理）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Auto: the chain is enforced once any user has a position set; Yes: always enforced; No: not enforced (only who did each step is recorded).</translation>
    </message>
    <message>
        <source>每行一步：步骤 岗位[@本单位|@分管|@单位名][或…] [N日]</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One step a line: step position[@本单位|@分管|@unit name][或…] [N日]</translation>
    </message>
    <message>
        <source>每行一步：步骤 岗位[@本单位|@分管|@单位名][或…] [N日]；留空则同一般审批链</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One step a line: step position[@本单位|@分管|@unit name][或…] [N日]; left empty, the general chain applies</translation>
    </message>
    <message>
        <source>审批链：发文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chain: outgoing</translation>
    </message>
    <message>
        <source>审批链：发文（请示）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chain: outgoing (request for instructions)</translation>
    </message>
    <message>
        <source>审批链：发文（绝密）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chain: outgoing (top secret)</translation>
    </message>
    <message>
        <source>审批链：收文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chain: incoming</translation>
    </message>
    <message>
        <source>审批链：收文（绝密）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chain: incoming (top secret)</translation>
    </message>
    <message>
        <source>审批链：督查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chain: supervision</translation>
    </message>
    <message>
        <source>审批链：信访</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chain: petitions</translation>
    </message>
    <message>
        <source>可看全办待办概况的职务</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Positions that see the office overview</translation>
    </message>
    <message>
        <source>这些职务、管理员和有代录权限的文书在工作台上还能看到全办的待办概况。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>These positions, administrators and clerks allowed proxy entry also see the office&apos;s to-do overview on the dashboard.</translation>
    </message>
    <message>
        <source>职务表（每行一个，由低到高）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Positions (one a line, lowest first)</translation>
    </message>
    <message>
        <source>用户的职务从这张表中选；审批链的每一步写由哪个职务办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Users&apos; positions are chosen from this table; each step of an approval chain names the position that does it.</translation>
    </message>
    <message>
        <source>信息审批链中的“本单位”“分管”指这个科室（如 信息科、信息处）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In the information approval chain, @本单位 (own unit) and @分管 (in charge) mean this section (e.g. 信息科, 信息处).</translation>
    </message>
    <message>
        <source>%1只统计了%2（打印账号的密级权限为“%3”），通报上已写明这一统计范围。需要包含全部密级的数字时，请由密级权限为“%4”的人员打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1 counts only %2 (the printing account&apos;s clearance is “%3”); the bulletin states this scope. For figures that include every classification level, have someone cleared for “%4” print it.</translation>
    </message>
    <message>
        <source>非密事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>unclassified items</translation>
    </message>
    <message>
        <source>非密信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>unclassified information items</translation>
    </message>
    <message>
        <source>密级为%1及以下的事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>items classified “%1” or below</translation>
    </message>
    <message>
        <source>密级为%1及以下的信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>information items classified “%1” or below</translation>
    </message>
    <message>
        <source>“%1”已存在。要用这份 PDF 替换它吗？它原有的内容将丢失。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” already exists. Replace it with this PDF? Its present content will be lost.</translation>
    </message>
    <message>
        <source>按信访人提出申请之日判断期限：答复后已办结的，期限内提出的申请仍可登记，信访件重新打开；事后补录的，“日期”（命令行 --on）写提出申请之日。期限已过的信访（已答复或已办结）不再列出此步骤，期限内提出而未登记的，用命令行 officedesk step petitions &lt;id&gt; 复查申请（复核申请） --on 提出日期 补录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The limit is judged by the day the petitioner asked: a petition closed after its reply still takes a request made within the limit, and is reopened; entered later, the “Date” (--on on the command line) is the day it was made. Once the limit has passed, a petition (replied or closed) no longer lists this step; a timely request not yet entered is entered with officedesk step petitions &lt;id&gt; 复查申请 (复核申请) --on &lt;the day it was made&gt;.</translation>
    </message>
    <message>
        <source>突发事件登记后才来的电话报告：记一次，按来电时间（晚于时限的仍算迟报）；已收到书面报告的，来电在它之前：时间先填书面报告时间（与不记电话报告同样计时），请改为实际来电时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A phone report of an emergency that came after it was registered: recorded once, at the time of the call (after its limit it is still late); when the written report is already recorded, the call came before it: the time starts at the written report&apos;s (timed as if no phone report were recorded), change it to the actual time of the call</translation>
    </message>
    <message>
        <source>督查时限留空的，按议定事项的时限；时限已过或没有时限的，按督查的默认时限（自今天立项起算），已过的议定时限写入督查事项内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision deadline left empty: the decision&apos;s own time limit; when it has passed or there is none, supervision&apos;s default deadline (counted from today, the day it is registered), and a passed time limit is written into the item&apos;s content</translation>
    </message>
    <message>
        <source>纪要日期错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes date error</translation>
    </message>
    <message>
        <source>议定事项错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision error</translation>
    </message>
    <message>
        <source>第 %1 项议定事项的时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the deadline of decision %1</translation>
    </message>
    <message>
        <source>删除信访人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete petitioner</translation>
    </message>
    <message>
        <source>第 %1 行的信访人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the petitioner in row %1</translation>
    </message>
    <message>
        <source>删除信访人“%1”？这一行已填写的内容将一并删除，不能恢复。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete petitioner “%1”? Everything typed in this row is deleted and cannot be restored.</translation>
    </message>
    <message>
        <source>办理对象</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>留空即本人办理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: done by yourself</translation>
    </message>
    <message>
        <source>经办人错误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handled by error</translation>
    </message>
    <message>
        <source>分发名单中有一行没有填写单位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A line of the distribution list has no unit.</translation>
    </message>
    <message>
        <source>“%1”一行的份号要写起止两个号。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The line “%1” needs both the first and the last copy number.</translation>
    </message>
    <message>
        <source>默认 %1 个工作日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>By default %1 working days</translation>
    </message>
    <message>
        <source>每人持有 %1 个工作日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 working days per reader</translation>
    </message>
    <message>
        <source>办理时限 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handle by %1</translation>
    </message>
    <message>
        <source>任务时限不晚于 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Task deadlines no later than %1</translation>
    </message>
    <message>
        <source>传阅人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Readers</translation>
    </message>
    <message>
        <source>可多个，用、隔开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Several allowed, separated by 、</translation>
    </message>
    <message>
        <source>工作日，留空按设置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Working days; blank: as set</translation>
    </message>
    <message>
        <source>按传阅顺序，用、隔开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In reading order, separated by 、</translation>
    </message>
    <message>
        <source>留空同办理时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: the handling deadline</translation>
    </message>
    <message>
        <source>初审不合要求的，写明理由退回</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Return what fails the first check, with the reason</translation>
    </message>
    <message>
        <source>把领导批示转为督查事项（两边互相关联）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Turn the leader&apos;s instruction into a supervised item (linked both ways)</translation>
    </message>
    <message>
        <source>补全或更正登记项目（来文机关、来文字号、标题、密级……）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complete or correct the registration (sender, reference, title, classification …)</translation>
    </message>
    <message>
        <source>领导批示；代领导录入时写明批示领导</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The leader&apos;s instruction; when entering it for the leader, name the leader</translation>
    </message>
    <message>
        <source>不同意</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>不同意时写明理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Give the reason when disagreeing</translation>
    </message>
    <message>
        <source>会签结果</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersign answer</translation>
    </message>
    <message>
        <source>分发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>审核人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>每行“单位 份数 [起-止份号]”，或用；隔开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One a line: “unit copies [first-last copy number]”, or separated by ；</translation>
    </message>
    <message>
        <source>用、隔开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Separated by 、</translation>
    </message>
    <message>
        <source>留空自动取下一个号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: the next number</translation>
    </message>
    <message>
        <source>留空即为办理人本人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: the one doing this step</translation>
    </message>
    <message>
        <source>经复核，审批手续、内容、文种、格式无误</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Rechecked: approvals, content, type and format are in order</translation>
    </message>
    <message>
        <source>会签单位不同意时，由签发人记录协调决定，之后方可签发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>When a countersigning unit disagrees, the signer records the decision; then it can be signed off</translation>
    </message>
    <message>
        <source>分管领导审核（审批链中有“审核”时，签发前须先审核）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review by the leader in charge (where the approval chain has it, before sign-off)</translation>
    </message>
    <message>
        <source>复核后取发文字号（在本步骤的事务中取号，不会重号）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>After the recheck, take the document number (taken within this step: never twice)</translation>
    </message>
    <message>
        <source>拟稿中修改稿件内容；联合发文改动后，联合发文机关须重新会签</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Change the draft while it is being drafted; a joint document changed is countersigned again by its co-issuing organs</translation>
    </message>
    <message>
        <source>涉密文件每个单位须写份号范围</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A classified document needs a copy-number range for each unit</translation>
    </message>
    <message>
        <source>签发人写明意见、姓名和日期；成文日期即签发日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The signer gives opinion, name and date; the document date is the sign-off date</translation>
    </message>
    <message>
        <source>退回审批链中的前一步（写明理由），历史中留下往返</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Send back to an earlier step of the approval chain (with the reason); the history keeps the round trip</translation>
    </message>
    <message>
        <source>机构代码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Organisation code</translation>
    </message>
    <message>
        <source>如 BGS</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. BGS</translation>
    </message>
    <message>
        <source>不填表示未计页数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: pages not counted</translation>
    </message>
    <message>
        <source>分解</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assign task</translation>
    </message>
    <message>
        <source>重新打开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>办结情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Completion report</translation>
    </message>
    <message>
        <source>任务序号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Task no.</translation>
    </message>
    <message>
        <source>原因</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>只延长这个牵头单位的任务；留空延长事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Extend only this lead unit&apos;s task; blank: the item</translation>
    </message>
    <message>
        <source>牵头单位；只有一项未办结任务时可不填</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Lead unit; may be blank when only one task is open</translation>
    </message>
    <message>
        <source>留空催办全部</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: remind all</translation>
    </message>
    <message>
        <source>留空则同事项办结时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: the item&apos;s deadline</translation>
    </message>
    <message>
        <source>交办给一个牵头单位，时限不晚于事项的办结时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assign to one lead unit, with a deadline no later than the item&apos;s deadline</translation>
    </message>
    <message>
        <source>各项任务办结后，事项办结（按期或逾期按时限判断）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Close the item once every task is done (on time or late, by its deadline)</translation>
    </message>
    <message>
        <source>给临期、逾期、反馈逾期的任务发催办（逐次升级）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Remind the tasks due soon, overdue or late to report (each reminder one level up)</translation>
    </message>
    <message>
        <source>发通知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Send notice</translation>
    </message>
    <message>
        <source>召开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Held</translation>
    </message>
    <message>
        <source>请假</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On leave</translation>
    </message>
    <message>
        <source>缺席</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>议定事项转督查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decision to supervision</translation>
    </message>
    <message>
        <source>取消原因</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>首次签到即标记会议已召开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The first sign-in marks the meeting as held</translation>
    </message>
    <message>
        <source>满意</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>满意度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>原件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Original</translation>
    </message>
    <message>
        <source>原件的信访编号或 id</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The original&apos;s petition number or id</translation>
    </message>
    <message>
        <source>回报期限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Report-back deadline</translation>
    </message>
    <message>
        <source>复查（复核）意见；复核意见为终结意见，信访件随之办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Review (re-review) opinion; a re-review opinion is final and closes the petition</translation>
    </message>
    <message>
        <source>转送、交办须写明去向单位；交办还须写明回报期限；不予受理须写明理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Transfer and assignment need the receiving unit, assignment also the report-back deadline; non-acceptance needs the reason</translation>
    </message>
    <message>
        <source>如 市委办《每日要情》第12期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. 市委办《每日要情》第12期</translation>
    </message>
    <message>
        <source>不采用须写明理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Give the reason when not adopted</translation>
    </message>
    <message>
        <source>原稿保留，编辑稿另存</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The original is kept; the edited text is saved beside it</translation>
    </message>
    <message>
        <source>最近一条领导批示立为督查事项，两边互相关联</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The latest leader&apos;s instruction becomes a supervised item, linked both ways</translation>
    </message>
    <message>
        <source>由信息科长或分管主任签发（审批链）；领导在纸上签的，由有代录权限的经办人代录；职务留空按签发人的岗位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Signed off by the information section&apos;s head or the director in charge (approval chain); a leader&apos;s paper sign-off is entered by a clerk allowed to enter for others; blank post: the signer&apos;s own</translation>
    </message>
    <message>
        <source>编入该刊物正在编辑的一期（排在最后）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Into the issue of that periodical being edited (last)</translation>
    </message>
    <message>
        <source>被上级刊物采用；一件信息可被多级采用，各计分</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adopted by a higher periodical; an item may be adopted at several levels, each scored</translation>
    </message>
    <message>
        <source>处理结果为“其他”时必填</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Required when the action is “Other”</translation>
    </message>
    <message>
        <source>留空：请核查单位于核查时限前核查并报送核查情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: the unit is asked to verify and report back before the deadline</translation>
    </message>
    <message>
        <source>联合发文须送各联合发文机关会签（由其负责人签署）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A joint document goes to each joint issuing organ for countersigning (by its head)</translation>
    </message>
    <message>
        <source>会签单位不同意时，由签发人记录协调决定（代录时写明签发人），之后由其签发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>When a countersigning unit disagrees, the signer records the coordinated decision (when entered for him, name the signer) and then signs</translation>
    </message>
    <message>
        <source>签发人写明意见、姓名和日期；成文日期即签发日期（联合发文须各联合发文机关会签后签发）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The signer writes the opinion, name and date; the document date is the signing date (a joint document is signed after each joint issuing organ has countersigned)</translation>
    </message>
    <message>
        <source>删除误分解的任务（其反馈一并删除，删除前的内容留在历史记录中）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete a task split by mistake (its reports go with it; what it held stays in the history)</translation>
    </message>
    <message>
        <source>查看敏感信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>View personal data</translation>
    </message>
    <message>
        <source>登录失败</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>锁定账号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Lock account</translation>
    </message>
    <message>
        <source>修改角色</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Change role</translation>
    </message>
    <message>
        <source>修改密级权限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Change clearance</translation>
    </message>
    <message>
        <source>修改岗位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Change post</translation>
    </message>
    <message>
        <source>启用账号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>停用账号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>初始设置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First setup</translation>
    </message>
    <message>
        <source>修改设置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Change setting</translation>
    </message>
    <message>
        <source>备份</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Backup</translation>
    </message>
    <message>
        <source>恢复数据</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>重新取号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reissue number</translation>
    </message>
    <message>
        <source>添加附件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>任务</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Task</translation>
    </message>
    <message>
        <source>恢复办理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>登记出席</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>冲突仍保存</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Saved despite conflict</translation>
    </message>
    <message>
        <source>排座</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seating</translation>
    </message>
    <message>
        <source>转督查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To supervision</translation>
    </message>
    <message>
        <source>“%1”最多 %2 个字，现在是 %3 个。请删减%4。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” takes at most %2 characters; it has %3. Please shorten it%4.</translation>
    </message>
    <message>
        <source>，或把长文放进附件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>, or put the long text in an attachment</translation>
    </message>
    <message>
        <source>（空）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1：%2 → %3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>办理人：%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Done by: %1</translation>
    </message>
    <message>
        <source>%1（代录：%2 %3%4）%5</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (entered by %2 at %3%4)%5</translation>
    </message>
    <message>
        <source>，纸质件日期 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>, paper dated %1</translation>
    </message>
    <message>
        <source> 退回至“%1”：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> returned to “%1”: %2</translation>
    </message>
    <message>
        <source>%1（代理%2）%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (acting for %2)%3</translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>（未注明）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>在办：截至期末已交办、尚未办结的任务；逾期未办结：办理时限在期末之前（含期末）、期末当天过完仍未办结的任务，不论何时交办（统计截至今天的，今天到期的任务计入应办结，今天过完才算逾期）；逾期天数：已结束的期间算至期末次日（期末当天到期的为1天），统计截至今天的算至今天；办结、按期办结、逾期办结：在本期内办结的任务，办结日期不晚于时限的为按期办结；应办结：办理时限在期末之前（含期末）、期初尚未办结的任务，加上本期内提前办结的任务，尚未到期的任务不计入；办结率＝办结÷应办结，按期办结率＝按期办结÷应办结；各单位按按期办结率由低到高排列，相同的再按办结率，再按单位名称音序。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Open: tasks assigned and not yet completed at the end of the period; overdue and not completed: tasks whose deadline falls on or before the end of the period and that are still not completed when its last day is over, whenever they were assigned (counted up to today, a task due today is due but overdue only once today is over); days overdue: for a period that has ended, counted to the day after its end (a task due on the last day is 1 day overdue); counted up to today, to today; completed, on time, late: tasks completed within the period, on time when completed no later than their deadline; due: tasks whose deadline falls on or before the end of the period and that were not completed at its start, plus tasks completed early within the period; tasks not yet due are not counted; completion rate = completed ÷ due, on-time rate = completed on time ÷ due; units are listed by on-time rate from lowest to highest, then by completion rate, then by name.</translation>
    </message>
    <message>
        <source>重算结果</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadlines recounted</translation>
    </message>
    <message>
        <source>已添加 %1（%2）；重算期限 %3 件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Added %1 (%2); deadlines recounted: %3.</translation>
    </message>
    <message>
        <source>已删除 %1（%2）的调整；重算期限 %3 件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Removed the adjustment of %1 (%2); deadlines recounted: %3.</translation>
    </message>
    <message>
        <source>替换节假日调整</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Replace holiday adjustment</translation>
    </message>
    <message>
        <source>%1 已有调整：%2。改为%3吗？原来的类型和说明将被替换，该年的期限将重新计算。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 already has an adjustment: %2. Change it to %3? The old kind and note are replaced and the year&apos;s deadlines are recounted.</translation>
    </message>
    <message>
        <source>已将 %1 由 %2 改为 %3；重算期限 %4 件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Changed %1 from %2 to %3; deadlines recounted: %4.</translation>
    </message>
    <message>
        <source>%1 年的放假和调休已全部录入</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>All holidays and make-up days of %1 entered</translation>
    </message>
    <message>
        <source>录入国务院办公厅公布的该年全部放假和调休上班日后勾选；未勾选时，该年的期限标“暂按”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Tick once every holiday and make-up working day the State Council&apos;s General Office published for the year is entered; until then the year&apos;s deadlines are marked “provisional”.</translation>
    </message>
    <message>
        <source>已标记 %1 年已全部录入，该年的期限不再标“暂按”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 marked as entered whole: its deadlines are no longer provisional.</translation>
    </message>
    <message>
        <source>已取消 %1 年的标记，该年的期限标“暂按”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 no longer marked: its deadlines are provisional.</translation>
    </message>
    <message>
        <source>%1月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>上报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Send up</translation>
    </message>
    <message>
        <source>中央采用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adopted (central)</translation>
    </message>
    <message>
        <source>书面报告</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Written report</translation>
    </message>
    <message>
        <source>事发时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Event time</translation>
    </message>
    <message>
        <source>信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information</translation>
    </message>
    <message>
        <source>信息刊物</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information periodicals</translation>
    </message>
    <message>
        <source>信息工作排名</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information work ranking</translation>
    </message>
    <message>
        <source>信息数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Items</translation>
    </message>
    <message>
        <source>信息编号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item no.</translation>
    </message>
    <message>
        <source>信息详情</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item details</translation>
    </message>
    <message>
        <source>全年</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>刊物</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Periodicals</translation>
    </message>
    <message>
        <source>刊物各期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issues of the periodicals</translation>
    </message>
    <message>
        <source>刊物：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Periodical:</translation>
    </message>
    <message>
        <source>办理过程见右侧详情。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The steps are shown in the details on the right.</translation>
    </message>
    <message>
        <source>印发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issue</translation>
    </message>
    <message>
        <source>县级采用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adopted (county)</translation>
    </message>
    <message>
        <source>各单位得分</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Points per unit</translation>
    </message>
    <message>
        <source>名次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <source>已编发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Published</translation>
    </message>
    <message>
        <source>已采用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>市级采用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adopted (city)</translation>
    </message>
    <message>
        <source>待初审</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Awaiting screening</translation>
    </message>
    <message>
        <source>待接收</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Awaiting receipt</translation>
    </message>
    <message>
        <source>得分</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <source>总期号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Running no.</translation>
    </message>
    <message>
        <source>所在一期刊物</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Its issue of the periodical</translation>
    </message>
    <message>
        <source>打印信息单据</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print information papers</translation>
    </message>
    <message>
        <source>打印信息工作通报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print the information work bulletin</translation>
    </message>
    <message>
        <source>打印这一期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print this issue</translation>
    </message>
    <message>
        <source>批示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>报送</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reported</translation>
    </message>
    <message>
        <source>报送单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>报送时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>报送时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reporting limits</translation>
    </message>
    <message>
        <source>报送计时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Report clock</translation>
    </message>
    <message>
        <source>排名</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>接收</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Receive</translation>
    </message>
    <message>
        <source>接收回执</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>期号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issue no.</translation>
    </message>
    <message>
        <source>期间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Period</translation>
    </message>
    <message>
        <source>登记报送的信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register a reported item</translation>
    </message>
    <message>
        <source>省级采用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adopted (province)</translation>
    </message>
    <message>
        <source>突发事件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Emergencies</translation>
    </message>
    <message>
        <source>第一季度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Q1</translation>
    </message>
    <message>
        <source>第二季度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Q2</translation>
    </message>
    <message>
        <source>第三季度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Q3</translation>
    </message>
    <message>
        <source>第四季度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Q4</translation>
    </message>
    <message>
        <source>续报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>续报：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Follow-up: </translation>
    </message>
    <message>
        <source>编发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Publish</translation>
    </message>
    <message>
        <source>编辑</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edit</translation>
    </message>
    <message>
        <source>编辑签发中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Being edited or signed</translation>
    </message>
    <message>
        <source>选择一条信息查看详情。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Select an item to see its details.</translation>
    </message>
    <message>
        <source>采用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>采用情况</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>首报：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>First report: </translation>
    </message>
    <message>
        <source>不填则为本机关名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Leave empty for the office&apos;s own name</translation>
    </message>
    <message>
        <source>刊物名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Periodical name</translation>
    </message>
    <message>
        <source>刊物设置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Periodical settings</translation>
    </message>
    <message>
        <source>发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To (down)</translation>
    </message>
    <message>
        <source>报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To (up)</translation>
    </message>
    <message>
        <source>此前已出总期数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issues published before</translation>
    </message>
    <message>
        <source>编发单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Publishing unit</translation>
    </message>
    <message>
        <source>送</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To (copy)</translation>
    </message>
    <message>
        <source>附件名称，每行一个</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Attachment names, one per line</translation>
    </message>
    <message>
        <source>按计分标准计算，导入时重新计算</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Counted by the scoring rules; worked out again on import</translation>
    </message>
    <message>
        <source>印发刊物</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issue the periodical</translation>
    </message>
    <message>
        <source>印发《%1》%2年第%3期（总第%4期，%5条信息）？
印发后这一期即发出，不能撤回，也不能再编入或改动信息。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issue %1 no. %3 of %2 (no. %4 overall, %5 items)?
Once issued it goes out: it cannot be taken back, and no item can be added to it or changed.</translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 天 %2 小时</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 小时 %2 分钟</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>书面迟报 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Written report %1 late</translation>
    </message>
    <message>
        <source>电话迟报 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Phone report %1 late</translation>
    </message>
    <message>
        <source>按时报送</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reported in time</translation>
    </message>
    <message>
        <source>书面报告超时 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Written report %1 overdue</translation>
    </message>
    <message>
        <source>电话报告超时 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Phone report %1 overdue</translation>
    </message>
    <message>
        <source>书面报告剩 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Written report due in %1</translation>
    </message>
    <message>
        <source>电话 %1 前，书面 %2 前</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Phone by %1, written by %2</translation>
    </message>
    <message>
        <source>原稿：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Original: </translation>
    </message>
    <message>
        <source>编辑稿：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edited: </translation>
    </message>
    <message>
        <source>原稿</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Original</translation>
    </message>
    <message>
        <source>编辑稿</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edited version</translation>
    </message>
    <message>
        <source>%1年第%2期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <source>总第%1期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Running no. %1</translation>
    </message>
    <message>
        <source>不采用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not used</translation>
    </message>
    <message>
        <source>待编辑</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Awaiting editing</translation>
    </message>
    <message>
        <source>待签发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <source>待编发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Awaiting publication</translation>
    </message>
    <message>
        <source>已上报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sent up</translation>
    </message>
    <message>
        <source>已作废</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Void</translation>
    </message>
    <message>
        <source>平急</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Urgent (routine)</translation>
    </message>
    <message>
        <source>编辑中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Being edited</translation>
    </message>
    <message>
        <source>已印发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>报送人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>事件级别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Event level</translation>
    </message>
    <message>
        <source>电话报告时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Phone report at</translation>
    </message>
    <message>
        <source>书面报告时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Written report at</translation>
    </message>
    <message>
        <source>编发期号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Published in</translation>
    </message>
    <message>
        <source>采用级别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adoption level</translation>
    </message>
    <message>
        <source>结论</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>编辑后标题</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edited title</translation>
    </message>
    <message>
        <source>编辑后正文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Edited text</translation>
    </message>
    <message>
        <source>另起新一期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Start a new issue</translation>
    </message>
    <message>
        <source>上报级别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sent up to</translation>
    </message>
    <message>
        <source>上报时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sent up at</translation>
    </message>
    <message>
        <source>采用刊物</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adopted in</translation>
    </message>
    <message>
        <source>采用日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adoption date</translation>
    </message>
    <message>
        <source>批示日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Instruction date</translation>
    </message>
    <message>
        <source>督查时限</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision deadline</translation>
    </message>
    <message>
        <source>承办信息工作的科室</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Section doing the information work</translation>
    </message>
    <message>
        <source>审批链：信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Approval chain: information</translation>
    </message>
    <message>
        <source>信息：接收后初审期限（日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information: days for screening after receipt</translation>
    </message>
    <message>
        <source>采</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Use</translation>
    </message>
    <message>
        <source>不采</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Do not use</translation>
    </message>
    <message>
        <source>信息科长</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Head of the information section</translation>
    </message>
    <message>
        <source>分管主任</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deputy director in charge</translation>
    </message>
    <message>
        <source>涉密信息刊物逐份编份号。印制份数，或只补印其中一份：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Each copy of a classified issue carries its own copy number. Copies to print, or reprint a single copy:</translation>
    </message>
    <message>
        <source>电话报告</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Phone report</translation>
    </message>
    <message>
        <source>计分说明</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>How the points are counted</translation>
    </message>
    <message>
        <source>报送按报送时间计分，县级采用按刊物印发日期计分（编入尚未印发的一期不计分），上级采用和领导批示按其日期计分。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reports count on their report time; a county adoption counts on the date its issue of the periodical is issued (an item placed in an issue not yet issued earns nothing); adoptions higher up and leaders&apos; instructions count on their own dates.</translation>
    </message>
    <message>
        <source>统计期间：%1（%2至%3）；报送单位 %4 个；刊物：%5。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Period: %1 (%2 to %3); %4 reporting units; periodicals: %5.</translation>
    </message>
    <message>
        <source>%1（印发 %2 期）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2 issues issued)</translation>
    </message>
    <message>
        <source>期间内未印发刊物</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>no issue issued in the period</translation>
    </message>
    <message>
        <source>%1、%2、%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1、%2、%3、%4</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>删除空期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Remove empty issue</translation>
    </message>
    <message>
        <source>删除《%1》%2年第%3期（总第%4期）？
其后未印发的各期期号、总期号依次提前一号。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Remove %1, %2 issue %3 (overall no. %4)?
The later issues not yet issued each move up one number, in the year and overall.</translation>
    </message>
    <message>
        <source>信息工作通报发文字号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information bulletin document number</translation>
    </message>
    <message>
        <source>信息工作通报的发文字号，如 云委办通〔2026〕4号（命令行 print info-ranking --number 可为本期另给）；留空则印“机关代字〔年份〕&#x3000;&#x3000;号”，序号留空待编号后手填。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The information bulletin&apos;s document number, e.g. 云委办通〔2026〕4号 (the command line print info-ranking --number gives one for a single print); left empty, the paper shows the organ code and year with the number blank, to be written in by hand.</translation>
    </message>
    <message>
        <source>信息工作通报主送机关</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Information bulletin: main recipients</translation>
    </message>
    <message>
        <source>信息报送单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Units reporting information</translation>
    </message>
    <message>
        <source>应向本机关报送信息的单位，每行一个（也可用“、”分开）：信息工作通报列出其中本期未报送信息的单位；留空则不列。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The units expected to report information to this office, one per line (or separated by “、”): the information bulletin names those that reported nothing in its period; left empty, none are named.</translation>
    </message>
    <message>
        <source>剩 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>已超 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 天</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>剩余时间</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Time left</translation>
    </message>
    <message>
        <source>信息专报</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Special Report</translation>
    </message>
    <message>
        <source>工作动态</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Work Update</translation>
    </message>
    <message>
        <source>每日要情</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Daily Digest</translation>
    </message>
    <message>
        <source>社情民意</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Public Opinion</translation>
    </message>
    <message>
        <source>经验做法</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Good Practice</translation>
    </message>
    <message>
        <source>问题建议</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Problems and Suggestions</translation>
    </message>
    <message>
        <source>特别重大</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Extremely serious</translation>
    </message>
    <message>
        <source>重大</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Serious</translation>
    </message>
    <message>
        <source>较大</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Major</translation>
    </message>
    <message>
        <source>信息批示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Instruction on information</translation>
    </message>
    <message>
        <source>县</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>County</translation>
    </message>
    <message>
        <source>市</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>City</translation>
    </message>
    <message>
        <source>省</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Province</translation>
    </message>
    <message>
        <source>中央</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Central</translation>
    </message>
    <message>
        <source>登记收到，出具接收回执（info-receipt）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register the receipt and issue a receipt (info-receipt)</translation>
    </message>
    <message>
        <source>突发事件收到书面报告，计时停止</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Written report of the emergency received; the clock stops</translation>
    </message>
    <message>
        <source>投诉人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>投诉方式</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>How received</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaint type</translation>
    </message>
    <message>
        <source>投诉编号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Complaint No.</translation>
    </message>
    <message>
        <source>被投诉单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unit complained of</translation>
    </message>
    <message>
        <source>被投诉人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Person complained of</translation>
    </message>
    <message>
        <source>受理人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Received by (clerk)</translation>
    </message>
    <message>
        <source>核查单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Verifying unit</translation>
    </message>
    <message>
        <source>处理结果</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>不作为</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Inaction</translation>
    </message>
    <message>
        <source>乱作为</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Misconduct</translation>
    </message>
    <message>
        <source>办事拖拉</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Slow handling</translation>
    </message>
    <message>
        <source>吃拿卡要</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Extortion</translation>
    </message>
    <message>
        <source>态度生硬</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Rudeness</translation>
    </message>
    <message>
        <source>推诿扯皮</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Buck-passing</translation>
    </message>
    <message>
        <source>属实</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Substantiated</translation>
    </message>
    <message>
        <source>部分属实</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Partly substantiated</translation>
    </message>
    <message>
        <source>不属实</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unsubstantiated</translation>
    </message>
    <message>
        <source>不予处理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No action</translation>
    </message>
    <message>
        <source>效能告诫</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Efficiency warning</translation>
    </message>
    <message>
        <source>诫勉</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Admonition</translation>
    </message>
    <message>
        <source>通报批评</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Public criticism</translation>
    </message>
    <message>
        <source>永久</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>定期30年</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>30 years</translation>
    </message>
    <message>
        <source>定期10年</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>10 years</translation>
    </message>
    <message>
        <source>受理告知：%1 前</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Acceptance notice: by %1</translation>
    </message>
    <message>
        <source>%1 年的法定节假日和调休安排尚未全部录入，落在该年的期限暂按周末计算，标“%2”。国务院办公厅公布后，请管理员在“工具 → 节假日调整”中录入该年全部放假和调休上班的日子，再标记为已全部录入，期限将自动重算。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The public holidays and make-up working days of %1 have not all been entered: deadlines in that year count weekends only and are marked “%2”. Once the State Council&apos;s General Office publishes them, the administrator enters every holiday and make-up working day under Tools → Holidays and marks the year as entered; the deadlines are recomputed.</translation>
    </message>
    <message>
        <source>暂按</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>provisional</translation>
    </message>
    <message>
        <source>%1年</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1年第一季度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Q1 %1</translation>
    </message>
    <message>
        <source>%1年第二季度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Q2 %1</translation>
    </message>
    <message>
        <source>%1年第三季度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Q3 %1</translation>
    </message>
    <message>
        <source>%1年第四季度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Q4 %1</translation>
    </message>
    <message>
        <source>%1：%2 前</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: by %2</translation>
    </message>
    <message>
        <source>转送交办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Transfer or assign</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>收文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>发文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>督查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>信访</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>签收→办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>receipt → done</translation>
    </message>
    <message>
        <source>拟稿→印发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>drafting → issued</translation>
    </message>
    <message>
        <source>交办→办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>assigned → done</translation>
    </message>
    <message>
        <source>登记→答复（转送、不予受理：→告知）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>registered → reply (transferred or not accepted: → notice)</translation>
    </message>
    <message>
        <source>登记→办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>registered → done</translation>
    </message>
    <message>
        <source>三多控制</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meetings/papers control</translation>
    </message>
    <message>
        <source>初审</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Screening</translation>
    </message>
    <message>
        <source>未按期反馈</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Report not in on time</translation>
    </message>
    <message>
        <source>（未填）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>办理时限 ●%1灯</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Time limit ● %1</translation>
    </message>
    <message>
        <source>%1 开会（%2）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting at %1 (%2)</translation>
    </message>
    <message>
        <source>%1 开会</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting at %1</translation>
    </message>
    <message>
        <source>报名截止 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Registration closes at %1</translation>
    </message>
    <message>
        <source>%1年%2月会议%3次，超过控制目标%4次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1-%2: %3 meetings, over the target of %4</translation>
    </message>
    <message>
        <source>%1年%2月发文%3件，超过控制目标%4件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1-%2: %3 documents issued, over the target of %4</translation>
    </message>
    <message>
        <source>【突发】%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>[Emergency] %1</translation>
    </message>
    <message>
        <source>%1 %2：%3</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>数据库检查的结果可能涉及任何密级的记录，须由密级权限为“%1”的管理员进行，或由管理员在本机运行 officedesk check。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The database check may report records of any classification: it must be run by an administrator cleared for “%1”, or by an administrator on this computer with officedesk check.</translation>
    </message>
    <message>
        <source>数据库检查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>the database check</translation>
    </message>
    <message>
        <source>答复送达</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reply served</translation>
    </message>
    <message>
        <source>答复送达日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reply served on</translation>
    </message>
    <message>
        <source>送达日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Served on</translation>
    </message>
    <message>
        <source>“日期”写信访人收到书面答复（答复意见书，或复查意见书）之日，以送达回证或邮件签收为准；复查、复核申请的 30 日自此日起算（《信访工作条例》第三十五、三十六条）。未登记的，自答复之日起算。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“Date” is the day the petitioner received the written answer (the reply, or the review&apos;s answer), as the proof of service or the post&apos;s receipt shows; the 30 days for a review or re-examination request run from it (《信访工作条例》arts. 35, 36). Not entered, they run from the day of the answer.</translation>
    </message>
    <message>
        <source>复核意见是终结意见，此后不再受理复查、复核申请，无须登记送达。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The re-examination&apos;s answer is final: no review or re-examination is accepted after it, so its service need not be entered.</translation>
    </message>
    <message>
        <source>这件信访没有可申请复查、复核的书面答复（尚未答复、转送、不予受理，或复查复核正在办理），无须登记送达。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This petition has no written answer a review could be asked of (not answered yet, transferred, not accepted, or a review under way): there is no service to enter.</translation>
    </message>
    <message>
        <source>送达日期（%1）不能早于%2的答复日期（%3）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The service date (%1) cannot be earlier than the day the %2 was given (%3).</translation>
    </message>
    <message>
        <source>%1申请应在 %2 前提出（自答复之日起计），已超过期限，不予受理。信访人收到书面答复晚于答复日期的，请先登记“答复送达”，写明其收到之日（以送达回证为准）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A %1 request had to be made by %2 (counted from the day of the answer): it is late and not accepted. If the petitioner received the written answer later than it was given, enter “Reply served” first with the day he received it (as the proof of service shows).</translation>
    </message>
    <message>
        <source>收到答复之日起 %1 个工作日内申请复查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A review may be requested within %1 working days of receiving the reply</translation>
    </message>
    <message>
        <source>收到复查意见之日起 %1 个工作日内申请复核</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A re-examination may be requested within %1 working days of receiving the review&apos;s answer</translation>
    </message>
    <message>
        <source>收到答复之日起 %1 日内申请复查</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A review may be requested within %1 days of receiving the reply</translation>
    </message>
    <message>
        <source>收到复查意见之日起 %1 日内申请复核</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A re-examination may be requested within %1 days of receiving the review&apos;s answer</translation>
    </message>
    <message>
        <source>%1申请日期（%2）已超过申请期限（%3：自 %4 收到答复之日起 30 日内，《信访工作条例》第三十五条）：这样的申请不予受理，不能作为%1登记。请核对日期；往年台账中的，请按往年台账导入（--history）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1 request date (%2) is past its limit (%3: within 30 days of receiving the answer on %4, 《信访工作条例》art. 35): such a request is not accepted and cannot be entered as a %1. Check the date; for a past register, import it as one (--history).</translation>
    </message>
    <message>
        <source>填了“答复送达日期”，但这件信访没有可申请复查、复核的书面答复（未答复、转送、不予受理，或已复核终结）：请改正或不填。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“Reply served on” is filled in, but this petition has no written answer a review could be asked of (not answered, transferred, not accepted, or closed by a re-examination): correct it or leave it empty.</translation>
    </message>
    <message>
        <source>“答复送达日期”（%1）不能早于所送达答复的答复日期（%2）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“Reply served on” (%1) cannot be earlier than the day the answer served was given (%2).</translation>
    </message>
    <message>
        <source>“答复送达日期”（%1）不能晚于今天。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“Reply served on” (%1) cannot be later than today.</translation>
    </message>
    <message>
        <source>%1 到期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>due %1</translation>
    </message>
    <message>
        <source>重建索引</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Search index rebuilt</translation>
    </message>
    <message>
        <source>%1的信息顺序在您打开后已被他人调整（或有信息编入、作废），您的排序没有保存，他人的调整保留。请重新打开这一期，按现在的顺序重新排序。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Someone else has changed the order of the items in %1 since you opened it (or an item was edited in or voided): your order was not saved and theirs stands. Please open the issue again and reorder it as it now stands.</translation>
    </message>
    <message>
        <source>%1编入了信息，不是空期，不能删除；请由涉密权限足够的人员把信息移出或作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 holds items: it is not empty and cannot be removed. Please ask someone cleared high enough to move its items out or void them.</translation>
    </message>
    <message>
        <source>%1编入了 %2 条信息，不是空期，不能删除；请先把信息移出或作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 holds %2 items: it is not empty and cannot be removed. Please move its items out or void them first.</translation>
    </message>
    <message>
        <source>调整顺序…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reorder…</translation>
    </message>
    <message>
        <source>调整这一期的信息顺序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reorder the items of this issue</translation>
    </message>
    <message>
        <source>调整信息顺序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reorder the items</translation>
    </message>
    <message>
        <source>《%1》%2年第%3期：选中一条信息，用“上移”“下移”调整顺序，再保存。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, %2 no. %3: select an item, move it with “Move up” and “Move down”, then save.</translation>
    </message>
    <message>
        <source>本期信息（按顺序）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Items of this issue (in order)</translation>
    </message>
    <message>
        <source>重新读取</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reload</translation>
    </message>
    <message>
        <source>重新读取现在的顺序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reload the order as it is now</translation>
    </message>
    <message>
        <source>“状态”写“%1”的事项须按办结日期办结（填写“办结日期”和“牵头单位”），由日期判断为按期办结或逾期办结。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An item whose “状态” reads “%1” is closed by its 办结日期 (fill in “办结日期” and “牵头单位”): the dates decide whether it was closed on time or late.</translation>
    </message>
    <message>
        <source>“%1”对您是遮盖显示的，不能按它筛选。需要时请管理员或领导查询。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is masked for you: the list cannot be filtered by it. Ask an administrator or a leader when you need it.</translation>
    </message>
    <message>
        <source>“%1”对您是遮盖显示的，不能按它排序。需要时请管理员或领导查询。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is masked for you: the list cannot be sorted by it. Ask an administrator or a leader when you need it.</translation>
    </message>
    <message>
        <source>会议从 %1 开到 %2，长达 %3 天，超过 %4 天：请核对结束时间的年份和月份。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting runs from %1 to %2, %3 days, more than %4 days: check the year and month of the end time.</translation>
    </message>
    <message>
        <source>旁听</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Observer</translation>
    </message>
    <message>
        <source>旁听人员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Observers</translation>
    </message>
    <message>
        <source>涉密会议的文件逐份编份号。印制份数（默认每位参加人一份）：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Each copy of a classified meeting&apos;s paper carries its own copy number. Copies to print (one per participant by default):</translation>
    </message>
    <message>
        <source>登记签到</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record sign-in sheet</translation>
    </message>
    <message>
        <source>已到</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Present</translation>
    </message>
    <message>
        <source>清空</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Clear</translation>
    </message>
    <message>
        <source>按签到表逐人登记：已到、缺席、未签到（改回）写姓名，请假每行“姓名：原因”；首次签到即标记会议已召开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Record the sign-in sheet person by person: names under present, absent or not signed in (taken back), on leave one a line as “name：reason”; the first sign-in marks the meeting as held</translation>
    </message>
    <message>
        <source>姓名，用、隔开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Names, separated by 、</translation>
    </message>
    <message>
        <source>每行一人：姓名：请假原因</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One person a line: name：reason for leave</translation>
    </message>
    <message>
        <source>改回未签到的人员，用、隔开</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>People back to not signed in, separated by 、</translation>
    </message>
    <message>
        <source>改会议的任何一项；议程每行“议题｜汇报单位｜汇报人｜分钟”；“清空=备注、列席人员”清空所列各项；会议室已被占用的一律不能保存（请换会议室或时间）；领导同一时间另有会议或会议室坐不下的，须 --force 写明理由</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Change any item of the meeting; the agenda one item a line as “topic｜reporting unit｜reporter｜minutes”; “清空=备注、列席人员” empties the items named; a room already booked is never saved (choose another room or time); a leader due at another meeting at the same time, or a room too small, needs --force with the reason</translation>
    </message>
    <message>
        <source>议定事项每行“内容｜牵头单位｜时限｜原序号”（写原序号即修改该项）；“清空=议定事项”即本次会议没有议定事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decisions one a line as “content｜lead unit｜deadline｜number now” (a number edits that decision); “清空=议定事项” records that the meeting decided nothing</translation>
    </message>
    <message>
        <source>0 为按设置自动</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>0: automatic, as set</translation>
    </message>
    <message>
        <source>每行一项：议题｜汇报单位｜汇报人｜分钟（后三项可不填）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One a line: topic｜reporting unit｜reporter｜minutes (the last three may be left out)</translation>
    </message>
    <message>
        <source>要清空的项，用、隔开（会议名称、会议类型、密级、开始时间、结束时间不能清空）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The items to empty, separated by 、 (the name, type, classification, start and end cannot be emptied)</translation>
    </message>
    <message>
        <source>不填则保留原有正文</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank keeps the text as it is</translation>
    </message>
    <message>
        <source>每行一项：内容｜牵头单位｜时限｜原序号（写原序号即修改该项）；不填则保留原有各项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One a line: content｜lead unit｜deadline｜number now (a number edits that decision); blank keeps the existing ones</translation>
    </message>
    <message>
        <source>纪要正文、议定事项或期号；清空议定事项即本次会议没有议定事项</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The minutes text, the decisions or the issue no.; emptying the decisions records that the meeting decided nothing</translation>
    </message>
    <message>
        <source>新增的%1按规则排在会场后排</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, added, seated at the back of the hall by the rule</translation>
    </message>
    <message>
        <source>已不参会或请假、缺席的 %1 人已移出</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 no longer attending (removed, on leave or absent) taken out</translation>
    </message>
    <message>
        <source>座次已按人员变化调整：%1。请核对后保存。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The seating was adjusted to the changed attendance: %1. Check it and save.</translation>
    </message>
    <message>
        <source>座次已按人员变化调整：%1；%2。请核对后保存。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The seating was adjusted to the changed attendance: %1; %2. Check it and save.</translation>
    </message>
    <message>
        <source>会议时间和地点已改，已发出的通知不再准确，请重新发通知（打印会议通知，即为更正通知，送达参会人员）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting&apos;s time and place changed: the notice sent out is no longer right. Send a new notice (print the meeting notice: it prints as a corrected notice; get it to everyone).</translation>
    </message>
    <message>
        <source>会议时间已改，已发出的通知不再准确，请重新发通知（打印会议通知，即为更正通知，送达参会人员）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting&apos;s time changed: the notice sent out is no longer right. Send a new notice (print the meeting notice: it prints as a corrected notice; get it to everyone).</translation>
    </message>
    <message>
        <source>会议地点已改，已发出的通知不再准确，请重新发通知（打印会议通知，即为更正通知，送达参会人员）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting&apos;s place changed: the notice sent out is no longer right. Send a new notice (print the meeting notice: it prints as a corrected notice; get it to everyone).</translation>
    </message>
    <message>
        <source>%1报名截止时间（%2）已过，更正通知中不再写报名要求；如仍需报名，请在“修改”中设置新的报名截止时间。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 The registration deadline (%2) has passed: the correction notice no longer asks for the names by it. To take names still, set a new registration deadline in Edit.</translation>
    </message>
    <message>
        <source>逐份印制(&amp;E)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print &amp;every copy</translation>
    </message>
    <message>
        <source>逐份印制</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print every copy</translation>
    </message>
    <message>
        <source>只补印一份(&amp;R)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Reprint one copy only</translation>
    </message>
    <message>
        <source>只补印一份</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reprint one copy only</translation>
    </message>
    <message>
        <source>补印的份号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Copy number to reprint</translation>
    </message>
    <message>
        <source>份数(&amp;C)：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>份号(&amp;N)：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Copy &amp;no.:</translation>
    </message>
    <message>
        <source>涉密公文逐份编份号。印制份数（默认为印制登记的份数），或只补印其中一份：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Each copy of a classified document carries its own copy number. Copies to print (by default as many as were recorded at printing), or reprint a single copy:</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>原密码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输一次新密码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New password again</translation>
    </message>
    <message>
        <source>提示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致，请重新输入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The two new passwords differ. Please type them again.</translation>
    </message>
    <message>
        <source>同姓名</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>same name</translation>
    </message>
    <message>
        <source>同姓名（%1）的信访此前有 %2 件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Earlier petitions by people named %1: %2</translation>
    </message>
    <message>
        <source>这件首报（%1）还有续报未作废：%2。首报作废后，它的续报仍会计入统计和得分，因此不能先作废首报：请作废其续报后再作废首报。续报属于另一事件的，也请先作废，再对该事件的首报重新续报。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This first report (%1) still has follow-ups not voided: %2. A voided first report&apos;s follow-ups would still count in the figures and the scores, so the first report cannot be voided first: void its follow-ups, then the first report. A follow-up of another event: void it too, then report it again as a follow-up of that event&apos;s first report.</translation>
    </message>
    <message>
        <source>这件首报（%1）还有密级高于您权限的续报未作废。首报作废后，它的续报仍会计入统计和得分，因此不能先作废首报：请由涉密权限足够的人员作废其续报后再作废首报。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This first report (%1) has follow-ups classified above your clearance that are not voided. A voided first report&apos;s follow-ups would still count in the figures and the scores, so the first report cannot be voided first: ask a colleague with sufficient clearance to void its follow-ups, then void the first report.</translation>
    </message>
    <message>
        <source>首报（%1）的报送单位不能改为“%2”：续报由首报的报送单位报送，更正首报时它的续报随之更正，但续报 %3 已计分（信息工作通报排名）或已编入印发的刊物，报送单位不能再更正，确有错误的，请在信息工作通报中说明。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The reporting unit of first report (%1) cannot be changed to “%2”: follow-ups are reported by their first report&apos;s unit and are corrected with it, but follow-up %3 has been scored (the information work ranking) or printed in an issued periodical, so its unit can no longer be corrected; if it is wrong, explain it in the information work bulletin.</translation>
    </message>
    <message>
        <source>首报（%1）的报送单位不能改为“%2”：续报由首报的报送单位报送，更正首报时它的续报随之更正，但它有密级高于您权限的续报，请由涉密权限足够的人员更正首报的报送单位。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The reporting unit of first report (%1) cannot be changed to “%2”: follow-ups are reported by their first report&apos;s unit and are corrected with it, but it has follow-ups classified above your clearance: ask a colleague with sufficient clearance to correct the first report&apos;s unit.</translation>
    </message>
    <message>
        <source>会议“%1”的议定事项已转督查，会议已作出决定，不能取消。转成的督查事项密级高于您的权限；如属误转，请由涉密权限足够的人员在“督查”中删除后再取消会议。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Decisions of meeting “%1” were passed to supervision: the meeting has decided and cannot be cancelled. The supervision items made of them are classified above your clearance; if passed by mistake, ask a colleague with sufficient clearance to delete them under Supervision, then cancel the meeting.</translation>
    </message>
    <message>
        <source>信访 %1 是信访 %2 的原件：作废后它们将没有原件。请先把它们重新“标为重复件”到信访人真正提出的那一件，再作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 is the original of petition(s) %2: voided, it would leave them without an original. First mark them again as repeats of the petition the petitioner really made, then void it.</translation>
    </message>
    <message>
        <source>信访 %1 是密级高于您权限的信访的原件：作废后，标为它的重复件的信访将没有原件。请由涉密权限足够的人员先把那些重复件重新“标为重复件”到信访人真正提出的那一件，再作废。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 is the original of petitions classified above your clearance: voided, it would leave its repeats without an original. Ask a colleague with sufficient clearance to mark those repeats again as repeats of the petition the petitioner really made, then void it.</translation>
    </message>
    <message>
        <source>新的突发事件报送时限会改变已登记的突发事件的时限，改写其是否迟报。请保留原时限，另起一行写“%1起：”（或以后的日期），其下写自该日起改变的时限，如“一般=60,180”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The new emergency report limits would change the limits of registered emergencies and rewrite whether they were late. Keep the old limits, start a new line “%1起：” (or a later date) and write below it the limits that change from that day, such as “一般=60,180”.</translation>
    </message>
    <message>
        <source>%1：仍在办理中的记录列有“%2”（%3），其密级高于该用户的密级权限，也高于您的密级权限。请由涉密权限足够的管理员办理（先在这些记录中改换其人，再作此修改）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: records still in work name “%2” (%3) and are classified above that user&apos;s clearance, and above yours too. Ask an administrator with sufficient clearance to do it (first replace the person on those records, then make this change).</translation>
    </message>
    <message>
        <source>每行一个类别（Ctrl+Enter 保存）：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One category a line (Ctrl+Enter saves):</translation>
    </message>
    <message>
        <source>%1（曾用名%2）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (formerly %2)</translation>
    </message>
    <message>
        <source>用户名中有看不见的字符（如从网页或 Word 粘贴带来的零宽空格、方向控制符），会与看上去相同的用户名混淆。请删去后重新输入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The user name holds characters that show nothing (a zero-width space or a direction mark pasted from a web page or Word): it would be taken for a user name that looks the same. Delete them and type it again.</translation>
    </message>
    <message>
        <source>用户名“%1”与已有用户“%2”（%3）只差大小写或全角半角，容易被当作同一个人（签字、代录、审计记录中），请换一个。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The user name “%1” differs from the existing user “%2” (%3) only in upper/lower case or full/half width: the two would be taken for one person (in signatures, 代录 entries and the audit trail). Choose another.</translation>
    </message>
    <message>
        <source>%1没有任何审计记录（在程序之外写入），现为 %2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 has no audit entry at all (written outside the program); it is now %2</translation>
    </message>
    <message>
        <source>%1已在审计记录 %2 中删除，却仍在数据库中，现为 %3（在程序之外写入）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 was deleted in audit entry %2 yet is still in the database, now %3 (written outside the program)</translation>
    </message>
    <message>
        <source>%1现为 %2，与审计记录 %3 中的 %4 不符（在程序之外被改动）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is now %2, which does not match %4 of audit entry %3 (changed outside the program)</translation>
    </message>
    <message>
        <source>%1不见了（审计记录 %2 中设为 %3，在程序之外被删除）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 is gone (set to %3 in audit entry %2; deleted outside the program)</translation>
    </message>
    <message>
        <source>节假日调整（%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Holiday adjustment (%1)</translation>
    </message>
    <message>
        <source>系统设置“%1”（%2）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Setting “%1” (%2)</translation>
    </message>
    <message>
        <source>检索索引中%1第 %2 条记录的密级为“%3”，低于记录本身的“%4”：密级权限不够的用户会在搜索结果中看到它的标题</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In the search index, %1 record no. %2 is marked “%3”, below the record&apos;s own “%4”: users not cleared for it would see its title among search results</translation>
    </message>
    <message>
        <source>检索索引中还有%1 %2 条记录的密级低于记录本身</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In the search index, %2 more %1 records are marked below their own classification</translation>
    </message>
    <message>
        <source>检索索引中%1 %2 条记录的密级与记录本身不同（如第 %3 条）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In the search index, %2 %1 records are marked with another classification than their own (no. %3, for one)</translation>
    </message>
    <message>
        <source>%1 %2 条记录不在检索索引中（如第 %3 条），搜索找不到它们</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%2 %1 records are not in the search index (no. %3, for one): no search finds them</translation>
    </message>
    <message>
        <source>检索索引中有%1 %2 条已不存在的记录（如第 %3 条），搜索会列出它们的标题</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The search index holds %2 %1 records that no longer exist (no. %3, for one): searches would list their titles</translation>
    </message>
    <message>
        <source>检索索引中有 %1 条不属于任何登记簿（%2）的条目</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The search index holds %1 entries of no register (%2)</translation>
    </message>
    <message>
        <source>请管理员运行 officedesk check --reindex 由记录重建检索索引。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Have an administrator run officedesk check --reindex to rebuild the search index from the records.</translation>
    </message>
    <message>
        <source>检索索引与记录不一致（%1 条记录，%2 条索引，%3 条缺失），搜索可能漏掉记录。%4</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The search index does not match the records (%1 records, %2 index entries, %3 missing): searches may miss records. %4</translation>
    </message>
    <message>
        <source>重建检索索引</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>rebuilding the search index</translation>
    </message>
    <message>
        <source>%1。%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1“%2”已有记录在用，不能重复使用（编号台账中没有它或记为作废，与记录不符：台账可能在程序之外被改动，请管理员运行 officedesk check 查明）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1 “%2” is held by a record in use and cannot be used again (the number ledger has no row of it, or marks it voided: the ledger may have been changed outside the program; have an administrator run officedesk check to find out).</translation>
    </message>
    <message>
        <source>%1“%2”用在%3第 %4 条记录上，编号台账中却没有它（台账在程序之外被删除或改动）。不要作废或重新使用这个号；请保留现状，报告管理员并与备份核对。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1 “%2” is held by %3 record no. %4, yet the number ledger has no row of it (the ledger was deleted from or changed outside the program). Do not void or reuse this number; leave things as they are, report it to the administrator and compare with a backup.</translation>
    </message>
    <message>
        <source>%1“%2”在编号台账中记为作废，审计记录中却没有作废它（台账在程序之外被改动）。请保留现状，报告管理员并与备份核对。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” is marked void in the number ledger, but no audit entry voided it (the ledger was changed outside the program). Leave everything as it is, tell the administrator and compare with a backup.</translation>
    </message>
    <message>
        <source>%1“%2”已在审计记录 %3 中作废，编号台账中却记为未作废（台账在程序之外被改动）。这个号不能再用；请保留现状，报告管理员并与备份核对。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” was voided in audit entry %3, but the number ledger shows it as not void (the ledger was changed outside the program). The number must not be used again; leave everything as it is, tell the administrator and compare with a backup.</translation>
    </message>
    <message>
        <source>%1“%2”已在审计记录 %3 中作废，编号台账中却没有它（台账在程序之外被删除）。这个号不能再用；请保留现状，报告管理员并与备份核对。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” was voided in audit entry %3, but the number ledger no longer has it (deleted outside the program). The number must not be used again; leave everything as it is, tell the administrator and compare with a backup.</translation>
    </message>
    <message>
        <source>%1 个工作日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 working d</translation>
    </message>
    <message>
        <source>逾期 %1 个工作日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 working d overdue</translation>
    </message>
    <message>
        <source>剩 %1 个工作日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <source>距期限这么多天以内为临期（信访、收文的提示灯和工作台）；按工作日计算的期限（收文办理时限，信访期限按工作日时）为工作日数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A time limit this many days away or nearer is due soon (the lights of petitions and incoming documents, and the dashboard); working days for a limit counted in working days (an incoming document&apos;s handling limit; petitions&apos; when they count working days).</translation>
    </message>
    <message>
        <source>会议日开始时刻（时）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting day starts at (hour)</translation>
    </message>
    <message>
        <source>会议日结束时刻（时）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting day ends at (hour)</translation>
    </message>
    <message>
        <source>跨日会议的会议时长按每天此时刻至结束时刻计（不计夜间）；当天开完的会议按实际时长计。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A meeting over several days counts its hours each day from this hour to the end hour (not the nights); a meeting within a day counts its actual length.</translation>
    </message>
    <message>
        <source>跨日会议每天计至此时刻；首日从会议开始计，末日计至会议结束。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A meeting over several days counts each day up to this hour; the first day from the meeting&apos;s start, the last day up to its end.</translation>
    </message>
    <message>
        <source>“%1”（%2 时）须晚于“%3”（%4 时）。请调整其中一项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” (%2) must be later than “%3” (%4). Please change one of them.</translation>
    </message>
    <message>
        <source>%1已按原定时间请假；会议时间已改，请向其核实是否仍请假（请假记录保留，可在签到中改回）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 asked for leave for the original time; the meeting&apos;s time has changed: please check whether they still ask for leave (the leave stays recorded; it can be taken back in the sign-in).</translation>
    </message>
    <message>
        <source>已逾期 %1 个工作日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 working days overdue</translation>
    </message>
    <message>
        <source>尚余 %1 个工作日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <source>%1：身份证号 %2，电话 %3，住址 %4</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: ID card no. %2, telephone %3, address %4</translation>
    </message>
    <message>
        <source>跳过了 %1 个号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>skips %1 number(s)</translation>
    </message>
    <message>
        <source>已经使用过</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>has been used already</translation>
    </message>
    <message>
        <source>%1“%2”应写作“%3”（%4）；但“%3”%5，下一个可用的号是“%6”。请改正后再登记。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 “%2” should be written “%3” (%4); but “%3” %5, and the next free number is “%6”. Please correct it and register again.</translation>
    </message>
    <message>
        <source>“%1”应使用六角括号〔〕、不加“第”、不编虚位，即“%2”；但“%2”%3，下一个可用的号是“%4”：是否改为“%4”？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” takes hexagonal brackets 〔〕, no “第” and no leading zeros, i.e. “%2”; but “%2” %3, and the next free number is “%4”: change it to “%4”?</translation>
    </message>
    <message>
        <source>来文字号“%1”的年份是 %2 年，晚于收文日期（%3）：文件不会在成文的年份之前收到。请核对来文字号的年份和收文日期，改正其中错的一项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The sender&apos;s number “%1” carries the year %2, later than the date received (%3): a document is not received before the year it was numbered in. Please check the year of the sender&apos;s number and the date received, and correct the wrong one.</translation>
    </message>
    <message>
        <source>应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Due %1, present %2, on leave %3, absent %4</translation>
    </message>
    <message>
        <source>（其中 %1 人未登记签到）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> (%1 of them never marked)</translation>
    </message>
    <message>
        <source>，未签到 %1 人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>, not signed in yet %1</translation>
    </message>
    <message>
        <source>%1是会议通知发出之后加入的参会人员，已发出的通知没有送达：请另行送达会议通知（可打印“补发会议通知”，只印给后加入的人员）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 joined the meeting&apos;s people after its notice went out, and the notice sent did not reach them: please get the meeting notice to them (print “Notice to those added”, made out to them alone).</translation>
    </message>
    <message>
        <source>%1已登记签到，不能从参会人员中删去：签到记录是谁到会的凭据。如登记有误，请先在“登记签到”中把他们填入“未签到”，再修改参会人员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 signed in: they cannot be removed from the meeting&apos;s people, as the sign-in is the record of who attended. If it is wrong, first put them under “Not signed in” in “Record sign-in sheet”, then change the people.</translation>
    </message>
    <message>
        <source>这项议定事项已经转督查（另一台电脑刚刚办理），本次没有立项。请刷新后查看。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This decision has just been sent to supervision from another computer: no item was made now. Refresh to see it.</translation>
    </message>
    <message>
        <source>议定事项“%1”刚在另一台电脑上修改或转督查，纪要没有保存。请刷新后重新填写纪要。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The decision “%1” was just changed or sent to supervision on another computer: the minutes were not saved. Refresh and enter the minutes again.</translation>
    </message>
    <message>
        <source>“%1”（%2）不能晚于现在（%3）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” (%2) cannot be later than now (%3).</translation>
    </message>
    <message>
        <source>%1（%2）不能早于送阅时间（%3）。请核对后再办理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2) cannot be before the time it was sent to be read (%3). Check it and try again.</translation>
    </message>
    <message>
        <source>会议通知（补发）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meeting notice (to those added)</translation>
    </message>
    <message>
        <source>补发会议通知</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Notice to those added</translation>
    </message>
    <message>
        <source>会议“%1”已取消，不再补发会议通知。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting “%1” was cancelled: its notice is no longer sent to anyone.</translation>
    </message>
    <message>
        <source>会议“%1”已召开，不再补发会议通知。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The meeting “%1” has been held: its notice is no longer sent to anyone.</translation>
    </message>
    <message>
        <source>会议“%1”的通知还没有发出，不需要补发：请打印会议通知，发出后标记“已发通知”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The notice of the meeting “%1” has not gone out yet, so there is nobody to send it to later: print the meeting notice and mark it “Notice sent” once it has gone out.</translation>
    </message>
    <message>
        <source>会议“%1”的时间或地点在通知发出后有改动：请先印发更正通知，送达全部参会人员（包括后来加入的人员）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The time or place of the meeting “%1” changed after its notice went out: first issue the corrected notice to all its people (those added later too).</translation>
    </message>
    <message>
        <source>会议“%1”的通知发出时还没有记录送达名单，无法判断哪些人员是通知发出后加入的：请核对后打印完整的会议通知送达未收到通知的人员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>When the notice of the meeting “%1” went out, whom it went to was not recorded yet, so nothing tells who was added since: please check, and print the whole meeting notice for those who did not receive it.</translation>
    </message>
    <message>
        <source>会议“%1”的参会人员都已收到会议通知，没有需要补发的人员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Everyone of the meeting “%1” has received its notice: there is nobody to send it to.</translation>
    </message>
    <message>
        <source>其中未登记签到</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Of which no sign-in recorded</translation>
    </message>
    <message>
        <source>领导会议负担按期间内已召开会议中本人出席、列席的次数和时长计：登记了签到的会议，只计签到为“已到”的（未登记签到的按缺席，与签到表的应到、实到、缺席一致）；没有登记任何签到的会议，除请假、缺席外均按到会计入（“其中未登记签到”列出这样计入的次数）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A leader&apos;s meeting load counts the meetings held in the period that he attended as a member (出席) or non-voting attendee (列席), and their hours: at a meeting whose sign-in was recorded, only those signed in as present (anyone never marked counts as absent, as on the sign-in sheet&apos;s due/present/absent); at a meeting with no sign-in recorded at all, everyone not on leave or marked absent counts as attending (“Of which no sign-in recorded” gives how many were counted so).</translation>
    </message>
    <message>
        <source>是已作废的号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>is a voided number</translation>
    </message>
    <message>
        <source>是空缺的号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>is a number never issued</translation>
    </message>
    <message>
        <source>原信访件 %1 已作废（误登记），不能作为原件。请选择信访人真实提出的那一件；没有的，本件不标为重复件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 was voided (registered by mistake) and cannot be the original. Choose the petition the petitioner really made; if there is none, do not mark this one a repeat.</translation>
    </message>
    <message>
        <source>“状态”写的是“%1”，但按所填日期应为“%2”：办结日期 %3，办结时限 %4（事项在时限内办结、且各项任务均按期办结的，为按期办结）。请核对状态、办结日期、办结时限和任务的时限；不能确定的，状态可写“已办结”，由日期判断。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The status says “%1”, but by the dates given it is “%2”: completed on %3, due by %4 (an item completed by its deadline with every task completed by its own is completed on time). Check the status, the completion date, the deadline and the tasks&apos; deadlines; if unsure, write “已办结” as the status and let the dates decide.</translation>
    </message>
    <message>
        <source>信访 %1 标为已作废的信访 %2 的重复件：作废的是误登记，不是原件。请打开信访 %1，重新“标为重复件”到信访人真正提出的那一件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition %1 is marked a repeat of petition %2, which was voided: a voided petition was registered by mistake and is no original. Open petition %1 and mark it again as a repeat of the petition the petitioner really made.</translation>
    </message>
    <message>
        <source>%1 的新角色：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>New role of %1:</translation>
    </message>
    <message>
        <source>%1 可查看的最高密级：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Highest classification %1 may see:</translation>
    </message>
    <message>
        <source>确定停用用户 %1 吗？停用后该用户不能登录，记录保留。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Disable the user %1? A disabled user cannot log in; their records are kept.</translation>
    </message>
    <message>
        <source>确定“%1”（%2）的会议通知已经发出吗？记为已发后不能撤回：通知内容即固定，此后改动时间或地点，须印发更正通知。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Has the notice of “%1” (%2) been sent? Once recorded as sent this cannot be undone: the notice is fixed, and a later change of time or place needs a correction notice.</translation>
    </message>
    <message>
        <source>“状态”写的是“%1”，却填写了办结日期 %2。已办结的事项，状态请写“已办结”（或按期办结、逾期办结）；未办结的，请删去办结日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“Status” says “%1”, yet a closing date %2 is given. For an item that is closed, write “已办结” (closed) as its status (or 按期办结, 逾期办结); for one still open, delete the closing date.</translation>
    </message>
    <message>
        <source>“%1”是令号的代字（“命令（令）令号前缀”），令号单独编号；文种“%2”不能用它编号，请另写一个代字。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is the code of the order numbers (“Order number prefix”), which run on their own: the document type “%2” cannot be numbered under it. Write another code.</translation>
    </message>
    <message>
        <source>调整前的顺序中信息 %1 写了两次：每件信息只列一次。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item %1 is listed twice in the order seen before: list each item once.</translation>
    </message>
    <message>
        <source>调整前的顺序中的信息 %1 不在%2中。请按这一期现在的顺序列出。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Item %1 of the order seen before is not in %2. List the issue&apos;s items as they stand now.</translation>
    </message>
    <message>
        <source>%1%2只能在 1 到 %3 之间（整数），现在是“%4”：请改为这个范围内的%2再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1the %2 must be a whole number from 1 to %3, not “%4”: change the %2 to one in that range and print again.</translation>
    </message>
    <message>
        <source>“%1”登记的%2是 %3 份，</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” records %3 as its %2; </translation>
    </message>
    <message>
        <source>分发给“%1”的份数是 %2：每个单位 1 到 %3 份（合计不超过印制的 %3 份）。不分发给它的，请删去这一行；否则请改正份数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The copies for “%1” are %2: each unit gets 1 to %3 copies (%3 printed in all). If it gets none, delete its line; otherwise correct the copies.</translation>
    </message>
    <message>
        <source>联合发文机关较多，版头列出全部机关名称时首页放不下标题和正文：发文机关标志只用主办机关名称“%1”（《党政机关公文处理工作条例》第九条：联合行文时可以单独用主办机关名称），署名仍列出全部发文机关。如需列出全部机关名称，请缩短标题。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>With this many joint issuing organs, a head listing every name leaves the first page no room for the title and the text: the issuing organ mark uses the lead organ&apos;s name “%1” alone (Regulations on the Handling of Official Documents, art. 9: a joint document may use the lead organ&apos;s name alone); the signature still lists every issuing organ. To list every name, shorten the title.</translation>
    </message>
    <message>
        <source>%1的信息顺序没有改变，未保存。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The order of the items of %1 has not changed: nothing was saved.</translation>
    </message>
    <message>
        <source>%1没有填写交办日期，任务按立项日期交办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 gives no 交办日期 (date assigned): the task is assigned on the item&apos;s 立项日期 (start date)</translation>
    </message>
    <message>
        <source>各项任务按立项日期交办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>each task is assigned on the 立项日期 (start date)</translation>
    </message>
    <message>
        <source>这一行没有填写交办日期，任务按立项日期交办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>this row gives no 交办日期 (date assigned): the task is assigned on the 立项日期 (start date)</translation>
    </message>
    <message>
        <source>最近反馈日期（%1）应在事项的立项日期（%2）和今天之间：%3。请核对最近反馈日期和“督查事项”表的立项日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The 最近反馈日期 (last report date, %1) should lie between the item&apos;s 立项日期 (start date, %2) and today: %3. Check the last report date and the start date on the “督查事项” sheet.</translation>
    </message>
    <message>
        <source>最近反馈日期（%1）应在事项的立项日期和今天之间：“督查事项”表没有填写立项日期，按今天（%2）立项；%3。请在“督查事项”表填写实际的立项日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The 最近反馈日期 (last report date, %1) should lie between the item&apos;s 立项日期 (start date) and today: the “督查事项” sheet gives no start date, so the item starts today (%2); %3. Fill in the actual start date on the “督查事项” sheet.</translation>
    </message>
    <message>
        <source>%1（%2）不能早于事项的立项日期（%3）：%4。请核对%1和“督查事项”表的立项日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2) cannot be earlier than the item&apos;s 立项日期 (start date, %3): %4. Check the %1 and the start date on the “督查事项” sheet.</translation>
    </message>
    <message>
        <source>%1（%2）不能早于事项的立项日期：“督查事项”表没有填写立项日期，按今天（%3）立项；%4。请在“督查事项”表填写实际的立项日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2) cannot be earlier than the item&apos;s 立项日期 (start date): the “督查事项” sheet gives no start date, so the item starts today (%3); %4. Fill in the actual start date on the “督查事项” sheet.</translation>
    </message>
    <message>
        <source>交办日期（%1）不能早于事项的立项日期：“督查事项”表没有填写立项日期，按今天（%2）立项。请在“督查事项”表填写实际的立项日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The 交办日期 (date assigned, %1) cannot be earlier than the item&apos;s 立项日期 (start date): the “督查事项” sheet gives no start date, so the item starts today (%2). Fill in the actual start date on the “督查事项” sheet.</translation>
    </message>
    <message>
        <source>已复核</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Re-examined</translation>
    </message>
    <message>
        <source>复审中</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Back with the signer</translation>
    </message>
    <message>
        <source>复核人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Re-examined by</translation>
    </message>
    <message>
        <source>复核意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Re-examination comments</translation>
    </message>
    <message>
        <source>退回复审</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Return to signer</translation>
    </message>
    <message>
        <source>签发后、编号前复核审批手续、内容、文种、格式；需作实质性修改的，请“退回复审”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>After sign-off and before numbering, re-examine the approvals, content, document type and format; for a substantive change, use “Return to signer”</translation>
    </message>
    <message>
        <source>复核发现需作实质性修改的，写明修改内容和理由，退回原签批人复审，复审后重新签发</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>When re-examination finds a substantive change is needed, state the change and the reason; the original signer re-reviews it and signs it off again</translation>
    </message>
    <message>
        <source>系统设置（%1）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>settings (%1)</translation>
    </message>
    <message>
        <source>原件 %1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Original %1</translation>
    </message>
    <message>
        <source>原件为涉密信访件，您无权查看</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The original is a classified petition; you may not see it</translation>
    </message>
    <message>
        <source>这件信访暂无本机关可打印的文书：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This office has no paper to print for this petition yet:</translation>
    </message>
    <message>
        <source>以下各行可能是重复信访（不会自动标为重复件：请逐件核对，确属重复的在该信访件中标为重复件）：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>These rows may repeat earlier petitions (they are not marked as repeats by themselves: check each, and mark a true repeat as such in its petition):</translation>
    </message>
    <message>
        <source>以下各行请核对：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Please check these rows:</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>%1、%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>本文件第 %1 行（%2）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>row %1 of this file (%2)</translation>
    </message>
    <message>
        <source>……另有 %1 行未列出（见 --json）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>… %1 more rows not listed (see --json).</translation>
    </message>
    <message>
        <source>截至期末在办任务 %1 项，逾期未办结 %2 项；本期应办结 %3 项，办结 %4 项（按期 %5 项）；办结率 %6，按期办结率 %7。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>At the period&apos;s end %1 tasks open, %2 overdue; %3 due in the period, %4 completed (%5 on time); completion rate %6, on-time rate %7.</translation>
    </message>
    <message>
        <source>应办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Due</translation>
    </message>
    <message>
        <source>（暂按）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>节假日提示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Holiday notice</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>协调</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>是否同意</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Agree?</translation>
    </message>
    <message>
        <source>协调意见</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Coordination decision</translation>
    </message>
    <message>
        <source>传阅方式</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>按顺序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>In order</translation>
    </message>
    <message>
        <source>同时分送</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To all at once</translation>
    </message>
    <message>
        <source>协办单位（可多个，用“、”分隔）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assisting units (several, separated by “、”)</translation>
    </message>
    <message>
        <source>%1 已于 %2 复核终结，同一事项不再受理。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 was finally reviewed on %2: the same matter is no longer accepted. </translation>
    </message>
    <message>
        <source>命令（令）令号前缀</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Order (令) number prefix</translation>
    </message>
    <message>
        <source>令号单独编号（GB/T 9704 §10.2），不占发文字号；留空为机关代字加“令”（如 某委办令）。公文上印作“第N号”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Orders (令) are numbered in a sequence of their own (GB/T 9704 §10.2), not taking document numbers; left blank, the office code followed by 令 (e.g. 某委办令). Printed on the order as “第N号” (No. N).</translation>
    </message>
    <message>
        <source>已调整，尚未保存（各排居中排列，不留空位）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Adjusted, not saved yet (each row is centred, with no empty seats)</translation>
    </message>
    <message>
        <source>各排居中排列，不留空位：此次移动未改变座次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Each row is centred, with no empty seats: this move changed no seat</translation>
    </message>
    <message>
        <source>各排居中排列，不留空位：此次移动未改变座次；之前的调整尚未保存</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Each row is centred, with no empty seats: this move changed no seat; the earlier changes are not saved yet</translation>
    </message>
    <message>
        <source>用户名或密码不正确，或账号已停用、已锁定（连续输错 %1 次锁定 %2 分钟）。请核对后再试；仍不能登录的，请管理员解锁。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Wrong user name or password, or the account is stopped or locked (%1 wrong tries lock it for %2 minutes). Check and try again; if you still cannot log in, ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>密级(&amp;Y)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Secrecy (&amp;Y)</translation>
    </message>
    <message>
        <source>用备份替换当前数据库的全部内容吗？备份之后新建或修改的记录将不在恢复后的数据库中；当前数据库会先另存一份。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Replace the whole database with the backup? Records created or changed after the backup will not be in the restored database; the current database is saved aside first.</translation>
    </message>
    <message>
        <source>请重新登录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Log in again</translation>
    </message>
    <message>
        <source>您的账号已被停用或权限已变更，请重新登录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Your account has been stopped or its permissions have changed. Please log in again.</translation>
    </message>
    <message>
        <source>您的密码已被修改（管理员重置，或在另一台工作站上修改），请用新密码重新登录。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Your password has been changed (reset by an administrator, or changed on another workstation). Please log in again with the new password.</translation>
    </message>
    <message>
        <source>原密码连续输错，账号已锁定，本次登录已结束。请在锁定期满后重新登录，或请管理员解锁。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The current password was entered wrongly too many times: the account is locked and this session has ended. Log in again once the lock has run out, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>原密码连续输错，账号已锁定，本次登录已结束，不能继续操作。请在锁定期满后重新登录，或请管理员解锁。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The current password was entered wrongly too many times: the account is locked and this session has ended; nothing more can be done in it. Log in again once the lock has run out, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>原密码不正确，密码没有修改。再输错 %1 次，账号将被锁定 %2 分钟，本次登录随即结束。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The current password is wrong; the password was not changed. %1 more wrong tries lock the account for %2 minutes and end this session.</translation>
    </message>
    <message>
        <source>%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>“%1”中的%2“%3…”最多 %4 个字，现在是 %5 个。请删减。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%2” in “%1” (“%3…”) may have at most %4 characters; it has %5. Shorten it.</translation>
    </message>
    <message>
        <source>--year 与 --from/--to 只能用一种：按年度打印给 --year，按期间打印给 --from 和 --to。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Give either --year or --from/--to: --year for a year, --from and --to for a period.</translation>
    </message>
    <message>
        <source>--from 日期（%1）晚于今天：请同时给出 --to 日期。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The --from date (%1) is after today: give a --to date as well.</translation>
    </message>
    <message>
        <source>“%1”写的是%2，--person 写的是%3：应是同一人。代谁录入，写在“%1”一栏即可（不必再写 --person）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” says %2 and --person says %3: they must be one person. To enter it for someone, write him in “%1” (no --person needed).</translation>
    </message>
    <message>
        <source>机关名称最多 %1 个字，现在是 %2 个（“%3…”）：请填写本机关的全称，如 中共某某县委办公室。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The organ&apos;s name may have at most %1 characters; it has %2 (“%3…”). Give the office&apos;s full name, such as 中共某某县委办公室.</translation>
    </message>
    <message>
        <source>“%1”表“%2”列有 %3 个单元格带时间，只保存了日期：第 %4 行。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On the sheet “%1”, %3 cells of the column “%2” came with a time; only their dates are kept: rows %4.</translation>
    </message>
    <message>
        <source>“%1”表“%2”列有 %3 个单元格带时间，只保存了日期：第 %4 行等。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On the sheet “%1”, %3 cells of the column “%2” came with a time; only their dates are kept: rows %4 and others.</translation>
    </message>
    <message>
        <source>“%1”这一类本年度已归档 %2 件，件号已到四位数的上限（DA/T 22-2015）。请填写机构（问题）代码再分一类，或核对保管期限后再归档。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The class “%1” already holds %2 items this year: the item number has reached its four digits (DA/T 22-2015). Give an organisation (subject) code to divide the class, or check the retention period, then file it.</translation>
    </message>
    <message>
        <source>参会人员名单已有变动（有人已不在这次会议的名单上），签到没有保存。请刷新后重新登记签到。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The list of participants has changed (someone is no longer on this meeting&apos;s list); the sign-in was not saved. Refresh and record the sign-in again.</translation>
    </message>
    <message>
        <source>%1按列的意思读取：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 Columns read by their meaning: %2.</translation>
    </message>
    <message>
        <source>“%1”列作“%2”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” as “%2”</translation>
    </message>
    <message>
        <source>“%1”列和“%2”列都是%3的“%4”，请删去一列。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The columns “%1” and “%2” are both the %3&apos;s “%4”: delete one of them.</translation>
    </message>
    <message>
        <source>%1列标题在第 %2 行：%3是标题，没有作为数据导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 The column titles are in row %2: %3 is a title, not imported as data.</translation>
    </message>
    <message>
        <source>%1列标题在第 %2 行（上方是空行）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 The column titles are in row %2 (empty rows above).</translation>
    </message>
    <message>
        <source>第 %1 行（%2）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>row %1 (%2)</translation>
    </message>
    <message>
        <source>%1第 %2 行是合计行，没有导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 Row %2 is a totals row (合计): not imported.</translation>
    </message>
    <message>
        <source>合并单元格 %1 把列标题和下面的数据合在了一起。请取消合并，使列标题只占一行，并在每一行分别填写后再导入。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The merged cell %1 joins a column title with the data below it. Unmerge it so that the title takes one row only, fill in each row and import again.</translation>
    </message>
    <message>
        <source>“%1”是 Windows 设备名，不能作文件名，没有写出。请换一个文件名。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is a Windows device name, not a file name: nothing written. Choose another name.</translation>
    </message>
    <message>
        <source>“%1”不是普通文件（是设备或管道），写到这里会替换或卡住它，没有写出。请换一个文件名或位置。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not a regular file (a device or a pipe): writing there would replace it or hang. Nothing written; choose another name or place.</translation>
    </message>
    <message>
        <source>“%1”是文件夹，请选择其中的一个文件（一个文件夹可压缩成 .zip 再作附件）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is a folder: choose a file in it (a folder can be compressed into a .zip and attached).</translation>
    </message>
    <message>
        <source>机关代字只写代字，如 云委办（发文字号由程序加“发”、年份和序号：云委办发〔2026〕1号），不写空格、数字、括号或“号”：现在是“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Give the organ&apos;s code alone, such as 云委办 (the program adds 发, the year and the number: 云委办发〔2026〕1号), without spaces, digits, brackets or 号: it is “%1”.</translation>
    </message>
    <message>
        <source>机关代字最多 %1 个字，现在是 %2 个（“%3”）：请填写本机关的代字，如 云委办。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The organ&apos;s code may have at most %1 characters; it has %2 (“%3”). Give the office&apos;s code, such as 云委办.</translation>
    </message>
    <message>
        <source>机关代字不带“发”：发文字号由程序在代字后加“发”（%1发〔2026〕1号）。请填写“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The organ&apos;s code is given without 发: the program adds 发 to it in a document number (%1发〔2026〕1号). Give “%1”.</translation>
    </message>
    <message>
        <source>全宗号只写字母和数字（最多 %1 位，如 Z107，由档案馆给定），现在是“%2”：它是档号的第一段，空格、“-”或汉字会使档号无法辨读。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The fonds number is letters and digits only (at most %1, such as Z107, given by the archives); it is “%2”. It begins the archival code: a space, “-” or a Chinese character would make the code unreadable.</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>%1的列标题（第 %2 行）缺少必填列“%3”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The column titles of %1 (row %2) lack the required column “%3”.</translation>
    </message>
    <message>
        <source>取消重复件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Unmark repeat</translation>
    </message>
    <message>
        <source>如：信访人不同，误标为重复件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. another petitioner, marked as a repeat by mistake</translation>
    </message>
    <message>
        <source>取消误标的重复件关联，写明理由，历史中留下记录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Take away a repeat mark made by mistake, giving the reason; the history keeps it</translation>
    </message>
    <message>
        <source>这件信访没有标为重复件，无需取消。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This petition is not marked as a repeat: there is nothing to unmark.</translation>
    </message>
    <message>
        <source>插入%1（在正文中按 Ctrl+%2）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Insert %1 (Ctrl+%2 in the body)</translation>
    </message>
    <message>
        <source>复核须在复查答复之后申请（《信访工作条例》第三十五条）：请填写此前复查的申请日期、答复日期和复查意见；往年台账中的，请按往年台账导入（--history）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A re-examination (复核) is asked for only after the review (复查) was answered (art. 35 of the Regulations on Letters and Visits): fill in the earlier review&apos;s request date, answer date and opinion; for a past register, import it as one (--history).</translation>
    </message>
    <message>
        <source>%1申请日期（%2）已超过申请期限（%3：自 %4 答复之日起 30 日内，《信访工作条例》第三十五条）：这样的申请不予受理，不能作为%1登记。请核对日期；往年台账中的，请按往年台账导入（--history）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The %1 request date (%2) is past its time limit (%3: within 30 days of the answer of %4, art. 35 of the Regulations on Letters and Visits): such a request is not accepted and cannot be registered as a %1. Check the date; for a past register, import it as one (--history).</translation>
    </message>
    <message>
        <source>%1为“%2”时不填“%3”（只有%4时填写）。请清空“%3”，或改选%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>With %1 “%2” there is no “%3” (it is filled in only for %4). Clear “%3”, or choose another %1.</translation>
    </message>
    <message>
        <source>%1为“%2”时填写</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Filled in when %1 is “%2”</translation>
    </message>
    <message>
        <source>系统设置“%1”已被其他管理员改为“%2”（您打开设置时是“%3”）。您的修改都没有保存；请关闭设置后重新打开，再改。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The setting “%1” was changed to “%2” by another administrator (it was “%3” when you opened the settings). None of your changes were saved: close the settings, open them again and make your changes.</translation>
    </message>
    <message>
        <source>状态为办结的事项请填写“牵头单位”：办结的是各牵头单位办理的任务，没有交办任务的事项不能办结。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An item whose status is closed needs its “Lead unit”: closing closes the tasks the lead units handled, and an item with no task assigned cannot be closed.</translation>
    </message>
    <message>
        <source>正在会签</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Countersigning</translation>
    </message>
    <message>
        <source>正在复审</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Back with the signer</translation>
    </message>
    <message>
        <source>如需改稿，请先“退回修改”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>To change the draft, first “Return for revision”.</translation>
    </message>
    <message>
        <source>需作实质性修改的，请在复核时“退回复审”，由原签批人复审。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A change of substance: at the recheck, “Return to signer” for the original signer to review it again.</translation>
    </message>
    <message>
        <source>按文种单独编号的代字</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Own codes for some kinds of document</translation>
    </message>
    <message>
        <source>每行一个“文种=代字”，如 函=云委办函：这一文种按这个代字单独编号（云委办函〔2026〕1号，每年从 1 号起）；没有写的文种用机关代字加“发”。令号见“命令（令）令号前缀”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One “kind=code” a line, e.g. 函=云委办函: that kind of document is numbered under that code in a sequence of its own (云委办函〔2026〕1号, from 1 each year); the kinds not named take the office code followed by 发. Orders (令): see “Order (令) number prefix”.</translation>
    </message>
    <message>
        <source>“%1”：每行写一个“文种=代字”，如 函=云委办函。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1”: write one “kind=code” a line, e.g. 函=云委办函.</translation>
    </message>
    <message>
        <source>令号另有设置“命令（令）令号前缀”，这里不写“%1”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Orders have their own setting, “Order (令) number prefix”: leave “%1” out here.</translation>
    </message>
    <message>
        <source>“%1”不是公文的文种。可写的有：%2。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>“%1” is not a kind of official document. The kinds are: %2.</translation>
    </message>
    <message>
        <source>文种“%1”写了两次，请删去一行。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The kind “%1” is written twice: delete one of the lines.</translation>
    </message>
    <message>
        <source>代字“%1”只写代字，如 云委办函（发文字号由程序加年份和序号：云委办函〔2026〕1号），不写空格、数字、括号或“号”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Write the code “%1” alone, e.g. 云委办函 (the program adds the year and the number: 云委办函〔2026〕1号), without spaces, digits, brackets or 号.</translation>
    </message>
    <message>
        <source>代字“%1”最多 %2 个字，现在是 %3 个。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The code “%1” may have at most %2 characters; it has %3.</translation>
    </message>
    <message>
        <source>%1“%2”表只供查看，导入不读取它：表中有 %3 行与本单位现有的不同（新增或改动的内容），没有登记。请在窗口中按步骤办理（如为任务登记“反馈”）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1The sheet “%2” is for reading only and the import does not read it: %3 of its rows differ from what this office holds (content added or changed) and were not recorded. Take the steps in the window (for a task, record a “Progress report”).</translation>
    </message>
    <message>
        <source>无法启动机关办公桌面</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot start OfficeDesk</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>删除草稿</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>作废…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Void…</translation>
    </message>
    <message>
        <source>作废</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Void</translation>
    </message>
    <message>
        <source>作废%1</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Void %1</translation>
    </message>
    <message>
        <source>作废“%1”（%2）：记录保留并标为已作废，编号记为作废，以后不再使用。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Void “%1” (%2): the record is kept and marked void; its number is recorded as void and never used again.</translation>
    </message>
    <message>
        <source>* 作废原因</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>* Reason for voiding</translation>
    </message>
    <message>
        <source>作废原因</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>删除%1草稿“%2”吗？删除后可在审计记录中查到原内容。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Delete the %1 draft “%2”? Its content stays in the audit trail.</translation>
    </message>
    <message>
        <source>时限：</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Time limit: </translation>
    </message>
    <message>
        <source>（不填）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>经办人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>%1 %2 是休息日或法定节假日，不是工作日。已按所填日期保存；如需改到工作日，请用“%3”改正。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 %2 is a rest day or a public holiday, not a working day. Saved as entered; to move it to a working day, use “%3”.</translation>
    </message>
    <message>
        <source>时限是休息日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deadline on a rest day</translation>
    </message>
    <message>
        <source>临期的天数：距时限这么多天以内的任务亮预警灯，并列入催办。督查时限按工作日计算时按工作日数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Days before the deadline that count as due soon: such tasks show the warning light and are offered for reminders. Counted in working days when supervision deadlines count working days.</translation>
    </message>
    <message>
        <source>给临期、逾期、反馈逾期和进度严重滞后（红灯）的任务发催办（逐次升级）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Remind the tasks due soon, overdue, late to report or far behind schedule (red light) (each reminder one level up)</translation>
    </message>
    <message>
        <source>进展反馈</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Progress report due</translation>
    </message>
    <message>
        <source>%1（%2 项待催办）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (to remind: %2)</translation>
    </message>
    <message>
        <source>今天是 %1。逾期、反馈逾期或进度严重滞后的任务 %2 项，涉及 %3 个单位；临期任务 %4 项。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Today is %1. Tasks overdue, late with reports or far behind schedule: %2 (units: %3); tasks due soon: %4.</translation>
    </message>
    <message>
        <source>在办：截至期末已交办、尚未办结的任务；逾期未办结：办理时限在期末之前（含期末）、期末当天过完仍未办结的任务，不论何时交办（统计截至今天的，今天到期的任务计入应办结，今天过完才算逾期）；逾期天数：已结束的期间算至期末次日（期末当天到期的为1天），统计截至今天的算至今天；办结、按期办结、逾期办结：在本期内办结的任务，办结日期不晚于时限的为按期办结；应办结：办理时限在期末之前（含期末）、期初尚未办结的任务，加上本期内提前办结的任务，尚未到期的任务不计入；办结率＝办结÷应办结，按期办结率＝按期办结÷应办结；各单位按按期办结率由低到高排列，相同的再按办结率，再按单位名称音序。督查时限按工作日计算时，逾期天数也按工作日计，与预警灯相同。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Open: tasks assigned and not yet completed at the end of the period; overdue and not completed: tasks whose deadline falls on or before the end of the period and that are still not completed when its last day is over, whenever they were assigned (counted up to today, a task due today is due but overdue only once today is over); days overdue: for a period that has ended, counted to the day after its end (a task due on the last day is 1 day overdue); counted up to today, to today; completed, on time, late: tasks completed within the period, on time when completed no later than their deadline; due: tasks whose deadline falls on or before the end of the period and that were not completed at its start, plus tasks completed early within the period; tasks not yet due are not counted; completion rate = completed ÷ due, on-time rate = completed on time ÷ due; units are listed by on-time rate from lowest to highest, then by completion rate, then by name. When supervision deadlines count working days, days overdue are working days too, as on the warning lights.</translation>
    </message>
    <message>
        <source>截至期末在办任务 %1 件，逾期未办结 %2 件；本期应办结 %3 件，办结 %4 件（按期 %5 件）；办结率（按件计）%6，按期办结率（按件计）%7。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>At the period&apos;s end %1 tasks open, %2 overdue; %3 due in the period, %4 completed (%5 on time); completion rate (by task) %6, on-time rate (by task) %7.</translation>
    </message>
    <message>
        <source>各单位办结率、按期办结率（按件计，%）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Completion and on-time rates by unit (by task, %)</translation>
    </message>
    <message>
        <source>办结率（按件计）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Completion rate (by task)</translation>
    </message>
    <message>
        <source>按期办结率（按件计）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On-time rate (by task)</translation>
    </message>
    <message>
        <source>办结率（按项计）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Completion rate (by item)</translation>
    </message>
    <message>
        <source>按期办结率（按项计）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On-time rate (by item)</translation>
    </message>
    <message>
        <source>各项任务办结后，事项办结（在办结时限内办结且各项任务均按期办结的为按期办结，否则为逾期办结）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Close the item once every task is completed (on time when closed by its deadline with every task completed on time, otherwise late)</translation>
    </message>
    <message>
        <source>（暂按：该年国务院节假日安排尚未录入）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation> (provisional: the State Council&apos;s holiday arrangement for that year is not entered yet)</translation>
    </message>
    <message>
        <source>%1 年的法定节假日和调休安排尚未全部录入，落在该年的期限暂按周末及元旦、劳动节、国庆节的固定假日计算，标“%2”。国务院办公厅公布后，请管理员在“工具 → 节假日调整”中录入该年全部放假和调休上班的日子，再标记为已全部录入，期限将自动重算。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The public holidays and make-up working days of %1 have not all been entered: deadlines in that year count weekends and the fixed-date holidays (New Year&apos;s Day, Labour Day, National Day) only and are marked “%2”. Once the State Council&apos;s General Office publishes them, the administrator enters every holiday and make-up working day under Tools → Holidays and marks the year as entered; the deadlines are recomputed.</translation>
    </message>
    <message>
        <source>%1 年的国务院节假日安排尚未录入，落在该年的工作日暂按周末及元旦、劳动节、国庆节的固定假日计算（暂按）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The State Council&apos;s holiday arrangement for %1 is not entered yet: working days in that year count weekends and the fixed-date holidays (New Year&apos;s Day, Labour Day, National Day) only (provisional).</translation>
    </message>
    <message>
        <source>在办：截至期末已交办、尚未办结的任务；逾期未办结：办理时限在期末之前（含期末）、期末当天过完仍未办结的任务，不论何时交办（统计截至今天的，今天到期的任务计入应办结，今天过完才算逾期）；逾期天数：已结束的期间算至期末次日（期末当天到期的为1天），统计截至今天的算至今天；办结、按期办结、逾期办结：在本期内办结的任务，办结日期不晚于时限的为按期办结；应办结：办理时限在期末之前（含期末）、期初尚未办结的任务，加上本期内提前办结的任务，尚未到期的任务不计入；办结率＝办结÷应办结，按期办结率＝按期办结÷应办结；各单位的数字按件计（一项分解任务为一件），督查事项的按项计（一个事项为一项）；事项在办结时限内办结、且各项任务均按期办结的，为按期办结；各单位按按期办结率由低到高排列，相同的再按办结率，再按单位名称音序。督查时限按工作日计算时，逾期天数也按工作日计，与预警灯相同。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Open: tasks assigned and not yet completed at the end of the period; overdue and not completed: tasks whose deadline falls on or before the end of the period and that are still not completed when its last day is over, whenever they were assigned (counted up to today, a task due today is due but overdue only once today is over); days overdue: for a period that has ended, counted to the day after its end (a task due on the last day is 1 day overdue); counted up to today, to today; completed, on time, late: tasks completed within the period, on time when completed no later than their deadline; due: tasks whose deadline falls on or before the end of the period and that were not completed at its start, plus tasks completed early within the period; tasks not yet due are not counted; completion rate = completed ÷ due, on-time rate = completed on time ÷ due; the units&apos; figures count tasks (by task), the supervision items&apos; count items (by item); an item is completed on time when it is closed by its deadline and every one of its tasks was completed on time; units are listed by on-time rate from lowest to highest, then by completion rate, then by name. When supervision deadlines count working days, days overdue are working days too, as on the warning lights.</translation>
    </message>
    <message>
        <source>本期督查通报的发文字号，如 云委办督〔2026〕3号；留空则序号留白，编号后手填</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This supervision bulletin&apos;s document number, e.g. 云委办督〔2026〕3号; left blank, the number is left for handwriting once it is given</translation>
    </message>
    <message>
        <source>督查通报主送机关</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision bulletin: main recipients</translation>
    </message>
    <message>
        <source>督查通报发文字号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision bulletin document number</translation>
    </message>
    <message>
        <source>督查通报的发文字号，如 云委办督〔2026〕3号：打印督查通报时填入“发文字号”一栏（命令行 print bulletin --number），此处是那一栏的预填值；留空则印“机关代字〔年份〕&#x3000;&#x3000;号”，序号留空待编号后手填。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The supervision bulletin&apos;s document number, e.g. 云委办督〔2026〕3号: typed into the “Doc. no.” box when printing the bulletin (command line: print bulletin --number); this is what that box starts with. Left blank, “office code〔year〕&#x3000;&#x3000;号” is printed with the number left for handwriting once it is given.</translation>
    </message>
    <message>
        <source>分解任务</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assigned tasks</translation>
    </message>
    <message>
        <source>任务状态</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Task status</translation>
    </message>
    <message>
        <source>最近反馈日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Last progress report on</translation>
    </message>
    <message>
        <source>任务办结日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Task completed on</translation>
    </message>
    <message>
        <source>“%1”表第 %2 行“%3”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>sheet “%1”, row %2, column “%3”</translation>
    </message>
    <message>
        <source>“%1”表第 %2 行</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>sheet “%1”, row %2</translation>
    </message>
    <message>
        <source>%1：这项任务（第%2项 %3）在导出后已被 %4 于 %5 改动（%6），表中还是导出时的旧值，导入会把那次改动改回去，所以这一事项没有导入。请重新导出后再改，或在窗口中修改该任务。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1: this task (no. %2, %3) was changed by %4 at %5 after the export (%6). The sheet still holds the values of the export, which would undo that change, so this item was not imported. Export again and make your changes there, or change the task in the window.</translation>
    </message>
    <message>
        <source>第%1项任务（%2：%3）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>task no. %1 (%2: %3)</translation>
    </message>
    <message>
        <source>未写办理要求</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>no requirements given</translation>
    </message>
    <message>
        <source>“%1”表中没有督查事项 %2 的%3，导入没有删除，仍然保留；如确要删除，请在窗口中打开该事项，用步骤“删除任务”删除（命令行：officedesk step supervision %4 删除任务 任务序号=N）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Sheet “%1” leaves out %3 of supervision item %2: the import did not delete it, it is kept. To delete it, open the item in the window and use the step “Delete task” (command line: officedesk step supervision %4 删除任务 任务序号=N).</translation>
    </message>
    <message>
        <source>反馈记录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Progress reports</translation>
    </message>
    <message>
        <source>%1“%2”表中删去的行不会删除已有的内容：%3 个%4的这些内容仍然保留（见下）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 Rows deleted from sheet “%2” delete nothing: what they held is kept for %3 %4 (see below).</translation>
    </message>
    <message>
        <source>正在升级数据库（升级前已自动备份）。
数据多时需要几分钟，请稍候，不要关闭本程序。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Upgrading the database (a backup was made first).
With much data this takes a few minutes: please wait and do not close the program.</translation>
    </message>
    <message>
        <source>正在升级数据库</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Upgrading the database</translation>
    </message>
    <message>
        <source>机关办公桌面</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>OfficeDesk</translation>
    </message>
    <message>
        <source>更多</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>More</translation>
    </message>
    <message>
        <source>更多操作</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>More actions</translation>
    </message>
    <message>
        <source>窗口放不下的按钮</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Buttons the window has no room for</translation>
    </message>
    <message>
        <source>请选择</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>放弃填写的内容？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>这个窗口里有还没有保存的内容。关闭后这些内容会丢失。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>This window has content that is not saved yet. Closing it loses that content.</translation>
    </message>
    <message>
        <source>放弃内容并关闭</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Discard and close</translation>
    </message>
    <message>
        <source>继续填写</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>● %1灯 %2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>● %1 %2</translation>
    </message>
    <message>
        <source>● %1灯</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>● %1</translation>
    </message>
    <message>
        <source>绿</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Green</translation>
    </message>
    <message>
        <source>黄</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>红</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Red</translation>
    </message>
    <message>
        <source>蓝</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blue</translation>
    </message>
    <message>
        <source>橙</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Orange</translation>
    </message>
    <message>
        <source>灰</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Grey</translation>
    </message>
    <message>
        <source>进度滞后 %1 个百分点</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 points behind</translation>
    </message>
    <message>
        <source>剩 %1 天</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 d left</translation>
    </message>
    <message>
        <source>反馈逾期 %1 天</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>report %1 d overdue</translation>
    </message>
    <message>
        <source>%1，%2</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1（%2 项）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (%2 tasks)</translation>
    </message>
    <message>
        <source>任务均已办结，事项逾期 %1 天未办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>all tasks closed, item %1 d overdue</translation>
    </message>
    <message>
        <source>逾期 %1 天，未交办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 d overdue, not assigned</translation>
    </message>
    <message>
        <source>剩 %1 天，未交办</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 d left, not assigned</translation>
    </message>
    <message>
        <source>任务均已办结，待事项办结</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>all tasks closed, item to close</translation>
    </message>
    <message>
        <source>%1 持有</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>held by %1</translation>
    </message>
    <message>
        <source>临期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>用户名或密码不正确；账号若已停用，请联系管理员。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Wrong user name or password; if the account was disabled, ask the administrator.</translation>
    </message>
    <message>
        <source>密码错误次数过多，账号已锁定，请于 %1 后再试，或请管理员解锁。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Too many wrong passwords: the account is locked. Try again after %1, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>密码错误。已连续错误 %1 次，账号锁定 %2 分钟，请于 %3 后再试，或请管理员解锁。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Wrong password. %1 wrong attempts in a row: the account is locked for %2 minutes. Try again after %3, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>密码错误，还可以再试 %1 次，之后账号将锁定 %2 分钟。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Wrong password. %1 more tries, then the account is locked for %2 minutes.</translation>
    </message>
    <message>
        <source>设置分页</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>恢复本页默认值</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Restore this page&apos;s defaults</translation>
    </message>
    <message>
        <source>把这一页的设置恢复为默认值（保存后生效）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Put this page back to the defaults (applies on Save)</translation>
    </message>
    <message>
        <source>留空：用本机的公文字体或自带字体</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Blank: installed or bundled font</translation>
    </message>
    <message>
        <source>选择…</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>选择字体文件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Choose a font file</translation>
    </message>
    <message>
        <source>各字体所用文件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The file of each face</translation>
    </message>
    <message>
        <source>打印样张</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print specimen</translation>
    </message>
    <message>
        <source>用已保存的字体设置印一页公文样张，检查字体和打印机</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print one specimen page with the saved font settings, to check fonts and printer</translation>
    </message>
    <message>
        <source>正在使用的字体文件</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Font files in use</translation>
    </message>
    <message>
        <source>字体文件 (*.ttf *.ttc *.otf)</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Font files (*.ttf *.ttc *.otf)</translation>
    </message>
    <message>
        <source>打印与字体</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Printing and fonts</translation>
    </message>
    <message>
        <source>会议与座次</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Meetings and seating</translation>
    </message>
    <message>
        <source>单位信息</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Office</translation>
    </message>
    <message>
        <source>领导的左边（面向会场）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The leaders&apos; left (facing the hall)</translation>
    </message>
    <message>
        <source>台下看去的左边</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The left as seen from the hall</translation>
    </message>
    <message>
        <source>自然日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Calendar days</translation>
    </message>
    <message>
        <source>工作日</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Working days</translation>
    </message>
    <message>
        <source>仿宋（正文）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>FangSong (body)</translation>
    </message>
    <message>
        <source>黑体</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>HeiTi</translation>
    </message>
    <message>
        <source>楷体</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>KaiTi</translation>
    </message>
    <message>
        <source>小标宋（标题、发文机关标志）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>XiaoBiaoSong (titles, issuer mark)</translation>
    </message>
    <message>
        <source>宋体（页码）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>SongTi (page numbers)</translation>
    </message>
    <message>
        <source>会议纪要版头（留空则用“会议类型+纪要”）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Minutes heading (empty: meeting type + 纪要)</translation>
    </message>
    <message>
        <source>主席台最多人数（自动排座时）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Most seats on the podium (automatic seating)</translation>
    </message>
    <message>
        <source>座次“左”指</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&quot;Left&quot; in seating means</translation>
    </message>
    <message>
        <source>会场每排座位数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seats per row in the hall</translation>
    </message>
    <message>
        <source>信访问题类别</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition issue categories</translation>
    </message>
    <message>
        <source>传阅每人持有时限（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Circulation: days each reader may hold (working days)</translation>
    </message>
    <message>
        <source>收文办理时限（工作日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Incoming handling limit (working days)</translation>
    </message>
    <message>
        <source>连续输错密码几次后锁定</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Lock after this many wrong passwords</translation>
    </message>
    <message>
        <source>锁定时长（分钟）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Lock for (minutes)</translation>
    </message>
    <message>
        <source>密码最短长度</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Shortest password</translation>
    </message>
    <message>
        <source>归档门类代码</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Archive category code</translation>
    </message>
    <message>
        <source>打印字体：仿宋（正文）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print font: FangSong (body)</translation>
    </message>
    <message>
        <source>打印字体：黑体</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print font: HeiTi</translation>
    </message>
    <message>
        <source>打印字体：楷体</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print font: KaiTi</translation>
    </message>
    <message>
        <source>打印时优先使用本机安装的公文字体</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Prefer the official fonts installed on this computer</translation>
    </message>
    <message>
        <source>打印字体：宋体（页码）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print font: SongTi (page numbers)</translation>
    </message>
    <message>
        <source>打印字体：小标宋（标题、发文机关标志）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Print font: XiaoBiaoSong (titles, issuer mark)</translation>
    </message>
    <message>
        <source>公文行距（磅）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Line pitch of documents (pt)</translation>
    </message>
    <message>
        <source>发文机关标志字宽（毫米）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issuer mark character width (mm)</translation>
    </message>
    <message>
        <source>发文机关标志字高（毫米）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issuer mark character height (mm)</translation>
    </message>
    <message>
        <source>红色分隔线中间加五角星</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Star in the middle of the red rule</translation>
    </message>
    <message>
        <source>公文字距调整（磅）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Character spacing adjustment (pt)</translation>
    </message>
    <message>
        <source>上行文发文机关标志距版心上边缘（毫米）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Upward documents: issuer mark below the text block top (mm)</translation>
    </message>
    <message>
        <source>信访期限按</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition limits count</translation>
    </message>
    <message>
        <source>临期提醒（天）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Due-soon warning (days)</translation>
    </message>
    <message>
        <source>已全部录入节假日安排的年份</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Years whose holidays are all entered</translation>
    </message>
    <message>
        <source>内置节假日表没有的年份，管理员在“工具 → 节假日调整”中录入该年全部放假和调休后标记为已录入（如 2027）；未标记的年份，期限标“暂按”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Years the built-in holiday table lacks, marked by the administrator under Tools → Holidays once every holiday and make-up working day of the year is entered (e.g. 2027); deadlines in a year not marked are “provisional”.</translation>
    </message>
    <message>
        <source>信访：转送、交办期限（日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions: forward/assign within (days)</translation>
    </message>
    <message>
        <source>信访：延期（日，限一次）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions: extension (days, once)</translation>
    </message>
    <message>
        <source>信访：办理期限（日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions: handling limit (days)</translation>
    </message>
    <message>
        <source>信访：告知是否受理期限（日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions: notify acceptance within (days)</translation>
    </message>
    <message>
        <source>信访：复查/复核申请与答复期限（日）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petitions: review requests and replies within (days)</translation>
    </message>
    <message>
        <source>机关代字（如 X委办）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Issuer code (e.g. X委办)</translation>
    </message>
    <message>
        <source>全宗号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Fonds number</translation>
    </message>
    <message>
        <source>督查联系人及电话（印在催办单上）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision contact and phone (on reminders)</translation>
    </message>
    <message>
        <source>督查事项默认办结时限（立项后天数）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Default limit of supervised items (days after opening)</translation>
    </message>
    <message>
        <source>距时限几天内亮预警灯</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Warning light this many days before the limit</translation>
    </message>
    <message>
        <source>进度滞后多少个百分点亮告警灯</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Alert light at this many points behind</translation>
    </message>
    <message>
        <source>进度滞后多少个百分点亮预警灯</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Warning light at this many points behind</translation>
    </message>
    <message>
        <source>督查预警灯配色</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision light colours</translation>
    </message>
    <message>
        <source>督查机构名称（印在催办单、通报上）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision office name (on reminders and bulletins)</translation>
    </message>
    <message>
        <source>两次催办之间至少间隔（天）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Days between two reminders at least</translation>
    </message>
    <message>
        <source>催办后限期报送办理情况（天）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Report due after a reminder (days)</translation>
    </message>
    <message>
        <source>督查时限按工作日计算</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision limits in working days</translation>
    </message>
    <message>
        <source>收文编号前缀</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Incoming number prefix</translation>
    </message>
    <message>
        <source>信访编号前缀</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Petition number prefix</translation>
    </message>
    <message>
        <source>督查编号前缀</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Supervision number prefix</translation>
    </message>
    <message>
        <source>每行一个类别；登记时从中选择。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One category a line; chosen from when registering.</translation>
    </message>
    <message>
        <source>文书档案为 WS</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>WS for documentary archives</translation>
    </message>
    <message>
        <source>TrueType 字体文件（.ttf / .ttc）的完整路径；.ttc 可写 路径#序号。留空则自动查找。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Full path of a TrueType font file (.ttf / .ttc); for a .ttc, path#index. Empty: found automatically.</translation>
    </message>
    <message>
        <source>关闭后始终使用软件自带的字体（各台电脑打印完全一致）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Off: always the bundled fonts (every computer prints the same).</translation>
    </message>
    <message>
        <source>22 行排满 225 mm 版心约 28.94 磅；同行多用 28.8–29.45。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>22 lines filling the 225 mm text block: about 28.94 pt; peers use 28.8–29.45.</translation>
    </message>
    <message>
        <source>1999 版标准限不大于 22 mm × 15 mm（高 × 宽）；2012 版由发文机关酌定（verify）。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The 1999 standard: at most 22 mm × 15 mm (h × w); 2012: the issuer decides (verify).</translation>
    </message>
    <message>
        <source>GB/T 9704-2012 第7.2.4条：发文机关标志上边缘至版心上边缘为 35 mm，上行文相同；1999 版对上报的公文规定为 80 mm，沿用旧版式的机关可改为 80。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>GB/T 9704-2012 §7.2.4: the issuer mark&apos;s top 35 mm below the text block&apos;s top, upward documents too; the 1999 standard set 80 mm for documents to superiors: an office keeping that layout sets 80.</translation>
    </message>
    <message>
        <source>党委机关公文常用。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Common on Party committee documents.</translation>
    </message>
    <message>
        <source>16 磅字每行 28 字排满 156 mm 版心需约 -0.22 磅。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>28 characters of 16 pt filling the 156 mm text block need about -0.22 pt.</translation>
    </message>
    <message>
        <source>calendar 自然日；working 工作日（按法定节假日和调休）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Calendar days, or working days (public holidays and swapped days)</translation>
    </message>
    <message>
        <source>leaders：按主席台上领导面向听众时的左手（2号在1号左手，即台下看在右侧）；audience：按台下听众看去的左手</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Leaders: the left hand of the leaders facing the hall (No. 2 on No. 1&apos;s left, the right as seen from the hall); hall: the left as the audience sees it</translation>
    </message>
    <message>
        <source>如：张三，0000-12345678</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. Zhang San, 0000-12345678</translation>
    </message>
    <message>
        <source>立项时未写办结时限的，按立项日期加此天数。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Items opened without a limit get the opening date plus these days.</translation>
    </message>
    <message>
        <source>按交办日期到时限的时间进度计算应完成的百分比，与反馈的进度比较。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The share of time from assignment to limit gone, compared with the reported progress.</translation>
    </message>
    <message>
        <source>正常／预警／告警 三级灯各用什么颜色。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The colours of the normal / warning / alert lights.</translation>
    </message>
    <message>
        <source>如“督查室”“督查科”；前面自动加机关名称。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. 督查室; the office name is put before it.</translation>
    </message>
    <message>
        <source>同一任务在此天数内不重复催办；再次催办时级别升高：第一次催办、再次催办、通报。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No second reminder for a task within these days; each reminder goes up a level: first, second, bulletin.</translation>
    </message>
    <message>
        <source>开启后，默认时限和临期天数按工作日（法定节假日和调休）计算。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>On: default limits and due-soon days count working days (holidays and swapped days).</translation>
    </message>
    <message>
        <source>职级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Ranks</translation>
    </message>
    <message>
        <source>职级名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <source>排序</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Order</translation>
    </message>
    <message>
        <source>省部级正职</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Provincial/ministerial head</translation>
    </message>
    <message>
        <source>省部级副职</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Provincial/ministerial deputy</translation>
    </message>
    <message>
        <source>厅局级正职</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bureau head</translation>
    </message>
    <message>
        <source>厅局级副职</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Bureau deputy</translation>
    </message>
    <message>
        <source>县处级正职</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>County/division head</translation>
    </message>
    <message>
        <source>县处级副职</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>County/division deputy</translation>
    </message>
    <message>
        <source>正科级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Section head</translation>
    </message>
    <message>
        <source>副科级</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Deputy section head</translation>
    </message>
    <message>
        <source>办事员</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Office clerk</translation>
    </message>
    <message>
        <source>座次先后：数字越小越靠前，如 1 省部级正职</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Seating order: smaller sits nearer the centre, e.g. 1 for a provincial head</translation>
    </message>
    <message>
        <source>空列表提示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Empty list hint</translation>
    </message>
    <message>
        <source>还没有%1。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No %1 yet.</translation>
    </message>
    <message>
        <source>还没有收文。收到第一份来文时，点“签收”登记它，它会得到收文编号。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No incoming documents yet. When the first one arrives, click &quot;Sign for receipt&quot;: it gets its receipt number.</translation>
    </message>
    <message>
        <source>还没有发文。起草第一份公文时，点“拟稿”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No outgoing documents yet. To write the first one, click &quot;Draft&quot;.</translation>
    </message>
    <message>
        <source>还没有会议。先在通讯录里添加会议室和人员，再新建会议。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No meetings yet. Add rooms and people to the directory first, then a new meeting.</translation>
    </message>
    <message>
        <source>还没有督查事项。领导批示、会议议定事项或收文批办需要督办时，新建一件。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No supervised items yet. When an instruction, a meeting decision or an incoming document needs following up, add one.</translation>
    </message>
    <message>
        <source>还没有信访件。来信、来访、网上信访到达时，点“登记”。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No petitions yet. When a letter, a visit or an online petition arrives, click &quot;Register&quot;.</translation>
    </message>
    <message>
        <source>登记第一件信访</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Register the first petition</translation>
    </message>
    <message>
        <source>通讯录还是空的。先下载导入模板，填好单位和人员后导入；也可以逐个新建。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>The directory is empty. Download the import template, fill in units and people and import it; or add them one by one.</translation>
    </message>
    <message>
        <source>还没有会议室。添加会议室后，新建会议时才能检查会议室冲突。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>No meeting rooms yet. Add them so that new meetings can be checked for room conflicts.</translation>
    </message>
    <message>
        <source>开始使用</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>&lt;b&gt;开始使用：先做好这几步&lt;/b&gt;</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>&lt;b&gt;Getting started: these steps first&lt;/b&gt;</translation>
    </message>
    <message>
        <source>开始使用的步骤</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Getting started steps</translation>
    </message>
    <message>
        <source>打开通讯录</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Open the directory</translation>
    </message>
    <message>
        <source>打开系统设置</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Open the settings</translation>
    </message>
    <message>
        <source>填写机关名称和机关代字（工具 → 系统设置 → 单位信息）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Enter the office&apos;s name and issuer code (Tools → Settings → Office)</translation>
    </message>
    <message>
        <source>导入或添加单位（通讯录 → 单位）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Import or add units (Directory → Units)</translation>
    </message>
    <message>
        <source>导入或添加人员（通讯录 → 人员）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Import or add people (Directory → People)</translation>
    </message>
    <message>
        <source>添加会议室（通讯录 → 会议室）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Add meeting rooms (Directory → Rooms)</translation>
    </message>
    <message>
        <source>如 X政办发〔2026〕12号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. X政办发〔2026〕12号</translation>
    </message>
    <message>
        <source>如 10年</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. 10年</translation>
    </message>
    <message>
        <source>各县（市、区）委办公室，市直各单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>e.g. 各县（市、区）委办公室，市直各单位</translation>
    </message>
    <message>
        <source>一级标题以“一、”开头，二级“（一）”，三级“1.”，四级“（1）”</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Headings start with 一、, then （一）, 1., （1）</translation>
    </message>
    <message>
        <source>每行一个附件名称</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>One attachment name a line</translation>
    </message>
    <message>
        <source>2026-12-03 09:00</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>2026-12-03 09:00</translation>
    </message>
    <message>
        <source>2026-12-03 11:30</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>2026-12-03 11:30</translation>
    </message>
    <message>
        <source>会议室名称；不是通讯录中的会议室则按外部场所处理</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>A meeting room; a place not in the directory counts as outside</translation>
    </message>
    <message>
        <source>18 位，可不填</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <source>涉及地区或单位</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Areas or units concerned</translation>
    </message>
    <message>
        <source>留空则按默认天数</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Empty: the default number of days</translation>
    </message>
    <message>
        <source>交办日期</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>出席</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Attending</translation>
    </message>
    <message>
        <source>列席</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Non-voting</translation>
    </message>
    <message>
        <source>特邀</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Invited</translation>
    </message>
    <message>
        <source>%1，%2人</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1, %2 people</translation>
    </message>
    <message>
        <source>缺字提示</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Missing characters</translation>
    </message>
    <message>
        <source>注意：打印字体中没有这些字，印出来是空框：%1。请在“系统设置 → 打印”中为字体选用含有这些字的字体文件后再打印。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Note: the print fonts lack these characters, which print as empty boxes: %1. Choose font files that contain them under Settings → Print before printing.</translation>
    </message>
    <message>
        <source>重复登记？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Registered twice?</translation>
    </message>
    <message>
        <source>已登记过来文字号相同的收文：%1。同一份来文登记两次会被重复办理和统计。仍要签收吗？</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>An incoming document with the same reference number is already registered: %1. The same document registered twice is handled and counted twice. Sign it in anyway?</translation>
    </message>
    <message>
        <source>没有签收：与已登记的收文相同。</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>Not signed in: the same as a document already registered.</translation>
    </message>
    <message>
        <source>同一身份证号</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>同姓名同电话</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>same name and phone</translation>
    </message>
    <message>
        <source>内容相似</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>similar content</translation>
    </message>
    <message>
        <source>%1（%2复核终结，不再受理）</source>
        <extracomment>fallback: any context (see scripts/fill_translations.py)</extracomment>
        <translation>%1 (recheck closed on %2: no longer accepted)</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="184"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="203"/>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="185"/>
        <source>议题，回车添加</source>
        <translation>Topic, Enter to add</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="187"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="188"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="203"/>
        <source>汇报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="190"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="191"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="203"/>
        <source>汇报人</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="193"/>
        <source>时长（分钟）</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="195"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="196"/>
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="197"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="198"/>
        <source>添加议程</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="201"/>
        <source>议程列表</source>
        <translation>Agenda list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="203"/>
        <source>分钟</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="209"/>
        <source>双击或 F2 修改；Delete 删除；Alt+↑/↓ 调整顺序</source>
        <translation>Double-click or F2 to edit; Delete to remove; Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="211"/>
        <source>议程总时长</source>
        <translation>Agenda total duration</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="212"/>
        <source>议程错误</source>
        <translation>Agenda error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="247"/>
        <source>请先填写议题。</source>
        <translation>Please enter a topic first.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="295"/>
        <source>议程第 %1 项的时长“%2”应为分钟数。</source>
        <translation>The duration “%2” of agenda item %1 should be minutes.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="330"/>
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
        <location filename="../../officedesk/ui/meetings/attendance.py" line="61"/>
        <source>签到 — %1</source>
        <translation>Sign-in — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="62"/>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="81"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="66"/>
        <source>↑/↓ 选人；按 1 已到、2 请假（随后填写原因并回车）、3 缺席、0 未签到；Ctrl+A 全部已到；Ctrl+S 保存。</source>
        <translation>↑/↓ choose a person; press 1 present, 2 on leave (then type the reason and Enter), 3 absent, 0 not signed in; Ctrl+A all present; Ctrl+S save.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="73"/>
        <source>签到名单</source>
        <translation>Sign-in list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="77"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="78"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="79"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="80"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="82"/>
        <source>请假原因</source>
        <translation>Reason for leave</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="100"/>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="156"/>
        <source>未签到</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="108"/>
        <source>签到统计</source>
        <translation>Sign-in count</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="111"/>
        <source>签到错误</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="113"/>
        <source>全部已到(Ctrl+A)</source>
        <translation>All present (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="114"/>
        <source>全部已到</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="119"/>
        <source>保存(Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="119"/>
        <source>保存签到</source>
        <translation>Save sign-in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="120"/>
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
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="257"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="379"/>
        <source>督查通报</source>
        <translation>Supervision bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="260"/>
        <source>通报开始日期</source>
        <translation>Bulletin start date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="261"/>
        <source>通报结束日期</source>
        <translation>Bulletin end date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="262"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="263"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="268"/>
        <source>序号印后手填</source>
        <translation>number by hand</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="269"/>
        <source>通报发文字号</source>
        <translation>Bulletin document number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="270"/>
        <source>本期督查通报的发文字号，如 云委办督〔2026〕3号；留空则序号留白，编号后手填</source>
        <translation>This supervision bulletin&apos;s document number, e.g. 云委办督〔2026〕3号; left blank, the number is left for handwriting once it is given</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="271"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="272"/>
        <source>打印通报</source>
        <translation>Print bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="275"/>
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="277"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="281"/>
        <source>发文字号：</source>
        <translation>Doc. no.:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="286"/>
        <source>通报概况</source>
        <translation>Bulletin overview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="290"/>
        <source>各单位办理情况</source>
        <translation>Progress by unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="299"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="335"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="357"/>
        <source>各单位办结率、按期办结率（按件计，%）</source>
        <translation>Completion and on-time rates by unit (by task, %)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="342"/>
        <source>截至期末在办任务 %1 件，逾期未办结 %2 件；本期应办结 %3 件，办结 %4 件（按期 %5 件）；办结率（按件计）%6，按期办结率（按件计）%7。</source>
        <translation>At the period&apos;s end %1 tasks open, %2 overdue; %3 due in the period, %4 completed (%5 on time); completion rate (by task) %6, on-time rate (by task) %7.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="363"/>
        <source>办结率（按件计）</source>
        <translation>Completion rate (by task)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="364"/>
        <source>按期办结率（按件计）</source>
        <translation>On-time rate (by task)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="398"/>
        <source>印制份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="399"/>
        <source>涉密督查通报逐份编份号。印制份数，或只补印其中一份：</source>
        <translation>Each copy of a classified supervision bulletin carries its own copy number. Copies to print, or reprint a single copy:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="359"/>
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
        <location filename="../../officedesk/ui/chain_editor.py" line="42"/>
        <location filename="../../officedesk/ui/chain_editor.py" line="43"/>
        <source>审批链与职务</source>
        <translation>Approval chains and positions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="49"/>
        <location filename="../../officedesk/ui/chain_editor.py" line="107"/>
        <source>办理程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="54"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="58"/>
        <location filename="../../officedesk/ui/chain_editor.py" line="109"/>
        <source>按审批链把关</source>
        <translation>Enforce the approval chain</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="66"/>
        <source>审批链步骤</source>
        <translation>Steps of the approval chain</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="77"/>
        <source>每行一步。由谁办理写职务，可加范围：@本单位（记录所属单位的）、@分管（分管该单位的领导）、@单位名；几个职务用、隔开，另一种办理人用“或”连接。例如：处长、科长@本单位；副主任@分管或主任。变体（如请示、绝密）留空表示同一般审批链。</source>
        <translation>One step a line. “Done by” names a position, optionally with a scope: @本单位 (of the record&apos;s unit), @分管 (the leader in charge of that unit), or @unit name; separate several positions with 、 and alternatives with 或. E.g. 处长、科长@本单位; 副主任@分管或主任. A variant (e.g. Request for instructions, Top secret) left empty follows the general chain.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="91"/>
        <source>职务表</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="96"/>
        <source>添加一步</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="96"/>
        <source>删除此步</source>
        <translation>Remove this step</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="97"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="98"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="99"/>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="118"/>
        <source>职务表（由低到高）</source>
        <translation>Positions (lowest first)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="125"/>
        <location filename="../../officedesk/ui/chain_editor.py" line="126"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/chain_editor.py" line="127"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="25"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="27"/>
        <source>交核查</source>
        <translation>Send for checking</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="28"/>
        <source>核查结论</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="29"/>
        <source>处理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="30"/>
        <source>打印核查通知书</source>
        <translation>Print checking notice</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="31"/>
        <source>打印效能告诫书</source>
        <translation>Print warning letter</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="62"/>
        <source>登记效能投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/complaints.py" line="71"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>CopiesDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="43"/>
        <source>印制份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="44"/>
        <source>逐份印制(&amp;E)</source>
        <translation>Print &amp;every copy</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="45"/>
        <source>逐份印制</source>
        <translation>Print every copy</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="49"/>
        <source>补印的份号</source>
        <translation>Copy number to reprint</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="50"/>
        <source>只补印一份(&amp;R)</source>
        <translation>&amp;Reprint one copy only</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="53"/>
        <source>份数(&amp;C)：</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="55"/>
        <source>份号(&amp;N)：</source>
        <translation>Copy &amp;no.:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="51"/>
        <source>只补印一份</source>
        <translation>Reprint one copy only</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="80"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/copies.py" line="80"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="78"/>
        <source>待办概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="79"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="80"/>
        <source>刷新工作台</source>
        <translation>Refresh dashboard</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="85"/>
        <source>待办事项列表</source>
        <translation>To-do list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="98"/>
        <source>节假日提示</source>
        <translation>Holiday notice</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="106"/>
        <source>我的待办</source>
        <translation>My to-do</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="107"/>
        <source>我已送出、等待办理</source>
        <translation>Sent on, waiting for others</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="108"/>
        <source>全办待办概况</source>
        <translation>Office overview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="161"/>
        <source>正在统计待办事项…</source>
        <translation>Counting the to-do items…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="223"/>
        <source>今天是 %1。已逾期 %2 件，今日到期 %3 件，即将到期 %4 件。</source>
        <translation>Today is %1. Overdue: %2, due today: %3, due soon: %4.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="232"/>
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
        <location filename="../../officedesk/ui/widgets/date_input.py" line="54"/>
        <source>不填（%1）</source>
        <translation>Optional (%1)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/date_input.py" line="58"/>
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
        <location filename="../../officedesk/ui/documents/page.py" line="125"/>
        <source>办理过程</source>
        <translation>Handling record</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="168"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="169"/>
        <location filename="../../officedesk/ui/documents/page.py" line="174"/>
        <location filename="../../officedesk/ui/documents/page.py" line="180"/>
        <location filename="../../officedesk/ui/documents/page.py" line="184"/>
        <location filename="../../officedesk/ui/documents/page.py" line="193"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="173"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="179"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="183"/>
        <source>密级</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="192"/>
        <source>文种</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="343"/>
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
        <location filename="../../officedesk/ui/efficiency/drill.py" line="23"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="24"/>
        <source>效能明细：%1</source>
        <translation>Records behind: %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="27"/>
        <source>明细记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="29"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="29"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="29"/>
        <source>环节</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="29"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="29"/>
        <source>完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="30"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="30"/>
        <source>用时（工作日）</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="30"/>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/drill.py" line="38"/>
        <source>共 %1 条；双击或按 Enter 打开记录。</source>
        <translation>%1 records; double-click or press Enter to open one.</translation>
    </message>
</context>
<context>
    <name>EfficiencyTab</name>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="89"/>
        <source>效能</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="93"/>
        <source>统计开始日期</source>
        <translation>Period start</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="94"/>
        <source>统计结束日期</source>
        <translation>Period end</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="99"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="100"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="105"/>
        <source>序号印后手填</source>
        <translation>number by hand</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="106"/>
        <source>通报发文字号</source>
        <translation>Bulletin document number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="107"/>
        <source>本期效能通报的发文字号，如 云委办通〔2026〕3号；留空则序号留白，编号后手填</source>
        <translation>This bulletin&apos;s document number, e.g. 云委办通〔2026〕3号; left blank, the number is left for handwriting once it is given</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="108"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="109"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="111"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="112"/>
        <source>打印效能通报</source>
        <translation>Print efficiency bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="116"/>
        <source>效能概要</source>
        <translation>Efficiency summary</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="118"/>
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="119"/>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="120"/>
        <source>发文字号：</source>
        <translation>Doc. no.:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="130"/>
        <source>效能分页</source>
        <translation>Efficiency pages</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="131"/>
        <source>各事项效能</source>
        <translation>Efficiency by procedure</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="132"/>
        <source>每月完成件数与中位用时（收文）</source>
        <translation>Completed and median days per month (incoming)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="133"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="135"/>
        <source>环节所属事项</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="136"/>
        <source>各环节用时</source>
        <translation>Time per step</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="137"/>
        <source>各环节用时占比（%）</source>
        <translation>Share of time per step (%)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="139"/>
        <source>瓶颈环节</source>
        <translation>Bottleneck</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="140"/>
        <source>退回情况</source>
        <translation>Work sent back</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="142"/>
        <source>退回次数</source>
        <translation>Times sent back</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="150"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="312"/>
        <source>环节</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="153"/>
        <source>排名所属事项</source>
        <translation>Procedure ranked</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="155"/>
        <source>排名维度</source>
        <translation>Rank by</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="156"/>
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="156"/>
        <source>按人员</source>
        <translation>By person</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="157"/>
        <source>按文种/类别</source>
        <translation>By kind/category</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="158"/>
        <source>按经办人（各环节）</source>
        <translation>By handler of the steps</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="161"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="166"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="349"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="360"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="162"/>
        <source>按时率（%）</source>
        <translation>On-time rate (%)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="169"/>
        <source>三多每月情况</source>
        <translation>Meetings and documents per month</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="170"/>
        <source>每月会议次数与控制目标</source>
        <translation>Meetings per month and target</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="171"/>
        <source>领导会议负担</source>
        <translation>Leaders&apos; meeting load</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="178"/>
        <source>三多</source>
        <translation>Meetings and papers</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="180"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="203"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="243"/>
        <source>效能投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="201"/>
        <source>收文</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="201"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="385"/>
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="202"/>
        <source>督查</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="202"/>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="281"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="281"/>
        <source>计时</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="281"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="360"/>
        <source>办件量</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="281"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="360"/>
        <source>完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="282"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="312"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="349"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="361"/>
        <source>中位用时</source>
        <translation>Median days</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="282"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="312"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="350"/>
        <source>90%分位</source>
        <translation>90th pct.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="282"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="313"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="350"/>
        <source>最长</source>
        <translation>Longest</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="282"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="313"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="361"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="372"/>
        <source>按时率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="283"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="361"/>
        <source>逾期未办</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="283"/>
        <source>中位用时环比</source>
        <translation>Median vs previous</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="283"/>
        <source>按时率同比</source>
        <translation>On time vs last year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="289"/>
        <source>完成件数</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="290"/>
        <source>中位用时（工作日）</source>
        <translation>Median (working days)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="294"/>
        <source>期间 %1 至 %2（工作日计；环比：%3 至 %4；同比：去年同期）。</source>
        <translation>Period %1 to %2 (working days; previous: %3 to %4; year on year: same period last year).</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="300"/>
        <source>收文用时最多的环节：%1。</source>
        <translation>Incoming documents spend most time at: %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="304"/>
        <source>会议超过控制目标的月份：%1。</source>
        <translation>Months over the meeting target: %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="303"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="312"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="349"/>
        <source>件次</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="313"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="350"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="357"/>
        <source>用时合计</source>
        <translation>Total days</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="313"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="320"/>
        <source>用时占比</source>
        <translation>Share of time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="322"/>
        <source>瓶颈环节：%1</source>
        <translation>Bottleneck: %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="329"/>
        <source>从环节</source>
        <translation>From step</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="329"/>
        <source>退回至</source>
        <translation>Back to</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="329"/>
        <source>次数</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="329"/>
        <source>件数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="334"/>
        <source>本期无退回</source>
        <translation>No work was sent back in this period</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="337"/>
        <source>退回 %1 次（%2 件，每百件 %3 次）；上期 %4 次，去年同期 %5 次</source>
        <translation>Sent back %1 times (%2 records, %3 per 100); previous period %4, same period last year %5</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="349"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="360"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="362"/>
        <source>上期按时率</source>
        <translation>On time, previous</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="362"/>
        <source>环比</source>
        <translation>Vs previous</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="362"/>
        <source>去年同期按时率</source>
        <translation>On time, last year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="362"/>
        <source>同比</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="385"/>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="390"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="396"/>
        <source>去年同月</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="391"/>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="397"/>
        <source>控制目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="392"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="378"/>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="396"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="399"/>
        <source>领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="399"/>
        <source>会议次数</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="399"/>
        <source>会议时长（小时）</source>
        <translation>Meeting hours</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="400"/>
        <source>其中未登记签到</source>
        <translation>Of which no sign-in recorded</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/efficiency/tab.py" line="440"/>
        <source>效能通报</source>
        <translation>Efficiency bulletin</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../officedesk/ui/login.py" line="88"/>
        <source>首次使用 — 初始设置</source>
        <translation>First use — initial setup</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="89"/>
        <source>首次使用</source>
        <translation>First use</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="91"/>
        <source>如：中共某某县委办公室</source>
        <translation>e.g. General Office of the XX County Party Committee</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="93"/>
        <source>如：X委办（发文字号为 X委办发〔2026〕1号）</source>
        <translation>e.g. X委办 (document numbers then read X委办发〔2026〕1号)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="95"/>
        <location filename="../../officedesk/ui/login.py" line="144"/>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="100"/>
        <source>载入演示数据（可用于培训，正式使用前请勿勾选）</source>
        <translation>Load demo data (for training; leave unticked for real use)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="103"/>
        <source>机关名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="104"/>
        <source>机关代字</source>
        <translation>Office code</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="105"/>
        <source>管理员用户名</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="106"/>
        <source>管理员姓名</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="107"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="108"/>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="112"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="114"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="118"/>
        <location filename="../../officedesk/ui/login.py" line="119"/>
        <source>完成设置</source>
        <translation>Finish setup</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="120"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="125"/>
        <source>欢迎使用机关办公桌面。请先填写本机关的信息并创建管理员账号。</source>
        <translation>Welcome to OfficeDesk. First enter your office&apos;s details and create an administrator account.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="133"/>
        <source>两次输入的密码不一致，请重新输入。</source>
        <translation>The two passwords differ. Please enter them again.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="136"/>
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
        <location filename="../../officedesk/ui/widgets/history.py" line="74"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="87"/>
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="101"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="118"/>
        <location filename="../../officedesk/ui/widgets/history.py" line="119"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="122"/>
        <source>历史记录列表</source>
        <translation>History list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="125"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="125"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="125"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="125"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="153"/>
        <source>变更内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="159"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="174"/>
        <source>办理人：%1</source>
        <translation>Done by: %1</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="248"/>
        <location filename="../../officedesk/ui/admin.py" line="249"/>
        <source>节假日调整</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="251"/>
        <source>节假日调整列表</source>
        <translation>Holiday list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="252"/>
        <location filename="../../officedesk/ui/admin.py" line="261"/>
        <location filename="../../officedesk/ui/admin.py" line="263"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="252"/>
        <location filename="../../officedesk/ui/admin.py" line="266"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="252"/>
        <location filename="../../officedesk/ui/admin.py" line="271"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="265"/>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="265"/>
        <source>上班（调休）</source>
        <translation>Working day (swap)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="268"/>
        <source>说明，如 春节</source>
        <translation>Note, e.g. Spring Festival</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="275"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="276"/>
        <source>添加节假日</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="279"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="280"/>
        <source>删除所选节假日</source>
        <translation>Delete selected holidays</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="295"/>
        <source>%1 年的放假和调休已全部录入</source>
        <translation>All holidays and make-up days of %1 entered</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="296"/>
        <source>录入国务院办公厅公布的该年全部放假和调休上班日后勾选；未勾选时，该年的期限标“暂按”。</source>
        <translation>Tick once every holiday and make-up working day the State Council&apos;s General Office published for the year is entered; until then the year&apos;s deadlines are marked “provisional”.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="303"/>
        <source>重算结果</source>
        <translation>Deadlines recounted</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="338"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="345"/>
        <source>内置节假日表缺少以下年份，请在此补充：</source>
        <translation>The built-in holiday table lacks these years; please add them here: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="347"/>
        <source>内置节假日表已包含今明两年；此处的设置优先。</source>
        <translation>The built-in holiday table covers this year and next; the entries here take precedence.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="366"/>
        <source>替换节假日调整</source>
        <translation>Replace holiday adjustment</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="367"/>
        <source>%1 已有调整：%2。改为%3吗？原来的类型和说明将被替换，该年的期限将重新计算。</source>
        <translation>%1 already has an adjustment: %2. Change it to %3? The old kind and note are replaced and the year&apos;s deadlines are recounted.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="384"/>
        <source>已将 %1 由 %2 改为 %3；重算期限 %4 件。</source>
        <translation>Changed %1 from %2 to %3; deadlines recounted: %4.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="391"/>
        <source>已添加 %1（%2）；重算期限 %3 件。</source>
        <translation>Added %1 (%2); deadlines recounted: %3.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="404"/>
        <source>已标记 %1 年已全部录入，该年的期限不再标“暂按”。</source>
        <translation>%1 marked as entered whole: its deadlines are no longer provisional.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="405"/>
        <source>已取消 %1 年的标记，该年的期限标“暂按”。</source>
        <translation>%1 no longer marked: its deadlines are provisional.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="414"/>
        <source>删除节假日调整</source>
        <translation>Delete holiday adjustment</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="415"/>
        <source>确定删除 %1（%2）这一天的调整吗？该年的期限将重新计算。</source>
        <translation>Delete the adjustment of %1 (%2)? The deadlines of that year will be computed again.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="429"/>
        <source>已删除 %1（%2）的调整；重算期限 %3 件。</source>
        <translation>Removed the adjustment of %1 (%2); deadlines recounted: %3.</translation>
    </message>
</context>
<context>
    <name>IncomingPage</name>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="54"/>
        <source>持有/时限</source>
        <translation>Holder/deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="56"/>
        <source>收文</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="100"/>
        <source>来文字号</source>
        <translation>Sender&apos;s document number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="101"/>
        <source>“%1”应写作“%2”（六角括号〔〕，不加“第”，不编虚位）。改正吗？</source>
        <translation>“%1” should be written “%2” (hexagonal brackets 〔〕, no “第”, no leading zeros). Correct it?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="119"/>
        <source>重复登记？</source>
        <translation>Registered twice?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="120"/>
        <source>已登记过来文字号相同的收文：%1。同一份来文登记两次会被重复办理和统计。仍要签收吗？</source>
        <translation>An incoming document with the same reference number is already registered: %1. The same document registered twice is handled and counted twice. Sign it in anyway?</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="122"/>
        <source>没有签收：与已登记的收文相同。</source>
        <translation>Not signed in: the same as a document already registered.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="129"/>
        <source>收文签收</source>
        <translation>Sign for receipt</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="147"/>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="148"/>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="166"/>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="160"/>
        <source>收文登记</source>
        <translation>Register incoming document</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="178"/>
        <source>符合要求</source>
        <translation>Meets the requirements</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="225"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="226"/>
        <source>把领导对“%1”的批示转为督查事项吗？</source>
        <translation>Turn the leader&apos;s instruction on “%1” into a supervised item?</translation>
    </message>
</context>
<context>
    <name>InfoTab</name>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="65"/>
        <source>信息</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="71"/>
        <source>报送计时</source>
        <translation>Report clock</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="73"/>
        <location filename="../../officedesk/ui/info/tab.py" line="219"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="74"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="75"/>
        <source>待接收</source>
        <translation>Awaiting receipt</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="76"/>
        <source>待初审</source>
        <translation>Awaiting screening</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="77"/>
        <source>编辑签发中</source>
        <translation>Being edited or signed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="78"/>
        <source>已编发</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="79"/>
        <source>已采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="80"/>
        <source>突发事件</source>
        <translation>Emergencies</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="87"/>
        <source>信息详情</source>
        <translation>Item details</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="91"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="51"/>
        <location filename="../../officedesk/ui/info/tab.py" line="92"/>
        <location filename="../../officedesk/ui/info/tab.py" line="230"/>
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="94"/>
        <source>接收</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="94"/>
        <location filename="../../officedesk/ui/info/tab.py" line="231"/>
        <source>初审</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="94"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="95"/>
        <location filename="../../officedesk/ui/info/tab.py" line="232"/>
        <source>签发</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="95"/>
        <location filename="../../officedesk/ui/info/tab.py" line="233"/>
        <source>编发</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="95"/>
        <source>上报</source>
        <translation>Send up</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="96"/>
        <source>采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="96"/>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="96"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="97"/>
        <source>书面报告</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="97"/>
        <source>电话报告</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="103"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="104"/>
        <source>打印信息单据</source>
        <translation>Print information papers</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="106"/>
        <source>接收回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="108"/>
        <source>所在一期刊物</source>
        <translation>Its issue of the periodical</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="117"/>
        <source>刊物</source>
        <translation>Periodicals</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="118"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="119"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="202"/>
        <source>选择一条信息查看详情。</source>
        <translation>Select an item to see its details.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="213"/>
        <source>信息编号</source>
        <translation>Item no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="214"/>
        <source>报送单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="215"/>
        <source>报送时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="216"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="216"/>
        <location filename="../../officedesk/ui/info/tab.py" line="222"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="218"/>
        <source>密级</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="222"/>
        <source>事发时间</source>
        <translation>Event time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="225"/>
        <source>报送时限</source>
        <translation>Reporting limits</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="225"/>
        <source>电话 %1 前，书面 %2 前</source>
        <translation>Phone by %1, written by %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="230"/>
        <source>首报：</source>
        <translation>First report: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="234"/>
        <source>采用情况</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="235"/>
        <source>领导批示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="237"/>
        <source>督查事项</source>
        <translation>Supervised item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="239"/>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="264"/>
        <source>登记报送的信息</source>
        <translation>Register a reported item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="278"/>
        <source>续报：</source>
        <translation>Follow-up: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="348"/>
        <source>印制份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/tab.py" line="349"/>
        <source>涉密信息刊物逐份编份号。印制份数，或只补印其中一份：</source>
        <translation>Each copy of a classified issue carries its own copy number. Copies to print, or reprint a single copy:</translation>
    </message>
</context>
<context>
    <name>IssuesDialog</name>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="81"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="82"/>
        <source>信息刊物</source>
        <translation>Information periodicals</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="84"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="87"/>
        <source>刊物</source>
        <translation>Periodicals</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="85"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="87"/>
        <source>期号</source>
        <translation>Issue no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="87"/>
        <source>总期号</source>
        <translation>Running no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="88"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="88"/>
        <source>信息数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="88"/>
        <source>印发日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="89"/>
        <source>刊物各期</source>
        <translation>Issues of the periodicals</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="90"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="91"/>
        <source>印发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="94"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="95"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="191"/>
        <source>删除空期</source>
        <translation>Remove empty issue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="98"/>
        <source>调整顺序…</source>
        <translation>Reorder…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="99"/>
        <source>调整这一期的信息顺序</source>
        <translation>Reorder the items of this issue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="103"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="104"/>
        <source>打印这一期</source>
        <translation>Print this issue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="106"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="107"/>
        <source>刊物设置</source>
        <translation>Periodical settings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="111"/>
        <source>刊物：</source>
        <translation>Periodical:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="142"/>
        <source>%1年第%2期</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="144"/>
        <source>总第%1期</source>
        <translation>Running no. %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="167"/>
        <source>印发刊物</source>
        <translation>Issue the periodical</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="168"/>
        <source>印发《%1》%2年第%3期（总第%4期，%5条信息）？
印发后这一期即发出，不能撤回，也不能再编入或改动信息。</source>
        <translation>Issue %1 no. %3 of %2 (no. %4 overall, %5 items)?
Once issued it goes out: it cannot be taken back, and no item can be added to it or changed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="192"/>
        <source>删除《%1》%2年第%3期（总第%4期）？
其后未印发的各期期号、总期号依次提前一号。</source>
        <translation>Remove %1, %2 issue %3 (overall no. %4)?
The later issues not yet issued each move up one number, in the year and overall.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../officedesk/ui/login.py" line="42"/>
        <source>登录 — 机关办公桌面</source>
        <translation>Log in — OfficeDesk</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="43"/>
        <location filename="../../officedesk/ui/login.py" line="53"/>
        <location filename="../../officedesk/ui/login.py" line="54"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="45"/>
        <location filename="../../officedesk/ui/login.py" line="59"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="48"/>
        <location filename="../../officedesk/ui/login.py" line="60"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="49"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="55"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="62"/>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="64"/>
        <source>机关办公桌面</source>
        <translation>OfficeDesk</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="65"/>
        <source>主窗口</source>
        <translation>Main window</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="67"/>
        <source>功能页</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="74"/>
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="173"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="176"/>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="182"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="188"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="193"/>
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="194"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="195"/>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="198"/>
        <source>备份数据库…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="201"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="204"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="206"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="209"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="214"/>
        <source>全局搜索…</source>
        <translation>Search everywhere…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="218"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="225"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="226"/>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="228"/>
        <source>系统设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="231"/>
        <source>用户管理…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="234"/>
        <source>节假日调整…</source>
        <translation>Holidays…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="237"/>
        <source>界面语言…</source>
        <translation>Interface language…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="238"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="240"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="243"/>
        <source>日志文件位置</source>
        <translation>Log file location</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="244"/>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="248"/>
        <location filename="../../officedesk/ui/main_window.py" line="251"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="252"/>
        <source>机关办公桌面 OfficeDesk
公文、会议、督查、信访登记与打印。</source>
        <translation>OfficeDesk
Registers and printing for official documents, meetings, supervision and petitions.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="280"/>
        <source>审批链与职务…</source>
        <translation>Approval chains and positions…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="281"/>
        <source>岗位设置…</source>
        <translation>Positions of users…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="282"/>
        <source>设置代理…</source>
        <translation>Substitutes…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="295"/>
        <source>用户：%1（%2，密级权限：%3）</source>
        <translation>User: %1 (%2, clearance: %3)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="295"/>
        <source>用户：%1 %4（%2，密级权限：%3）</source>
        <translation>User: %1, %4 (%2, clearance: %3)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="302"/>
        <source>当前用户</source>
        <translation>Current user</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="303"/>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="304"/>
        <source>当前数据库</source>
        <translation>Current database</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="325"/>
        <source>当前页没有这项操作</source>
        <translation>This page has no such action</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="341"/>
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
        <location filename="../../officedesk/ui/meetings/dialog.py" line="75"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="172"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="86"/>
        <source>会议名称(&amp;M)</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="87"/>
        <source>会议类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="91"/>
        <source>密级(&amp;Y)</source>
        <translation>Secrecy (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="97"/>
        <source>2026-12-03 09:00 或 2026年12月3日9时</source>
        <translation>2026-12-03 09:00 or 2026/12/3 9:00</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="98"/>
        <source>开始时间(&amp;S)</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="99"/>
        <source>结束时间(&amp;E)</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="102"/>
        <source>地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="104"/>
        <source>会议室名称（拼音首字母可查）；其他地点按外部场所处理</source>
        <translation>Meeting room name (pinyin initials work); other places count as external venues</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="107"/>
        <source>地点说明</source>
        <translation>Place note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="110"/>
        <source>主办单位(&amp;U)</source>
        <translation>Host &amp;unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="111"/>
        <source>主持人(&amp;H)</source>
        <translation>C&amp;hair</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="123"/>
        <source>%1人员(%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="129"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="132"/>
        <source>主席台人数</source>
        <translation>Seats on the podium</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="131"/>
        <source>自动</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="135"/>
        <source>议程(&amp;D)</source>
        <translation>Agen&amp;da</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="139"/>
        <source>报到时间</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="140"/>
        <source>报名截止</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="143"/>
        <source>材料要求</source>
        <translation>Materials required</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="144"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="145"/>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="146"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="155"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="156"/>
        <source>冲突检查</source>
        <translation>Conflict check</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="159"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="162"/>
        <source>仍要保存的原因</source>
        <translation>Reason to save anyway</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="164"/>
        <source>存在可协调的冲突时，写明仍要保存的原因（记入审计）</source>
        <translation>If there are conflicts that can be resolved, give the reason to save anyway (audited)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="166"/>
        <source>原因错误</source>
        <translation>Reason error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="175"/>
        <source>保存(Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="175"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="176"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="287"/>
        <source>“%1”不是通讯录中的会议室，按外部场所处理，不做会议室冲突检查。</source>
        <translation>“%1” is not a meeting room in the directory: treated as an external venue, no room conflict check.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="294"/>
        <source>会议室可坐 %1 人。</source>
        <translation>The meeting room seats %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="309"/>
        <source>未发现冲突。</source>
        <translation>No conflicts found.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="314"/>
        <source>【必须调整】</source>
        <translation>[Must change]</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="314"/>
        <source>【可说明原因后保存】</source>
        <translation>[May be saved with a reason]</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="387"/>
        <source>会议室在这段时间已被占用，请换会议室或改时间。</source>
        <translation>The meeting room is taken at that time: choose another room or time.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="394"/>
        <source>存在冲突，请写明仍要保存的原因，或调整时间、地点、人员。</source>
        <translation>There are conflicts: give the reason to save anyway, or change the time, place or people.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="427"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="431"/>
        <source>会议通知</source>
        <translation>Meeting notice</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="429"/>
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
        <location filename="../../officedesk/ui/meetings/__init__.py" line="57"/>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="61"/>
        <source>实到/应到</source>
        <translation>Present/expected</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="64"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="65"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="72"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="70"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="73"/>
        <source>今天及以后</source>
        <translation>Today and later</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="74"/>
        <source>已过去</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="75"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="86"/>
        <source>新建(Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="82"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="86"/>
        <source>新建会议</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="81"/>
        <source>还没有会议。先在通讯录里添加会议室和人员，再新建会议。</source>
        <translation>No meetings yet. Add rooms and people to the directory first, then a new meeting.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="89"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="89"/>
        <source>修改会议</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="92"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="95"/>
        <source>座次</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="98"/>
        <source>纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="98"/>
        <source>会议纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="101"/>
        <source>打印(Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="101"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="104"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="330"/>
        <source>已发通知</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="104"/>
        <source>标记已发通知</source>
        <translation>Mark notice sent</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="107"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="354"/>
        <source>取消会议</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="109"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="109"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="112"/>
        <source>打印哪一种</source>
        <translation>What to print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="126"/>
        <source>日历与统计</source>
        <translation>Calendar and statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="129"/>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="130"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="197"/>
        <source>印发取消通知：告知已收到会议通知的单位和人员，会议不再召开</source>
        <translation>Issue the cancellation notice: tells the units and people who received the meeting notice that the meeting will not take place</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="316"/>
        <source>印制份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="317"/>
        <source>涉密会议的文件逐份编份号。印制份数（默认每位参加人一份）：</source>
        <translation>Each copy of a classified meeting&apos;s paper carries its own copy number. Copies to print (one per participant by default):</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="331"/>
        <source>确定“%1”（%2）的会议通知已经发出吗？记为已发后不能撤回：通知内容即固定，此后改动时间或地点，须印发更正通知。</source>
        <translation>Has the notice of “%1” (%2) been sent? Once recorded as sent this cannot be undone: the notice is fixed, and a later change of time or place needs a correction notice.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="355"/>
        <source>确定取消这次会议吗？取消后不能再修改。</source>
        <translation>Cancel this meeting? A cancelled meeting cannot be edited.</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="49"/>
        <source>会议纪要 — %1</source>
        <translation>Minutes — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="50"/>
        <source>会议纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="53"/>
        <source>纪要期号</source>
        <translation>Minutes issue no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="54"/>
        <source>如：第12期</source>
        <translation>e.g. No. 12</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="55"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="57"/>
        <source>纪要日期</source>
        <translation>Minutes date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="58"/>
        <source>留空则为会议当日或今天</source>
        <translation>Blank: the meeting day or today</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="59"/>
        <source>纪要日期错误</source>
        <translation>Minutes date error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="61"/>
        <source>纪要正文</source>
        <translation>Minutes text</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="64"/>
        <source>会议概况、议题讨论情况……（议定事项在下面逐项填写）</source>
        <translation>Overview, discussion of the topics… (enter the decisions one by one below)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="66"/>
        <source>期号(&amp;I)</source>
        <translation>&amp;Issue no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="67"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="69"/>
        <source>纪要正文(&amp;T)</source>
        <translation>Minutes &amp;text</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="72"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="93"/>
        <source>议定事项</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="73"/>
        <source>议定事项，回车添加</source>
        <translation>Decision, Enter to add</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="75"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="76"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="93"/>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="77"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="78"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="79"/>
        <source>时限，如 2026-12-31</source>
        <translation>Deadline, e.g. 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="83"/>
        <source>议定事项错误</source>
        <translation>Decision error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="90"/>
        <source>议定事项列表</source>
        <translation>Decision list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="93"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="93"/>
        <source>督查</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="105"/>
        <source>转督查(Ctrl+D)</source>
        <translation>To supervision (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="106"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="109"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="110"/>
        <source>查看督查事项</source>
        <translation>View supervised item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="115"/>
        <source>纪要状态</source>
        <translation>Minutes status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="116"/>
        <source>纪要错误</source>
        <translation>Minutes error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="124"/>
        <source>保存(Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="124"/>
        <source>保存纪要</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="125"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="134"/>
        <source>议定事项（选中一项按 Ctrl+D 转督查）</source>
        <translation>Decisions (select one and press Ctrl+D to send it to supervision)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="195"/>
        <source>已转督查（%1号）</source>
        <translation>Under supervision (no. %1)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="196"/>
        <source>已转督查</source>
        <translation>Under supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="213"/>
        <source>请先填写议定事项。</source>
        <translation>Please enter the decision first.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="244"/>
        <source>这项议定事项已转督查，不能删除；如需撤销或调整，请在督查事项中办理。</source>
        <translation>This decision is under supervision and cannot be deleted; to withdraw or change it, do so in the supervised item.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="273"/>
        <source>第 %1 项议定事项的时限</source>
        <translation>the deadline of decision %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="307"/>
        <source>纪要已保存。</source>
        <translation>Minutes saved.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="317"/>
        <source>请先选中一项议定事项。</source>
        <translation>Please select a decision first.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="337"/>
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
        <location filename="../../officedesk/ui/password_dialog.py" line="23"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="23"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="27"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="28"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="29"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="30"/>
        <source>再输一次新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="34"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="39"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="40"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/password_dialog.py" line="56"/>
        <source>两次输入的新密码不一致，请重新输入。</source>
        <translation>The two new passwords differ. Please type them again.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="71"/>
        <source>%1人员</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="73"/>
        <source>输入姓名或拼音首字母，回车添加；外单位写 姓名（单位）</source>
        <translation>Type a name or pinyin initials, Enter to add; for other organisations write Name (Unit)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="75"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="76"/>
        <source>添加%1人员</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="79"/>
        <source>%1人员名单</source>
        <translation>%1 list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="81"/>
        <source>Delete 删除，Alt+↑/↓ 调整顺序</source>
        <translation>Delete to remove, Alt+↑/↓ to reorder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="83"/>
        <source>%1人数</source>
        <translation>%1 count</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="84"/>
        <source>%1人员错误</source>
        <translation>%1 error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="124"/>
        <source>已在名单中：</source>
        <translation>Already on the list: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="164"/>
        <source>不在通讯录中（手工输入）</source>
        <translation>Not in the directory (typed in)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="166"/>
        <source>%1 人</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>PeriodicalDialog</name>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="232"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="233"/>
        <source>刊物设置</source>
        <translation>Periodical settings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="241"/>
        <source>刊物名称</source>
        <translation>Periodical name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="241"/>
        <source>编发单位</source>
        <translation>Publishing unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="242"/>
        <source>报</source>
        <translation>To (up)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="242"/>
        <source>送</source>
        <translation>To (copy)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="243"/>
        <source>发</source>
        <translation>To (down)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="244"/>
        <source>此前已出总期数</source>
        <translation>Issues published before</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="247"/>
        <source>不填则为本机关名称</source>
        <translation>Leave empty for the office&apos;s own name</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="250"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="253"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="254"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PetitionsTab</name>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="75"/>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="80"/>
        <source>期限提示</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="81"/>
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="73"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="87"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="89"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="107"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="90"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="92"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="95"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="96"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="89"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="97"/>
        <source>重复件</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="68"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="106"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="112"/>
        <source>还没有信访件。来信、来访、网上信访到达时，点“登记”。</source>
        <translation>No petitions yet. When a letter, a visit or an online petition arrives, click &quot;Register&quot;.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="113"/>
        <source>登记第一件信访</source>
        <translation>Register the first petition</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="116"/>
        <source>信访详情</source>
        <translation>Petition details</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="121"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="122"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="135"/>
        <source>复查/复核意见</source>
        <translation>Review/re-examination</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="137"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="287"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="291"/>
        <source>标为重复件</source>
        <translation>Mark as repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="139"/>
        <source>取消重复件</source>
        <translation>Unmark repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="143"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="343"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="144"/>
        <source>打印信访文书</source>
        <translation>Print petition forms</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="155"/>
        <source>（含完整身份信息）</source>
        <translation> (with full identity)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="160"/>
        <source>查看完整身份信息</source>
        <translation>Show full identity</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="162"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="390"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="404"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="163"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="164"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="71"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="165"/>
        <source>问题类别</source>
        <translation>Issue categories</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="230"/>
        <source>选择一件信访查看详情。</source>
        <translation>Select a petition to see its details.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="65"/>
        <source>信访编号</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="66"/>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="72"/>
        <source>涉及单位</source>
        <translation>Units concerned</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="74"/>
        <source>处理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="78"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="82"/>
        <source>办理期限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="86"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="136"/>
        <source>反映内容</source>
        <translation>Issues raised</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="139"/>
        <source>诉求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="140"/>
        <source>信访人</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="142"/>
        <source>答复意见</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="143"/>
        <source>办理过程</source>
        <translation>Handling record</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/detail.py" line="145"/>
        <source>此前可能相同的信访</source>
        <translation>Earlier petitions that may be the same</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="252"/>
        <source>更正信访登记</source>
        <translation>Correct petition registration</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="287"/>
        <source>没有找到此前可能相同的信访件。</source>
        <translation>No earlier petitions that may be the same were found.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="291"/>
        <source>选择原件：</source>
        <translation>Choose the original:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="344"/>
        <source>这件信访暂无本机关可打印的文书：</source>
        <translation>This office has no paper to print for this petition yet:</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="357"/>
        <source>%1：身份证号 %2，电话 %3，住址 %4</source>
        <translation>%1: ID card no. %2, telephone %3, address %4</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="364"/>
        <source>完整身份信息（已记录查看）</source>
        <translation>Full identity (this viewing is logged)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="365"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="368"/>
        <source>完整身份信息</source>
        <translation>Full identity</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="370"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="391"/>
        <source>把信访件 %1 转为督查事项吗？转后即编督查编号。</source>
        <translation>Turn petition %1 into a supervised item? It takes a supervision number at once.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="404"/>
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
        <location filename="../../officedesk/ui/print_preview.py" line="77"/>
        <source>打印预览 — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="78"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="94"/>
        <source>缺字提示</source>
        <translation>Missing characters</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="96"/>
        <source>注意：打印字体中没有这些字，印出来是空框：%1。请在“系统设置 → 打印”中为字体选用含有这些字的字体文件后再打印。</source>
        <translation>Note: the print fonts lack these characters, which print as empty boxes: %1. Choose font files that contain them under Settings → Print before printing.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="105"/>
        <source>排版提示</source>
        <translation>Layout note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="109"/>
        <source>预览页面</source>
        <translation>Preview page</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="122"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="122"/>
        <location filename="../../officedesk/ui/print_preview.py" line="382"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="123"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="123"/>
        <location filename="../../officedesk/ui/print_preview.py" line="297"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
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
        <location filename="../../officedesk/ui/print_preview.py" line="217"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="129"/>
        <location filename="../../officedesk/ui/print_preview.py" line="144"/>
        <location filename="../../officedesk/ui/print_preview.py" line="213"/>
        <location filename="../../officedesk/ui/print_preview.py" line="219"/>
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
        <location filename="../../officedesk/ui/print_preview.py" line="209"/>
        <source>/ %1 页</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="297"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="305"/>
        <source>替换已有的文件</source>
        <translation>Replace the existing file</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="306"/>
        <source>“%1”已存在。要用这份 PDF 替换它吗？它原有的内容将丢失。</source>
        <translation>“%1” already exists. Replace it with this PDF? Its present content will be lost.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="313"/>
        <location filename="../../officedesk/ui/print_preview.py" line="318"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="319"/>
        <source>文件无法写入：%1
请换一个文件夹，或检查磁盘空间和权限。</source>
        <translation>The file cannot be written: %1
Choose another folder, or check disk space and permissions.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="347"/>
        <source>打印机无法开始打印</source>
        <translation>The printer cannot start printing</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="392"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="393"/>
        <source>打印没有完成：%1
请检查打印机是否开机、联网并有纸。</source>
        <translation>Printing did not finish: %1
Check that the printer is on, connected and has paper.</translation>
    </message>
</context>
<context>
    <name>RankingDialog</name>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="308"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="309"/>
        <source>信息工作排名</source>
        <translation>Information work ranking</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="313"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="315"/>
        <location filename="../../officedesk/ui/info/dialogs.py" line="323"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="316"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="316"/>
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="316"/>
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="317"/>
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="317"/>
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="318"/>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="324"/>
        <source>县级采用</source>
        <translation>Adopted (county)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="324"/>
        <source>市级采用</source>
        <translation>Adopted (city)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="324"/>
        <source>省级采用</source>
        <translation>Adopted (province)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="324"/>
        <source>中央采用</source>
        <translation>Adopted (central)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="325"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="325"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="325"/>
        <source>报送</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="326"/>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="326"/>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="327"/>
        <source>各单位得分</source>
        <translation>Points per unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="331"/>
        <source>计分说明</source>
        <translation>How the points are counted</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="332"/>
        <source>打印通报</source>
        <translation>Print bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="333"/>
        <source>打印信息工作通报</source>
        <translation>Print the information work bulletin</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/info/dialogs.py" line="336"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="60"/>
        <source>修改%1</source>
        <translation>Edit record — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="62"/>
        <source>新建%1</source>
        <translation>New record — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="319"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="321"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="321"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="66"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="67"/>
        <source>登记信访</source>
        <translation>Register petition</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="70"/>
        <source>信访人（联名信、集体访的代表逐一登记，第一位显示在列表中）</source>
        <translation>Petitioners (for joint letters and group visits register each representative; the first is shown in the list)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="73"/>
        <source>信访人名单</source>
        <translation>Petitioner list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="81"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="82"/>
        <source>添加信访人</source>
        <translation>Add petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="84"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="85"/>
        <source>删除所选信访人</source>
        <translation>Delete selected petitioners</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="87"/>
        <source>信访人错误</source>
        <translation>Petitioner error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="112"/>
        <source>可能的重复件</source>
        <translation>Possible repeats</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="114"/>
        <source>可能的重复件列表</source>
        <translation>Possible repeat list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="118"/>
        <source>信访编号</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="119"/>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="120"/>
        <source>信访人</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="121"/>
        <source>相同之处</source>
        <translation>In common</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="122"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="123"/>
        <source>反映内容</source>
        <translation>Issues raised</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="134"/>
        <source>信访人信访次数</source>
        <translation>Petitions by the petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="136"/>
        <source>作为所选信访件的重复件登记</source>
        <translation>Register as a repeat of the selected petition</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="137"/>
        <source>作为重复件登记</source>
        <translation>Register as repeat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="151"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="153"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="153"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="220"/>
        <source>第 %1 行的信访人</source>
        <translation>the petitioner in row %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="221"/>
        <source>删除信访人“%1”？这一行已填写的内容将一并删除，不能恢复。</source>
        <translation>Delete petitioner “%1”? Everything typed in this row is deleted and cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="222"/>
        <source>删除信访人</source>
        <translation>Delete petitioner</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="282"/>
        <source>%1此前已信访 %2 次</source>
        <translation>Earlier petitions by %1: %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="283"/>
        <source>同姓名（%1）的信访此前有 %2 件</source>
        <translation>Earlier petitions by people named %1: %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="297"/>
        <source>发现 %1 件可能相同的信访。</source>
        <translation>Possible repeats found: %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="301"/>
        <source>%1 已于 %2 复核终结，同一事项不再受理。</source>
        <translation>%1 was finally reviewed on %2: the same matter is no longer accepted. </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="306"/>
        <source>未发现重复信访。</source>
        <translation>No repeat petitions found.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="363"/>
        <source>请至少登记一位信访人的姓名。</source>
        <translation>Please register at least one petitioner&apos;s name.</translation>
    </message>
</context>
<context>
    <name>RegistryListView</name>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="185"/>
        <source>记录数</source>
        <translation>Record count</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="172"/>
        <source>查找%1</source>
        <translation>Find %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="168"/>
        <source>查找（字词或编号，几个词用空格分开，如 张三 信访）</source>
        <translation>Find words or a number (e.g. 张三 信访)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="170"/>
        <source>输入一两个字、词或编号查找，如 张、信访、〔2026〕12号。
几个词用空格分开，找出含每个词的记录；加引号的词组（“县委 办公室”）整体查找。</source>
        <translation>Type a character or two, words or a number, e.g. 张, 信访, 〔2026〕12号.
Words with spaces between them find the records holding each; a phrase in quotes (“县委 办公室”) is found as typed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="190"/>
        <source>%1列表</source>
        <translation>%1 list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="245"/>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="249"/>
        <source>空列表提示</source>
        <translation>Empty list hint</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="258"/>
        <source>还没有%1。</source>
        <translation>No %1 yet.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="329"/>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officedesk/ui/widgets/records_table.py" line="452"/>
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
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="121"/>
        <source>删除确认</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="122"/>
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
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="142"/>
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
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="125"/>
        <source>%1（%2 项待催办）</source>
        <translation>%1 (to remind: %2)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="129"/>
        <source>今天是 %1。逾期、反馈逾期或进度严重滞后的任务 %2 项，涉及 %3 个单位；临期任务 %4 项。</source>
        <translation>Today is %1. Tasks overdue, late with reports or far behind schedule: %2 (units: %3); tasks due soon: %4.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="217"/>
        <source>没有需要新催办的任务</source>
        <translation>No tasks need a new reminder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="221"/>
        <source>已登记催办：%1。</source>
        <translation>Reminders recorded: %1.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="223"/>
        <source>未登记催办（%1）：%2</source>
        <translation>No reminder recorded (%1): %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="237"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="244"/>
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
        <location filename="../../officedesk/ui/meetings/seating.py" line="63"/>
        <source>座次 — %1</source>
        <translation>Seating — %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="64"/>
        <source>座次</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="68"/>
        <source>台下面向主席台的视角。拖动姓名到另一座位即互换；或选中后按 Ctrl+方向键移动。Ctrl+S 保存，Ctrl+P 保存并打印座次表。</source>
        <translation>Seen from the floor facing the podium. Drag a name onto another seat to swap; or select and press Ctrl+arrow keys to move. Ctrl+S saves, Ctrl+P saves and prints the seating chart.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="75"/>
        <source>座次表</source>
        <translation>Seating chart</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="78"/>
        <source>座次状态</source>
        <translation>Seating status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="79"/>
        <source>保存座次(Ctrl+S)</source>
        <translation>Save seating (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="79"/>
        <source>保存座次</source>
        <translation>Save seating</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="81"/>
        <location filename="../../officedesk/ui/meetings/seating.py" line="238"/>
        <source>恢复按规则排列</source>
        <translation>Rearrange by the rules</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="84"/>
        <source>保存并打印(Ctrl+P)</source>
        <translation>Save and print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="84"/>
        <source>保存并打印座次表</source>
        <translation>Save and print seating chart</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="86"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="131"/>
        <source>主席台</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="132"/>
        <source>第%1排</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="147"/>
        <source>已人工调整</source>
        <translation>Adjusted by hand</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="147"/>
        <source>按级别自动排列</source>
        <translation>Arranged by rank</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="182"/>
        <source>已调整，尚未保存</source>
        <translation>Adjusted, not saved yet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="190"/>
        <source>已调整，尚未保存（各排居中排列，不留空位）</source>
        <translation>Adjusted, not saved yet (each row is centred, with no empty seats)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="193"/>
        <source>各排居中排列，不留空位：此次移动未改变座次；之前的调整尚未保存</source>
        <translation>Each row is centred, with no empty seats: this move changed no seat; the earlier changes are not saved yet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="196"/>
        <source>各排居中排列，不留空位：此次移动未改变座次</source>
        <translation>Each row is centred, with no empty seats: this move changed no seat</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="227"/>
        <source>座次已保存</source>
        <translation>Seating saved</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="239"/>
        <source>恢复后按级别重新排列并立即保存，人工调整的座次将丢失。确定恢复吗？</source>
        <translation>The seats are arranged again by rank and saved at once; the seats adjusted by hand are lost. Restore the rule&apos;s arrangement?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="79"/>
        <location filename="../../officedesk/ui/settings_dialog.py" line="80"/>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="84"/>
        <source>设置分页</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="113"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="114"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="141"/>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="142"/>
        <source>恢复本页默认值</source>
        <translation>Restore this page&apos;s defaults</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="143"/>
        <source>把这一页的设置恢复为默认值（保存后生效）</source>
        <translation>Put this page back to the defaults (applies on Save)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="184"/>
        <source>留空：用本机的公文字体或自带字体</source>
        <translation>Blank: installed or bundled font</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="189"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="190"/>
        <location filename="../../officedesk/ui/settings_dialog.py" line="197"/>
        <source>选择字体文件</source>
        <translation>Choose a font file</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="205"/>
        <source>各字体所用文件</source>
        <translation>The file of each face</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="207"/>
        <location filename="../../officedesk/ui/settings_dialog.py" line="208"/>
        <location filename="../../officedesk/ui/settings_dialog.py" line="231"/>
        <source>打印样张</source>
        <translation>Print specimen</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="209"/>
        <source>用已保存的字体设置印一页公文样张，检查字体和打印机</source>
        <translation>Print one specimen page with the saved font settings, to check fonts and printer</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="211"/>
        <source>正在使用的字体文件</source>
        <translation>Font files in use</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/settings_dialog.py" line="223"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SpecStepDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="70"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="89"/>
        <source>办理对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="94"/>
        <source>时限：</source>
        <translation>Time limit: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="98"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="113"/>
        <source>留空即本人办理</source>
        <translation>Blank: done by yourself</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="117"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="123"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="130"/>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="145"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="147"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="147"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/step_form.py" line="179"/>
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
        <location filename="../../officedesk/ui/documents/stats_page.py" line="88"/>
        <source>已编号发文 %1 件，收文 %2 件，在办 %3 件，逾期 %4 件</source>
        <translation>Numbered outgoing: %1, incoming: %2, in progress: %3, overdue: %4</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="101"/>
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
        <location filename="../../officedesk/ui/supervision/__init__.py" line="90"/>
        <source>预警</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="99"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="101"/>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="117"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="102"/>
        <source>待交办</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="103"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="104"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="105"/>
        <source>逾期办结</source>
        <translation>Closed late</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="107"/>
        <source>已超办结时限</source>
        <translation>Past deadline</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="116"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="122"/>
        <source>还没有督查事项。领导批示、会议议定事项或收文批办需要督办时，新建一件。</source>
        <translation>No supervised items yet. When an instruction, a meeting decision or an incoming document needs following up, add one.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="127"/>
        <source>新建事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="127"/>
        <source>登记一件督查事项（Ctrl+N）</source>
        <translation>Register a supervised item (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="129"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="131"/>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="185"/>
        <source>分解交办</source>
        <translation>Assign tasks</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="131"/>
        <source>为所选事项增加一项任务</source>
        <translation>Add a task to the selected item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="133"/>
        <source>修改任务</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="134"/>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="119"/>
        <source>删除任务</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="136"/>
        <source>反馈</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="136"/>
        <source>登记所选任务的进展反馈</source>
        <translation>Record a progress report on the selected task</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="138"/>
        <source>任务办结</source>
        <translation>Close task</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="140"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="140"/>
        <source>延长事项或其中一项任务的办结时限</source>
        <translation>Extend the deadline of the item or of one of its tasks</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="143"/>
        <source>事项办结</source>
        <translation>Close item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="143"/>
        <source>全部任务办结后办结事项</source>
        <translation>Close the item once all its tasks are closed</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="146"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="146"/>
        <source>撤销误录的办结，事项回到办理中</source>
        <translation>Undo a closing entered by mistake; the item is in progress again</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="148"/>
        <source>催办…</source>
        <translation>Reminder…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="150"/>
        <source>打印交办单</source>
        <translation>Print assignment sheet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="150"/>
        <source>打印所选事项（Ctrl+P）</source>
        <translation>Print the selected item (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="152"/>
        <source>督查通报…</source>
        <translation>Bulletin…</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="153"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="169"/>
        <source>事项详情</source>
        <translation>Item details</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="171"/>
        <source>分解任务列表</source>
        <translation>Task list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="175"/>
        <source>进展反馈列表</source>
        <translation>Progress report list</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="186"/>
        <source>进展反馈（所选任务）</source>
        <translation>Progress reports (selected task)</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="289"/>
        <source>选择一件督查事项，查看其分解任务和反馈。</source>
        <translation>Select a supervised item to see its tasks and progress reports.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="295"/>
        <source>来源：%1&#x3000;立项：%2&#x3000;办结时限：%3&#x3000;反馈周期：%4&#x3000;状态：%5&#x3000;预警：%6</source>
        <translation>Source: %1   Opened: %2   Deadline: %3   Report cycle: %4   Status: %5   Alert: %6</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="305"/>
        <source>批示：%1 %2</source>
        <translation>Instruction: %1 %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="312"/>
        <source>催办：</source>
        <translation>Reminders: </translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="320"/>
        <source>办结：%1 %2</source>
        <translation>Closed: %1 %2</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="123"/>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="379"/>
        <source>新建督查事项</source>
        <translation>New supervised item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="395"/>
        <source>督查事项</source>
        <translation>Supervised item</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="413"/>
        <source>督查事项交办单</source>
        <translation>Supervised item assignment sheet</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="64"/>
        <source>时限是休息日</source>
        <translation>Deadline on a rest day</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="89"/>
        <source>改正所选任务的牵头单位、时限、交办日期等。清空协办单位、责任人或办理要求即清除该项；带 * 的项不能清空。</source>
        <translation>Correct the selected task&apos;s lead unit, deadline, date assigned and so on. Emptying the co-units, person responsible or requirements clears them; items marked * cannot be emptied.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="125"/>
        <source>确定删除第 %1 项任务（%2）吗？其反馈记录一并删除，删除前的内容留在历史记录中。</source>
        <translation>Delete task %1 (%2)? Its progress reports are deleted too; the previous contents stay in the history.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/step_actions.py" line="192"/>
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
        <location filename="../../officedesk/ui/widgets/date_input.py" line="193"/>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="66"/>
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
        <location filename="../../officedesk/ui/info/dialogs.py" line="64"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="46"/>
        <source>签收</source>
        <translation>Sign for receipt</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="47"/>
        <source>拟稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="48"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="49"/>
        <source>初审</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="50"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="51"/>
        <source>拟办</source>
        <translation>Proposed handling</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="52"/>
        <source>批办</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="53"/>
        <source>承办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="54"/>
        <source>传阅</source>
        <translation>Circulate</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="55"/>
        <source>阅</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="56"/>
        <source>催办</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="57"/>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="58"/>
        <source>转督查</source>
        <translation>To supervision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="59"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="60"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="61"/>
        <source>核稿</source>
        <translation>Review draft</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="62"/>
        <source>送会签</source>
        <translation>Send for countersigning</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="63"/>
        <source>会签</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="64"/>
        <source>退回修改</source>
        <translation>Return for revision</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="65"/>
        <source>签发</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="66"/>
        <source>复核</source>
        <translation>Re-examination</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="67"/>
        <source>退回复审</source>
        <translation>Return to signer</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="68"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="69"/>
        <source>印制</source>
        <translation>Print copies</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="70"/>
        <source>核发</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="71"/>
        <source>打印收文处理笺</source>
        <translation>Print handling slip</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="72"/>
        <source>打印传阅单</source>
        <translation>Print circulation slip</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="73"/>
        <source>打印催办单</source>
        <translation>Print reminder</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="74"/>
        <source>打印发文稿纸</source>
        <translation>Print draft form</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="75"/>
        <source>打印公文</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="76"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="77"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../officedesk/ui/widgets/messages.py" line="80"/>
        <source>请先选择要打印的记录</source>
        <translation>Select the records to print first</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/messages.py" line="85"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <location filename="../../officedesk/ui/widgets/lifecycle_actions.py" line="119"/>
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
        <location filename="../../officedesk/ui/session.py" line="45"/>
        <source>请重新登录</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/session.py" line="47"/>
        <source>原密码连续输错，账号已锁定，本次登录已结束。请在锁定期满后重新登录，或请管理员解锁。</source>
        <translation>The current password was entered wrongly too many times: the account is locked and this session has ended. Log in again once the lock has run out, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/session.py" line="50"/>
        <source>您的密码已被修改（管理员重置，或在另一台工作站上修改），请用新密码重新登录。</source>
        <translation>Your password has been changed (reset by an administrator, or changed on another workstation). Please log in again with the new password.</translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/session.py" line="53"/>
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
        <location filename="../../officedesk/ui/supervision/__init__.py" line="42"/>
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
        <location filename="../../officedesk/ui/tasks.py" line="146"/>
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
